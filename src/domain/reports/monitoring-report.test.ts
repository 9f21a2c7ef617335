import { beforeAll, describe, expect, it } from 'vitest'
import { documentPlainText, type DocumentBlock } from './document-spec'
import { ROWS_PER_REPORT, ROWS_PER_UNIT, memoryRecords, rowsPerUnit, monitoringReport, reportDocumentBlocks, type PublishedRecord, type ReportUnit } from './monitoring-report'
import type { Acknowledgement, IssuedReport } from './rounds'

/** Noon in Bangkok on a common-era day. */
const bangkokNoon = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day, 5))

/** After fiscal year 2569: its reports not issued cover their whole rounds. */
const AFTER_THE_YEAR = bangkokNoon(2026, 12, 1)

const ADMIN = 'unit-admin'
const DISEASE = 'unit-disease'

const units: ReportUnit[] = [
  { id: ADMIN, name: 'กลุ่มงานบริหารทั่วไป' },
  { id: DISEASE, name: 'กลุ่มงานควบคุมโรค' },
  { id: 'unit-dental', name: 'กลุ่มงานทันตสาธารณสุข' },
]

const record = (over: Partial<PublishedRecord> & Pick<PublishedRecord, 'id' | 'submittedAt'>): PublishedRecord => ({
  title: `เรื่องที่ ${over.id}`,
  summary: '',
  attachmentNames: [],
  unitId: ADMIN,
  unitName: 'กลุ่มงานบริหารทั่วไป',
  publishedAt: null,
  state: 'awaiting-approval',
  ...over,
})

const records: PublishedRecord[] = [
  // published in round 6 of FY 2569 though submitted in FY 2568
  record({ id: 2, submittedAt: bangkokNoon(2025, 9, 2), publishedAt: bangkokNoon(2025, 10, 2), state: 'published', title: 'แผนปฏิบัติราชการ' }),
  record({
    id: 1,
    submittedAt: bangkokNoon(2025, 10, 5),
    publishedAt: bangkokNoon(2025, 10, 7),
    state: 'expired',
    title: 'ประกาศรับสมัครงาน',
    summary: 'รับสมัครพนักงานราชการ',
    attachmentNames: ['ประกาศ.pdf', 'ใบสมัคร.docx'],
    publicUrl: 'https://example.go.th/news/1',
  }),
  record({ id: 5, submittedAt: bangkokNoon(2026, 3, 15) }),
  // the first instant of FY 2569 (1 Oct 2025 00:00 Bangkok) is inside; the instant before is not
  record({ id: 'first', submittedAt: new Date('2025-09-30T17:00:00Z'), state: 'sent-back' }),
  record({ id: 'before', submittedAt: new Date('2025-09-30T16:59:59Z') }),
  record({ id: 7, submittedAt: bangkokNoon(2025, 9, 1), publishedAt: bangkokNoon(2025, 9, 15), state: 'published' }),
  record({ id: 3, submittedAt: bangkokNoon(2026, 1, 10), unitId: DISEASE, unitName: 'กลุ่มงานควบคุมโรค', state: 'rejected', summary: 'ไม่ตรงภารกิจ' }),
  record({ id: 8, submittedAt: bangkokNoon(2026, 3, 25), unitId: DISEASE, unitName: 'กลุ่มงานควบคุมโรค' }),
  // round 12 only
  record({ id: 4, submittedAt: bangkokNoon(2026, 4, 1), unitId: DISEASE, unitName: 'กลุ่มงานควบคุมโรค', state: 'published', publishedAt: bangkokNoon(2026, 4, 2) }),
  // a unit missing from the unit list still appears, after the listed ones
  record({ id: 6, submittedAt: bangkokNoon(2025, 12, 20), unitId: 'unit-old', unitName: 'งานเดิม', state: 'withdrawn' }),
]

const ack: Acknowledgement = {
  fiscalYear: 2569,
  round: 6,
  by: 'นายมะยาก็ สมะแอ',
  at: bangkokNoon(2026, 3, 20),
  comment: 'ดำเนินการได้ดี',
}

describe('monitoringReport', () => {
  let report: Awaited<ReturnType<typeof monitoringReport>>
  beforeAll(async () => {
    report = await monitoringReport({ fiscalYear: 2569, round: 6, now: AFTER_THE_YEAR, acknowledgement: ack, units }, memoryRecords(records))
  })

  it('titles the report with the fiscal year and round in Thai numerals', async () => {
    expect(report.title).toBe('บันทึกรายงานผลการเผยแพร่ข้อมูลผ่านเว็บไซต์ ปีงบประมาณ พ.ศ. ๒๕๖๙ รอบ ๖ เดือน')
    expect(report.period.start.toISOString()).toBe('2025-09-30T17:00:00.000Z')
    expect(report.period.end.toISOString()).toBe('2026-03-31T17:00:00.000Z')
  })

  it('keeps requests submitted or published in the round, grouped by unit in the listed order, by date', async () => {
    expect(report.groups.map((g) => g.unitId)).toEqual([ADMIN, DISEASE, 'unit-dental', 'unit-old'])
    expect(report.groups.map((g) => g.rows.map((r) => r.recordId))).toEqual([[2, 'first', 1, 5], [3, 8], [], [6]])
    expect(report.groups[3].unitName).toBe('งานเดิม')
  })

  it('fills the five columns in official Thai', async () => {
    const [planRow, firstRow, jobsRow, pendingRow] = report.groups[0].rows
    expect(planRow).toMatchObject({ date: '๒ กันยายน ๒๕๖๘', topic: 'แผนปฏิบัติราชการ', summaryOrAttachment: '-', publishedOn: '๒ ตุลาคม ๒๕๖๘' })
    expect(firstRow.date).toBe('๑ ตุลาคม ๒๕๖๘')
    expect(jobsRow).toEqual({
      recordId: 1,
      date: '๕ ตุลาคม ๒๕๖๘',
      topic: 'ประกาศรับสมัครงาน',
      summaryOrAttachment: 'รับสมัครพนักงานราชการ\nเอกสารแนบ: ประกาศ.pdf, ใบสมัคร.docx',
      publishedOn: '๗ ตุลาคม ๒๕๖๘',
      acknowledged: 'รับทราบแล้ว ๒๐ มีนาคม ๒๕๖๙',
      publicUrl: 'https://example.go.th/news/1',
    })
    expect(pendingRow.publishedOn).toBe('-')
  })

  it('marks requests that came after the acknowledgement as not acknowledged', async () => {
    const [rejectedRow, lateRow] = report.groups[1].rows
    expect(rejectedRow.acknowledged).toBe('รับทราบแล้ว ๒๐ มีนาคม ๒๕๖๙')
    expect(lateRow.acknowledged).toBe('ยังไม่รับทราบ') // submitted 25 Mar, acknowledged 20 Mar
    const unacknowledged = (await monitoringReport({ fiscalYear: 2569, round: 6, now: AFTER_THE_YEAR, units }, memoryRecords(records)))
    expect(unacknowledged.groups.flatMap((g) => g.rows).every((r) => r.acknowledged === 'ยังไม่รับทราบ')).toBe(true)
  })

  it('counts requests per unit and for the agency', async () => {
    expect(report.summary.units).toEqual([
      { unitId: ADMIN, unitName: 'กลุ่มงานบริหารทั่วไป', submitted: 4, published: 2, pending: 2, rejected: 0, withdrawn: 0 },
      { unitId: DISEASE, unitName: 'กลุ่มงานควบคุมโรค', submitted: 2, published: 0, pending: 1, rejected: 1, withdrawn: 0 },
      { unitId: 'unit-dental', unitName: 'กลุ่มงานทันตสาธารณสุข', submitted: 0, published: 0, pending: 0, rejected: 0, withdrawn: 0 },
      { unitId: 'unit-old', unitName: 'งานเดิม', submitted: 1, published: 0, pending: 0, rejected: 0, withdrawn: 1 },
    ])
    expect(report.summary.totals).toEqual({ submitted: 7, published: 2, pending: 3, rejected: 1, withdrawn: 1 })
  })

  it('covers the whole fiscal year in round 12', async () => {
    const yearly = (await monitoringReport({ fiscalYear: 2569, round: 12, now: AFTER_THE_YEAR, units }, memoryRecords(records)))
    expect(yearly.title).toContain('รอบ ๑๒ เดือน')
    expect(yearly.groups[1].rows.map((r) => r.recordId)).toEqual([3, 8, 4])
    expect(yearly.summary.totals.submitted).toBe(8)
  })

  it('reports on one unit when asked', async () => {
    const one = (await monitoringReport({ fiscalYear: 2569, round: 6, now: AFTER_THE_YEAR, units, unitId: DISEASE }, memoryRecords(records)))
    expect(one.title).toBe('บันทึกรายงานผลการเผยแพร่ข้อมูลผ่านเว็บไซต์ กลุ่มงานควบคุมโรค ปีงบประมาณ พ.ศ. ๒๕๖๙ รอบ ๖ เดือน')
    expect(one.groups.map((g) => g.unitId)).toEqual([DISEASE])
    expect(one.summary.totals).toEqual({ submitted: 2, published: 0, pending: 1, rejected: 1, withdrawn: 0 })
  })

  it('freezes an issued report at its cut-off: what was published, rejected or withdrawn after it is not told', async () => {
    const cutOff = bangkokNoon(2026, 2, 1)
    const issued: IssuedReport = { fiscalYear: 2569, round: 6, by: 'นางสาวกมล ผู้ดูแลเว็บไซต์', at: cutOff, cutOff, late: false }
    const later = [
      // submitted before the cut-off; published, rejected and withdrawn only after it
      record({ id: 'p', submittedAt: bangkokNoon(2026, 1, 20), publishedAt: bangkokNoon(2026, 2, 5), state: 'published', publicUrl: 'https://example.go.th/news/p' }),
      record({ id: 'r', submittedAt: bangkokNoon(2026, 1, 21), state: 'rejected', stateChangedAt: bangkokNoon(2026, 2, 6) }),
      record({ id: 'w', submittedAt: bangkokNoon(2026, 1, 22), state: 'withdrawn', stateChangedAt: bangkokNoon(2026, 2, 7) }),
      // rejected before the cut-off
      record({ id: 'r0', submittedAt: bangkokNoon(2026, 1, 10), state: 'rejected', stateChangedAt: bangkokNoon(2026, 1, 15) }),
    ]
    const report = await monitoringReport({ fiscalYear: 2569, round: 6, now: AFTER_THE_YEAR, units, unitId: ADMIN, issued }, memoryRecords(later))
    expect(report.summary.totals).toEqual({ submitted: 4, published: 0, pending: 3, rejected: 1, withdrawn: 0 })
    const row = report.groups[0].rows.find((r) => r.recordId === 'p')
    expect(row).toMatchObject({ publishedOn: '-', publicUrl: null })
    // The same requests in a report not cut off before those events tell them.
    const whole = await monitoringReport({ fiscalYear: 2569, round: 6, now: AFTER_THE_YEAR, units, unitId: ADMIN }, memoryRecords(later))
    expect(whole.summary.totals).toEqual({ submitted: 4, published: 1, pending: 0, rejected: 2, withdrawn: 1 })
  })

  it('refuses an acknowledgement of another round, year or unit', async () => {
    const make = (a: Acknowledgement, unitId: string | null = null) => monitoringReport({ fiscalYear: 2569, round: 6, now: AFTER_THE_YEAR, units, acknowledgement: a, unitId }, memoryRecords(records))
    await expect(make({ ...ack, round: 12 })).rejects.toThrow(RangeError)
    await expect(make({ ...ack, fiscalYear: 2568 })).rejects.toThrow(RangeError)
    await expect(make({ ...ack, unitId: ADMIN })).rejects.toThrow(RangeError)
    await expect(make({ ...ack, unitId: ADMIN }, DISEASE)).rejects.toThrow(RangeError)
    await expect(make({ ...ack, unitId: DISEASE }, DISEASE)).resolves.toBeTruthy()
  })
})

describe('reportDocumentBlocks', () => {
  const agency = { agencyName: 'สำนักงานสาธารณสุขอำเภอกะพ้อ', executive: { name: 'นายมะยาก็ สมะแอ', position: 'สาธารณสุขอำเภอกะพ้อ' } }
  const tables = (blocks: DocumentBlock[]) => blocks.filter((b) => b.kind === 'table')

  it('lays out the heading, period, one table per unit, the summary and the acknowledgement', async () => {
    const report = (await monitoringReport({ fiscalYear: 2569, round: 6, now: AFTER_THE_YEAR, acknowledgement: ack, units }, memoryRecords(records)))
    const spec = reportDocumentBlocks(report, agency)
    // A memo (บันทึกข้อความ): ส่วนราชการ, ที่, วันที่, เรื่อง, then เรียน the executive and why it is written.
    expect(spec.heading).toEqual({ agencyName: '', documentTitle: 'บันทึกข้อความ' })
    expect(spec.blocks[0]).toMatchObject({ kind: 'fields', rows: [{ label: 'ส่วนราชการ', value: agency.agencyName }, { label: 'ที่' }, { label: 'วันที่' }, { label: 'เรื่อง', value: report.title }] })
    expect(spec.blocks[1]).toEqual({ kind: 'paragraph', text: 'เรียน สาธารณสุขอำเภอกะพ้อ' })
    expect(documentPlainText(spec)).toContain('ระหว่างวันที่ ๑ ตุลาคม ๒๕๖๘ ถึงวันที่ ๓๑ มีนาคม ๒๕๖๙ ดังนี้')
    const [adminTable, diseaseTable, oldTable, summary] = tables(spec.blocks)
    expect(adminTable.columns).toEqual(['วัน/เดือน/ปี', 'หัวข้อ', 'รายละเอียดโดยสรุปหรือเอกสารแนบ', 'เผยแพร่บนเว็บไซต์ วัน/เดือน/ปี', 'ผู้บริหารรับทราบ'])
    expect(adminTable.rows).toHaveLength(4)
    expect(diseaseTable.rows[1]).toEqual(['๒๕ มีนาคม ๒๕๖๙', 'เรื่องที่ 8', '-', '-', 'ยังไม่รับทราบ'])
    expect(oldTable.rows).toHaveLength(1)
    expect(summary.rows.at(-1)).toEqual(['รวม', '๗', '๒', '๓', '๑', '๑'])
    // The units without requests are named once above, not given a row of zeros in the totals.
    expect(summary.rows.map((row) => row[0])).toEqual(['กลุ่มงานบริหารทั่วไป', 'กลุ่มงานควบคุมโรค', 'งานเดิม', 'รวม'])

    const text = documentPlainText(spec)
    // Units without requests are named once, together, not one "no requests" line each.
    expect(text).not.toContain('ชื่อกลุ่มงาน กลุ่มงานทันตสาธารณสุข')
    expect(text).toMatch(/กลุ่มงานที่ไม่มีคำขอเผยแพร่ข้อมูลในรอบนี้ [๐-๙]+ กลุ่มงาน ได้แก่ .*กลุ่มงานทันตสาธารณสุข/)
    expect(text.indexOf('จึงเรียนมาเพื่อโปรดทราบ')).toBeLessThan(text.indexOf('ผู้รายงาน'))
    expect(text).toContain('ความเห็น: ดำเนินการได้ดี')
    // The reporter's signature and the executive's acknowledgement on one page; each unit's name with its table.
    expect(spec.blocks.find((b) => b.kind === 'signature')).toMatchObject({ lines: expect.arrayContaining(['ผู้รายงาน']), keepWithNext: true })
    expect(spec.blocks.at(-3)).toMatchObject({ kind: 'paragraph', text: 'ผู้บริหารรับทราบ', keepWithNext: true })
    for (const [i, block] of spec.blocks.entries()) if (block.kind === 'table' && i > 0) expect(spec.blocks[i - 1]).toMatchObject({ keepWithNext: true })
    expect(spec.blocks.at(-1)).toEqual({ kind: 'signature', lines: ['(นายมะยาก็ สมะแอ)', 'สาธารณสุขอำเภอกะพ้อ', 'วันที่ ๒๐ มีนาคม ๒๕๖๙'] })
  })

  it('lists the changes to the agency’s own pages approved in the round, with who proposed and who approved; or says there were none', async () => {
    const change = (approvedAt: Date) => ({ page: 'ข้อมูลหน่วยงาน', changedFields: 'วิสัยทัศน์', proposedBy: 'นายธนา', approvedBy: 'นายมะยาก็ สมะแอ', approvedAt })
    const pageChanges = [change(bangkokNoon(2026, 1, 15)), change(bangkokNoon(2026, 5, 1))] // the second falls after round 6
    const text = documentPlainText(reportDocumentBlocks(await monitoringReport({ fiscalYear: 2569, round: 6, now: AFTER_THE_YEAR, units, pageChanges }, memoryRecords(records)), agency))
    expect(text).toContain('การแก้ไขหน้าข้อมูลหน่วยงานบนเว็บไซต์')
    expect(text.match(/วิสัยทัศน์/g)).toHaveLength(1)
    expect(text.indexOf('การแก้ไขหน้าข้อมูลหน่วยงานบนเว็บไซต์')).toBeLessThan(text.indexOf('จึงเรียนมาเพื่อโปรดทราบ'))
    const none = documentPlainText(reportDocumentBlocks(await monitoringReport({ fiscalYear: 2569, round: 6, now: AFTER_THE_YEAR, units }, memoryRecords(records)), agency))
    expect(none).toContain('ไม่มีการแก้ไขหน้าข้อมูลหน่วยงานในรอบนี้')
    const unitOnly = documentPlainText(reportDocumentBlocks(await monitoringReport({ fiscalYear: 2569, round: 6, now: AFTER_THE_YEAR, units, unitId: units[0].id, pageChanges }, memoryRecords(records)), agency))
    expect(unitOnly).not.toContain('การแก้ไขหน้าข้อมูลหน่วยงาน')
  })

  it('lists at most ROWS_PER_UNIT requests of a unit and says how many more there are', async () => {
    const many = Array.from({ length: ROWS_PER_UNIT + 3 }, (_, i) => record({ id: 1000 + i, submittedAt: bangkokNoon(2025, 11, 1 + (i % 28)) }))
    const report = await monitoringReport({ fiscalYear: 2569, round: 6, now: AFTER_THE_YEAR, units }, memoryRecords(many))
    expect(report.groups[0].rows).toHaveLength(ROWS_PER_UNIT)
    expect(report.groups[0].more).toBe(3)
    expect(report.summary.totals.submitted).toBe(ROWS_PER_UNIT + 3)
    expect(documentPlainText(reportDocumentBlocks(report, agency))).toContain('และอีก ๓ รายการ')
  })

  it('shares the rows of a long report between its units: a small unit lists all of its requests, the large ones the same number each', async () => {
    const unitRecords = (unitId: string, n: number) =>
      Array.from({ length: n }, (_, i) => record({ id: `${unitId}-${i}`, unitId, unitName: `กลุ่มงาน ${unitId}`, submittedAt: bangkokNoon(2025, 11, 1 + (i % 28)) }))
    const many = [...unitRecords('a', 20), ...Array.from({ length: 9 }, (_, u) => unitRecords(`u${u}`, 300)).flat()]
    const report = await monitoringReport({ fiscalYear: 2569, round: 6, now: AFTER_THE_YEAR, units: [] }, memoryRecords(many))
    const listed = Object.fromEntries(report.groups.map((g) => [g.unitId, g.rows.length]))
    expect(listed.a).toBe(20)
    expect(listed.u0).toBe(Math.floor((ROWS_PER_REPORT - 20) / 9))
    expect(report.groups.reduce((n, g) => n + g.rows.length, 0)).toBeLessThanOrEqual(ROWS_PER_REPORT)
    expect(report.groups.find((g) => g.unitId === 'u3')?.more).toBe(300 - listed.u3)
  })

  it('rowsPerUnit: the largest level every unit can list within the budget, never above ROWS_PER_UNIT', () => {
    expect(rowsPerUnit([])).toBe(ROWS_PER_UNIT)
    expect(rowsPerUnit([5, 10, 80])).toBe(ROWS_PER_UNIT)
    expect(rowsPerUnit([1000], 600)).toBe(ROWS_PER_UNIT)
    expect(rowsPerUnit([1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000], 600)).toBe(75)
    expect(rowsPerUnit([10, 500, 500], 100)).toBe(45)
    expect(rowsPerUnit([50, 50], 100)).toBe(ROWS_PER_UNIT)
    expect(rowsPerUnit([51, 50], 100)).toBe(50)
  })

  it('says so when the executive has not acknowledged', async () => {
    const spec = reportDocumentBlocks((await monitoringReport({ fiscalYear: 2569, round: 6, now: AFTER_THE_YEAR, units }, memoryRecords(records))), agency)
    expect(spec.blocks.at(-2)).toEqual({ kind: 'paragraph', text: 'ผู้บริหารยังไม่ได้รับทราบรายงานฉบับนี้', bold: true, keepWithNext: true })
    // Lines for the executive to sign the printed memo.
    expect(spec.blocks.at(-1)).toMatchObject({ kind: 'signature', lines: [expect.stringMatching(/^ลงชื่อ \.+$/), '(นายมะยาก็ สมะแอ)', 'สาธารณสุขอำเภอกะพ้อ', expect.stringMatching(/^วันที่/)] })
  })
})
