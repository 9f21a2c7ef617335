/**
 * A category listing: newest first, filtered by Buddhist-era calendar year (ปี พ.ศ.) or fiscal year
 * (ปีงบประมาณ, 1 Oct – 30 Sep), in pages.
 */
import { bangkokDay, fiscalYearOf, fiscalYearRange, startOfBangkokDay, toBuddhistYear, toCommonEraYear } from '../thai/calendar'

export const ITEMS_PER_PAGE = 20

export interface ListingQuery {
  year?: number // Buddhist era, calendar year
  fiscalYear?: number // Buddhist era
  page: number
}

type Params = Record<string, string | string[] | undefined>

const single = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value)

/** A Buddhist-era year a person could mean (2400–2700), or nothing. */
const beYear = (value: string | undefined): number | undefined => {
  const n = Number(value)
  return Number.isInteger(n) && n >= 2400 && n <= 2700 ? n : undefined
}

/** ?year=2569 or ?fy=2569 (one of them; the calendar year wins) and ?page=2. Anything else is ignored. */
export function parseListingQuery(params: Params): ListingQuery {
  const year = beYear(single(params.year))
  const fiscalYear = year ? undefined : beYear(single(params.fy))
  const page = Number(single(params.page))
  return { year, fiscalYear, page: Number.isInteger(page) && page > 1 && page < 100_000 ? page : 1 }
}

/** The same query as a canonical query string ("" for the first unfiltered page). */
export function listingQueryString(query: ListingQuery): string {
  const parts: string[] = []
  if (query.year) parts.push(`year=${query.year}`)
  if (query.fiscalYear) parts.push(`fy=${query.fiscalYear}`)
  if (query.page > 1) parts.push(`page=${query.page}`)
  return parts.length ? `?${parts.join('&')}` : ''
}

/** The publication dates a filter admits, [start, end), or null when unfiltered. */
export function periodOf(query: ListingQuery): { start: Date; end: Date } | null {
  if (query.year) {
    const ce = toCommonEraYear(query.year)
    return { start: startOfBangkokDay({ year: ce, month: 1, day: 1 }), end: startOfBangkokDay({ year: ce + 1, month: 1, day: 1 }) }
  }
  return query.fiscalYear ? fiscalYearRange(query.fiscalYear) : null
}

/** Buddhist-era calendar years from the first publication to now, newest first. */
export function yearsSince(first: Date, now: Date): number[] {
  const from = toBuddhistYear(bangkokDay(first).year)
  const to = toBuddhistYear(bangkokDay(now).year)
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => to - i)
}

/** Fiscal years from the first publication to now, newest first. */
export function fiscalYearsSince(first: Date, now: Date): number[] {
  const from = fiscalYearOf(first)
  const to = fiscalYearOf(now)
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => to - i)
}

/** Page links to show: the first, the last, and two either side of the current one, with gaps. */
export function pageLinks(current: number, totalPages: number): (number | 'gap')[] {
  const shown = new Set([1, totalPages, current - 2, current - 1, current, current + 1, current + 2].filter((p) => p >= 1 && p <= totalPages))
  const pages = [...shown].sort((a, b) => a - b)
  return pages.flatMap((p, i) => (i > 0 && p - pages[i - 1] > 1 ? ['gap' as const, p] : [p]))
}
