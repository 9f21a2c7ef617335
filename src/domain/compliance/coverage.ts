/**
 * The period an item's information covers (ช่วงเวลาของข้อมูล), in whole Bangkok days: its coverage
 * dates when given (both inclusive), otherwise the day it was published. From that period follow
 * the fiscal years an item belongs to and the months a group of items covers.
 */
import { bangkokDay, fiscalYearOf, type LocalDay } from '../thai/calendar'
import { daysBetween } from '../thai/days'
import { monthRange, type LocalMonth } from '../thai/months'
import type { EvidenceItem } from './types'

/** A run of Bangkok days, both ends inclusive, numbered from 1 Jan 1970. */
interface DaySpan {
  first: number
  last: number
}

const EPOCH: LocalDay = { year: 1970, month: 1, day: 1 }
const dayNumber = (at: Date): number => daysBetween(EPOCH, bangkokDay(at))

export const hasCoverageDates = (item: EvidenceItem): boolean => Boolean(item.coverageFrom || item.coverageTo)

/** First and last instants of the item's period (a one-sided coverage date stands for both ends). */
function periodOf(item: EvidenceItem): { from: Date; to: Date } {
  const a = item.coverageFrom ?? item.coverageTo ?? item.publishedAt
  const b = item.coverageTo ?? item.coverageFrom ?? item.publishedAt
  return a <= b ? { from: a, to: b } : { from: b, to: a }
}

function daySpanOf(item: EvidenceItem): DaySpan {
  const { from, to } = periodOf(item)
  return { first: dayNumber(from), last: dayNumber(to) }
}

function daySpanOfMonths(months: LocalMonth[]): DaySpan {
  return {
    first: dayNumber(monthRange(months[0]).start),
    last: dayNumber(monthRange(months[months.length - 1]).end) - 1,
  }
}

/** Every fiscal year (Buddhist era) the item's period touches, oldest first. */
export function fiscalYearsOf(item: EvidenceItem): number[] {
  const { from, to } = periodOf(item)
  const first = fiscalYearOf(from)
  return Array.from({ length: fiscalYearOf(to) - first + 1 }, (_, i) => first + i)
}

export const belongsToFiscalYear = (item: EvidenceItem, fiscalYear: number): boolean =>
  fiscalYearsOf(item).includes(fiscalYear)

/** Whether the item's period shares at least one day with the given months. */
export function touchesMonths(item: EvidenceItem, months: LocalMonth[]): boolean {
  const span = daySpanOf(item)
  const wanted = daySpanOfMonths(months)
  return span.first <= wanted.last && span.last >= wanted.first
}

/** The months, of those given, that the items' periods taken together do not cover day by day. */
export function uncoveredMonths(items: EvidenceItem[], months: LocalMonth[]): LocalMonth[] {
  const merged: DaySpan[] = []
  for (const span of items.map(daySpanOf).sort((a, b) => a.first - b.first)) {
    const previous = merged[merged.length - 1]
    if (previous && span.first <= previous.last + 1) previous.last = Math.max(previous.last, span.last)
    else merged.push({ ...span })
  }
  return months.filter((month) => {
    const wanted = daySpanOfMonths([month])
    return !merged.some((span) => span.first <= wanted.first && span.last >= wanted.last)
  })
}
