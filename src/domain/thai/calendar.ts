/**
 * Thai calendar facts: Buddhist era (พ.ศ.), the fiscal year (ปีงบประมาณ, 1 Oct – 30 Sep),
 * and the agency's local day (Asia/Bangkok, UTC+7, no daylight saving).
 */

export const BANGKOK_TIME_ZONE = 'Asia/Bangkok'
const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000

/** Difference between the Buddhist era and the common era: BE = CE + 543. */
export const BUDDHIST_ERA_OFFSET = 543

export const toBuddhistYear = (ceYear: number): number => ceYear + BUDDHIST_ERA_OFFSET
export const toCommonEraYear = (beYear: number): number => beYear - BUDDHIST_ERA_OFFSET

/** A calendar day as an agency in Thailand sees it. month is 1–12. */
export interface LocalDay {
  year: number
  month: number
  day: number
}

/** The Bangkok calendar day of an instant. */
export function bangkokDay(at: Date): LocalDay {
  const shifted = new Date(at.getTime() + BANGKOK_OFFSET_MS)
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() }
}

/** The instant a Bangkok calendar day starts (00:00 in Bangkok). */
export function startOfBangkokDay({ year, month, day }: LocalDay): Date {
  return new Date(Date.UTC(year, month - 1, day) - BANGKOK_OFFSET_MS)
}

/**
 * The fiscal year (Buddhist era) an instant falls in: fiscal year 2569 runs
 * 1 October 2568 (2025 CE) to 30 September 2569 (2026 CE), Bangkok time.
 */
export function fiscalYearOf(at: Date): number {
  const { year, month } = bangkokDay(at)
  return toBuddhistYear(month >= 10 ? year + 1 : year)
}

/** First and last instants of a fiscal year given in the Buddhist era: [start, end). */
export function fiscalYearRange(fiscalYearBE: number): { start: Date; end: Date } {
  const ce = toCommonEraYear(fiscalYearBE)
  return {
    start: startOfBangkokDay({ year: ce - 1, month: 10, day: 1 }),
    end: startOfBangkokDay({ year: ce, month: 10, day: 1 }),
  }
}

/** 1-based month of the fiscal year: October is 1, September is 12. */
export function fiscalMonthOf(at: Date): number {
  const { month } = bangkokDay(at)
  return month >= 10 ? month - 9 : month + 3
}
