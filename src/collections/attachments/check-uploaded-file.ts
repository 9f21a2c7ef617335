import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { APIError, type CollectionAfterChangeHook, type CollectionAfterOperationHook, type CollectionBeforeOperationHook } from 'payload'
import { badRequest } from '@/server/errors'
import { checkAttachment, fileExtension, policyRefusal, visibleName, type FilePolicy } from '@/domain/files'
import { uploadPolicyOf } from '@/server/settings'
import { recordEvent } from '@/server/events'
import { runWhenCommitted } from '@/server/effects'
import { inspectInChild } from '@/files/worker'

const tooLarge = (message: string) => new APIError(message, 413, { message }, true)

/**
 * Before a file is stored (it has arrived in a temporary file, never whole in memory): its name made safe (Thai
 * kept), its size and type against what the agency and its categories allow, what its bytes really are and what is
 * inside them (src/domain/files checkAttachment); a PDF must open in pdf.js and an image must decode (in the file
 * worker). A refused file gets a 400 (413 when it is too large) with a Thai message naming it, and nothing is kept.
 */
export const checkUploadedFile: CollectionBeforeOperationHook = async ({ operation, req, args }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) {
    if (operation === 'create') throw badRequest('กรุณาเลือกไฟล์ที่จะแนบ')
    return args
  }
  const checked = await checkUpload(file, await uploadPolicyOf(req.payload, req))
  file.name = checked.filename
  file.mimetype = checked.mimeType
  if (file.tempFilePath) req.context.uploadTempFile = file.tempFilePath
  // Who uploaded: the signed-in person, or whom a command stores the file for (a case file given back by staff).
  const recorded = { uploadedBy: req.user?.id ?? Reflect.get(args.data ?? {}, 'uploadedBy'), sha256: checked.sha256, textStatus: 'pending' }
  args.data = { ...args.data, ...recorded }
  return args
}

/** A file as it arrived: in a temporary file (uploads through the REST API) or in memory (the local API, a citizen's form). */
export interface ArrivedFile {
  name: string
  size: number
  data?: Uint8Array
  tempFilePath?: string
}

/**
 * The checks every stored file passes, under `policy`: the safe name, the type the bytes really are and the hash,
 * or an APIError (400, 413 when too large) with a Thai message naming the file.
 */
export async function checkUpload(file: ArrivedFile, policy: FilePolicy): Promise<{ filename: string; mimeType: string; sha256: string }> {
  // Payload's parser cuts a name at 255 characters, extension and all.
  if (file.name.length >= 255 && !fileExtension(file.name)) throw badRequest(`ชื่อไฟล์ “${visibleName(file.name).slice(0, 40)}…” ยาวเกินไป กรุณาตั้งชื่อไฟล์ให้สั้นลง (ไม่เกิน 150 ตัวอักษร) แล้วแนบใหม่`)
  const tooBig = policyRefusal({ filename: file.name, size: file.size }, policy)
  if (tooBig?.code === 'too-large') throw tooLarge(tooBig.message)
  const bytes = file.tempFilePath ? await fs.readFile(file.tempFilePath) : (file.data ?? new Uint8Array())
  const verdict = checkAttachment({ filename: file.name, bytes }, policy)
  if (!verdict.ok) throw verdict.code === 'too-large' ? tooLarge(verdict.message) : badRequest(verdict.message)
  if (verdict.kind === 'pdf' || verdict.kind === 'image') {
    const { refusal } = await inspected(file.tempFilePath, bytes, verdict.filename, verdict.kind)
    if (refusal) throw badRequest(refusal)
  }
  return { filename: verdict.filename, mimeType: verdict.mimeType, sha256: crypto.createHash('sha256').update(bytes).digest('hex') }
}

/** Uploads arrive in temporary files (payload.config.ts); a file given in memory (the local API, the seed) is written to one for the worker. */
async function inspected(tempFilePath: string | undefined, bytes: Uint8Array, name: string, kind: 'pdf' | 'image') {
  if (tempFilePath) return inspectInChild(tempFilePath, name, kind)
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'khaosan-upload-'))
  try {
    await fs.writeFile(path.join(dir, 'file'), bytes)
    return await inspectInChild(path.join(dir, 'file'), name, kind)
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
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

/**
 * The temporary file an upload arrived in, once the upload is stored. Payload's own clean-up looks for it on
 * `req.file`, which is gone by then (seen: every accepted upload left its temporary file behind), so the check
 * above notes the path in the request's context.
 */
export const removeUploadTempFile: CollectionAfterOperationHook = async ({ req, result }) => {
  const tempFile = req.context.uploadTempFile
  if (typeof tempFile === 'string') await fs.rm(tempFile, { force: true })
  return result
}
