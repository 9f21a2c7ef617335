/**
 * Calendar months in Bangkok time: Thai month names (ชื่อเดือน), the months of a fiscal year
 * (ปีงบประมาณ, October first) and month arithmetic.
 */
import { bangkokDay, startOfBangkokDay, toBuddhistYear, toCommonEraYear } from './calendar'

/** A calendar month; year is the common era, month is 1–12. */
export interface LocalMonth {
  year: number
  month: number
}

export const THAI_MONTH_NAMES = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
] as const

/** The months as abbreviated in official writing and on charts (ม.ค. … ธ.ค.). */
export const THAI_MONTH_ABBREVIATIONS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'] as const

/** "กุมภาพันธ์ 2567" — the month's name and its Buddhist-era year. */
export const thaiMonthYear = ({ year, month }: LocalMonth): string =>
  `${THAI_MONTH_NAMES[month - 1]} ${toBuddhistYear(year)}`

/** Number of days in a month (29 for February in a leap year). */
export const daysInMonth = ({ year, month }: LocalMonth): number => new Date(Date.UTC(year, month, 0)).getUTCDate()

/** The month `count` months after (or before, if negative) the given one. */
export function addMonths({ year, month }: LocalMonth, count: number): LocalMonth {
  const index = year * 12 + (month - 1) + count
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

/** The twelve months of a fiscal year given in the Buddhist era, October of the year before first. */
export function monthsOfFiscalYear(fiscalYearBE: number): LocalMonth[] {
  const october = { year: toCommonEraYear(fiscalYearBE) - 1, month: 10 }
  return Array.from({ length: 12 }, (_, i) => addMonths(october, i))
}

/** First and last instants of a month in Bangkok: [start, end). */
export function monthRange(month: LocalMonth): { start: Date; end: Date } {
  const next = addMonths(month, 1)
  return {
    start: startOfBangkokDay({ ...month, day: 1 }),
    end: startOfBangkokDay({ ...next, day: 1 }),
  }
}

/**
 * The same Bangkok wall-clock time `count` calendar months earlier or later; the day is clamped
 * to the target month's length (31 March minus one month is 29 February in a leap year).
 */
export function shiftBangkokMonths(at: Date, count: number): Date {
  const today = bangkokDay(at)
  const target = addMonths(today, count)
  const day = Math.min(today.day, daysInMonth(target))
  const timeOfDay = at.getTime() - startOfBangkokDay(today).getTime()
  return new Date(startOfBangkokDay({ ...target, day }).getTime() + timeOfDay)
}
