import { describe, expect, it } from 'vitest'
import {
  currentRound,
  acknowledgementRefusal,
  issueRefusal,
  issueWindowOpensAt,
  issuedAt,
  officialPeriodText,
  reportPeriod,
  monitoringRound,
  officialDueDate,
  remindersDue,
  roundsOf,
  type Acknowledgement,
} from './rounds'

/** Noon in Bangkok on a common-era day. */
const bangkokNoon = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day, 5))

describe('monitoring rounds of a fiscal year', () => {
  it('gives FY 2569 its periods and the seed due dates, in Bangkok time', () => {
    const [six, twelve] = roundsOf(2569)
    expect(six.round).toBe(6)
    expect(six.period.start.toISOString()).toBe('2025-09-30T17:00:00.000Z')
    expect(six.period.end.toISOString()).toBe('2026-03-31T17:00:00.000Z')
    expect(six.dueDay).toEqual({ year: 2026, month: 2, day: 28 })
    expect(six.dueAt.toISOString()).toBe('2026-02-28T17:00:00.000Z') // end of 28 Feb in Bangkok
    expect(twelve.round).toBe(12)
    expect(twelve.period.start.toISOString()).toBe('2025-09-30T17:00:00.000Z')
    expect(twelve.period.end.toISOString()).toBe('2026-09-30T17:00:00.000Z')
    expect(twelve.dueAt.toISOString()).toBe('2026-07-31T17:00:00.000Z')
  })

  it('uses 29 February in a leap year (2567) and the last day of February otherwise (2569)', () => {
    const settings = { round6Due: { month: 2, day: 29 }, round12Due: { month: 7, day: 31 } }
    expect(monitoringRound(2567, 6, settings).dueDay).toEqual({ year: 2024, month: 2, day: 29 })
    expect(monitoringRound(2567, 6, settings).dueAt.toISOString()).toBe('2024-02-29T17:00:00.000Z')
    expect(monitoringRound(2569, 6, settings).dueDay).toEqual({ year: 2026, month: 2, day: 28 })
  })

  it('places a due month of October–December in the fiscal year’s first calendar year', () => {
    const settings = { round6Due: { month: 3, day: 31 }, round12Due: { month: 12, day: 15 } }
    expect(monitoringRound(2569, 12, settings).dueDay).toEqual({ year: 2025, month: 12, day: 15 })
    expect(monitoringRound(2569, 6, settings).dueDay).toEqual({ year: 2026, month: 3, day: 31 })
  })

  it('refuses due dates that no year has', () => {
    const bad = (month: number, day: number) => () =>
      roundsOf(2569, { round6Due: { month, day }, round12Due: { month: 7, day: 31 } })
    expect(bad(2, 30)).toThrow(RangeError)
    expect(bad(4, 31)).toThrow(RangeError)
    expect(bad(13, 1)).toThrow(RangeError)
    expect(bad(7, 0)).toThrow(RangeError)
    expect(bad(2, 29)).not.toThrow()
  })

  it('describes the period and due day in official Thai', () => {
    const six = monitoringRound(2569, 6)
    expect(officialPeriodText(six.period)).toBe('ระหว่างวันที่ ๑ ตุลาคม ๒๕๖๘ ถึงวันที่ ๓๑ มีนาคม ๒๕๖๙')
    expect(officialDueDate(six)).toBe('๒๘ กุมภาพันธ์ ๒๕๖๙')
  })
})

describe('currentRound', () => {
  it('switches from round 6 to round 12 at the start of April, Bangkok time', () => {
    expect(currentRound(new Date('2026-03-31T16:59:59Z'))).toMatchObject({ fiscalYear: 2569, round: 6 })
    expect(currentRound(new Date('2026-03-31T17:00:00Z'))).toMatchObject({ fiscalYear: 2569, round: 12 })
  })

  it('starts the next fiscal year on 1 October, Bangkok time', () => {
    expect(currentRound(new Date('2025-09-30T16:59:59Z'))).toMatchObject({ fiscalYear: 2568, round: 12 })
    expect(currentRound(new Date('2025-09-30T17:00:00Z'))).toMatchObject({ fiscalYear: 2569, round: 6 })
  })

  it('carries the configured due day', () => {
    const settings = { round6Due: { month: 3, day: 15 }, round12Due: { month: 9, day: 20 } }
    expect(currentRound(bangkokNoon(2026, 5, 1), settings).dueDay).toEqual({ year: 2026, month: 9, day: 20 })
  })
})

describe('remindersDue', () => {
  const rounds = roundsOf(2569) // round 6 due 28 Feb 2026
  const round6 = [rounds[0]]
  const keysAt = (now: Date, acks: Acknowledgement[] = [], rs = round6) => remindersDue(now, rs, acks).map((r) => r.key)

  it('reminds 14 and 3 days before, on the due day, and after it', () => {
    expect(keysAt(bangkokNoon(2026, 2, 13))).toEqual([]) // 15 days before
    expect(keysAt(bangkokNoon(2026, 2, 14))).toEqual(['2569-6-before-14'])
    expect(keysAt(bangkokNoon(2026, 2, 20))).toEqual(['2569-6-before-14']) // 8 days before
    expect(keysAt(bangkokNoon(2026, 2, 25))).toEqual(['2569-6-before-3'])
    expect(keysAt(bangkokNoon(2026, 2, 28))).toEqual(['2569-6-before-3']) // the due day itself
    expect(keysAt(bangkokNoon(2026, 3, 1))).toEqual(['2569-6-overdue'])
  })

  it('turns overdue exactly when the due day ends in Bangkok', () => {
    expect(keysAt(new Date('2026-02-28T16:59:59Z'))).toEqual(['2569-6-before-3'])
    expect(keysAt(new Date('2026-02-28T17:00:00Z'))).toEqual(['2569-6-overdue'])
  })

  it('writes Thai subjects and messages with the due date and the days left or late', () => {
    const [before] = remindersDue(bangkokNoon(2026, 2, 25), round6, [])
    expect(before.kind).toBe('before')
    expect(before.subject).toBe('ใกล้ครบกำหนดส่งรายงานผลการกำกับติดตามการเผยแพร่ข้อมูลผ่านเว็บไซต์ ปีงบประมาณ พ.ศ. 2569 รอบ 6 เดือน')
    expect(before.message).toContain('ภายในวันที่ 28 กุมภาพันธ์ 2569 (อีก 3 วัน)')
    const [today] = remindersDue(bangkokNoon(2026, 2, 28), round6, [])
    expect(today.message).toContain('ภายในวันนี้')
    const [late] = remindersDue(bangkokNoon(2026, 3, 3), round6, [])
    expect(late.kind).toBe('overdue')
    expect(late.subject).toContain('เลยกำหนด')
    expect(late.message).toContain('เลยกำหนดมาแล้ว 3 วัน')
    expect(late.dueAt.toISOString()).toBe('2026-02-28T17:00:00.000Z')
  })

  it('stops once the executive acknowledges the agency report of that round', () => {
    const ack = (over: Partial<Acknowledgement>): Acknowledgement => ({
      fiscalYear: 2569,
      round: 6,
      by: 'นายมะยาก็ สมะแอ',
      at: bangkokNoon(2026, 2, 27),
      ...over,
    })
    const lateDay = bangkokNoon(2026, 3, 10)
    expect(keysAt(lateDay, [ack({})])).toEqual([])
    expect(keysAt(lateDay, [ack({ unitId: null })])).toEqual([])
    expect(keysAt(lateDay, [ack({ unitId: 'unit-admin' })])).toEqual(['2569-6-overdue']) // one unit is not the agency
    expect(keysAt(lateDay, [ack({ round: 12 })])).toEqual(['2569-6-overdue'])
    expect(keysAt(lateDay, [ack({ fiscalYear: 2568 })])).toEqual(['2569-6-overdue'])
  })

  it('handles several rounds and configured reminder days', () => {
    const now = bangkokNoon(2026, 7, 24) // round 6 overdue, round 12 due in 7 days
    expect(remindersDue(now, rounds, []).map((r) => r.key)).toEqual(['2569-6-overdue', '2569-12-before-14'])
    expect(remindersDue(now, rounds, [], { daysBefore: [30, 7, 1] }).map((r) => r.key)).toEqual([
      '2569-6-overdue',
      '2569-12-before-7',
    ])
    expect(remindersDue(now, rounds, [], { daysBefore: [] }).map((r) => r.key)).toEqual(['2569-6-overdue'])
  })
})

describe('issuing a round’s report', () => {
  const round6 = monitoringRound(2570, 6) // due 28 February 2027 (CE), period 1 October 2026 – 31 March 2027
  const round12 = monitoringRound(2569, 12) // due 31 July 2026

  it('opens the window a month before the due day, and refuses before it', () => {
    expect(issueWindowOpensAt(round6).toISOString()).toBe('2027-01-27T17:00:00.000Z') // 28 January, Bangkok
    expect(issueRefusal(round6, new Date('2026-12-01T03:00:00Z'), false)).toMatch(/ยังไม่ถึงช่วงออกรายงาน/)
    expect(issueRefusal(round6, new Date('2027-01-28T03:00:00Z'), false)).toBeNull()
    expect(issueRefusal(round6, new Date('2027-01-28T03:00:00Z'), true)).toMatch(/ออกแล้ว/)
  })

  it('cuts what it lists off at the issue, marks a late one, and never runs past the round', () => {
    const onTime = issuedAt(round6, new Date('2027-02-20T03:00:00Z'), 'นางสาววิไล', null)
    expect(onTime).toMatchObject({ late: false, cutOff: new Date('2027-02-20T03:00:00Z') })
    expect(reportPeriod(round6, onTime, new Date('2027-06-01T03:00:00Z'))).toEqual({ start: round6.period.start, end: onTime.cutOff })
    const late = issuedAt(round12, new Date('2026-12-01T03:00:00Z'), 'นางสาววิไล', null)
    expect(late.late).toBe(true)
    expect(late.cutOff).toEqual(round12.period.end)
  })

  it('has a report not issued yet cover what it would if issued now: up to now, the round’s end once past, never before its start', () => {
    const now = new Date('2027-02-10T03:00:00Z')
    expect(reportPeriod(round6, null, now)).toEqual({ start: round6.period.start, end: now })
    expect(officialPeriodText(reportPeriod(round6, null, now))).toBe('ระหว่างวันที่ ๑ ตุลาคม ๒๕๖๙ ถึงวันที่ ๑๐ กุมภาพันธ์ ๒๕๗๐')
    expect(reportPeriod(round6, null, new Date('2027-06-01T03:00:00Z'))).toEqual(round6.period)
    expect(reportPeriod(round6, null, new Date('2026-09-01T03:00:00Z'))).toEqual({ start: round6.period.start, end: round6.period.start })
  })

  it('lets the executive acknowledge only what was issued', () => {
    expect(acknowledgementRefusal(round6, null)).toMatch(/ยังไม่ได้ออก/)
    expect(acknowledgementRefusal(round6, issuedAt(round6, new Date('2027-02-20T03:00:00Z'), 'x', null))).toBeNull()
  })
})
