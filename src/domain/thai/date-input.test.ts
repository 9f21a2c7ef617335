import { describe, expect, it } from 'vitest'
import { formatDateInput, lastDayInput, parseDateInput, parsePeriodInput } from './date-input'

describe('dates typed in the Buddhist era', () => {
  it('reads day/month/BE year, with or without the time, in Bangkok', () => {
    expect(parseDateInput('1/12/2569')).toEqual({ ok: true, at: new Date('2026-11-30T17:00:00Z') })
    expect(parseDateInput(' 1/12/2569 09:30 ')).toEqual({ ok: true, at: new Date('2026-12-01T02:30:00Z') })
    expect(parseDateInput('๑/๑๒/๒๕๖๙')).toEqual({ ok: true, at: new Date('2026-11-30T17:00:00Z') })
    expect(parseDateInput('')).toEqual({ ok: true, at: null })
  })
  it('refuses a common-era year, a day that does not exist, and other text, in Thai', () => {
    expect(parseDateInput('1/12/2026')).toEqual({ ok: false, message: expect.stringContaining('ปีพุทธศักราช 2569') })
    expect(parseDateInput('30/2/2569')).toEqual({ ok: false, message: 'ไม่มีวันที่ 30/2/2569' })
    expect(parseDateInput('พรุ่งนี้')).toMatchObject({ ok: false })
    expect(parseDateInput('1/12/2569 25:00')).toMatchObject({ ok: false })
  })
  it('writes what it reads', () => {
    const at = new Date('2026-12-01T02:30:00Z')
    expect(formatDateInput(at, false)).toBe('1/12/2569')
    expect(formatDateInput(at, true)).toBe('1/12/2569 09:30')
    expect(parseDateInput(formatDateInput(at, true))).toEqual({ ok: true, at })
  })
  it('reads a period as whole days, Bangkok time: from the start of the first to the start of the day after the last', () => {
    expect(parsePeriodInput('1/10/2569', '31/12/2569')).toEqual({ ok: true, from: new Date('2026-09-30T17:00:00Z'), until: new Date('2026-12-31T17:00:00Z') })
    expect(lastDayInput(new Date('2026-12-31T17:00:00Z'))).toBe('31/12/2569')
    expect(parsePeriodInput('', '1/12/2569')).toEqual({ ok: true, from: null, until: new Date('2026-12-01T17:00:00Z') })
    expect(parsePeriodInput('', '')).toEqual({ ok: true, from: null, until: null })
  })
  it('refuses a period that ends before it begins, or a date that is not one, saying which', () => {
    expect(parsePeriodInput('2/12/2569', '1/12/2569')).toEqual({ ok: false, message: 'วันที่เริ่มต้องไม่หลังวันที่สิ้นสุด' })
    expect(parsePeriodInput('1/12/2026', '')).toEqual({ ok: false, message: expect.stringMatching(/^วันที่เริ่ม: .*2569/) })
    expect(parsePeriodInput('', '31/2/2569')).toEqual({ ok: false, message: 'วันที่สิ้นสุด: ไม่มีวันที่ 31/2/2569' })
  })
})
