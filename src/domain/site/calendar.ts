/**
 * The activity calendar (C16): a month as weeks starting on Sunday (as Thai wall calendars do), and which
 * events fall on which Bangkok day. A month is named in URLs by its Buddhist-era year: ?month=2569-05.
 */
import { bangkokDay, toBuddhistYear, toCommonEraYear } from '../thai/calendar'
import { daysInMonth, type LocalMonth } from '../thai/months'

export const THAI_WEEKDAYS_SHORT = ['อา.', 'จ.', 'อ.', 'พ.', 'พฤ.', 'ศ.', 'ส.'] as const
export const THAI_WEEKDAYS = ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'] as const

/** "2569-05" → May 2026; anything else → the month `now` falls in. */
export function parseMonth(param: string | undefined, now: Date): LocalMonth {
  const match = /^(\d{4})-(\d{2})$/.exec(param ?? '')
  const month = match ? Number(match[2]) : 0
  if (match && month >= 1 && month <= 12 && Number(match[1]) >= 2400 && Number(match[1]) <= 2700) {
    return { year: toCommonEraYear(Number(match[1])), month }
  }
  const today = bangkokDay(now)
  return { year: today.year, month: today.month }
}

/** The URL form of a month: "2569-05". */
export const monthParam = ({ year, month }: LocalMonth): string => `${toBuddhistYear(year)}-${String(month).padStart(2, '0')}`

/** Weeks of the month, Sunday first; days outside the month are null. */
export function monthGrid({ year, month }: LocalMonth): (number | null)[][] {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay()
  const cells: (number | null)[] = [...Array(firstWeekday).fill(null), ...Array.from({ length: daysInMonth({ year, month }) }, (_, i) => i + 1)]
  while (cells.length % 7) cells.push(null)
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7))
}

export interface TimedEvent {
  start: Date
  end?: Date | null
}

/** Day of the month → the events on that day (an event spanning several days appears on each). */
export function eventsByDay<E extends TimedEvent>(events: readonly E[], { year, month }: LocalMonth): Map<number, E[]> {
  const byDay = new Map<number, E[]>()
  const key = (d: { year: number; month: number; day: number }) => d.year * 10_000 + d.month * 100 + d.day
  for (const event of events) {
    const first = key(bangkokDay(event.start))
    const last = key(bangkokDay(event.end && event.end > event.start ? event.end : event.start))
    for (let day = 1; day <= daysInMonth({ year, month }); day++) {
      const k = year * 10_000 + month * 100 + day
      if (k >= first && k <= last) byDay.set(day, [...(byDay.get(day) ?? []), event])
    }
  }
  return byDay
}
