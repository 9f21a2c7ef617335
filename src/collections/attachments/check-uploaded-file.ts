import crypto from 'node:crypto'
import type { CollectionAfterChangeHook, CollectionBeforeOperationHook } from 'payload'
import { badRequest } from '@/server/errors'
import { checkAttachment } from '@/domain/files'
import { filePolicyOf } from '@/server/settings'
import { recordEvent } from '@/server/events'
import { runWhenCommitted } from '@/server/effects'

/**
 * Before a file is stored: the type is checked from its content, not only its name, against the
 * allowed types and size in the settings. A refused file gets a 400 with a Thai message and nothing is kept.
 */
export const checkUploadedFile: CollectionBeforeOperationHook = async ({ operation, req, args }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) {
    if (operation === 'create') throw badRequest('กรุณาเลือกไฟล์ที่จะแนบ')
    return args
  }
  const verdict = checkAttachment({ filename: file.name, bytes: file.data }, await filePolicyOf(req.payload))
  if (!verdict.ok) throw badRequest(verdict.message)
  file.mimetype = verdict.mimeType
  const recorded = { uploadedBy: req.user?.id, sha256: crypto.createHash('sha256').update(file.data).digest('hex'), textStatus: 'pending' }
  args.data = { ...args.data, ...recorded }
  return args
}

/** Once the upload is committed, its text is read in the background: reviewing and publishing never wait for it. */
export const extractTextOfUpload: CollectionAfterChangeHook = async ({ operation, doc, req }) => {
  if (operation !== 'create') return doc
  const event = await recordEvent(req, { kind: 'upload', summary: `อัปโหลดไฟล์ ${doc.filename}` }, [
    { kind: 'extract-text', description: `อ่านข้อความในไฟล์ ${doc.filename}`, input: { attachment: doc.id } },
  ])
  runWhenCommitted(req.payload, event)
  return doc
}
