import { fiscalYearOf } from '../thai/calendar'

/**
 * An item's address on the public site: its category's current address and the item's identity (its first
 * version's id, which every revision keeps). Worked out when read, from the category as it is now: a category
 * an admin renames or moves keeps its items reachable, and the old address is redirected to the new one.
 */
export const itemPath = (categorySlug: string, itemId: number): string => `/${categorySlug}/${itemId}`

/** The item id in an item's address ("/news/123" → 123), or null if the path is not an item's. */
export function itemIdOfPath(path: string): number | null {
  const match = /^\/[a-z0-9-]+\/(\d{1,12})$/.exec(path)
  return match ? Number(match[1]) : null
}

/** The fiscal years the page for the ITA assessors offers (this one and the last), and each one's address. */
export const itaYears = (now: Date): number[] => [fiscalYearOf(now), fiscalYearOf(now) - 1]
export const itaPath = (fiscalYear: number): string => `/ita/${fiscalYear}`
