/**
 * Which months a group of items' information periods cover, day by day, in Bangkok time: read from the
 * periods in order of their start (as the evidence source streams them), joining those that touch or overlap,
 * so only the joined runs are held.
 */
import { bangkokDay } from '../thai/calendar'
import { daysBetween } from '../thai/days'
import { monthRange, type LocalMonth } from '../thai/months'
import type { InformationPeriod } from './evidence'

/** A run of Bangkok days, both ends inclusive, numbered from 1 Jan 1970. */
interface DaySpan {
  first: number
  last: number
}

const EPOCH = { year: 1970, month: 1, day: 1 }
const dayNumber = (at: Date): number => daysBetween(EPOCH, bangkokDay(at))

const daySpanOfMonth = (month: LocalMonth): DaySpan => {
  const { start, end } = monthRange(month)
  return { first: dayNumber(start), last: dayNumber(end) - 1 }
}

/** The months, of those given, that the periods taken together do not cover; `periods` ordered by start. */
export async function uncoveredMonths(periods: AsyncIterable<InformationPeriod>, months: readonly LocalMonth[]): Promise<LocalMonth[]> {
  const merged: DaySpan[] = []
  for await (const period of periods) {
    const span = { first: dayNumber(period.start), last: dayNumber(period.end) }
    const previous = merged[merged.length - 1]
    if (previous && span.first <= previous.last + 1) previous.last = Math.max(previous.last, span.last)
    else merged.push(span)
  }
  return months.filter((month) => {
    const wanted = daySpanOfMonth(month)
    return !merged.some((span) => span.first <= wanted.first && span.last >= wanted.last)
  })
}
