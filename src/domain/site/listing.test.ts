import { describe, expect, it } from 'vitest'
import { fiscalYearsSince, listingQueryString, pageLinks, parseListingQuery, periodOf, yearsSince } from './listing'

describe('category listing filters', () => {
  it('reads a Buddhist-era year, a fiscal year and a page, ignoring nonsense', () => {
    expect(parseListingQuery({ year: '2569', page: '3' })).toEqual({ year: 2569, fiscalYear: undefined, page: 3 })
    expect(parseListingQuery({ fy: '2569' })).toEqual({ year: undefined, fiscalYear: 2569, page: 1 })
    expect(parseListingQuery({ year: '2026', page: '-1' })).toEqual({ year: undefined, fiscalYear: undefined, page: 1 })
    expect(parseListingQuery({ year: ['2568', '2569'], fy: '2569' })).toMatchObject({ year: 2568, fiscalYear: undefined })
  })

  it('writes the canonical query string', () => {
    expect(listingQueryString({ page: 1 })).toBe('')
    expect(listingQueryString({ fiscalYear: 2569, page: 2 })).toBe('?fy=2569&page=2')
  })

  it('a calendar year runs 1 January to 1 January in Bangkok; a fiscal year 1 October to 1 October', () => {
    expect(periodOf({ year: 2569, page: 1 })).toEqual({ start: new Date('2025-12-31T17:00:00Z'), end: new Date('2026-12-31T17:00:00Z') })
    expect(periodOf({ fiscalYear: 2569, page: 1 })).toEqual({ start: new Date('2025-09-30T17:00:00Z'), end: new Date('2026-09-30T17:00:00Z') })
    expect(periodOf({ page: 1 })).toBeNull()
  })

  it('offers the years from the first publication to now, newest first', () => {
    const first = new Date('2024-11-15T00:00:00Z')
    const now = new Date('2026-03-01T00:00:00Z')
    expect(yearsSince(first, now)).toEqual([2569, 2568, 2567])
    expect(fiscalYearsSince(first, now)).toEqual([2569, 2568])
  })

  it('shows the first, the last and the pages around the current one', () => {
    expect(pageLinks(1, 1)).toEqual([1])
    expect(pageLinks(5, 20)).toEqual([1, 'gap', 3, 4, 5, 6, 7, 'gap', 20])
    expect(pageLinks(2, 4)).toEqual([1, 2, 3, 4])
  })
})
