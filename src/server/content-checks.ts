/**
 * The content checks of a request (src/domain/workflow/content-checks.ts) fed from the database: its fields, what
 * the scan of its files' text found when they were read after upload (attachment-texts), the agency's published contacts and the blocking setting.
 */
import type { Payload, PayloadRequest } from 'payload'
import { DEFAULT_BLOCKING_KINDS, agencyContactsOf, checkContent, type ContentFinding, type FileTextStatus, type FileToCheck } from '@/domain/workflow'
import type { PublishRequest } from '@/payload-types'
import { idOf } from '@/access/roles'
import { agencySettings } from './settings'

const ids = (values: PublishRequest['attachments']): number[] => (values ?? []).map((value) => Number(idOf(value)))

async function filesOf(payload: Payload, req: PayloadRequest, request: PublishRequest): Promise<FileToCheck[]> {
  const image = idOf(request.image)
  const all = [...ids(request.attachments), ...(image ? [Number(image)] : [])]
  if (all.length === 0) return []
  const [{ docs: files }, { docs: texts }] = await Promise.all([
    payload.find({ collection: 'attachments', where: { id: { in: all } }, depth: 0, limit: all.length, pagination: false, overrideAccess: true, req, select: { title: true, filename: true, textStatus: true } }),
    payload.find({ collection: 'attachment-texts', where: { attachment: { in: all } }, depth: 0, limit: all.length, pagination: false, overrideAccess: true, req, select: { attachment: true, scan: true, hiddenLinks: true } }),
  ])
  return files.map((file) => {
    const stored = texts.find((t) => idOf(t.attachment) === String(file.id))
    return {
      name: file.filename ?? `ไฟล์หมายเลข ${file.id}`,
      title: file.title ?? null,
      status: (file.textStatus ?? 'pending') as FileTextStatus,
      scan: (stored?.scan ?? []).map(({ check, kind, shown, page, key }) => ({ check, kind, shown, page: page ?? null, key: key ?? null })),
      hiddenLinks: stored?.hiddenLinks ?? [],
    }
  })
}

/** What the checks find in the request now. */
export async function contentFindingsOf(payload: Payload, req: PayloadRequest, request: PublishRequest): Promise<ContentFinding[]> {
  const [settings, profile, files] = await Promise.all([
    agencySettings(payload, req),
    payload.findGlobal({ slug: 'agency-profile', depth: 0, overrideAccess: true, req }),
    filesOf(payload, req, request),
  ])
  return checkContent(
    { title: request.title, summary: request.summary, linkUrl: request.linkUrl, files },
    { agencyContacts: agencyContactsOf([profile.phone, profile.fax, profile.email]), blockingKinds: settings.personalDataBlocking ?? DEFAULT_BLOCKING_KINDS },
  )
}
