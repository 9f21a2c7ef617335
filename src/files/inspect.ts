/**
 * The checks of an upload that need a parser (run in the file worker, worker-process.ts): a PDF must open in
 * pdf.js and every page must load; an image must decode to the end (a truncated JPEG or PNG does not). The
 * byte-level checks (type from content, active content, archives, names) are the domain's (src/domain/files),
 * run before this. Returns null when the file is sound, else the Thai reason it is refused.
 */
import fs from 'node:fs/promises'
import sharp from 'sharp'

export type InspectionKind = 'pdf' | 'image'

/** Larger pictures than this are refused rather than decoded (a "pixel flood" is a few kilobytes on disk). */
const MAX_PIXELS = 60_000_000
const MAX_PAGES_LOADED = 2_000

async function pdfRefusal(filePath: string, name: string): Promise<string | null> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
  // stopAtErrors: pdf.js otherwise repairs what it can, and a file it had to repair is what this check is for.
  const task = getDocument({ data: new Uint8Array(await fs.readFile(filePath)), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: true, verbosity: 0 })
  try {
    const document = await task.promise
    if (document.numPages < 1) return `ไฟล์ "${name}" ไม่มีหน้าเอกสาร`
    for (let number = 1; number <= Math.min(document.numPages, MAX_PAGES_LOADED); number++) (await document.getPage(number)).cleanup()
    return null
  } catch (error) {
    const why = (error as Error).name === 'PasswordException' ? 'ไฟล์ตั้งรหัสผ่านไว้ ระบบจึงตรวจเนื้อหาไม่ได้' : 'โครงสร้างไฟล์ PDF เสียหายหรือไม่สมบูรณ์'
    return `ไฟล์ "${name}" เปิดไม่ได้ (${why}) กรุณาบันทึกเป็น PDF ใหม่แล้วแนบอีกครั้ง`
  } finally {
    await task.destroy()
  }
}

async function imageRefusal(filePath: string, name: string): Promise<string | null> {
  try {
    // Decoded to the end ("truncated" is an error), into a small picture so that memory stays small.
    await sharp(filePath, { failOn: 'truncated', limitInputPixels: MAX_PIXELS }).resize(32, 32, { fit: 'inside' }).raw().toBuffer()
    return null
  } catch {
    return `ไฟล์ "${name}" ไม่ใช่ภาพที่สมบูรณ์ (อ่านภาพไม่ได้ ไฟล์อาจเสียหาย ถูกตัดทอน หรือมีขนาดเกิน ${MAX_PIXELS / 1_000_000} ล้านพิกเซล) กรุณาบันทึกภาพใหม่แล้วแนบอีกครั้ง`
  }
}

export function inspectFile(filePath: string, name: string, kind: InspectionKind): Promise<string | null> {
  return kind === 'pdf' ? pdfRefusal(filePath, name) : imageRefusal(filePath, name)
}
