/**
 * The Q&A board (กระดานถาม-ตอบ, C17; seeds 003 §1.4(2), 004 §2.1.5): citizens ask without an account; nothing they
 * send is public until a webmaster answers it, and then the question is shown with the agency's official answer —
 * never the asker's e-mail, which only serves to tell them it was answered. A question that is spam, abuse or
 * someone's personal data is rejected with a reason kept for staff.
 */
import { HONEYPOT_FIELD } from '../complaints/form'

export const QUESTION_STATES = ['pending', 'published', 'rejected'] as const
export type QuestionState = (typeof QUESTION_STATES)[number]
export const QUESTION_STATE_LABELS: Record<QuestionState, string> = { pending: 'รอตอบ', published: 'ตอบและเผยแพร่แล้ว', rejected: 'ไม่เผยแพร่' }

export interface QuestionRule {
  action: 'answer' | 'reject'
  label: string
  from: readonly QuestionState[]
  to: QuestionState
  note: string
}

/** What a webmaster (the moderator) may do with a question: both need their text. */
export const QUESTION_RULES: readonly QuestionRule[] = [
  { action: 'answer', label: 'ตอบและเผยแพร่', from: ['pending'], to: 'published', note: 'คำตอบของหน่วยงาน (เผยแพร่บนเว็บไซต์)' },
  { action: 'reject', label: 'ไม่เผยแพร่', from: ['pending'], to: 'rejected', note: 'เหตุผล (บันทึกภายใน ไม่แจ้งผู้ถาม)' },
]

export const availableQuestionRules = (state: QuestionState): QuestionRule[] => QUESTION_RULES.filter((rule) => rule.from.includes(state))

/** Why a moderator may not take `action` now, with the HTTP status that says so; null when they may. */
export function questionRefusal(state: QuestionState, action: string, note: string): { status: 400 | 409; message: string } | null {
  const rule = QUESTION_RULES.find((r) => r.action === action)
  if (!rule) return { status: 400, message: 'ไม่รู้จักการดำเนินการนี้' }
  if (!rule.from.includes(state)) return { status: 409, message: `คำถามที่ “${QUESTION_STATE_LABELS[state]}” ทำ “${rule.label}” ไม่ได้` }
  if (!note.trim()) return { status: 400, message: `กรุณาระบุ${rule.note}` }
  return null
}

export const QUESTION_LIMITS = { question: 200, details: 3000, email: 254 } as const
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/

export interface QuestionInput {
  question: string
  details: string
  email: string
}

export type QuestionErrors = Partial<Record<keyof QuestionInput | 'consent', string>>

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/** A question as sent (a form or JSON) → the question, the Thai errors by field, or a robot's (the honeypot filled). */
export function readQuestion(body: Record<string, unknown>): { input: QuestionInput } | { errors: QuestionErrors } | { robot: true } {
  if (text(body[HONEYPOT_FIELD])) return { robot: true }
  const input = { question: text(body.question), details: text(body.details), email: text(body.email) }
  const errors: QuestionErrors = {}
  if (!input.question) errors.question = 'กรุณาพิมพ์คำถาม'
  else if (input.question.length > QUESTION_LIMITS.question) errors.question = `คำถามยาวเกิน ${QUESTION_LIMITS.question} ตัวอักษร กรุณาย่อ แล้วเล่ารายละเอียดในช่องถัดไป`
  if (input.details.length > QUESTION_LIMITS.details) errors.details = `รายละเอียดยาวเกิน ${QUESTION_LIMITS.details.toLocaleString('th-TH')} ตัวอักษร`
  if (input.email && (input.email.length > QUESTION_LIMITS.email || !EMAIL.test(input.email))) errors.email = 'อีเมลไม่ถูกต้อง ตัวอย่าง somchai@example.com'
  if (!['true', 'on', 'yes', '1'].includes(String(body.consent))) errors.consent = 'กรุณายินยอมให้เผยแพร่คำถามพร้อมคำตอบ (ไม่แสดงอีเมลของท่าน)'
  return Object.keys(errors).length ? { errors } : { input }
}

/** The Q&A board's page, and where a citizen lands after asking (both kept by the page cache: neither is anyone's own). */
export const QUESTION_PAGES = { board: '/questions', asked: '/questions/asked' } as const
export const QUESTIONS_PER_PAGE = 20
