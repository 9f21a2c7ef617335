/**
 * What the public forms' endpoints share (complaints, the satisfaction survey, and the citizen channels after
 * them): the body read whichever way it came — JSON from a program, a form sent by a page without JavaScript —,
 * answers in the form the sender reads (JSON, or a redirect and a short Thai page), and the per-address rate limit.
 */
import type { PayloadRequest } from 'payload'
import { CLIENT_ADDRESS_HEADER, type RateLimit } from '@/domain/site/rate-limit'
import { escapeXml } from '@/domain/site/xml'
import { noticePageHtml } from '@/site/notice-page'
import { FORM_REPLY_TYPE, formReplyOf, type FieldErrors } from '@/domain/site/form-reply'
import { HONEYPOT_FIELD } from '@/domain/complaints/form'
import { errorResponse } from './http'

export type Body = Record<string, unknown>

/** A form of the public site (sent without JavaScript), as opposed to a program's JSON. */
export const fromForm = (req: PayloadRequest) => /^(application\/x-www-form-urlencoded|multipart\/form-data)/.test(req.headers.get('content-type') ?? '')

/** The body as fields, whatever way it came; null when it cannot be read. */
export async function bodyOf(req: PayloadRequest): Promise<Body | null> {
  const read = await readBody(req, NO_FILES_BYTES)
  return read && read !== 'too-large' ? read.fields : null
}

/** What a form without files may weigh: far more than any field's limit, far less than a file. */
const NO_FILES_BYTES = 1024 * 1024

/**
 * The body as fields and the files sent with them (a form of the public site may carry files), read up to
 * `maxBytes`: 'too-large' as soon as the body passes it (said by its length, or counted as it arrives), null when
 * it cannot be read. Files are kept in memory: the callers' limits keep them small.
 */
export async function readBody(req: PayloadRequest, maxBytes: number): Promise<{ fields: Body; files: File[]; filesByField: Record<string, File[]> } | 'too-large' | null> {
  const type = req.headers.get('content-type') ?? ''
  if (Number(req.headers.get('content-length')) > maxBytes) return 'too-large'
  let passed = false
  try {
    if (type.startsWith('application/json')) {
      const text = (await req.text?.()) ?? ''
      if (Buffer.byteLength(text) > maxBytes) return 'too-large'
      const parsed: unknown = JSON.parse(text)
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? { fields: parsed as Body, files: [], filesByField: {} } : null
    }
    if (fromForm(req) && req.body) {
      let seen = 0
      const counted = req.body.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            seen += chunk.byteLength
            if (seen > maxBytes) {
              passed = true
              controller.error(new Error('too large'))
            } else controller.enqueue(chunk)
          },
        }),
      )
      const form = await new Response(counted, { headers: { 'content-type': type } }).formData()
      // A field sent more than once (checkboxes of one name) is a list; a file input left empty sends an empty file.
      const fields: Body = {}
      const filesByField: Record<string, File[]> = {}
      for (const name of new Set(form.keys())) {
        const values = form.getAll(name)
        const texts = values.filter((value): value is string => typeof value === 'string')
        if (texts.length) fields[name] = texts.length === 1 ? texts[0] : texts
        const sent = values.filter((value): value is File => typeof value !== 'string' && value.size > 0)
        if (sent.length) filesByField[name] = sent
      }
      return { fields, files: Object.values(filesByField).flat(), filesByField }
    }
  } catch {
    return passed ? 'too-large' : null
  }
  return null
}

/** A short Thai page an endpoint answers a browser with: a heading and what follows it (HTML already escaped). */
export function thaiPage(status: number, heading: string, content: string): Response {
  return new Response(noticePageHtml(heading, content), { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } })
}

/** A form sent without JavaScript that the server refused (the page's own checks stop most before sending). */
export const refusedFormPage = (status: number, heading: string, lines: string[], back: string): Response =>
  thaiPage(status, heading, `<ul>${lines.map((line) => `<li>${escapeXml(line)}</li>`).join('')}</ul><p><a href="${escapeXml(back)}">กลับไปแก้ไข</a> (ปุ่มย้อนกลับของเบราว์เซอร์จะคงข้อความที่กรอกไว้)</p>`)

export const redirect = (location: string) => new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } })

/** A refusal, as JSON for programs or as a page for a form. */
export const refused = (req: PayloadRequest, status: number, message: string, back: string) => (fromForm(req) ? refusedFormPage(status, 'ยังส่งข้อมูลไม่ได้', [message], back) : errorResponse(status, message))

/**
 * Fields the server refused, each with its Thai message: for a form sent without JavaScript, a reply the front server
 * draws as the form's page again (src/domain/site/form-reply.ts) with what was typed kept, except the honeypot and
 * the fields in `never` (files); for a program, the list as JSON (with each field's label when `labelOf` gives one).
 */
export function refusedFields(req: PayloadRequest, status: number, page: string, sent: Body, errors: FieldErrors, { never = [], labelOf }: { never?: string[]; labelOf?: (field: string) => string } = {}): Response {
  // no-transform: sent to the front server as it is (Next would otherwise compress it), for the front server to read.
  if (fromForm(req)) return new Response(JSON.stringify(formReplyOf(page, sent, errors, [HONEYPOT_FIELD, ...never])), { status, headers: { 'Content-Type': FORM_REPLY_TYPE, 'Cache-Control': 'no-store, no-transform' } })
  return Response.json({ errors: Object.entries(errors).map(([field, message]) => ({ field, ...(labelOf ? { label: labelOf(field) } : {}), message })) }, { status })
}

/** Past the rate limit: the 429 to send, or null. */
export function overLimit(req: PayloadRequest, rate: RateLimit, back: string): Response | null {
  const address = req.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown'
  const now = Date.now()
  if (rate.take(address, now)) return null
  return refused(req, 429, `ส่งข้อมูลจากเครือข่ายนี้บ่อยเกินไป กรุณาลองใหม่ในอีก ${rate.waitMinutes(address, now)} นาที`, back)
}

