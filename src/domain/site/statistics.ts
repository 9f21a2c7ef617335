/**
 * Visitor statistics (C20), counted on the server without cookies: page views per Bangkok day for the
 * whole site, and all-time views per page. Views are kept in memory and written in batches as
 * increments of a few counter rows.
 */
import { bangkokDay, fiscalYearOf } from '../thai/calendar'
import { monthsOfFiscalYear, type LocalMonth } from '../thai/months'

/** The row key of the whole-site counter, and the "day" of the all-time counters. */
export const WHOLE_SITE = '*'
export const ALL_TIME = 'all'

/** "2026-05-01": the Bangkok day of an instant. */
export const dayKey = (at: Date): string => {
  const { year, month, day } = bangkokDay(at)
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export interface CounterIncrement {
  day: string // dayKey or ALL_TIME
  path: string // a page path or WHOLE_SITE
  views: number
}

/** Views of pages since the last write → the counter rows to increase. */
/** A view counted by the front server: the page's path on the host it was asked of (each agency's site is its own). */
export const viewKey = (host: string, path: string): string => `${host} ${path}`

/** Counted views, by host, then path. */
export function viewsByHost(views: ReadonlyMap<string, number>): Map<string, Map<string, number>> {
  const byHost = new Map<string, Map<string, number>>()
  for (const [key, n] of views) {
    const space = key.indexOf(' ')
    const host = space < 0 ? '' : key.slice(0, space)
    const paths = byHost.get(host) ?? byHost.set(host, new Map()).get(host)!
    paths.set(key.slice(space + 1), n)
  }
  return byHost
}

export function incrementsFor(views: ReadonlyMap<string, number>, at: Date): CounterIncrement[] {
  const total = [...views.values()].reduce((a, b) => a + b, 0)
  if (total === 0) return []
  return [
    { day: dayKey(at), path: WHOLE_SITE, views: total },
    { day: ALL_TIME, path: WHOLE_SITE, views: total },
    ...[...views].filter(([, n]) => n > 0).map(([path, n]) => ({ day: ALL_TIME, path, views: n })),
  ]
}

/** Sum of the views of the days of the month `now` falls in. */
export const monthViews = (rows: readonly { day: string; views: number }[], now: Date): number => {
  const prefix = dayKey(now).slice(0, 8)
  return rows.filter((r) => r.day.startsWith(prefix)).reduce((a, r) => a + r.views, 0)
}

type DayViews = { day: string; views: number }

const monthPrefix = ({ year, month }: LocalMonth): string => `${year}-${String(month).padStart(2, '0')}-`

/** Each day of the Bangkok month `now` falls in, from the 1st up to today, with its views. */
export function daysOfThisMonth(rows: readonly DayViews[], now: Date): DayViews[] {
  const today = bangkokDay(now)
  const byDay = new Map(rows.map((r) => [r.day, r.views]))
  return Array.from({ length: today.day }, (_, i) => {
    const day = `${monthPrefix(today)}${String(i + 1).padStart(2, '0')}`
    return { day, views: byDay.get(day) ?? 0 }
  })
}

/** Each month of the fiscal year `now` falls in (October first), up to this month, with the views of its days. */
export function monthsOfThisFiscalYear(rows: readonly DayViews[], now: Date): { month: LocalMonth; views: number }[] {
  const today = bangkokDay(now)
  return monthsOfFiscalYear(fiscalYearOf(now))
    .filter((m) => m.year * 12 + m.month <= today.year * 12 + today.month)
    .map((month) => ({ month, views: rows.filter((r) => r.day.startsWith(monthPrefix(month))).reduce((sum, r) => sum + r.views, 0) }))
}

/** The smallest of 1, 2 or 5 × 10ⁿ at or above `x` (at least 1). */
function roundUp(x: number): number {
  if (x <= 1) return 1
  const power = 10 ** Math.floor(Math.log10(x))
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= x)!
}

/** A chart's value axis in four round steps from 0 to a top at or above the largest value: its ticks, the last one the top. */
export function valueAxis(values: readonly number[]): number[] {
  const step = roundUp(Math.max(0, ...values) / 4)
  return [0, step, 2 * step, 3 * step, 4 * step]
}

/** Bar heights (0–max) for a chart of the series, scaled to `top` (by default its largest value). */
export const barHeights = (values: readonly number[], max: number, top = Math.max(1, ...values)): number[] =>
  values.map((v) => Math.round((v / top) * max))

/** Page views counted in memory, by path, until they are taken to be written (or passed on). */
export class ViewCounts {
  private views = new Map<string, number>()

  add(path: string, n = 1): void {
    this.views.set(path, (this.views.get(path) ?? 0) + n)
  }

  /** The views counted so far, leaving the count empty. */
  take(): Map<string, number> {
    const taken = this.views
    this.views = new Map()
    return taken
  }

  /** Adds counted views: those passed on by the front server, or given back when they could not be written. */
  addAll(views: Iterable<[string, number]>): void {
    for (const [path, n] of views) this.add(path, n)
  }
}
