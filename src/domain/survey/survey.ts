/**
 * The website satisfaction survey (แบบประเมินความพึงพอใจการใช้งานเว็บไซต์, C20; seed 000 §1.10): five levels and an
 * optional comment, asked in every page's footer with no cookie and no account. Without a cookie a visit cannot be
 * told from the next, so an address may answer a few times in a window (the rate limit), not once for ever. The
 * results per fiscal year — how many answered, the average level and how the answers spread — are shown on the
 * statistics page; comments are read by staff only.
 */
import { fiscalYearOf } from '../thai/calendar'
import type { RateLimitRule } from '../site/rate-limit'

export const SATISFACTION_LEVELS = [5, 4, 3, 2, 1] as const
export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number]
export const SATISFACTION_LABELS: Record<SatisfactionLevel, string> = { 5: 'มากที่สุด', 4: 'มาก', 3: 'ปานกลาง', 2: 'น้อย', 1: 'น้อยที่สุด' }

export const SURVEY_COMMENT_LIMIT = 500
/** A few answers an address in half an hour: a family behind one router may each answer, a script may not flood it. */
export const SURVEY_RATE: RateLimitRule = { limit: 3, windowMs: 30 * 60 * 1000 }

export interface SurveyInput {
  rating: SatisfactionLevel
  comment: string
  page: string
}

/** The answer as sent (a footer form or JSON) → the answer, or the Thai reason it cannot be taken. */
export function readSurveyAnswer(body: Record<string, unknown>): { answer: SurveyInput } | { error: string } {
  const rating = Number(body.rating)
  if (!(SATISFACTION_LEVELS as readonly number[]).includes(rating)) return { error: 'กรุณาเลือกระดับความพึงพอใจ 1 ถึง 5' }
  const comment = typeof body.comment === 'string' ? body.comment.trim() : ''
  if (comment.length > SURVEY_COMMENT_LIMIT) return { error: `ข้อเสนอแนะยาวเกิน ${SURVEY_COMMENT_LIMIT} ตัวอักษร` }
  const page = typeof body.page === 'string' && /^\/[^\s]{0,300}$/.test(body.page) ? body.page : '/'
  return { answer: { rating: rating as SatisfactionLevel, comment, page } }
}

export interface SurveyResults {
  fiscalYear: number
  count: number
  /** Mean level, two decimals; null with no answer. */
  average: number | null
  /** How many answered each level, 5 first. */
  distribution: { level: SatisfactionLevel; count: number }[]
}

/** The results of a fiscal year from the answers' levels and times (others are left out). */
export function surveyResults(answers: readonly { rating: number; at: Date }[], fiscalYear: number): SurveyResults {
  const ofYear = answers.filter((a) => fiscalYearOf(a.at) === fiscalYear)
  const total = ofYear.reduce((sum, a) => sum + a.rating, 0)
  return {
    fiscalYear,
    count: ofYear.length,
    average: ofYear.length ? Math.round((total / ofYear.length) * 100) / 100 : null,
    distribution: SATISFACTION_LEVELS.map((level) => ({ level, count: ofYear.filter((a) => a.rating === level).length })),
  }
}
