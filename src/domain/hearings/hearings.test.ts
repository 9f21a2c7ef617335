import { describe, expect, it } from 'vitest'
import { availableModerations, hearingPhase, moderationRefusal, outcomeRefusal, readComment, stateAfterFlag } from './hearings'

const at = (iso: string) => new Date(iso)
const hearing = { opensAt: at('2026-12-01T02:00:00Z'), closesAt: at('2026-12-15T10:00:00Z'), outcomePublishedAt: null }

describe('public hearings', () => {
  it('open and close at their times, and end only with their outcome', () => {
    expect(hearingPhase(hearing, at('2026-11-30T00:00:00Z'))).toBe('upcoming')
    expect(hearingPhase(hearing, at('2026-12-01T02:00:00Z'))).toBe('open')
    expect(hearingPhase(hearing, at('2026-12-15T10:00:00Z'))).toBe('closed')
    expect(hearingPhase({ ...hearing, outcomePublishedAt: at('2026-12-20T00:00:00Z') }, at('2026-12-21T00:00:00Z'))).toBe('concluded')
  })

  it('takes the outcome only after closing, with what was said and what changed', () => {
    expect(outcomeRefusal(hearing, 'ส่วนใหญ่เห็นด้วย', 'เพิ่มจุดจอดรถ', at('2026-12-10T00:00:00Z'))).toMatchObject({ status: 409 })
    expect(outcomeRefusal(hearing, '', 'x', at('2026-12-16T00:00:00Z'))).toEqual({ status: 400, message: 'กรุณาสรุปความคิดเห็นที่ได้รับ' })
    expect(outcomeRefusal(hearing, 'x', ' ', at('2026-12-16T00:00:00Z'))).toMatchObject({ status: 400 })
    expect(outcomeRefusal(hearing, 'ส่วนใหญ่เห็นด้วย', 'เพิ่มจุดจอดรถ', at('2026-12-16T00:00:00Z'))).toBeNull()
    expect(outcomeRefusal({ ...hearing, outcomePublishedAt: at('2026-12-16T00:00:00Z') }, 'x', 'y', at('2026-12-17T00:00:00Z'))).toMatchObject({ status: 409 })
  })

  it('hides a shown comment for review at the third flag, and leaves others as they are', () => {
    expect(stateAfterFlag('shown', 2)).toBe('shown')
    expect(stateAfterFlag('shown', 3)).toBe('flagged')
    expect(stateAfterFlag('pending', 5)).toBe('pending')
    expect(stateAfterFlag('hidden', 9)).toBe('hidden')
  })

  it('asks a moderator for the reason of hiding, told to the author', () => {
    expect(moderationRefusal('show', '')).toBeNull()
    expect(moderationRefusal('hide', '')).toMatchObject({ status: 400 })
    expect(moderationRefusal('delete', 'x')).toMatchObject({ status: 400 })
    expect(availableModerations('flagged').map((m) => m.action)).toEqual(['show', 'hide'])
    expect(availableModerations('shown').map((m) => m.action)).toEqual(['hide'])
  })

  it('reads a comment with consent, name and contact optional', () => {
    expect(readComment({ text: ' เห็นด้วยกับการขยายถนน ', consent: 'on' })).toEqual({ input: { text: 'เห็นด้วยกับการขยายถนน', name: '', email: '' } })
    expect(readComment({ text: '', email: 'x@', consent: 'no' })).toEqual({
      errors: { text: 'กรุณาพิมพ์ความคิดเห็น', email: 'อีเมลไม่ถูกต้อง ตัวอย่าง somchai@example.com', consent: 'กรุณายินยอมให้เผยแพร่ความคิดเห็น (แสดงชื่อเฉพาะเมื่อท่านกรอก)' },
    })
    expect(readComment({ text: 'x', consent: 'on', website: 'spam' })).toEqual({ robot: true })
  })
})
