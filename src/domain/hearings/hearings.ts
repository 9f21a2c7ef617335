/**
 * Public hearings (การรับฟังความคิดเห็น, C18; seed 003 §1.4(3)): staff open a hearing on a topic with a document and
 * an opening and closing time the server enforces; while it is open citizens comment without an account. Nothing a
 * citizen sent is public until a moderator shows it; readers may flag a shown comment (one flag an address), and
 * three flags hide it again until a moderator decides, the author told. A hearing ends only with a published
 * outcome — who took part and how many, what was said, what the agency changed because of it (ITA O19, MOIT11).
 */
import { HONEYPOT_FIELD } from '../complaints/form'

export type HearingPhase = 'upcoming' | 'open' | 'closed' | 'concluded'
export const PHASE_LABELS: Record<HearingPhase, string> = { upcoming: 'ยังไม่เปิดรับฟัง', open: 'เปิดรับฟังความคิดเห็น', closed: 'ปิดรับฟังแล้ว รอสรุปผล', concluded: 'สรุปผลแล้ว' }

/** Where a hearing stands at `now`: by its times, and by whether its outcome is published. */
export function hearingPhase(hearing: { opensAt: Date; closesAt: Date; outcomePublishedAt: Date | null }, now: Date): HearingPhase {
  if (hearing.outcomePublishedAt) return 'concluded'
  if (now < hearing.opensAt) return 'upcoming'
  return now < hearing.closesAt ? 'open' : 'closed'
}

export const COMMENT_STATES = ['pending', 'shown', 'flagged', 'hidden'] as const
export type CommentState = (typeof COMMENT_STATES)[number]
export const COMMENT_STATE_LABELS: Record<CommentState, string> = { pending: 'รอตรวจ', shown: 'แสดงแล้ว', flagged: 'ถูกแจ้งเหมาะสม 3 ครั้ง รอตรวจใหม่', hidden: 'ซ่อนแล้ว' }

/** How many readers' flags take a shown comment off the page until a moderator decides. */
export const FLAGS_TO_HIDE = 3
export const FLAG_REASONS = { abuse: 'ถ้อยคำไม่สุภาพหรือหมิ่นประมาท', 'personal-data': 'เปิดเผยข้อมูลส่วนบุคคลของผู้อื่น', spam: 'โฆษณาหรือสแปม', 'off-topic': 'ไม่เกี่ยวกับเรื่องที่รับฟัง' } as const
export type FlagReason = keyof typeof FLAG_REASONS

/** The state a comment is in after one more reader's flag. */
export const stateAfterFlag = (state: CommentState, flags: number): CommentState => (state === 'shown' && flags >= FLAGS_TO_HIDE ? 'flagged' : state)

/** A moderator's two decisions, and the states each applies to: show (also restores a flagged or hidden comment), or hide with a reason. */
export const MODERATIONS = [
  { action: 'show', label: 'แสดงบนเว็บไซต์', from: ['pending', 'flagged', 'hidden'], noteRequired: false, note: 'ข้อความถึงผู้แสดงความคิดเห็น' },
  { action: 'hide', label: 'ซ่อน', from: ['pending', 'shown', 'flagged'], noteRequired: true, note: 'เหตุผลที่ซ่อน (แจ้งผู้แสดงความคิดเห็นหากให้อีเมลไว้)' },
] as const satisfies readonly { action: string; label: string; from: readonly CommentState[]; noteRequired: boolean; note: string }[]

export const availableModerations = (state: CommentState) => MODERATIONS.filter((m) => (m.from as readonly CommentState[]).includes(state))

/** A moderator's decision: show (also restores a flagged or hidden one) or hide, with the reason the author is told. */
export function moderationRefusal(action: string, note: string): { status: 400; message: string } | null {
  if (action !== 'show' && action !== 'hide') return { status: 400, message: 'ไม่รู้จักการดำเนินการนี้ (ใช้ show หรือ hide)' }
  if (action === 'hide' && !note.trim()) return { status: 400, message: 'กรุณาระบุเหตุผลที่ซ่อนความคิดเห็น (แจ้งผู้แสดงความคิดเห็นหากให้อีเมลไว้)' }
  return null
}

export const COMMENT_LIMITS = { text: 3000, name: 200, email: 254 } as const
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

export interface CommentInput {
  text: string
  name: string
  email: string
}

/** A comment as sent → the comment, the Thai errors by field, or a robot's. */
export function readComment(body: Record<string, unknown>): { input: CommentInput } | { errors: Partial<Record<keyof CommentInput | 'consent', string>> } | { robot: true } {
  if (text(body[HONEYPOT_FIELD])) return { robot: true }
  const input = { text: text(body.text), name: text(body.name), email: text(body.email) }
  const errors: Partial<Record<keyof CommentInput | 'consent', string>> = {}
  if (!input.text) errors.text = 'กรุณาพิมพ์ความคิดเห็น'
  for (const field of ['text', 'name', 'email'] as const) if (input[field].length > COMMENT_LIMITS[field]) errors[field] = `ยาวเกิน ${COMMENT_LIMITS[field].toLocaleString('th-TH')} ตัวอักษร`
  if (input.email && !errors.email && !EMAIL.test(input.email)) errors.email = 'อีเมลไม่ถูกต้อง ตัวอย่าง somchai@example.com'
  if (!['true', 'on', 'yes', '1'].includes(String(body.consent))) errors.consent = 'กรุณายินยอมให้เผยแพร่ความคิดเห็น (แสดงชื่อเฉพาะเมื่อท่านกรอก)'
  return Object.keys(errors).length ? { errors } : { input }
}

/** The outcome a hearing closes with; refused before its closing time or without what was said and what changed. */
export function outcomeRefusal(hearing: { closesAt: Date; outcomePublishedAt: Date | null }, summary: string, changes: string, now: Date): { status: 400 | 409; message: string } | null {
  if (hearing.outcomePublishedAt) return { status: 409, message: 'สรุปผลการรับฟังความคิดเห็นนี้เผยแพร่แล้ว' }
  if (now < hearing.closesAt) return { status: 409, message: 'ยังไม่ถึงเวลาปิดรับฟังความคิดเห็น จึงยังสรุปผลไม่ได้' }
  if (!summary.trim()) return { status: 400, message: 'กรุณาสรุปความคิดเห็นที่ได้รับ' }
  if (!changes.trim()) return { status: 400, message: 'กรุณาระบุสิ่งที่หน่วยงานปรับปรุงจากความคิดเห็น (หรือเหตุผลที่ไม่ปรับ)' }
  return null
}

/** The public pages of hearings: the list (C18's own page), and each hearing by its number — never kept by the page cache, as they open and close by the clock. */
export const HEARING_PATH = '/public-hearing'
export const HEARING_PAGE_PREFIX = '/hearings'
export const hearingPath = (id: number): string => `${HEARING_PAGE_PREFIX}/${id}`
