/**
 * A request's files, attached right on the request's form: choose files, each is checked and uploaded at once (a
 * refusal says why, in Thai, beside the file), and the list shows each file's name, type and size, to open or to
 * take off the request. No drawer opens (Payload's own "add new" drawer stays open on the saved file).
 */
import type { RelationshipFieldServerComponent } from 'payload'
import { SUPPORTED_EXTENSIONS, describeFileType } from '@/domain/files'
import { idOf } from '@/access/roles'
import { AttachmentsField, type AttachedFile } from './AttachmentsField'

export const AttachmentsPicker: RelationshipFieldServerComponent = async ({ payload, clientField, path, readOnly, data }) => {
  const name = clientField.name
  const ids = ((data?.[name] ?? []) as unknown[]).map((value) => idOf(value as number)).filter((id): id is string => id !== null)
  const files: AttachedFile[] = ids.length
    ? (await payload.find({ collection: 'attachments', where: { id: { in: ids } }, depth: 0, limit: ids.length, pagination: false, overrideAccess: true, select: { title: true, filename: true, filesize: true, url: true } })).docs.map((file) => ({
        id: file.id,
        title: file.title ?? null,
        filename: file.filename ?? '',
        filesize: file.filesize ?? 0,
        url: file.url ?? null,
      }))
    : []
  const typeLabels = Object.fromEntries(SUPPORTED_EXTENSIONS.map((extension) => [extension, describeFileType(extension)]))
  return <AttachmentsField field={clientField} path={path ?? name} readOnly={readOnly} initialFiles={files} typeLabels={typeLabels} />
}
