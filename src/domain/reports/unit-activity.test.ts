import { describe, expect, it } from 'vitest'
import { holds } from '../conditions'
import { unitActivityConditions } from './unit-activity'

const now = new Date('2026-12-05T03:00:00Z') // FY 2570
const conditions = unitActivityConditions(2570, now, 7)

describe('a unit’s row for the executive', () => {
  it('counts what was submitted and published within the fiscal year only (from 1 October, Bangkok time)', () => {
    expect(holds(conditions.submitted, { submittedAt: '2026-09-30T17:00:00Z' })).toBe(true) // 1 Oct 2569 BE 00:00 in Bangkok
    expect(holds(conditions.submitted, { submittedAt: '2026-09-30T16:59:59Z' })).toBe(false)
    expect(holds(conditions.published, { publishedAt: '2027-09-30T16:59:59Z' })).toBe(true)
    expect(holds(conditions.published, { publishedAt: '2027-09-30T17:00:00Z' })).toBe(false)
  })
  it('takes a draft nobody sent as not yet waiting for anyone, and a request past the waiting days as late', () => {
    expect(holds(conditions.waiting, { state: 'awaiting-approval' })).toBe(true)
    expect(holds(conditions.waiting, { state: 'draft' })).toBe(false)
    expect(holds(conditions.waiting, { state: 'published' })).toBe(false)
    expect(holds(conditions.late, { state: 'ready-to-publish', stateChangedAt: '2026-11-20T00:00:00Z' })).toBe(true)
    expect(holds(conditions.late, { state: 'ready-to-publish', stateChangedAt: '2026-12-01T00:00:00Z' })).toBe(false)
  })
})
