/**
 * Dates as staff type and read them in the admin (วัน/เดือน/ปี พ.ศ.): "1/12/2569" or "1/12/2569 09:30", Bangkok
 * time. A common-era year typed by habit ("1/12/2026") is refused with the Buddhist-era year to use instead.
 */
import { bangkokDay, startOfBangkokDay, toBuddhistYear, toCommonEraYear } from './calendar'

const HOUR_MS = 3_600_000
const MINUTE_MS = 60_000

/** "1/12/2569" or, with the time, "1/12/2569 09:30". */
export function formatDateInput(at: Date, withTime: boolean): string {
  const { year, month, day } = bangkokDay(at)
  const date = `${day}/${month}/${toBuddhistYear(year)}`
  if (!withTime) return date
  const since = at.getTime() - startOfBangkokDay({ year, month, day }).getTime()
  const [hours, minutes] = [Math.floor(since / HOUR_MS), Math.floor((since % HOUR_MS) / MINUTE_MS)]
  return `${date} ${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}

export type DateInput = { ok: true; at: Date | null } | { ok: false; message: string }

const PATTERN = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2})[:.](\d{2}))?$/

/** The instant typed, or the Thai reason it is not a date; empty text is no date. */
export function parseDateInput(text: string): DateInput {
  const typed = text.trim().replace(/[๐-๙]/g, (d) => String('๐๑๒๓๔๕๖๗๘๙'.indexOf(d)))
  if (typed === '') return { ok: true, at: null }
  const match = PATTERN.exec(typed)
  if (!match) return { ok: false, message: 'กรุณาพิมพ์วันที่เป็น วัน/เดือน/ปี พ.ศ. เช่น 1/12/2569 (และเวลา เช่น 1/12/2569 09:30)' }
  const [day, month, beYear, hours = 0, minutes = 0] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part))) as number[]
  if (beYear < 2400) return { ok: false, message: `ปี ${beYear} ดูเหมือนเป็นปีคริสต์ศักราช — กรุณาใช้ปีพุทธศักราช ${toBuddhistYear(beYear)}` }
  const year = toCommonEraYear(beYear)
  const start = startOfBangkokDay({ year, month, day })
  const check = bangkokDay(start)
  if (check.month !== month || check.day !== day) return { ok: false, message: `ไม่มีวันที่ ${day}/${month}/${beYear}` }
  if (hours > 23 || minutes > 59) return { ok: false, message: `เวลา ${hours}:${String(minutes).padStart(2, '0')} ไม่ถูกต้อง` }
  return { ok: true, at: new Date(start.getTime() + hours * HOUR_MS + minutes * MINUTE_MS) }
}

const DAY_MS = 24 * HOUR_MS

/** Whole days from one date to another, Bangkok time: from the start of the first to the start of the day after the last. */
export type DayPeriod = { ok: true; from: Date | null; until: Date | null } | { ok: false; message: string }

/** The period typed as two Buddhist-era dates (either may be left empty), or the Thai reason it is not one. */
export function parsePeriodInput(fromText: string, toText: string): DayPeriod {
  const [from, to] = [parseDateInput(fromText), parseDateInput(toText)]
  if (!from.ok) return { ok: false, message: `วันที่เริ่ม: ${from.message}` }
  if (!to.ok) return { ok: false, message: `วันที่สิ้นสุด: ${to.message}` }
  const start = from.at && startOfBangkokDay(bangkokDay(from.at))
  const until = to.at && new Date(startOfBangkokDay(bangkokDay(to.at)).getTime() + DAY_MS)
  if (start && until && start >= until) return { ok: false, message: 'วันที่เริ่มต้องไม่หลังวันที่สิ้นสุด' }
  return { ok: true, from: start, until }
}

/** The last day of a period as typed ("31/12/2569"), from the start of the day after it. */
export const lastDayInput = (until: Date): string => formatDateInput(new Date(until.getTime() - DAY_MS), false)
