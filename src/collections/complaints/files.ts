/**
 * The files of a case (src/collections/CaseFiles.ts): checked before anything of the case is written — a refused
 * file refuses the whole submission with a Thai message naming it, and nothing is kept — then stored with the case
 * in its transaction.
 */
import { APIError, type Payload, type PayloadRequest } from 'payload'
import { AGENCY_FILES, caseFilePolicy, caseFilesRefusal } from '@/domain/complaints/form'
import { checkUpload } from '@/collections/attachments/check-uploaded-file'
import { filePolicyOf } from '@/server/settings'

const MEGABYTE = 1024 * 1024

export interface ArrivedCaseFile {
  name: string
  type: string
  bytes: Uint8Array
}

/** The files of a form as they arrived, checked; or the status and Thai message of the first one refused. */
export async function checkCaseFiles(payload: Payload, files: readonly File[], from: 'citizen' | 'agency'): Promise<{ files: ArrivedCaseFile[] } | { status: number; message: string }> {
  const tooMany = caseFilesRefusal(from, files.length)
  if (tooMany) return { status: 400, message: tooMany }
  const policy = caseFilePolicy(from, await filePolicyOf(payload))
  const checked: ArrivedCaseFile[] = []
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer())
    try {
      const { filename, mimeType } = await checkUpload({ name: file.name, size: bytes.byteLength, data: bytes }, policy)
      checked.push({ name: filename, type: mimeType, bytes })
    } catch (error) {
      if (error instanceof APIError) return { status: error.status, message: error.message }
      throw error
    }
  }
  return { files: checked }
}

/** How much a staff member's step with files may weigh: a few files at the agency's limit. */
export const agencyStepBytes = async (payload: Payload): Promise<number> => (await filePolicyOf(payload)).maxBytes * AGENCY_FILES + MEGABYTE

/** Stores checked files as a case's or a form submission's, in the caller's transaction (the upload hook checks each again as it is stored). */
export async function storeCaseFiles(payload: Payload, req: PayloadRequest, owner: { case: number } | { submission: number }, from: { citizen: true } | { agency: number | undefined }, files: readonly ArrivedCaseFile[]): Promise<number[]> {
  const ids: number[] = []
  for (const file of files) {
    const doc = await payload.create({
      collection: 'case-files',
      data: { ...owner, ...('citizen' in from ? { from: 'citizen' as const } : { from: 'agency' as const, uploadedBy: from.agency }) },
      file: { data: Buffer.from(file.bytes), mimetype: file.type || 'application/octet-stream', name: file.name, size: file.bytes.byteLength },
      overrideAccess: true,
      depth: 0,
      req,
    })
    ids.push(doc.id)
  }
  return ids
}
