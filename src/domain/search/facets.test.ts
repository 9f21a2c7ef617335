import { describe, expect, it } from 'vitest'
import { categoryFacet, facetsOf, yearFacet } from './facets'
import { indexText } from './words'

describe('search facets', () => {
  it('are the category and the Buddhist-era year of publication in Bangkok', () => {
    expect(facetsOf({ categoryId: 12, publishedAt: new Date('2026-06-01T03:00:00Z') })).toEqual(['c12', 'y2569'])
    // 31 December 2025, 20:00 UTC is already 1 January 2026 in Bangkok.
    expect(facetsOf({ categoryId: 3, publishedAt: new Date('2025-12-31T20:00:00Z') })).toEqual([categoryFacet(3), yearFacet(2569)])
    expect(facetsOf({ categoryId: 3, publishedAt: null })).toEqual(['c3'])
  })

  it('stay whole words through the word cutter', () => {
    expect(indexText('c12 y2569')).toBe('c12 y2569')
  })
})
