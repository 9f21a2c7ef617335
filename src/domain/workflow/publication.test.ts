import { describe, expect, it } from 'vitest'
import { holds } from '../conditions'
import { dueForExpiryAt, isDueForExpiry, takenDownAt, isOnPublicSite, onPublicSiteAt, outsidePeriodAt, publicFrom } from './publication'
import { publicContentOf } from './revisions'

const now = new Date('2026-12-01T05:00:00.000Z')
const ms = (delta: number) => new Date(now.getTime() + delta)

describe('on the public site now', () => {
  it('is published, its period begun (publishFrom ≤ now) and not ended (now < publishUntil), either end open', () => {
    expect(isOnPublicSite({ state: 'published' }, now)).toBe(true)
    expect(isOnPublicSite({ state: 'published', publishFrom: now, publishUntil: ms(1) }, now)).toBe(true)
    expect(isOnPublicSite({ state: 'published', publishFrom: ms(1) }, now)).toBe(false)
    expect(isOnPublicSite({ state: 'published', publishUntil: now }, now)).toBe(false)
    expect(isOnPublicSite({ state: 'published', publishFrom: ms(-1).toISOString(), publishUntil: ms(1).toISOString() }, now)).toBe(true)
    for (const state of ['draft', 'ready-to-publish', 'unpublished', 'expired', 'superseded']) expect(isOnPublicSite({ state }, now)).toBe(false)
  })

  it('is the complement of "published outside its period" among published items', () => {
    const cases = [{}, { publishFrom: ms(1) }, { publishFrom: ms(-1) }, { publishUntil: now }, { publishUntil: ms(1) }, { publishFrom: ms(1), publishUntil: ms(2) }]
    for (const period of cases) {
      const item = { state: 'published', ...period }
      expect(holds(onPublicSiteAt(now), item)).toBe(!holds(outsidePeriodAt(now), item))
    }
  })

  it('is due for expiry from the instant its period ends', () => {
    expect(isDueForExpiry({ state: 'published', publishUntil: now }, now)).toBe(true)
    expect(isDueForExpiry({ state: 'published', publishUntil: ms(1) }, now)).toBe(false)
    expect(isDueForExpiry({ state: 'published' }, now)).toBe(false)
    expect(holds(dueForExpiryAt(now), { state: 'expired', publishUntil: ms(-1) })).toBe(false)
  })

  it('is taken down (410, not 404) once unpublished, expired or past its period, never before its date', () => {
    const takenDown = (item: object) => holds(takenDownAt(now), item)
    expect(takenDown({ state: 'unpublished' })).toBe(true)
    expect(takenDown({ state: 'expired' })).toBe(true)
    expect(takenDown({ state: 'published', publishUntil: now })).toBe(true)
    expect(takenDown({ state: 'published', publishUntil: ms(1) })).toBe(false)
    expect(takenDown({ state: 'published', publishFrom: ms(1) })).toBe(false)
    for (const state of ['draft', 'ready-to-publish', 'rejected', 'withdrawn', 'superseded']) expect(takenDown({ state })).toBe(false)
  })

  it('an item published ahead of its date becomes public on that date, not at the click', () => {
    expect(publicFrom(now, ms(86_400_000))).toEqual(ms(86_400_000))
    expect(publicFrom(now, ms(-1))).toEqual(now)
    expect(publicFrom(now, null)).toEqual(now)
  })
})

describe('conditions', () => {
  it('a comparison with a missing value is false; a list field matches when one of its values does', () => {
    expect(holds({ field: 'at', op: 'before', at: now }, {})).toBe(false)
    expect(holds({ field: 'at', op: 'after', at: now }, { at: 'not a date' })).toBe(false)
    expect(holds({ field: 'tags', op: 'in', values: ['ก', 'ข'] }, { tags: ['ค', 'ข'] })).toBe(true)
    expect(holds({ field: 'tags', op: 'equals', value: 'ก' }, { tags: [] })).toBe(false)
    expect(holds({ any: [] }, {})).toBe(false)
    expect(holds({ all: [] }, {})).toBe(true)
  })
})

describe('publicContentOf', () => {
  const item = { id: 7, title: 'ประกาศราคากลาง', summary: 'สรุป', category: 3, attachments: [11, 12], tags: ['ราคากลาง'], publishedAt: '2026-12-01T03:00:00.000Z', publicPath: '/procurement/7', state: 'published', updatedAt: '2026-12-01T03:00:00.000Z' }

  it('is the same for the row however it was read, and ignores internal fields', () => {
    expect(publicContentOf({ ...item, publishedAt: '2026-12-01T03:00:00Z', updatedAt: '2027-01-01T00:00:00.000Z', steps: [] })).toBe(publicContentOf({ ...item, steps: [] }))
    expect(publicContentOf({ ...item, steps: [{ id: 'a', title: 'ยื่นคำร้อง' }] })).toBe(publicContentOf({ ...item, steps: [{ id: 'b', title: 'ยื่นคำร้อง' }] }))
  })

  it('changes when anything the public sees changes', () => {
    const base = publicContentOf(item)
    for (const change of [{ title: 'สล็อตเว็บตรง' }, { attachments: [11] }, { publicPath: '/news/7' }, { publishedAt: '2026-12-02T03:00:00.000Z' }]) {
      expect(publicContentOf({ ...item, ...change })).not.toBe(base)
    }
  })
})
