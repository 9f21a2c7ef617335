/**
 * Downloads of files that are not public, recorded in the audit log: a staff member reading a complaint's or a
 * form's file, or an attachment before (or after) its item is on the public site. Payload calls an upload
 * collection's handlers once its read access has allowed the file; returning nothing lets it serve the file.
 */
import type { PayloadRequest } from 'payload'
import { recordAudit } from '@/server/events'

type UploadHandler = (req: PayloadRequest, args: { params: { collection: string; filename: string } }) => Promise<void>

/** `noun` names the kind of file; `publicNow` says whether a citizen could read it at this moment (then nothing is recorded). */
export const recordedDownload =
  (noun: string, publicNow: (req: PayloadRequest, filename: string) => Promise<boolean> = async () => false): UploadHandler =>
  async (req, { params }) => {
    if (!req.user || (await publicNow(req, params.filename))) return
    await recordAudit(req, { kind: 'download', summary: `ดาวน์โหลด${noun} ${params.filename}` })
  }

/** An attachment a visitor without an account may read now (an item carrying it is on the public site). */
export async function attachmentIsPublic(req: PayloadRequest, filename: string): Promise<boolean> {
  const { totalDocs } = await req.payload.count({ collection: 'attachments', where: { filename: { equals: filename } }, overrideAccess: false })
  return totalDocs > 0
}
