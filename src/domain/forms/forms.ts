/**
 * E-forms (แบบฟอร์มออนไลน์): forms an administrator builds in the admin — a job application, a request for a
 * certificate — that citizens fill in on the page without downloading anything. A form is a list of fields of a few
 * kinds; what a citizen sends is checked here against that list, field by field with a Thai message for each, and
 * kept as answers that describe themselves (each with its label), so a form changed later still reads its old
 * answers. Files are checked as every upload is (src/domain/files) by the adapter.
 */
import { parseDateInput } from '../thai/date-input'
import { thaiDate, thaiDateTime } from '../thai/format'
import { EMAIL, HONEYPOT_FIELD, PHONE, consented } from '../complaints/form'
import { newCitizenCode, normalizeCitizenCode } from '../complaints/complaints'
import type { DocumentSpec } from '../reports/document-spec'

export const FORM_FIELD_TYPES = ['text', 'long-text', 'number', 'date', 'choice', 'checkbox', 'email', 'phone', 'file'] as const
export type FormFieldType = (typeof FORM_FIELD_TYPES)[number]
export const FORM_FIELD_TYPE_LABELS: Record<FormFieldType, string> = {
  text: 'ข้อความสั้น',
  'long-text': 'ข้อความยาว',
  number: 'ตัวเลข',
  date: 'วันที่ (พ.ศ.)',
  choice: 'เลือกหนึ่งข้อ',
  checkbox: 'เลือกได้หลายข้อ / ช่องทำเครื่องหมาย',
  email: 'อีเมล',
  phone: 'หมายเลขโทรศัพท์',
  file: 'ไฟล์แนบ',
}

/** A field as the form defines it. `key` names its input (stable while the field exists); `options` for choice and checkbox. */
export interface FormField {
  key: string
  label: string
  type: FormFieldType
  required: boolean
  options: string[]
  help?: string
}

/**
 * What the browser checks before sending, beside the field and without JavaScript (an input's `pattern`, as HTML
 * compiles it with the `v` flag, and the Thai hint it shows): the shapes the server accepts, Thai digits included.
 * The server checks again, and more (a date that does not exist, a choice that is not offered).
 */
export const FIELD_PATTERNS: Partial<Record<FormFieldType, { pattern: string; hint: string }>> = {
  date: { pattern: '[0-9๐-๙]{1,2}/[0-9๐-๙]{1,2}/[0-9๐-๙]{4}', hint: 'วัน/เดือน/ปี พ.ศ. เช่น 15/01/2569' },
  phone: { pattern: '[+0-9][0-9 \\-]{7,}', hint: 'ตัวเลขอย่างน้อย 8 หลัก เช่น 081-234-5678' },
  number: { pattern: '-?[0-9๐-๙,]+(\\.[0-9๐-๙]+)?', hint: 'ตัวเลข เช่น 2569 หรือ 1,500' },
}

/** One answer as kept: the field's label and kind at the time, and the value as text (a date in พ.ศ., choices joined). */
export interface FormAnswer {
  key: string
  label: string
  type: FormFieldType
  value: string
}

/** Answers as the database gives them back (JSON): each one that has the shape of an answer, in order. */
export function answersOf(stored: unknown): FormAnswer[] {
  if (!Array.isArray(stored)) return []
  return stored.flatMap((item: unknown) => {
    if (!item || typeof item !== 'object') return []
    const { key, label, type, value } = item as Record<string, unknown>
    return typeof key === 'string' && typeof label === 'string' && typeof value === 'string' && FORM_FIELD_TYPES.includes(type as FormFieldType) ? [{ key, label, type: type as FormFieldType, value }] : []
  })
}

export const FORM_TEXT_LIMITS: Record<'text' | 'long-text' | 'email' | 'phone' | 'number', number> = { text: 300, 'long-text': 5000, email: 254, phone: 30, number: 30 }

/** The options of a choice or checkbox field as the admin types them: one per line, blanks dropped, each once. */
export const optionsOf = (typed: string | null | undefined): string[] => [...new Set((typed ?? '').split('\n').map((line) => line.trim()).filter(Boolean))]

const THAI_DIGITS = /[๐-๙]/g
const arabic = (text: string) => text.replace(THAI_DIGITS, (digit) => String(digit.charCodeAt(0) - 0x0e50))

const valuesOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === 'string' ? [v.trim()] : typeof v === 'number' ? [String(v)] : [])).filter(Boolean)

export type FormErrors = Record<string, string>

/** A field as the admin's form keeps it (a row of the form's fields, its id the field's key) → the field. */
export function fieldOf(row: { id?: string | null; label: string; type: FormFieldType; required?: boolean | null; options?: string | null; help?: string | null }): FormField {
  return { key: row.id ?? row.label, label: row.label, type: row.type, required: row.required === true, options: optionsOf(row.options), ...(row.help ? { help: row.help } : {}) }
}

/** Where a form's consent box and its trap for robots (a field people never see) are sent. */
export const CONSENT_FIELD = 'consent'
export { HONEYPOT_FIELD }

/**
 * A whole submission: `robot` when the trap field was filled (the caller answers as if accepted and keeps nothing),
 * else the answers, or the errors by field key (the consent's under CONSENT_FIELD).
 */
export function readSubmission(fields: readonly FormField[], body: Record<string, unknown>, fileNames: Record<string, string[]>): { answers: FormAnswer[] } | { errors: FormErrors } | { robot: true } {
  const trap = body[HONEYPOT_FIELD]
  if (typeof trap === 'string' && trap.trim()) return { robot: true }
  const read = readFormAnswers(fields, body, fileNames)
  if (consented(body[CONSENT_FIELD])) return read
  return { errors: { ...('errors' in read ? read.errors : {}), [CONSENT_FIELD]: 'กรุณาอ่านประกาศความเป็นส่วนตัวและให้ความยินยอมก่อนส่งแบบฟอร์ม' } }
}

/**
 * The answers a citizen sent (`body`: the form's fields by input name; `fileNames`: the names of the files sent for
 * each file field) against the form's fields → the answers, or the errors by field key.
 */
export function readFormAnswers(fields: readonly FormField[], body: Record<string, unknown>, fileNames: Record<string, string[]>): { answers: FormAnswer[] } | { errors: FormErrors } {
  const answers: FormAnswer[] = []
  const errors: FormErrors = {}
  for (const field of fields) {
    const values = field.type === 'file' ? (fileNames[field.key] ?? []) : valuesOf(body[field.key])
    const answer = (value: string) => answers.push({ key: field.key, label: field.label, type: field.type, value })
    if (!values.length) {
      if (field.required) errors[field.key] = field.type === 'file' || field.type === 'choice' || field.type === 'checkbox' ? `กรุณาเลือก${field.label}` : `กรุณากรอก${field.label}`
      else answer('')
      continue
    }
    const refusal = refusalOf(field, values)
    if (refusal) errors[field.key] = refusal
    else answer(valueOf(field, values))
  }
  return Object.keys(errors).length ? { errors } : { answers }
}

function refusalOf(field: FormField, values: string[]): string | null {
  const [value] = values
  switch (field.type) {
    case 'text':
    case 'long-text':
    case 'email':
    case 'phone':
    case 'number': {
      if (values.length > 1) return `${field.label}: ส่งมาได้ค่าเดียว`
      if (value.length > FORM_TEXT_LIMITS[field.type]) return `${field.label}ยาวเกิน ${FORM_TEXT_LIMITS[field.type].toLocaleString('th-TH')} ตัวอักษร`
      if (field.type === 'email' && !EMAIL.test(value)) return `${field.label}ไม่ถูกต้อง ตัวอย่าง somchai@example.com`
      if (field.type === 'phone' && !PHONE.test(value)) return `${field.label}ไม่ถูกต้อง ตัวอย่าง 081-234-5678`
      if (field.type === 'number' && !/^-?\d+(\.\d+)?$/.test(arabic(value).replace(/,/g, ''))) return `${field.label}ต้องเป็นตัวเลข`
      return null
    }
    case 'date': {
      const parsed = parseDateInput(value)
      if (!parsed.ok) return `${field.label}: ${parsed.message}`
      return values.length > 1 ? `${field.label}: ส่งมาได้ค่าเดียว` : null
    }
    case 'choice':
      return values.length > 1 || !field.options.includes(value) ? `กรุณาเลือก${field.label}จากตัวเลือกที่มี` : null
    case 'checkbox':
      // A checkbox without options is one box to tick (an agreement): ticked is "yes".
      if (!field.options.length) return values.length === 1 ? null : `${field.label}: ส่งมาได้ค่าเดียว`
      return values.every((v) => field.options.includes(v)) ? null : `กรุณาเลือก${field.label}จากตัวเลือกที่มี`
    case 'file':
      return values.length > 1 ? `${field.label}: แนบได้ไฟล์เดียว` : null
  }
}

function valueOf(field: FormField, values: string[]): string {
  if (field.type === 'date') {
    const parsed = parseDateInput(values[0])
    return parsed.ok && parsed.at ? thaiDate(parsed.at) : values[0]
  }
  if (field.type === 'number') return arabic(values[0]).replace(/,/g, '')
  if (field.type === 'checkbox') return field.options.length ? values.join(', ') : 'ใช่'
  return values.join(', ')
}

/** The form's states of a submission, as staff mark it (ใหม่ → รับเรื่องแล้ว → ดำเนินการเสร็จ). */
export const SUBMISSION_STATES = ['new', 'seen', 'done'] as const
export type SubmissionState = (typeof SUBMISSION_STATES)[number]
export const SUBMISSION_STATE_LABELS: Record<SubmissionState, string> = { new: 'ยังไม่ได้เปิดอ่าน', seen: 'รับเรื่องแล้ว', done: 'ดำเนินการเสร็จแล้ว' }
export const SUBMISSION_MARKS: Record<string, { to: SubmissionState; label: string }> = {
  seen: { to: 'seen', label: 'รับเรื่อง' },
  done: { to: 'done', label: 'ดำเนินการเสร็จแล้ว' },
}

/** How long answers are kept by default (days), and the least and most a form may set. */
export const RETENTION = { defaultDays: 365, minDays: 30, maxDays: 3650 } as const

const DAY_MS = 24 * 60 * 60 * 1000
/** When a submission's answers and files are deleted. */
export const deleteAfter = (submittedAt: Date, retentionDays: number): Date => new Date(submittedAt.getTime() + retentionDays * DAY_MS)

/** How long the citizen's own summary (and its PDF) may be opened by its reference number after sending. */
export const RECEIPT_HOURS = 24
export const receiptOpen = (submittedAt: Date, now: Date): boolean => now.getTime() - submittedAt.getTime() <= RECEIPT_HOURS * 60 * 60 * 1000

/** Where forms are on the public site, and where a citizen reads (and prints) what they sent, by its reference. */
export const FORMS_PATH = '/forms'
export const formPath = (slug: string) => `${FORMS_PATH}/${slug}`
export const RECEIPT_PATH = '/form-receipt'
export const receiptPath = (reference: string) => `${RECEIPT_PATH}/${reference}`
export const receiptPdfPath = (reference: string) => `/api/form-submissions/receipt/${reference}/pdf`

/** A submission's reference number (เลขที่อ้างอิง): F, the Buddhist year and ten characters nobody can guess. */
export const newFormReference = (at: Date): string => newCitizenCode('F', at)
export const normalizeFormReference = (typed: string): string | null => normalizeCitizenCode(typed, 'F')

/** A slug an admin may give a form: lower-case letters, digits and hyphens. */
export const FORM_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** The answers as rows of a spreadsheet: the reference, when, the state, and each field's label as a column (in the form's order, then any older ones). */
export function exportRows(submissions: readonly { reference: string; submittedAt: Date; state: SubmissionState; answers: readonly FormAnswer[] }[], fields: readonly Pick<FormField, 'key' | 'label'>[]): string[][] {
  const columns = [...fields.map((f) => ({ key: f.key, label: f.label }))]
  for (const submission of submissions) for (const answer of submission.answers) if (!columns.some((c) => c.key === answer.key)) columns.push({ key: answer.key, label: answer.label })
  return [
    ['เลขที่อ้างอิง', 'วันที่ส่ง', 'สถานะ', ...columns.map((c) => c.label)],
    ...submissions.map((s) => [s.reference, thaiDate(s.submittedAt), SUBMISSION_STATE_LABELS[s.state], ...columns.map((c) => s.answers.find((a) => a.key === c.key)?.value ?? '')]),
  ]
}

/** What a citizen sent, as the document they print or save (the project's PDF renderer, Sarabun). */
export function receiptSpec(receipt: { agencyName: string; formTitle: string; reference: string; submittedAt: Date; answers: readonly FormAnswer[] }): DocumentSpec {
  return {
    title: `${receipt.formTitle} ${receipt.reference}`,
    heading: { agencyName: receipt.agencyName, documentTitle: receipt.formTitle, reference: `เลขที่อ้างอิง ${receipt.reference}` },
    blocks: [
      { kind: 'paragraph', text: `ส่งทางเว็บไซต์เมื่อ ${thaiDateTime(receipt.submittedAt)}` },
      { kind: 'fields', rows: receipt.answers.map((answer) => ({ label: answer.label, value: answer.value || '-' })) },
      { kind: 'paragraph', text: 'โปรดเก็บเลขที่อ้างอิงไว้เพื่อติดต่อสอบถามหน่วยงาน เอกสารนี้พิมพ์จากข้อมูลที่ท่านส่ง ไม่ใช่หนังสือรับรองของหน่วยงาน' },
    ],
  }
}
