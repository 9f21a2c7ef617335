import { describe, expect, it } from 'vitest'
import { ViewCounts, barHeights, dayKey, daysOfThisMonth, incrementsFor, monthViews, viewKey, viewsByHost, monthsOfThisFiscalYear, valueAxis } from './statistics'

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

  it("keeps each host's views apart (one agency's pages are not another's)", () => {
    const counts = new ViewCounts()
    counts.add(viewKey('bansuan.go.th', '/news/1'), 2)
    counts.add(viewKey('nongbua.go.th', '/news/1'))
    counts.add(viewKey('bansuan.go.th', '/'))
    const byHost = viewsByHost(counts.take())
    expect([...byHost.keys()]).toEqual(['bansuan.go.th', 'nongbua.go.th'])
    expect([...byHost.get('bansuan.go.th')!]).toEqual([['/news/1', 2], ['/', 1]])
    expect([...byHost.get('nongbua.go.th')!]).toEqual([['/news/1', 1]])
  })

  it('sums the current month, and fills its days with zeros', () => {
    const rows = [{ day: '2026-05-31', views: 4 }, { day: '2026-06-01', views: 7 }, { day: 'all', views: 11 }]
    expect(monthViews(rows, now)).toBe(7)
    expect(daysOfThisMonth(rows, now)).toEqual([{ day: '2026-06-01', views: 7 }])
    expect(barHeights([0, 5, 10], 100)).toEqual([0, 50, 100])
  })

  it('charts the days of this month up to today and the months of this fiscal year up to this one', () => {
    const now = new Date('2026-12-03T10:00:00+07:00') // fiscal year 2570 began on 1 October 2026
    const rows = [
      { day: '2026-12-01', views: 4 }, { day: '2026-12-03', views: 6 }, { day: '2026-11-30', views: 5 },
      { day: '2026-10-01', views: 1 }, { day: '2026-10-31', views: 2 }, { day: '2026-09-30', views: 100 },
    ]
    expect(daysOfThisMonth(rows, now)).toEqual([{ day: '2026-12-01', views: 4 }, { day: '2026-12-02', views: 0 }, { day: '2026-12-03', views: 6 }])
    expect(monthsOfThisFiscalYear(rows, now)).toEqual([
      { month: { year: 2026, month: 10 }, views: 3 }, { month: { year: 2026, month: 11 }, views: 5 }, { month: { year: 2026, month: 12 }, views: 10 },
    ])
  })

  it('scales a chart to a round top in four steps', () => {
    expect(valueAxis([0, 0])).toEqual([0, 1, 2, 3, 4])
    expect(valueAxis([3, 7])).toEqual([0, 2, 4, 6, 8])
    expect(valueAxis([41])).toEqual([0, 20, 40, 60, 80])
    expect(valueAxis([1234])).toEqual([0, 500, 1000, 1500, 2000])
    expect(barHeights([0, 5, 10], 100, 20)).toEqual([0, 25, 50])
  })
})
