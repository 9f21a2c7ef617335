/**
 * Arithmetic on Bangkok calendar days (วันตามปฏิทิน), for due dates that recur every year
 * ("ภายในวันที่ ๒๘ กุมภาพันธ์ ของทุกปี") and for counting days left or overdue. Months are in ./months.
 */
import { bangkokDay, toBuddhistYear, type LocalDay } from './calendar'
import { toThaiDigits } from './format'
import { THAI_MONTH_NAMES, daysInMonth } from './months'

const DAY_MS = 24 * 60 * 60 * 1000
const utcOf = ({ year, month, day }: LocalDay): number => Date.UTC(year, month - 1, day)

/** A day of a month, pulled back to the month's last day when the month is shorter (29 Feb → 28 Feb). */
export const clampedDay = (year: number, month: number, day: number): LocalDay => ({
  year,
  month,
  day: Math.min(day, daysInMonth({ year, month })),
})

/** The day `days` days later (earlier when negative). */
export function addDays(from: LocalDay, days: number): LocalDay {
  const moved = new Date(utcOf(from) + days * DAY_MS)
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() }
}

/** Whole calendar days from one day to another: negative when `to` comes first. */
export const daysBetween = (from: LocalDay, to: LocalDay): number => Math.round((utcOf(to) - utcOf(from)) / DAY_MS)

/** "28 กุมภาพันธ์": a day that recurs every year (Arabic digits; wrap in toThaiDigits for documents). */
export const dayMonthText = ({ month, day }: { month: number; day: number }): string =>
  `${day} ${THAI_MONTH_NAMES[month - 1]}`

/** "๑ พฤษภาคม พ.ศ. ๒๕๖๒": the date line of an announcement (ประกาศ ณ วันที่ …). */
export function officialDateWithEra(at: Date): string {
  const day = bangkokDay(at)
  return toThaiDigits(`${dayMonthText(day)} พ.ศ. ${toBuddhistYear(day.year)}`)
}
