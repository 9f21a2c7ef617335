/**
 * Complaints (เรื่องร้องเรียน / ร้องทุกข์): what a citizen files without an account, on one of two tracks kept
 * apart — general complaints, and corruption and misconduct (การทุจริตและประพฤติมิชอบ), which has its own page
 * and its own staff — and how staff handle it, as a table like the publication workflow's:
 * received → assigned to a unit → in progress → answered → closed. A complaint closes in one of three ways,
 * kept apart in the statistics: resolved, not the agency's responsibility (referred to whoever it belongs to),
 * or no further action. The citizen follows it by a tracking code and may reopen it for a while after it closed.
 */
import { randomInt } from 'node:crypto'
import { bangkokDay, toBuddhistYear } from '../thai/calendar'

export const COMPLAINT_TRACKS = ['general', 'corruption'] as const
export type ComplaintTrack = (typeof COMPLAINT_TRACKS)[number]
export const TRACK_LABELS: Record<ComplaintTrack, string> = {
  general: 'เรื่องร้องเรียน/ร้องทุกข์ทั่วไป',
  corruption: 'เรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
}

export const COMPLAINT_STATES = ['received', 'assigned', 'in-progress', 'answered', 'closed'] as const
export type ComplaintState = (typeof COMPLAINT_STATES)[number]
export const COMPLAINT_STATE_LABELS: Record<ComplaintState, string> = {
  received: 'รับเรื่องแล้ว',
  assigned: 'ส่งหน่วยงานที่รับผิดชอบแล้ว',
  'in-progress': 'อยู่ระหว่างดำเนินการ',
  answered: 'ตอบผู้ร้องแล้ว',
  closed: 'ยุติเรื่อง',
}

export const CLOSING_OUTCOMES = ['resolved', 'referred', 'no-action'] as const
export type ClosingOutcome = (typeof CLOSING_OUTCOMES)[number]
export const OUTCOME_LABELS: Record<ClosingOutcome, string> = {
  resolved: 'ดำเนินการแก้ไขแล้ว',
  referred: 'ไม่อยู่ในอำนาจหน้าที่ของหน่วยงาน ส่งต่อหน่วยงานที่เกี่ยวข้อง',
  'no-action': 'ไม่มีการดำเนินการต่อ',
}

/**
 * Who acts on a complaint: the officers designated for its track (เจ้าหน้าที่รับเรื่องร้องเรียน, a duty given to a
 * user, not a workflow role: corruption complaints are read only by those designated for them), the staff of the
 * unit it is assigned to (general complaints only), and the citizen who filed it, known by the tracking code.
 */
export type ComplaintActor = 'officer' | 'unit' | 'citizen'

export const COMPLAINT_ACTIONS = ['assign', 'start', 'answer', 'refer', 'no-action', 'close', 'reopen'] as const
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number]

export interface ComplaintRule {
  action: ComplaintAction
  label: string
  from: readonly ComplaintState[]
  to: ComplaintState
  by: readonly ComplaintActor[]
  /** The note the action takes: required, and whether the citizen sees it on the status page. */
  note: { required: boolean; public: boolean; label: string }
  /** The outcome a closing action records. */
  outcome?: ClosingOutcome
}

const OPEN: readonly ComplaintState[] = ['received', 'assigned', 'in-progress']

export const COMPLAINT_RULES: readonly ComplaintRule[] = [
  { action: 'assign', label: 'ส่งหน่วยงานที่รับผิดชอบ', from: ['received'], to: 'assigned', by: ['officer'], note: { required: false, public: false, label: 'ข้อสั่งการถึงหน่วยงาน' } },
  { action: 'start', label: 'เริ่มดำเนินการ', from: ['assigned'], to: 'in-progress', by: ['officer', 'unit'], note: { required: false, public: true, label: 'แจ้งผู้ร้อง' } },
  { action: 'answer', label: 'ตอบผู้ร้อง', from: ['assigned', 'in-progress'], to: 'answered', by: ['officer', 'unit'], note: { required: true, public: true, label: 'คำตอบของหน่วยงาน' } },
  { action: 'refer', label: 'ไม่อยู่ในอำนาจหน้าที่ ส่งต่อ', from: OPEN, to: 'closed', by: ['officer'], note: { required: true, public: true, label: 'ส่งต่อหน่วยงานใด เพราะเหตุใด' }, outcome: 'referred' },
  { action: 'no-action', label: 'ยุติโดยไม่ดำเนินการต่อ', from: OPEN, to: 'closed', by: ['officer'], note: { required: true, public: true, label: 'เหตุผล' }, outcome: 'no-action' },
  { action: 'close', label: 'ยุติเรื่อง (แก้ไขแล้ว)', from: ['answered'], to: 'closed', by: ['officer'], note: { required: false, public: true, label: 'สรุปผล' }, outcome: 'resolved' },
  { action: 'reopen', label: 'ขอให้พิจารณาใหม่', from: ['answered', 'closed'], to: 'in-progress', by: ['citizen'], note: { required: true, public: true, label: 'เหตุผลที่ขอให้พิจารณาใหม่' } },
]

export const ruleOf = (action: string): ComplaintRule | undefined => COMPLAINT_RULES.find((rule) => rule.action === action)

/** The steps `actor` may take on a complaint in `state` (the admin's buttons). */
export const availableComplaintRules = (state: ComplaintState, actor: ComplaintActor): ComplaintRule[] => COMPLAINT_RULES.filter((rule) => rule.from.includes(state) && rule.by.includes(actor))

/** The handling periods (settings): days to pass a complaint to a unit, days from then to answer, days to reopen after it closed. */
export interface ComplaintPeriods {
  assignDays: number
  answerDays: number
  reopenDays: number
}
export const DEFAULT_COMPLAINT_PERIODS: ComplaintPeriods = { assignDays: 3, answerDays: 15, reopenDays: 30 }

const DAY_MS = 24 * 60 * 60 * 1000

export interface ComplaintFacts {
  state: ComplaintState
  receivedAt: Date
  /** When it entered its current state. */
  stateChangedAt: Date
  unit: number | null
}

export interface ComplaintRefusal {
  status: 400 | 403 | 409
  message: string
}

/** Why `actor` may not take `action` now (Thai, with the HTTP status that says so), or null when they may. */
export function complaintRefusal(complaint: ComplaintFacts, action: string, actor: ComplaintActor, periods: ComplaintPeriods, now: Date, note = ''): ComplaintRefusal | null {
  const rule = ruleOf(action)
  if (!rule) return { status: 400, message: 'ไม่รู้จักการดำเนินการนี้' }
  if (!rule.by.includes(actor)) return { status: 403, message: `ท่านไม่มีสิทธิ์ “${rule.label}”` }
  if (!rule.from.includes(complaint.state)) return { status: 409, message: `เรื่องที่อยู่ในสถานะ “${COMPLAINT_STATE_LABELS[complaint.state]}” ทำ “${rule.label}” ไม่ได้` }
  if (rule.note.required && !note.trim()) return { status: 400, message: `กรุณาระบุ${rule.note.label}` }
  if (action === 'reopen' && now.getTime() - complaint.stateChangedAt.getTime() > periods.reopenDays * DAY_MS) {
    return { status: 409, message: `ขอให้พิจารณาใหม่ได้ภายใน ${periods.reopenDays} วันนับจากวันที่หน่วยงานตอบหรือยุติเรื่อง` }
  }
  return null
}

/** When the current step is due, or null when nothing waits on the agency (answered or closed). */
export function dueAt(complaint: ComplaintFacts, periods: ComplaintPeriods): Date | null {
  if (complaint.state === 'received') return new Date(complaint.stateChangedAt.getTime() + periods.assignDays * DAY_MS)
  if (complaint.state === 'assigned' || complaint.state === 'in-progress') return new Date(complaint.stateChangedAt.getTime() + periods.answerDays * DAY_MS)
  return null
}

export const isOverdue = (complaint: ComplaintFacts, periods: ComplaintPeriods, now: Date): boolean => {
  const due = dueAt(complaint, periods)
  return due !== null && due.getTime() < now.getTime()
}

// Crockford's base 32: no I, L, O or U, so a code read aloud over the phone is not misheard.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const CODE_LENGTH = 10
const TRACK_LETTER: Record<ComplaintTrack, string> = { general: 'G', corruption: 'T' }

/** A tracking code nobody can guess (50 random bits): the track's letter, the Buddhist year, and ten characters. */
export function newTrackingCode(track: ComplaintTrack, at: Date): string {
  const random = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('')
  return `${TRACK_LETTER[track]}${toBuddhistYear(bangkokDay(at).year)}-${random.slice(0, 5)}-${random.slice(5)}`
}

const CODE_SHAPE = new RegExp(`^[GT]\\d{4}-[${CODE_ALPHABET}]{5}-[${CODE_ALPHABET}]{5}$`)

/** A code as a citizen may type it (lower case, spaces, O for 0) → its stored form, or null when it cannot be one. */
export function normalizeTrackingCode(typed: string): string | null {
  const code = typed.trim().toUpperCase().replace(/\s+/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  return CODE_SHAPE.test(code) ? code : null
}

/** The public pages of the two channels, the guideline and the statistics, and where a citizen follows a complaint. */
export const COMPLAINT_PAGES = {
  general: '/complaints',
  corruption: '/complaints/corruption',
  guideline: '/complaints/guideline',
  statistics: '/complaints/statistics',
} as const

/** A complaint's status page: never kept by the page cache (it is one citizen's, and it changes). */
export const TRACKING_PATH = '/track'
export const statusPathOf = (trackingCode: string): string => `${TRACKING_PATH}/${trackingCode}`
