import { describe, expect, it } from 'vitest'
import { ViewCounts, barHeights, dailySeries, dayKey, incrementsFor, monthViews } from './statistics'

describe('visitor statistics', () => {
  const now = new Date('2026-05-31T20:00:00Z') // 1 June 03:00 in Bangkok

  it('counts views until they are taken, and takes back those that could not be written', () => {
    const counts = new ViewCounts()
    counts.add('/news/1')
    counts.add('/news/1')
    counts.add('/')
    const taken = counts.take()
    expect([...taken]).toEqual([['/news/1', 2], ['/', 1]])
    expect(counts.take().size).toBe(0)
    counts.add('/news/1', 3)
    counts.addAll(taken)
    expect([...counts.take()]).toEqual([['/news/1', 5], ['/', 1]])
  })

  it('keys days by the Bangkok calendar', () => {
    expect(dayKey(now)).toBe('2026-06-01')
  })

  it('turns a batch of views into increments of the day, all-time and per-page counters', () => {
    const batch = new Map([['/news/1', 3], ['/', 2], ['/faq', 0]])
    expect(incrementsFor(batch, now)).toEqual([
      { day: '2026-06-01', path: '*', views: 5 },
      { day: 'all', path: '*', views: 5 },
      { day: 'all', path: '/news/1', views: 3 },
      { day: 'all', path: '/', views: 2 },
    ])
    expect(incrementsFor(new Map(), now)).toEqual([])
  })

  it('fills a daily series with zeros and sums the current month', () => {
    const rows = [{ day: '2026-05-31', views: 4 }, { day: '2026-06-01', views: 7 }, { day: 'all', views: 11 }]
    expect(dailySeries(rows, now, 3)).toEqual([{ day: '2026-05-30', views: 0 }, { day: '2026-05-31', views: 4 }, { day: '2026-06-01', views: 7 }])
    expect(monthViews(rows, now)).toBe(7)
    expect(barHeights([0, 5, 10], 100)).toEqual([0, 50, 100])
  })
})
