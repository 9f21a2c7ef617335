/**
 * Visitor statistics (C20), counted on the server without cookies: page views per Bangkok day for the
 * whole site, and all-time views per page. Views are kept in memory and written in batches as
 * increments of a few counter rows.
 */
import { bangkokDay } from '../thai/calendar'

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
export function incrementsFor(views: ReadonlyMap<string, number>, at: Date): CounterIncrement[] {
  const total = [...views.values()].reduce((a, b) => a + b, 0)
  if (total === 0) return []
  return [
    { day: dayKey(at), path: WHOLE_SITE, views: total },
    { day: ALL_TIME, path: WHOLE_SITE, views: total },
    ...[...views].filter(([, n]) => n > 0).map(([path, n]) => ({ day: ALL_TIME, path, views: n })),
  ]
}

/** The last `count` Bangkok days up to `now`, oldest first, with their views (0 when none were counted). */
export function dailySeries(rows: readonly { day: string; views: number }[], now: Date, count: number): { day: string; views: number }[] {
  const byDay = new Map(rows.map((r) => [r.day, r.views]))
  return Array.from({ length: count }, (_, i) => {
    const day = dayKey(new Date(now.getTime() - (count - 1 - i) * 86_400_000))
    return { day, views: byDay.get(day) ?? 0 }
  })
}

/** Sum of the views of the days of the month `now` falls in. */
export const monthViews = (rows: readonly { day: string; views: number }[], now: Date): number => {
  const prefix = dayKey(now).slice(0, 8)
  return rows.filter((r) => r.day.startsWith(prefix)).reduce((a, r) => a + r.views, 0)
}

/** Bar heights (0–max) for a chart of the series, scaled to its largest value. */
export const barHeights = (values: readonly number[], max: number): number[] => {
  const top = Math.max(1, ...values)
  return values.map((v) => Math.round((v / top) * max))
}

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
