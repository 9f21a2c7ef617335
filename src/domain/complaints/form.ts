/**
 * What a citizen sends when filing a complaint, checked field by field with a Thai message for each: the same
 * rules for the page's form (shown beside the field) and for `POST /api/complaints`. A hidden field people do
 * not see and robots fill in (the honeypot) marks a submission as a robot's; no third-party CAPTCHA.
 */
import type { FilePolicy } from '../files'
import { COMPLAINT_TRACKS, type ComplaintTrack } from './complaints'

export interface ComplaintInput {
  track: ComplaintTrack
  topic: string
  details: string
  place: string
  name: string
  email: string
  phone: string
}

/** The field robots fill in: named like a real one, hidden from people by the page's stylesheet and `aria-hidden`. */
export const HONEYPOT_FIELD = 'website'

export const COMPLAINT_LIMITS = { topic: 200, details: 5000, place: 300, name: 200, email: 254, phone: 30 } as const

/**
 * Files a citizen may send with a complaint or request (photos of the place, a copy of a document): a few, each
 * small enough for a phone on a mobile network, of the types the agency allows; checked as every upload is.
 */
export const CITIZEN_FILES = { count: 3, megabytesEach: 10 } as const
/** The whole body of a form with its files: the files and room for the fields. */
export const CITIZEN_FORM_BYTES = (CITIZEN_FILES.count * CITIZEN_FILES.megabytesEach + 1) * 1024 * 1024

/** How many files a staff member's step may give the citizen at once (each within the agency's own file limit). */
export const AGENCY_FILES = 5

/** Why the files sent cannot be taken as a whole (too many), in Thai, or null; each file is then checked on its own. */
export function caseFilesRefusal(from: 'citizen' | 'agency', count: number): string | null {
  if (from === 'citizen') return count > CITIZEN_FILES.count ? `แนบไฟล์ได้ไม่เกิน ${CITIZEN_FILES.count} ไฟล์ (ส่งมา ${count} ไฟล์)` : null
  return count > AGENCY_FILES ? `แนบไฟล์ได้ครั้งละไม่เกิน ${AGENCY_FILES} ไฟล์` : null
}

/** The file rules a case's file is checked under: the agency's, and for a citizen's file the smaller of its size limit and the form's own. */
export const caseFilePolicy = (from: 'citizen' | 'agency', agency: FilePolicy): FilePolicy =>
  from === 'citizen' ? { ...agency, maxBytes: Math.min(agency.maxBytes, CITIZEN_FILES.megabytesEach * 1024 * 1024) } : agency

export const COMPLAINT_FIELD_LABELS: Record<keyof ComplaintInput | 'consent', string> = {
  track: 'ประเภทเรื่อง',
  topic: 'เรื่อง',
  details: 'รายละเอียด',
  place: 'สถานที่เกิดเหตุ',
  name: 'ชื่อ-นามสกุล',
  email: 'อีเมล',
  phone: 'หมายเลขโทรศัพท์',
  consent: 'ความยินยอม',
}

/** What an e-mail address and a Thai phone number look like, for every public form. */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/
export const PHONE = /^[+\d][\d\s-]{7,}$/

export type ComplaintErrors = Partial<Record<keyof ComplaintInput | 'consent', string>>

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '')
/** A consent box as a form or a program sends it, ticked. */
export const consented = (value: unknown): boolean => value === true || value === 'true' || value === 'on' || value === '1' || value === 'yes'

/**
 * The input as sent (a JSON object or a form's fields) → the complaint, or the errors by field. `robot` when the
 * honeypot was filled: the caller answers as if it were accepted and keeps nothing.
 */
export function readComplaint(body: Record<string, unknown>): { input: ComplaintInput } | { errors: ComplaintErrors } | { robot: true } {
  if (text(body[HONEYPOT_FIELD])) return { robot: true }
  const input: ComplaintInput = {
    track: text(body.track) as ComplaintTrack,
    topic: text(body.topic),
    details: text(body.details),
    place: text(body.place),
    name: text(body.name),
    email: text(body.email),
    phone: text(body.phone),
  }
  const errors: ComplaintErrors = {}
  if (!COMPLAINT_TRACKS.includes(input.track)) errors.track = 'กรุณาเลือกประเภทเรื่อง: ร้องเรียนทั่วไป ร้องเรียนการทุจริตและประพฤติมิชอบ หรือขอข้อมูลข่าวสาร'
  const asking = input.track === 'information'
  if (!input.topic) errors.topic = asking ? 'กรุณาระบุข้อมูลข่าวสารที่ต้องการ' : 'กรุณาระบุเรื่องที่ร้องเรียน'
  if (!input.details) errors.details = asking ? 'กรุณาอธิบายข้อมูลที่ขอให้ชัดพอที่จะค้นหาได้ (ชื่อเอกสาร ช่วงเวลา เรื่องที่เกี่ยวข้อง)' : 'กรุณาเล่ารายละเอียดของเรื่อง'
  // Information is given to someone: a request names who asks and where the answer goes (a complaint may be anonymous).
  if (asking && !input.name) errors.name = 'กรุณาระบุชื่อผู้ขอข้อมูล'
  if (asking && !input.email && !input.phone) errors.email = 'กรุณาระบุอีเมลหรือหมายเลขโทรศัพท์ เพื่อให้หน่วยงานส่งข้อมูลหรือแจ้งผลได้'
  for (const field of Object.keys(COMPLAINT_LIMITS) as (keyof typeof COMPLAINT_LIMITS)[]) {
    if (input[field].length > COMPLAINT_LIMITS[field]) errors[field] = `${COMPLAINT_FIELD_LABELS[field]}ยาวเกิน ${COMPLAINT_LIMITS[field].toLocaleString('th-TH')} ตัวอักษร`
  }
  if (input.email && !errors.email && !EMAIL.test(input.email)) errors.email = 'อีเมลไม่ถูกต้อง ตัวอย่าง somchai@example.com'
  if (input.phone && !errors.phone && !PHONE.test(input.phone)) errors.phone = 'หมายเลขโทรศัพท์ไม่ถูกต้อง ตัวอย่าง 081-234-5678'
  if (!consented(body.consent)) errors.consent = 'กรุณาอ่านประกาศความเป็นส่วนตัวและให้ความยินยอมก่อนส่งเรื่อง'
  return Object.keys(errors).length ? { errors } : { input }
}
