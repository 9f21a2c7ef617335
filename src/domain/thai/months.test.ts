import { describe, expect, it } from 'vitest'
import { addMonths, daysInMonth, monthRange, monthsOfFiscalYear, shiftBangkokMonths, thaiMonthYear } from './months'

const bangkok = (local: string) => new Date(`${local}+07:00`)

describe('calendar months', () => {
  it('names a month with its Buddhist-era year', () => {
    expect(thaiMonthYear({ year: 2024, month: 2 })).toBe('กุมภาพันธ์ 2567')
    expect(thaiMonthYear({ year: 2025, month: 10 })).toBe('ตุลาคม 2568')
  })

  it('knows February has 29 days only in leap years', () => {
    expect(daysInMonth({ year: 2024, month: 2 })).toBe(29)
    expect(daysInMonth({ year: 2025, month: 2 })).toBe(28)
    expect(daysInMonth({ year: 2025, month: 12 })).toBe(31)
  })

  it('adds months across year ends in both directions', () => {
    expect(addMonths({ year: 2025, month: 12 }, 1)).toEqual({ year: 2026, month: 1 })
    expect(addMonths({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 })
    expect(addMonths({ year: 2026, month: 3 }, -15)).toEqual({ year: 2024, month: 12 })
  })

  it('lists fiscal year 2569 from October 2025 CE to September 2026 CE', () => {
    const months = monthsOfFiscalYear(2569)
    expect(months).toHaveLength(12)
    expect(months[0]).toEqual({ year: 2025, month: 10 })
    expect(months[3]).toEqual({ year: 2026, month: 1 })
    expect(months[11]).toEqual({ year: 2026, month: 9 })
  })

  it('bounds a month by Bangkok midnights', () => {
    const { start, end } = monthRange({ year: 2024, month: 2 })
    expect(start.toISOString()).toBe('2024-01-31T17:00:00.000Z')
    expect(end.toISOString()).toBe('2024-02-29T17:00:00.000Z')
  })

  it('shifts by calendar months in Bangkok time, clamping to the shorter month', () => {
    expect(shiftBangkokMonths(bangkok('2024-03-31T10:00'), -1)).toEqual(bangkok('2024-02-29T10:00'))
    expect(shiftBangkokMonths(bangkok('2025-03-31T10:00'), -1)).toEqual(bangkok('2025-02-28T10:00'))
    // 1 Jan 00:30 in Bangkok is still 31 Dec in UTC; the shift must follow the Bangkok date.
    expect(shiftBangkokMonths(bangkok('2026-01-01T00:30'), -6)).toEqual(bangkok('2025-07-01T00:30'))
  })
})
