import { describe, expect, it } from 'vitest'
import { monitoringRound } from './rounds'
import { reviewAcknowledgementRefusal, reviewDecision, reviewReminderDue, type RuleReview } from './rule-review'

const first = monitoringRound(2570, 6) // due 28 February 2570 BE (2027)
const reviewed: RuleReview = { fiscalYear: 2570, outcome: 'unchanged', reasons: 'ยังเหมาะสม', reviewedBy: 'นายอุดม', reviewedAt: new Date('2026-12-01T03:00:00Z') }

describe('the yearly review of the measure (003 §4.3)', () => {
  it('records an outcome, what changed, and why — once a year', () => {
    expect(reviewDecision(null, { outcome: 'changed', changes: 'เพิ่มไฟล์ ODS', reasons: 'ข้อมูลเปิดภาครัฐ' })).toEqual({ outcome: 'changed', changes: 'เพิ่มไฟล์ ODS', reasons: 'ข้อมูลเปิดภาครัฐ' })
    expect(reviewDecision(null, { outcome: 'unchanged', changes: 'ignored', reasons: ' ยังเหมาะสม ' })).toEqual({ outcome: 'unchanged', changes: null, reasons: 'ยังเหมาะสม' })
    expect(reviewDecision(reviewed, { outcome: 'unchanged', reasons: 'อีกครั้ง' })).toMatchObject({ refusal: { status: 409 } })
  })
  it('refuses in Thai a review without an outcome, a change without what changed, or either without a reason', () => {
    expect(reviewDecision(null, { outcome: 'maybe', reasons: 'x' })).toMatchObject({ refusal: { status: 400, message: expect.stringContaining('ผลการทบทวน') } })
    expect(reviewDecision(null, { outcome: 'changed', reasons: 'x' })).toMatchObject({ refusal: { status: 400, message: 'กรุณาระบุสิ่งที่ปรับปรุง' } })
    expect(reviewDecision(null, { outcome: 'unchanged', reasons: '  ' })).toMatchObject({ refusal: { status: 400, message: 'กรุณาระบุเหตุผลที่คงหลักเกณฑ์เดิม' } })
  })
  it('is acknowledged by the executive only once it is recorded, and only once', () => {
    expect(reviewAcknowledgementRefusal(2570, null)?.status).toBe(409)
    expect(reviewAcknowledgementRefusal(2570, reviewed)).toBeNull()
    expect(reviewAcknowledgementRefusal(2570, { ...reviewed, acknowledgedBy: 'นายก', acknowledgedAt: new Date() })?.status).toBe(409)
  })
  it('is reminded a month before the first round’s due day, and after it until done', () => {
    expect(reviewReminderDue(2570, first, false, new Date('2027-01-20T03:00:00Z'))).toBeNull()
    expect(reviewReminderDue(2570, first, false, new Date('2027-02-01T03:00:00Z'))?.key).toBe('review-2570-before')
    expect(reviewReminderDue(2570, first, false, new Date('2027-03-01T03:00:00Z'))?.key).toBe('review-2570-overdue')
    expect(reviewReminderDue(2570, first, true, new Date('2027-03-01T03:00:00Z'))).toBeNull()
  })
})
