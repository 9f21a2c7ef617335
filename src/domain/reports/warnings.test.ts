import { describe, expect, it } from 'vitest'
import { expiringSoon, notUpdated, waitingTooLong, webmasterShortage } from './warnings'

/** An hour and minute in Bangkok on a common-era day. */
const bangkok = (year: number, month: number, day: number, hour = 12, minute = 0) =>
  new Date(Date.UTC(year, month - 1, day, hour - 7, minute))

describe('expiringSoon', () => {
  const now = bangkok(2026, 3, 1)
  const published = 'published' as const
  const items = [
    { id: 'a', title: 'ประกาศรับสมัครงาน', state: published, publishUntil: bangkok(2026, 3, 8) }, // exactly 7 days
    { id: 'b', title: 'ประกวดราคา', state: published, publishUntil: new Date(bangkok(2026, 3, 8).getTime() + 1000) },
    { id: 'c', title: 'หมดแล้ว', state: published, publishUntil: bangkok(2026, 2, 28) },
    { id: 'd', title: 'ไม่มีกำหนด', state: published, publishUntil: null },
    { id: 7, title: 'ข่าวด่วน', state: published, publishUntil: bangkok(2026, 3, 1, 20) },
    { id: 'e', title: 'ยังไม่ถึงวันเผยแพร่', state: published, publishFrom: bangkok(2026, 3, 2), publishUntil: bangkok(2026, 3, 5) },
    { id: 'f', title: 'นำออกแล้ว', state: 'unpublished' as const, publishUntil: bangkok(2026, 3, 5) },
  ]

  it('lists items leaving the site within 7 days, soonest first', () => {
    const warnings = expiringSoon(items, now)
    expect(warnings.map((w) => w.ref)).toEqual(['7', 'a'])
    expect(warnings[0]).toEqual({ kind: 'expiring-soon', ref: '7', message: '"ข่าวด่วน" จะสิ้นสุดระยะเวลาเผยแพร่และถูกนำออกจากเว็บไซต์วันนี้' })
    expect(warnings[1].message).toBe('"ประกาศรับสมัครงาน" จะสิ้นสุดระยะเวลาเผยแพร่และถูกนำออกจากเว็บไซต์ในวันที่ 8 มีนาคม 2569 (อีก 7 วัน)')
  })

  it('takes another window', () => {
    expect(expiringSoon(items, now, 14).map((w) => w.ref)).toEqual(['7', 'a', 'b'])
    expect(expiringSoon(items, now, 0).map((w) => w.ref)).toEqual([])
  })
})

describe('notUpdated', () => {
  // 31 May minus 3 months is 28 February (clamped): updates from 28 Feb 00:00 Bangkok count
  const now = bangkok(2026, 5, 31)
  const categories = [
    { code: 'C15', title: 'ข่าวประชาสัมพันธ์', lastUpdatedAt: bangkok(2026, 2, 28, 0, 0) },
    { code: 'C10', title: 'การจัดซื้อจัดจ้างและการเงินการคลัง', lastUpdatedAt: bangkok(2026, 2, 27, 23, 59) },
    { code: 'C5', title: 'คำถามที่พบบ่อย (FAQ)', lastUpdatedAt: null },
  ]

  it('warns about categories not updated within the months given, or empty', () => {
    expect(notUpdated(categories, now, 3)).toEqual([
      {
        kind: 'not-updated',
        ref: 'C10',
        message: 'หมวด "การจัดซื้อจัดจ้างและการเงินการคลัง" ไม่มีการปรับปรุงข้อมูลเกิน 3 เดือน (ปรับปรุงล่าสุด 27 กุมภาพันธ์ 2569)',
      },
      { kind: 'not-updated', ref: 'C5', message: 'หมวด "คำถามที่พบบ่อย (FAQ)" ยังไม่มีข้อมูลเผยแพร่' },
    ])
  })

  it('moves the cutoff with the number of months', () => {
    expect(notUpdated(categories, now, 4).map((w) => w.ref)).toEqual(['C5'])
    expect(notUpdated(categories, now, 2).map((w) => w.ref)).toEqual(['C15', 'C10', 'C5'])
  })
})

describe('webmasterShortage', () => {
  it('warns below two active webmasters (002 §4.1)', () => {
    expect(webmasterShortage(0)).toEqual([
      {
        kind: 'webmaster-shortage',
        message: 'มีผู้ดูแลเว็บไซต์ (Web Master) ที่ปฏิบัติงานอยู่ 0 คน ต้องมีอย่างน้อย 2 คนเพื่อทำงานทดแทนกันได้',
      },
    ])
    expect(webmasterShortage(1)[0].message).toContain('อยู่ 1 คน')
    expect(webmasterShortage(2)).toEqual([])
    expect(webmasterShortage(5)).toEqual([])
  })
})

describe('waitingTooLong', () => {
  const now = bangkok(2026, 3, 10)
  const requests = [
    { id: 1, title: 'แผนจัดซื้อ', state: 'awaiting-approval' as const, enteredStateAt: bangkok(2026, 3, 2), unitName: 'กองคลัง' },
    { id: 2, title: 'ครบพอดี', state: 'awaiting-approval' as const, enteredStateAt: bangkok(2026, 3, 3) },
    { id: 3, title: 'เผยแพร่แล้ว', state: 'published' as const, enteredStateAt: bangkok(2026, 1, 1) },
    { id: 4, title: 'ไม่อนุมัติ', state: 'rejected' as const, enteredStateAt: bangkok(2026, 1, 1) },
    { id: 5, title: 'รอแก้ไข', state: 'sent-back' as const, enteredStateAt: bangkok(2026, 2, 1) },
  ]

  it('lists open requests that have waited more than the days given, longest first', () => {
    const warnings = waitingTooLong(requests, now, 7)
    expect(warnings.map((w) => w.ref)).toEqual(['5', '1'])
    expect(warnings[1]).toEqual({
      kind: 'waiting-too-long',
      ref: '1',
      message: 'คำขอ "แผนจัดซื้อ" ของกองคลัง อยู่ในขั้นตอน "รอหัวหน้าหน่วยงานอนุมัติ" มาแล้ว 8 วัน',
    })
    expect(warnings[0].message).toContain('"ส่งกลับให้แก้ไข" มาแล้ว 37 วัน')
  })

  it('uses the threshold given', () => {
    expect(waitingTooLong(requests, now, 6).map((w) => w.ref)).toEqual(['5', '1', '2'])
    expect(waitingTooLong(requests, now, 40)).toEqual([])
  })
})
