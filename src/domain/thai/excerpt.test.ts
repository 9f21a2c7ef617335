import { describe, expect, it } from 'vitest'
import { excerpt } from './excerpt'

describe('excerpt', () => {
  it('keeps a short text whole, with its spaces and lines made single', () => {
    expect(excerpt('ขอเชิญร่วม\n\nกิจกรรม  วันเด็ก', 50)).toBe('ขอเชิญร่วม กิจกรรม วันเด็ก')
  })

  it('cuts a long Thai text between words, never inside one, and says it was cut', () => {
    const text = 'ขอเชิญประชาชนร่วมกิจกรรมทำลายแหล่งเพาะพันธุ์ยุงลายในชุมชนทุกวันศุกร์'
    const cut = excerpt(text, 20)
    expect(cut.endsWith('…')).toBe(true)
    const kept = cut.slice(0, -1)
    expect(kept.length).toBeLessThanOrEqual(20)
    expect(text.startsWith(kept)).toBe(true)
    const boundaries = [...new Intl.Segmenter('th', { granularity: 'word' }).segment(text)].map((s) => s.index + s.segment.length)
    expect(boundaries).toContain(kept.length)
    expect(kept).toBe('ขอเชิญประชาชนร่วม')
  })

  it('cuts a single word longer than the room where the room ends', () => {
    expect(excerpt('ก'.repeat(30), 10)).toBe(`${'ก'.repeat(10)}…`)
  })
})
