import crypto from 'node:crypto'
import { badRequest } from '@/server/errors'
import type { CollectionBeforeOperationHook } from 'payload'
import { checkAttachment } from '@/domain/files'
import { filePolicyOf } from '@/server/settings'

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
  const recorded = { uploadedBy: req.user?.id, sha256: crypto.createHash('sha256').update(file.data).digest('hex'), isPublic: false }
  args.data = { ...((args.data ?? {}) as Record<string, unknown>), ...recorded } as typeof args.data
  return args
}
