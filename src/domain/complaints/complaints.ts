/**
 * Complaints (เรื่องร้องเรียน / ร้องทุกข์): what a citizen files without an account, on one of two tracks kept
 * apart — general complaints, and corruption and misconduct (การทุจริตและประพฤติมิชอบ), which has its own page
 * and its own staff — and how staff handle it, as a table like the publication workflow's:
 * received → assigned to a unit → in progress → answered → closed. A complaint closes in one of three ways,
 * kept apart in the statistics: resolved, not the agency's responsibility (referred to whoever it belongs to),
 * or no further action. The citizen follows it by a tracking code and may reopen it for a while after it closed.
 *
 * A request for official information (คำขอข้อมูลข่าวสารของราชการ, พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. 2540 มาตรา 11) is
 * filed and followed the same way, as a third track with its own officers and its own period from receipt: it ends
 * with the information given (a note and the agency's files), a refusal with its reason and the right of appeal, a
 * referral to the agency that holds the information (มาตรา 12), or no further action (withdrawn).
 */
import { randomInt } from 'node:crypto'
import { bangkokDay, toBuddhistYear } from '../thai/calendar'
import { thaiDate } from '../thai/format'

export const COMPLAINT_TRACKS = ['general', 'corruption', 'information'] as const
export type ComplaintTrack = (typeof COMPLAINT_TRACKS)[number]
export const TRACK_LABELS: Record<ComplaintTrack, string> = {
  general: 'เรื่องร้องเรียน/ร้องทุกข์ทั่วไป',
  corruption: 'เรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
  information: 'คำขอข้อมูลข่าวสารของราชการ',
}
/** The two complaint tracks, as opposed to requests for information. */
export const COMPLAINT_ONLY: readonly ComplaintTrack[] = ['general', 'corruption']
/** Tracks whose cases an officer passes to a unit, whose staff then read and act on them; corruption complaints never leave their officers. */
export const passesToUnits = (track: ComplaintTrack): boolean => track !== 'corruption'

export const COMPLAINT_STATES = ['received', 'assigned', 'in-progress', 'answered', 'closed'] as const
export type ComplaintState = (typeof COMPLAINT_STATES)[number]
export const COMPLAINT_STATE_LABELS: Record<ComplaintState, string> = {
  received: 'รับเรื่องแล้ว',
  assigned: 'ส่งหน่วยงานที่รับผิดชอบแล้ว',
  'in-progress': 'อยู่ระหว่างดำเนินการ',
  answered: 'ตอบผู้ร้องแล้ว',
  closed: 'ยุติเรื่อง',
}

export const CLOSING_OUTCOMES = ['resolved', 'referred', 'no-action', 'provided', 'refused'] as const
export type ClosingOutcome = (typeof CLOSING_OUTCOMES)[number]
export const OUTCOME_LABELS: Record<ClosingOutcome, string> = {
  resolved: 'ดำเนินการแก้ไขแล้ว',
  referred: 'ไม่อยู่ในอำนาจหน้าที่ของหน่วยงาน ส่งต่อหน่วยงานที่เกี่ยวข้อง',
  'no-action': 'ไม่มีการดำเนินการต่อ',
  provided: 'เปิดเผยข้อมูลให้ผู้ขอแล้ว',
  refused: 'ปฏิเสธการเปิดเผยข้อมูล (แจ้งเหตุผลและสิทธิอุทธรณ์แล้ว)',
}
/** How each track can end, in the order the statistics list them. */
export const OUTCOMES_OF: Record<ComplaintTrack, readonly ClosingOutcome[]> = {
  general: ['resolved', 'referred', 'no-action'],
  corruption: ['resolved', 'referred', 'no-action'],
  information: ['provided', 'refused', 'referred', 'no-action'],
}

/**
 * Who acts on a complaint: the officers designated for its track (เจ้าหน้าที่รับเรื่องร้องเรียน, a duty given to a
 * user, not a workflow role: corruption complaints are read only by those designated for them), the staff of the
 * unit it is assigned to (general complaints only), and the citizen who filed it, known by the tracking code.
 */
export type ComplaintActor = 'officer' | 'unit' | 'citizen'

export const COMPLAINT_ACTIONS = ['assign', 'start', 'answer', 'provide', 'refuse', 'refer', 'no-action', 'close', 'reopen'] as const
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
  /** The tracks the step belongs to (all when not said). */
  tracks?: readonly ComplaintTrack[]
  /** The step may carry the agency's files for the citizen (the information asked for). */
  files?: boolean
}

const OPEN: readonly ComplaintState[] = ['received', 'assigned', 'in-progress']

export const COMPLAINT_RULES: readonly ComplaintRule[] = [
  { action: 'assign', label: 'ส่งหน่วยงานที่รับผิดชอบ', from: ['received'], to: 'assigned', by: ['officer'], note: { required: false, public: false, label: 'ข้อสั่งการถึงหน่วยงาน' } },
  { action: 'start', label: 'เริ่มดำเนินการ', from: ['assigned'], to: 'in-progress', by: ['officer', 'unit'], note: { required: false, public: true, label: 'แจ้งผู้ร้อง' } },
  { action: 'answer', label: 'ตอบผู้ร้อง', from: ['assigned', 'in-progress'], to: 'answered', by: ['officer', 'unit'], note: { required: true, public: true, label: 'คำตอบของหน่วยงาน' }, tracks: COMPLAINT_ONLY },
  { action: 'provide', label: 'เปิดเผยข้อมูลให้ผู้ขอ', from: OPEN, to: 'closed', by: ['officer', 'unit'], note: { required: true, public: true, label: 'ข้อมูลที่เปิดเผย หรือคำอธิบายไฟล์ที่แนบ' }, outcome: 'provided', tracks: ['information'], files: true },
  { action: 'refuse', label: 'ปฏิเสธการเปิดเผยข้อมูล', from: OPEN, to: 'closed', by: ['officer'], note: { required: true, public: true, label: 'เหตุผลที่ปฏิเสธตามกฎหมาย (เช่น มาตรา 14 หรือ 15)' }, outcome: 'refused', tracks: ['information'] },
  { action: 'refer', label: 'ไม่อยู่ในอำนาจหน้าที่ ส่งต่อ', from: OPEN, to: 'closed', by: ['officer'], note: { required: true, public: true, label: 'ส่งต่อหน่วยงานใด เพราะเหตุใด' }, outcome: 'referred' },
  { action: 'no-action', label: 'ยุติโดยไม่ดำเนินการต่อ', from: OPEN, to: 'closed', by: ['officer'], note: { required: true, public: true, label: 'เหตุผล' }, outcome: 'no-action' },
  { action: 'close', label: 'ยุติเรื่อง (แก้ไขแล้ว)', from: ['answered'], to: 'closed', by: ['officer'], note: { required: false, public: true, label: 'สรุปผล' }, outcome: 'resolved', tracks: COMPLAINT_ONLY },
  { action: 'reopen', label: 'ขอให้พิจารณาใหม่', from: ['answered', 'closed'], to: 'in-progress', by: ['citizen'], note: { required: true, public: true, label: 'เหตุผลที่ขอให้พิจารณาใหม่' } },
]

export const ruleOf = (action: string): ComplaintRule | undefined => COMPLAINT_RULES.find((rule) => rule.action === action)

const onTrack = (rule: ComplaintRule, track: ComplaintTrack) => !rule.tracks || rule.tracks.includes(track)

/** The steps `actor` may take on a case of `track` in `state` (the admin's buttons). */
export const availableComplaintRules = (track: ComplaintTrack, state: ComplaintState, actor: ComplaintActor): ComplaintRule[] =>
  COMPLAINT_RULES.filter((rule) => onTrack(rule, track) && rule.from.includes(state) && rule.by.includes(actor))

/**
 * The handling periods (settings): days to pass a complaint to a unit, days from then to answer, days to reopen
 * after it closed, and days from receipt to answer a request for information (15 by default: the period the
 * Official Information Commission's guidance sets for information at hand).
 */
export interface ComplaintPeriods {
  assignDays: number
  answerDays: number
  reopenDays: number
  informationDays: number
}
export const DEFAULT_COMPLAINT_PERIODS: ComplaintPeriods = { assignDays: 3, answerDays: 15, reopenDays: 30, informationDays: 15 }

const DAY_MS = 24 * 60 * 60 * 1000

export interface ComplaintFacts {
  track: ComplaintTrack
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
  if (!rule || !onTrack(rule, complaint.track)) return { status: 400, message: rule ? `“${rule.label}” ใช้กับ${TRACK_LABELS[complaint.track]}ไม่ได้` : 'ไม่รู้จักการดำเนินการนี้' }
  if (!rule.by.includes(actor)) return { status: 403, message: `ท่านไม่มีสิทธิ์ “${rule.label}”` }
  if (!rule.from.includes(complaint.state)) return { status: 409, message: `เรื่องที่อยู่ในสถานะ “${COMPLAINT_STATE_LABELS[complaint.state]}” ทำ “${rule.label}” ไม่ได้` }
  if (rule.note.required && !note.trim()) return { status: 400, message: `กรุณาระบุ${rule.note.label}` }
  if (action === 'reopen' && now.getTime() - complaint.stateChangedAt.getTime() > periods.reopenDays * DAY_MS) {
    return { status: 409, message: `ขอให้พิจารณาใหม่ได้ภายใน ${periods.reopenDays} วันนับจากวันที่หน่วยงานตอบหรือยุติเรื่อง` }
  }
  return null
}

/**
 * Whether a case waits for `actor` (รอท่านดำเนินการ, the dashboard's list): a case the agency still has to move is the
 * officers' when it has just arrived, has been answered (to close), or was never passed to a unit; the unit's while
 * it is assigned to one or in progress there. A closed case waits for nobody.
 */
export function waitsFor(complaint: Pick<ComplaintFacts, 'track' | 'state' | 'unit'>, actor: ComplaintActor): boolean {
  if (complaint.state === 'closed' || actor === 'citizen') return false
  const atUnit = (complaint.state === 'assigned' || complaint.state === 'in-progress') && complaint.unit !== null && passesToUnits(complaint.track)
  return actor === (atUnit ? 'unit' : 'officer')
}

/** A reminder that a case's step is overdue, to whoever it waits for, once a step (its key names the case, the step and when it began). */
export interface OverdueReminder {
  key: string
  holder: Exclude<ComplaintActor, 'citizen'>
  title: string
  message: string
}

/** The reminder due for a case at `now`, or null while its step is on time or nothing waits on the agency. Never the topic: a corruption complaint is read only by opening it. */
export function overdueReminder(complaint: ComplaintFacts & { trackingCode: string }, periods: ComplaintPeriods, now: Date): OverdueReminder | null {
  const due = dueAt(complaint, periods)
  if (!due || due.getTime() >= now.getTime()) return null
  const holder = waitsFor(complaint, 'unit') ? 'unit' : 'officer'
  return {
    key: `complaint-${complaint.trackingCode}-${complaint.state}-${complaint.stateChangedAt.toISOString()}`,
    holder,
    title: `เกินกำหนด: ${TRACK_LABELS[complaint.track]} รหัส ${complaint.trackingCode}`,
    message: `${TRACK_LABELS[complaint.track]} รหัส ${complaint.trackingCode} ขั้น “${COMPLAINT_STATE_LABELS[complaint.state]}” ครบกำหนดเมื่อ ${thaiDate(due)} แล้ว กรุณาดำเนินการหรือบันทึกความคืบหน้า`,
  }
}

/** When the current step is due, or null when nothing waits on the agency (answered or closed); a request for information is due a period after receipt, whatever step it is at. */
export function dueAt(complaint: ComplaintFacts, periods: ComplaintPeriods): Date | null {
  if (complaint.track === 'information') return OPEN.includes(complaint.state) ? new Date(complaint.receivedAt.getTime() + periods.informationDays * DAY_MS) : null
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
const TRACK_LETTER: Record<ComplaintTrack, string> = { general: 'G', corruption: 'T', information: 'R' }

/**
 * A code nobody can guess (50 random bits) that a citizen keeps for something they sent: a letter saying what it is,
 * the Buddhist year, and ten characters.
 */
export function newCitizenCode(letter: string, at: Date): string {
  const random = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('')
  return `${letter}${toBuddhistYear(bangkokDay(at).year)}-${random.slice(0, 5)}-${random.slice(5)}`
}

/** A complaint's or request's tracking code: its track's letter. */
export const newTrackingCode = (track: ComplaintTrack, at: Date): string => newCitizenCode(TRACK_LETTER[track], at)

/** A code as a citizen may type it (lower case, spaces, O for 0) → its stored form when it has one of the `letters`, or null. */
export function normalizeCitizenCode(typed: string, letters: string): string | null {
  const code = typed.trim().toUpperCase().replace(/\s+/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  return new RegExp(`^[${letters}]\\d{4}-[${CODE_ALPHABET}]{5}-[${CODE_ALPHABET}]{5}$`).test(code) ? code : null
}

export const normalizeTrackingCode = (typed: string): string | null => normalizeCitizenCode(typed, Object.values(TRACK_LETTER).join(''))

/** The public pages of the two channels, the guideline and the statistics, and where a citizen follows a complaint. */
export const COMPLAINT_PAGES = {
  general: '/complaints',
  corruption: '/complaints/corruption',
  guideline: '/complaints/guideline',
  statistics: '/complaints/statistics',
  information: '/information-request',
} as const

/** What a refused requester may do (พ.ร.บ.ข้อมูลข่าวสารของราชการ มาตรา 18): said on the request page and on a refused request's status page. */
export const INFORMATION_APPEAL =
  'หากไม่พอใจคำสั่งไม่เปิดเผยข้อมูล ท่านอุทธรณ์ต่อคณะกรรมการวินิจฉัยการเปิดเผยข้อมูลข่าวสารได้ภายใน 15 วันนับจากวันที่ได้รับแจ้ง (มาตรา 18 แห่งพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540)'

/** The page of the channel a filing came from (its track as sent; anything else is the general channel's). */
export const channelPageOf = (track: unknown): string => COMPLAINT_PAGES[COMPLAINT_TRACKS.find((t) => t === track) ?? 'general']

/** A complaint's status page: never kept by the page cache (it is one citizen's, and it changes). */
export const TRACKING_PATH = '/track'
export const statusPathOf = (trackingCode: string): string => `${TRACKING_PATH}/${trackingCode}`
/** Where the citizen downloads a file the agency gave on their case (the complaint endpoints' GET …/track/:code/files/:id). */
export const caseFilePathOf = (trackingCode: string, fileId: number): string => `/api/complaints/track/${trackingCode}/files/${fileId}`
