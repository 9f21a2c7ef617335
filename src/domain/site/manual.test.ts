import { describe, expect, it } from 'vitest'
import { formatDuration, stepDurationText, totalDuration } from './manual'

describe('manual steps', () => {
  it('adds minutes and hours as clock time and keeps days and working days apart', () => {
    const steps = [
      { duration: 15, unit: 'minute' as const },
      { duration: 1, unit: 'hour' as const },
      { duration: 20, unit: null },
      { duration: 3, unit: 'working-day' as const },
      { duration: 1, unit: 'day' as const },
      { duration: null, unit: 'day' as const },
    ]
    expect(totalDuration(steps)).toEqual({ minutes: 95, days: 1, workingDays: 3 })
    expect(formatDuration(totalDuration(steps))).toBe('3 วันทำการ 1 วัน 1 ชั่วโมง 35 นาที')
  })

  it('says so when no step has a duration', () => {
    expect(formatDuration(totalDuration([{ duration: 0 }]))).toBe('ไม่ระบุ')
    expect(stepDurationText({ duration: 2, unit: 'working-day' })).toBe('2 วันทำการ')
    expect(stepDurationText({})).toBe('ไม่ระบุ')
  })
})
