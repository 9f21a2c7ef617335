import { describe, expect, it } from 'vitest'
import { COMPLAINT_RULES, DEFAULT_COMPLAINT_PERIODS, availableComplaintRules, channelPageOf, complaintRefusal, dueAt, isOverdue, newTrackingCode, normalizeTrackingCode, overdueReminder, waitsFor, type ComplaintFacts } from './complaints'
import { DEFAULT_FILE_POLICY } from '../files'
import { caseFilePolicy, caseFilesRefusal, readComplaint } from './form'
import { complaintStatistics, halvesOf, type ComplaintRecord } from './statistics'

const at = (iso: string) => new Date(iso)
const facts = (state: ComplaintFacts['state'], changed = '2026-12-01T03:00:00Z', track: ComplaintFacts['track'] = 'general'): ComplaintFacts => ({ track, state, receivedAt: at('2026-12-01T03:00:00Z'), stateChangedAt: at(changed), unit: null })
const periods = DEFAULT_COMPLAINT_PERIODS
const now = at('2026-12-05T03:00:00Z')

describe('complaint handling', () => {
  it('takes each step only from the states the table names, and only by whom it names', () => {
    expect(complaintRefusal(facts('received'), 'assign', 'officer', periods, now)).toBeNull()
    expect(complaintRefusal(facts('received'), 'assign', 'unit', periods, now)).toEqual({ status: 403, message: 'ท่านไม่มีสิทธิ์ “ส่งหน่วยงานที่รับผิดชอบ”' })
    expect(complaintRefusal(facts('closed'), 'answer', 'officer', periods, now, 'ตอบ')).toEqual({ status: 409, message: 'เรื่องที่อยู่ในสถานะ “ยุติเรื่อง” ทำ “ตอบผู้ร้อง” ไม่ได้' })
    expect(complaintRefusal(facts('received'), 'fly', 'officer', periods, now)).toEqual({ status: 400, message: 'ไม่รู้จักการดำเนินการนี้' })
  })

  it('offers each person only the steps that are theirs now', () => {
    expect(availableComplaintRules('general', 'received', 'officer').map((r) => r.action)).toEqual(['assign', 'refer', 'no-action'])
    expect(availableComplaintRules('general', 'assigned', 'unit').map((r) => r.action)).toEqual(['start', 'answer'])
    expect(availableComplaintRules('general', 'answered', 'unit')).toEqual([])
    expect(availableComplaintRules('general', 'closed', 'citizen').map((r) => r.action)).toEqual(['reopen'])
  })

  it('keeps the three ways a complaint closes apart', () => {
    expect(COMPLAINT_RULES.filter((r) => r.to === 'closed' && (!r.tracks || r.tracks.includes('general'))).map((r) => [r.action, r.outcome])).toEqual([
      ['refer', 'referred'],
      ['no-action', 'no-action'],
      ['close', 'resolved'],
    ])
  })

  it('ends a request for information with the information given, a refusal with its reason, a referral or nothing further', () => {
    expect(availableComplaintRules('information', 'received', 'officer').map((r) => r.action)).toEqual(['assign', 'provide', 'refuse', 'refer', 'no-action'])
    expect(availableComplaintRules('information', 'in-progress', 'unit').map((r) => r.action)).toEqual(['provide'])
    expect(complaintRefusal(facts('in-progress', undefined, 'information'), 'answer', 'officer', periods, now, 'x')).toEqual({ status: 400, message: '“ตอบผู้ร้อง” ใช้กับคำขอข้อมูลข่าวสารของราชการไม่ได้' })
    expect(complaintRefusal(facts('in-progress'), 'provide', 'officer', periods, now, 'x')).toMatchObject({ status: 400 })
    expect(complaintRefusal(facts('received', undefined, 'information'), 'refuse', 'officer', periods, now, ' ')).toEqual({ status: 400, message: 'กรุณาระบุเหตุผลที่ปฏิเสธตามกฎหมาย (เช่น มาตรา 14 หรือ 15)' })
    expect(COMPLAINT_RULES.filter((r) => r.files).map((r) => r.action)).toEqual(['provide'])
  })

  it('dates a request for information from its receipt, whatever step it is at', () => {
    expect(dueAt(facts('in-progress', '2026-12-10T03:00:00Z', 'information'), periods)).toEqual(at('2026-12-16T03:00:00Z'))
    expect(dueAt(facts('closed', '2026-12-10T03:00:00Z', 'information'), periods)).toBeNull()
  })

  it('asks for a note where the table says so: an answer, a referral, a reason to stop', () => {
    for (const action of ['answer', 'refer', 'no-action']) {
      const state = action === 'answer' ? 'in-progress' : 'received'
      expect(complaintRefusal(facts(state), action, 'officer', periods, now, '  ')).toMatchObject({ status: 400, message: expect.stringMatching(/^กรุณาระบุ/) })
      expect(complaintRefusal(facts(state), action, 'officer', periods, now, 'ส่งต่อสำนักงานที่ดินจังหวัด')).toBeNull()
    }
  })

  it('lets the citizen reopen within the period after the answer or the closing, not after', () => {
    expect(complaintRefusal(facts('closed', '2026-11-10T03:00:00Z'), 'reopen', 'citizen', periods, now, 'ยังไม่ได้ซ่อม')).toBeNull()
    expect(complaintRefusal(facts('closed', '2026-10-01T03:00:00Z'), 'reopen', 'citizen', periods, now, 'ยังไม่ได้ซ่อม')).toEqual({ status: 409, message: 'ขอให้พิจารณาใหม่ได้ภายใน 30 วันนับจากวันที่หน่วยงานตอบหรือยุติเรื่อง' })
    expect(complaintRefusal(facts('in-progress'), 'reopen', 'citizen', periods, now, 'x')).toMatchObject({ status: 409, message: expect.stringMatching(/ทำ “ขอให้พิจารณาใหม่” ไม่ได้/) })
  })

  it('dates each step from when it began and flags it overdue after its period', () => {
    expect(dueAt(facts('received'), periods)).toEqual(at('2026-12-04T03:00:00Z'))
    expect(isOverdue(facts('received'), periods, now)).toBe(true)
    expect(dueAt(facts('in-progress', '2026-12-02T03:00:00Z'), periods)).toEqual(at('2026-12-17T03:00:00Z'))
    expect(isOverdue(facts('in-progress', '2026-12-02T03:00:00Z'), periods, now)).toBe(false)
    expect(dueAt(facts('answered'), periods)).toBeNull()
  })
})

describe('tracking codes', () => {
  it('carry the track and the Buddhist year, and differ every time', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newTrackingCode('general', at('2026-12-31T18:00:00Z'))))
    expect(codes.size).toBe(200)
    for (const code of codes) expect(code).toMatch(/^G2570-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/) // 1 Jan 2027 in Bangkok
    expect(newTrackingCode('corruption', now)).toMatch(/^T2569-/)
    expect(normalizeTrackingCode(newTrackingCode('information', now))).toMatch(/^R2569-/)
  })

  it('are read as a citizen types them, and nothing else is taken for one', () => {
    const code = newTrackingCode('general', now)
    expect(normalizeTrackingCode(` ${code.toLowerCase()} `)).toBe(code)
    expect(normalizeTrackingCode('G2569-ABCDO-1234L')).toBe('G2569-ABCD0-12341')
    for (const bad of ['', 'G2569', '../../etc/passwd', 'X2569-ABCDE-12345', 'G2569-ABCDE-1234U']) expect(normalizeTrackingCode(bad)).toBeNull()
  })
})

describe('the complaint form', () => {
  const sound = { track: 'general', topic: 'ไฟฟ้าส่องสว่างดับ', details: 'ไฟถนนหน้าบ้านเลขที่ 12 ดับมาสามวัน', consent: true }

  it('accepts a complaint without a name or contact (anonymous is allowed)', () => {
    expect(readComplaint(sound)).toEqual({ input: { track: 'general', topic: 'ไฟฟ้าส่องสว่างดับ', details: 'ไฟถนนหน้าบ้านเลขที่ 12 ดับมาสามวัน', place: '', name: '', email: '', phone: '' } })
    expect(readComplaint({ ...sound, consent: 'on' })).toHaveProperty('input') // a checkbox of a form sent without JavaScript
  })

  it('names each field that is wrong, in Thai', () => {
    const result = readComplaint({ track: 'gossip', topic: ' ', details: 'x'.repeat(5001), email: 'somchai@', phone: 'abc' })
    expect(result).toEqual({
      errors: {
        track: expect.stringContaining('กรุณาเลือกประเภทเรื่อง'),
        topic: 'กรุณาระบุเรื่องที่ร้องเรียน',
        details: 'รายละเอียดยาวเกิน 5,000 ตัวอักษร',
        email: 'อีเมลไม่ถูกต้อง ตัวอย่าง somchai@example.com',
        phone: 'หมายเลขโทรศัพท์ไม่ถูกต้อง ตัวอย่าง 081-234-5678',
        consent: 'กรุณาอ่านประกาศความเป็นส่วนตัวและให้ความยินยอมก่อนส่งเรื่อง',
      },
    })
    expect(readComplaint({ ...sound, topic: { toString: () => 'x' } })).toEqual({ errors: { topic: 'กรุณาระบุเรื่องที่ร้องเรียน' } })
  })

  it('asks a request for information for who asks and where the answer goes', () => {
    const asked = { track: 'information', topic: 'สัญญาจ้างซ่อมถนน', details: 'สำเนาสัญญาจ้างซ่อมถนนสายหลัก ปี 2569', consent: true }
    expect(readComplaint(asked)).toEqual({ errors: { name: 'กรุณาระบุชื่อผู้ขอข้อมูล', email: expect.stringContaining('อีเมลหรือหมายเลขโทรศัพท์') } })
    expect(readComplaint({ ...asked, name: 'สมชาย ใจดี', phone: '081-234-5678' })).toHaveProperty('input')
  })

  it('takes a filled honeypot for a robot', () => {
    expect(readComplaint({ ...sound, website: 'http://casino.example' })).toEqual({ robot: true })
  })
})

describe('a case’s files', () => {
  it('takes 3 files from a citizen and 5 at a time from staff', () => {
    expect(caseFilesRefusal('citizen', 3)).toBeNull()
    expect(caseFilesRefusal('citizen', 4)).toBe('แนบไฟล์ได้ไม่เกิน 3 ไฟล์ (ส่งมา 4 ไฟล์)')
    expect(caseFilesRefusal('agency', 5)).toBeNull()
    expect(caseFilesRefusal('agency', 6)).toBe('แนบไฟล์ได้ครั้งละไม่เกิน 5 ไฟล์')
  })
  it('holds a citizen’s file to 10 MB or the agency’s limit if smaller, and staff’s to the agency’s', () => {
    const agency = { ...DEFAULT_FILE_POLICY, maxBytes: 50 * 1024 * 1024 }
    expect(caseFilePolicy('citizen', agency).maxBytes).toBe(10 * 1024 * 1024)
    expect(caseFilePolicy('citizen', { ...agency, maxBytes: 1024 }).maxBytes).toBe(1024)
    expect(caseFilePolicy('agency', agency)).toBe(agency)
  })
  it('sends a filing back to the page of its channel', () => {
    expect(['corruption', 'information', 'general', 'x', undefined].map(channelPageOf)).toEqual(['/complaints/corruption', '/information-request', '/complaints', '/complaints', '/complaints'])
  })
})

describe('complaint statistics', () => {
  const record = (track: ComplaintRecord['track'], received: string, closed?: string, outcome: ComplaintRecord['outcome'] = 'resolved'): ComplaintRecord => ({
    track,
    receivedAt: at(received),
    closedAt: closed ? at(closed) : null,
    outcome: closed ? outcome : null,
  })

  it('counts received, open and each way of closing, and the mean days to close, per half year', () => {
    const records = [
      record('general', '2025-10-01T03:00:00Z', '2025-10-11T03:00:00Z'), // FY2569, first half, 10 days
      record('general', '2026-01-10T03:00:00Z', '2026-01-15T03:00:00Z', 'referred'), // 5 days
      record('general', '2026-04-02T03:00:00Z'), // second half, open
      record('corruption', '2026-05-02T03:00:00Z', '2026-05-03T03:00:00Z', 'no-action'),
      record('general', '2025-09-30T16:00:00Z'), // 30 Sep 23:00 in Bangkok: FY2568, left out
    ]
    const stats = complaintStatistics(records, 2569)
    const none = { provided: 0, refused: 0 }
    expect(stats.whole.general).toEqual({ received: 3, open: 1, closed: { resolved: 1, referred: 1, 'no-action': 0, ...none }, averageDaysToClose: 7.5 })
    expect(stats.whole.corruption).toEqual({ received: 1, open: 0, closed: { resolved: 0, referred: 0, 'no-action': 1, ...none }, averageDaysToClose: 1 })
    expect(stats.halves.map(({ figures }) => [figures.general.received, figures.corruption.received])).toEqual([[2, 0], [1, 1]])
    expect(stats.months.map((m) => m.received.general + m.received.corruption)).toEqual([1, 0, 0, 1, 0, 0, 1, 1, 0, 0, 0, 0])
  })

  it('counts requests for information by how they ended', () => {
    const stats = complaintStatistics([record('information', '2025-11-01T03:00:00Z', '2025-11-05T03:00:00Z', 'provided'), record('information', '2025-11-02T03:00:00Z', '2025-11-12T03:00:00Z', 'refused')], 2569)
    expect(stats.whole.information).toMatchObject({ received: 2, open: 0, closed: { provided: 1, refused: 1 }, averageDaysToClose: 7 })
    expect(stats.whole.general.received).toBe(0)
    expect(stats.months[1].received).toEqual({ general: 0, corruption: 0, information: 2 })
  })

  it('says nothing was received when nothing was, rather than leaving the year out', () => {
    const stats = complaintStatistics([], 2570)
    expect(stats.whole.general).toEqual({ received: 0, open: 0, closed: { resolved: 0, referred: 0, 'no-action': 0, provided: 0, refused: 0 }, averageDaysToClose: null })
    expect(stats.months).toHaveLength(12)
    expect(halvesOf(2570).map((h) => h.label)).toEqual(['ครึ่งปีแรก (ต.ค. 2569 – มี.ค. 2570)', 'ครึ่งปีหลัง (เม.ย. – ก.ย. 2570)'])
  })
})

describe('what waits for whom', () => {
  it('is the officers’ when a case arrives, is answered, or was never passed on; the unit’s while it is there; nobody’s once closed', () => {
    const general = (state: ComplaintFacts['state'], unit: number | null = null) => ({ track: 'general' as const, state, unit })
    expect([waitsFor(general('received'), 'officer'), waitsFor(general('received'), 'unit')]).toEqual([true, false])
    expect([waitsFor(general('assigned', 7), 'officer'), waitsFor(general('assigned', 7), 'unit')]).toEqual([false, true])
    expect([waitsFor(general('in-progress'), 'officer'), waitsFor(general('in-progress'), 'unit')]).toEqual([true, false]) // reopened, never passed on
    expect(waitsFor(general('answered', 7), 'officer')).toBe(true)
    expect(waitsFor(general('closed', 7), 'officer') || waitsFor(general('closed', 7), 'unit')).toBe(false)
    // A corruption complaint never leaves its officers, whatever unit it names.
    expect(waitsFor({ track: 'corruption', state: 'in-progress', unit: 7 }, 'officer')).toBe(true)
    expect(waitsFor(general('received'), 'citizen')).toBe(false)
  })
})

describe('overdue reminders', () => {
  const received = new Date('2026-12-01T03:00:00Z')
  const facts = (state: ComplaintFacts['state'], unit: number | null = null): ComplaintFacts & { trackingCode: string } => ({ trackingCode: 'G2570-ABCDE-FGHJK', track: 'general', state, receivedAt: received, stateChangedAt: received, unit })
  const at = (days: number) => new Date(received.getTime() + days * 86_400_000)
  it('is due to the officers once a new case passes its days to be passed on, and to the unit once its answer is late', () => {
    expect(overdueReminder(facts('received'), DEFAULT_COMPLAINT_PERIODS, at(2))).toBeNull()
    const late = overdueReminder(facts('received'), DEFAULT_COMPLAINT_PERIODS, at(4))!
    expect(late.holder).toBe('officer')
    expect(late.message).toContain('G2570-ABCDE-FGHJK')
    expect(overdueReminder(facts('assigned', 7), DEFAULT_COMPLAINT_PERIODS, at(16))!.holder).toBe('unit')
  })
  it('is one reminder a step: the key changes only when the case moves on', () => {
    expect(overdueReminder(facts('received'), DEFAULT_COMPLAINT_PERIODS, at(4))!.key).toBe(overdueReminder(facts('received'), DEFAULT_COMPLAINT_PERIODS, at(9))!.key)
    expect(overdueReminder(facts('assigned', 7), DEFAULT_COMPLAINT_PERIODS, at(16))!.key).not.toBe(overdueReminder(facts('received'), DEFAULT_COMPLAINT_PERIODS, at(16))!.key)
    expect(overdueReminder(facts('answered', 7), DEFAULT_COMPLAINT_PERIODS, at(100))).toBeNull()
  })
})
