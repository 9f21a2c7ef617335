import type { AfterErrorHook } from 'payload'
import { APIError } from 'payload'

const TOO_LARGE = 'ไฟล์ที่ส่งมีขนาดเกินที่ระบบรับได้ กรุณาแนบไฟล์ที่มีขนาดเล็กลง'
const THAI = /[\u0E00-\u0E7F]/
const MALFORMED = 'ข้อมูลที่ส่งมาไม่สมบูรณ์หรือไม่ถูกรูปแบบ (multipart/form-data) กรุณาเลือกไฟล์แล้วส่งใหม่อีกครั้ง'

/**
 * Bodies Payload's multipart parser cannot read. A body cut short or with a broken boundary makes the parser
 * throw a plain error, which Payload answers with 500; it is the sender's fault, so 400 with a Thai message. Its
 * 413s (a part over the limit) say so in Thai. Errors after the body was read keep their status.
 */
export const uploadBodyErrors: AfterErrorHook = ({ error, req }) => {
  const multipart = req.headers.get('content-type')?.includes('multipart/')
  if (!multipart) return
  const status = error instanceof APIError ? error.status : undefined
  // The parser's own limit says so in English; the upload checks' 413 (over the agency's limit) is already Thai.
  if (status === 413 && !THAI.test(error.message)) return { status, response: { errors: [{ message: TOO_LARGE }] } }
  if (status === undefined && !req.file) return { status: 400, response: { errors: [{ message: MALFORMED }] } }
}
