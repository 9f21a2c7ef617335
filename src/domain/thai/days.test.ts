import { describe, expect, it } from 'vitest'
import { addDays, clampedDay, dayMonthText, daysBetween, officialDateWithEra } from './days'

describe('Bangkok calendar days', () => {
  it('pulls 29 February back to 28 February in a common year only', () => {
    expect(clampedDay(2024, 2, 29)).toEqual({ year: 2024, month: 2, day: 29 })
    expect(clampedDay(2026, 2, 29)).toEqual({ year: 2026, month: 2, day: 28 })
    expect(clampedDay(2026, 4, 31)).toEqual({ year: 2026, month: 4, day: 30 })
  })

  it('adds days across months and years', () => {
    expect(addDays({ year: 2026, month: 2, day: 28 }, 1)).toEqual({ year: 2026, month: 3, day: 1 })
    expect(addDays({ year: 2026, month: 1, day: 1 }, -1)).toEqual({ year: 2025, month: 12, day: 31 })
  })

  it('counts calendar days both ways', () => {
    expect(daysBetween({ year: 2026, month: 2, day: 14 }, { year: 2026, month: 2, day: 28 })).toBe(14)
    expect(daysBetween({ year: 2026, month: 3, day: 1 }, { year: 2026, month: 2, day: 28 })).toBe(-1)
    expect(daysBetween({ year: 2025, month: 10, day: 1 }, { year: 2026, month: 10, day: 1 })).toBe(365)
  })

  it('writes Thai day-month and announcement dates', () => {
    expect(dayMonthText({ month: 7, day: 31 })).toBe('31 กรกฎาคม')
    // 30 April 2019 18:00 UTC is 1 May 2562 in Bangkok
    expect(officialDateWithEra(new Date('2019-04-30T18:00:00Z'))).toBe('๑ พฤษภาคม พ.ศ. ๒๕๖๒')
  })
})
