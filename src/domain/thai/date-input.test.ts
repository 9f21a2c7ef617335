import { describe, expect, it } from 'vitest'
import { formatDateInput, parseDateInput } from './date-input'

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
})
