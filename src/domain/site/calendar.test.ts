import { describe, expect, it } from 'vitest'
import { eventsByDay, monthGrid, monthParam, parseMonth } from './calendar'

describe('activity calendar', () => {
  it('names months by their Buddhist-era year and falls back to the current Bangkok month', () => {
    expect(parseMonth('2569-05', new Date())).toEqual({ year: 2026, month: 5 })
    expect(parseMonth('2026-13', new Date('2026-01-31T18:00:00Z'))).toEqual({ year: 2026, month: 2 }) // 1 Feb in Bangkok
    expect(monthParam({ year: 2026, month: 5 })).toBe('2569-05')
  })

  it('lays a month out in weeks starting on Sunday', () => {
    const grid = monthGrid({ year: 2026, month: 2 }) // 1 Feb 2026 is a Sunday, 28 days
    expect(grid).toHaveLength(4)
    expect(grid[0]).toEqual([1, 2, 3, 4, 5, 6, 7])
    const may = monthGrid({ year: 2026, month: 5 }) // 1 May 2026 is a Friday
    expect(may[0]).toEqual([null, null, null, null, null, 1, 2])
    expect(may.flat().filter(Boolean)).toHaveLength(31)
    expect(may.every((week) => week.length === 7)).toBe(true)
  })

  it('puts an event on every Bangkok day it spans', () => {
    const oneDay = { start: new Date('2026-05-03T18:00:00Z'), title: 'a' } // 4 May, 01:00 Bangkok
    const span = { start: new Date('2026-04-30T02:00:00Z'), end: new Date('2026-05-02T10:00:00Z'), title: 'b' }
    const days = eventsByDay([oneDay, span], { year: 2026, month: 5 })
    expect(days.get(4)).toEqual([oneDay])
    expect(days.get(1)).toEqual([span])
    expect(days.get(2)).toEqual([span])
    expect(days.has(3)).toBe(false)
  })
})
