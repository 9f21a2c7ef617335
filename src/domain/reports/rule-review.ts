/**
 * The yearly review of the measure itself (การทบทวนหลักเกณฑ์และมาตรการ, 003 §4.3: "ติดตาม ทบทวน หลักเกณฑ์
 * มาตรฐานการปฏิบัติงาน เพื่อให้มีมาตรฐานและถูกต้องอยู่เสมอ"): once a fiscal year a webmaster reviews what the agency
 * announced and enforces — the announcement, the files allowed, who approves, the rounds, the indicator sets — records
 * what changed and why, and the executive acknowledges it. Due before the first round's report (the review says
 * what the year is measured against); reminded before that day and after it until done.
 */
import { bangkokDay, startOfBangkokDay } from '../thai/calendar'
import { daysBetween } from '../thai/days'
import { thaiDate } from '../thai/format'
import type { MonitoringRound } from './rounds'

/** What is reviewed each year: the parts of the measure the system enforces and the announcement states. */
export const REVIEWED_PARTS = [
  'ประกาศแนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์',
  'ผู้อนุมัติคำขอเผยแพร่และขั้นตอนการอนุมัติ',
  'ชนิดและขนาดไฟล์ที่อนุญาต',
  'รอบและกำหนดส่งรายงานผลการกำกับติดตาม',
  'ชุดตัวชี้วัด ITA MOIT มาตรฐานเว็บไซต์ภาครัฐ และ พ.ร.บ.ข้อมูลข่าวสารฯ',
  'การตรวจข้อมูลส่วนบุคคลและสแปม',
] as const

export type ReviewOutcome = 'unchanged' | 'changed'

export const REVIEW_OUTCOME_LABELS: Record<ReviewOutcome, string> = {
  unchanged: 'คงหลักเกณฑ์เดิม',
  changed: 'ปรับปรุงหลักเกณฑ์',
}

export interface RuleReview {
  fiscalYear: number
  outcome: ReviewOutcome
  /** What changed (required when the outcome is a change). */
  changes?: string | null
  /** Why: the reasons for the change, or why the measure still fits. */
  reasons: string
  reviewedBy: string
  reviewedAt: Date
  acknowledgedBy?: string | null
  acknowledgedAt?: Date | null
}

export interface ReviewInput {
  outcome?: unknown
  changes?: unknown
  reasons?: unknown
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/** Why a review cannot be recorded (status and Thai message), or the review's recorded parts. */
export function reviewDecision(existing: RuleReview | null, input: ReviewInput): { refusal: { status: 400 | 409; message: string } } | { outcome: ReviewOutcome; changes: string | null; reasons: string } {
  if (existing) return { refusal: { status: 409, message: `ปีงบประมาณ ${existing.fiscalYear} ทบทวนมาตรการแล้ว เมื่อ${thaiDate(existing.reviewedAt)} โดย ${existing.reviewedBy}` } }
  if (input.outcome !== 'unchanged' && input.outcome !== 'changed') return { refusal: { status: 400, message: 'กรุณาระบุผลการทบทวน: คงหลักเกณฑ์เดิม หรือปรับปรุงหลักเกณฑ์' } }
  const reasons = text(input.reasons)
  const changes = text(input.changes)
  if (input.outcome === 'changed' && !changes) return { refusal: { status: 400, message: 'กรุณาระบุสิ่งที่ปรับปรุง' } }
  if (!reasons) return { refusal: { status: 400, message: input.outcome === 'changed' ? 'กรุณาระบุเหตุผลของการปรับปรุง' : 'กรุณาระบุเหตุผลที่คงหลักเกณฑ์เดิม' } }
  return { outcome: input.outcome, changes: input.outcome === 'changed' ? changes : null, reasons }
}

/** Why the executive cannot acknowledge the year's review, or null when they can. */
export function reviewAcknowledgementRefusal(fiscalYear: number, review: RuleReview | null): { status: 409; message: string } | null {
  if (!review) return { status: 409, message: `ปีงบประมาณ ${fiscalYear} ยังไม่ได้ทบทวนมาตรการ จึงยังรับทราบไม่ได้` }
  if (review.acknowledgedAt) return { status: 409, message: `รับทราบการทบทวนมาตรการปีงบประมาณ ${fiscalYear} แล้ว เมื่อ${thaiDate(review.acknowledgedAt)}` }
  return null
}

/** The review of a fiscal year is due on the first round's due day. */
export const reviewDueAt = (firstRound: MonitoringRound): Date => firstRound.dueAt

export interface ReviewReminder {
  key: string // "review-2570-before", "review-2570-overdue": sent once each
  subject: string
  message: string
}

/** The reminder due now for a year not yet reviewed: one a month before the due day, one once it has passed. */
export function reviewReminderDue(fiscalYear: number, firstRound: MonitoringRound, reviewed: boolean, now: Date, daysBefore = 30): ReviewReminder | null {
  if (reviewed) return null
  const due = thaiDate(startOfBangkokDay(firstRound.dueDay))
  const subject = `ทบทวนมาตรการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ ปีงบประมาณ ${fiscalYear}`
  if (now >= reviewDueAt(firstRound)) {
    return { key: `review-${fiscalYear}-overdue`, subject: `เลยกำหนด${subject}`, message: `${subject} ครบกำหนดเมื่อวันที่ ${due} และยังไม่ได้บันทึกผลการทบทวน กรุณาทบทวนและเสนอผู้บริหารรับทราบ` }
  }
  const left = daysBetween(bangkokDay(now), firstRound.dueDay)
  if (left > daysBefore) return null
  return { key: `review-${fiscalYear}-before`, subject, message: `กรุณา${subject} (${REVIEWED_PARTS.join(' ')}) บันทึกสิ่งที่ปรับปรุงและเหตุผล และเสนอผู้บริหารรับทราบ ภายในวันที่ ${due}` }
}
