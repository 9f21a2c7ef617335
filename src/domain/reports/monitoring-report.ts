/**
 * บันทึกรายงานผลการเผยแพร่ข้อมูลผ่านเว็บไซต์ (002, last page): per work group and monitoring round, every
 * publish request with its date · topic · summary or attachment · date published on the website ·
 * executive acknowledged, then the agency's totals. Built from workflow records; no storage here.
 */
import { all, any, holds, type Condition } from '../conditions'
import type { State } from '../workflow/states'
import { officialDate, toThaiDigits } from '../thai/format'
import type { DocumentBlock, DocumentSpec } from './document-spec'
import { monitoringRound, officialPeriodText, officialRoundName, reportPeriod, type Acknowledgement, type IssuedReport, type Period, type RoundNumber } from './rounds'

export interface PublishedRecord {
  id: string | number
  title: string
  summary: string
  attachmentNames: string[]
  unitId: string
  unitName: string
  submittedAt: Date
  publishedAt: Date | null
  publicUrl?: string | null
  state: string
  /** When it entered its state (for a rejection or withdrawal: when that happened); the submission when not known. */
  stateChangedAt?: Date | null
}

export interface ReportUnit {
  id: string
  name: string
}

export interface ReportRow {
  recordId: string | number
  date: string // วัน/เดือน/ปี: submitted
  topic: string // หัวข้อ
  summaryOrAttachment: string // รายละเอียดโดยสรุปหรือเอกสารแนบ
  publishedOn: string // เผยแพร่บนเว็บไซต์ วัน/เดือน/ปี, or "-"
  acknowledged: string // ผู้บริหารรับทราบ
  publicUrl: string | null
}

export interface ReportGroup {
  unitId: string
  unitName: string
  /** The first ROWS_PER_UNIT requests of the unit in the round. */
  rows: ReportRow[]
  /** How many more the unit had (listed in the report's CSV). */
  more: number
}

/** `submitted` counts every request in the report; the others split it by where each request stands now. */
export interface ReportCounts {
  submitted: number
  published: number // has been on the website (even if since taken down)
  pending: number // still in the workflow
  rejected: number
  withdrawn: number
}

export interface MonitoringReport {
  fiscalYear: number
  round: RoundNumber
  unitId: string | null // null: the whole agency
  title: string
  period: Period
  acknowledgement: Acknowledgement | null
  /** null: not issued yet, a draft listing the whole round so far. */
  issued: IssuedReport | null
  groups: ReportGroup[]
  summary: { units: Array<ReportCounts & { unitId: string; unitName: string }>; totals: ReportCounts }
  /** The agency's own pages changed in the round, as approved (the agency-wide report only). */
  pageChanges: AgencyPageChange[]
}

/** A change to one of the agency's pages as approved (000 §3.2.1): it goes through approval like any item. */
export interface AgencyPageChange {
  page: string
  changedFields: string
  proposedBy: string
  approvedBy: string
  approvedAt: Date
}

export interface MonitoringReportInput {
  fiscalYear: number
  round: RoundNumber
  acknowledgement?: Acknowledgement | null
  /** The report as issued: it lists up to the issue's cut-off. */
  issued?: IssuedReport | null
  /** When the report is made: one not issued lists up to this instant (rounds.ts reportPeriod). */
  now: Date
  /** The agency's units in the order the report lists them; units without requests are named once, together. */
  units: ReportUnit[]
  /** Report on one unit only. */
  unitId?: string | null
  /** Changes to the agency's pages approved within the round (whatever their date: only those in the period are kept). */
  pageChanges?: AgencyPageChange[]
}

/** What the report's conditions read of a request (src/domain/conditions.ts). */
export type RecordField = 'unit' | 'state' | 'submittedAt' | 'publishedAt' | 'stateChangedAt'
export type RecordCondition = Condition<RecordField>

/** Where the report reads the requests: the database (src/server/monitoring.ts), or a list (memoryRecords). */
export interface RecordSource {
  /** How many of the records matching `where` meet each question, all counted in one pass. */
  countEach<K extends string>(where: RecordCondition, questions: Record<K, RecordCondition>): Promise<Record<K, number>>
  /** The first `limit` records, by submission and then id. */
  list(where: RecordCondition, limit: number): Promise<PublishedRecord[]>
  /** The units of the records matching, as named on them. */
  units(where: RecordCondition): Promise<ReportUnit[]>
}

/** A unit lists at most this many requests; the report says how many more there are, and the CSV has them all. */
export const ROWS_PER_UNIT = 100

/**
 * The rows the whole document lists (about 25 pages): an executive reads a memo, not a register. A small
 * agency's units list everything; where the units together have more, they share the rows fairly.
 */
export const ROWS_PER_REPORT = 600

/**
 * The most rows any unit lists, given how many each has: the largest level L (at most ROWS_PER_UNIT) at which
 * every unit lists min(its count, L) and all together list no more than `budget`. A unit with fewer requests
 * than L lists them all and leaves the rest of its share to the others.
 */
export function rowsPerUnit(counts: readonly number[], budget = ROWS_PER_REPORT): number {
  const sorted = [...counts].sort((a, b) => a - b)
  let left = budget
  for (const [i, count] of sorted.entries()) {
    const share = Math.floor(left / (sorted.length - i))
    if (count > share) return Math.min(ROWS_PER_UNIT, share)
    left -= count
  }
  return ROWS_PER_UNIT
}

const REJECTED: State = 'rejected'
const WITHDRAWN: State = 'withdrawn'
const NOT_ACKNOWLEDGED = 'ยังไม่รับทราบ'
/** Requests whose unit is not known (imported items, a unit since removed). */
export const NO_UNIT: ReportUnit = { id: '-', name: 'ไม่ระบุกลุ่มงาน' }

const between = (field: RecordField, { start, end }: Period): RecordCondition => all({ field, op: 'at-or-after', at: start }, { field, op: 'before', at: end })

/** A request is in a round when it was submitted or published in the round's period. */
export const inRound = (period: Period): RecordCondition => any(between('submittedAt', period), between('publishedAt', period))

const ofUnit = (unitId: string): RecordCondition => (unitId === NO_UNIT.id ? { field: 'unit', op: 'missing' } : { field: 'unit', op: 'equals', value: unitId })

/**
 * The report tells each request as it stood at the end of its period — an issued report's cut-off (ข้อมูล ณ วันที่):
 * published by then, or rejected or withdrawn by then without having been published; anything later is the next
 * report's. So an issued report reads the same whenever it is printed. For a request of the round that happened
 * within the period (nothing of it happens before its submission), which the indexes on (unit, date) answer.
 */
const publishedIn = (period: Period): RecordCondition => between('publishedAt', period)
const endedIn = (state: State, period: Period): RecordCondition =>
  all({ field: 'publishedAt', op: 'missing' }, { field: 'state', op: 'equals', value: state }, between('stateChangedAt', period))
const publishedAsOf = (record: PublishedRecord, asOf: Date): Date | null => (record.publishedAt && record.publishedAt < asOf ? record.publishedAt : null)

async function countsOf(source: RecordSource, where: RecordCondition, period: Period): Promise<ReportCounts> {
  const { submitted, published, rejected, withdrawn } = await source.countEach(where, {
    submitted: all(),
    published: publishedIn(period),
    rejected: endedIn(REJECTED, period),
    withdrawn: endedIn(WITHDRAWN, period),
  })
  return { submitted, published, pending: submitted - published - rejected - withdrawn, rejected, withdrawn }
}

function checkAcknowledgement(ack: Acknowledgement | null, fiscalYear: number, round: RoundNumber, unitId: string | null): void {
  if (!ack) return
  if (ack.fiscalYear !== fiscalYear || ack.round !== round || (ack.unitId && ack.unitId !== unitId)) {
    throw new RangeError('การรับทราบของผู้บริหารไม่ตรงกับปีงบประมาณ รอบ หรือหน่วยงานของรายงาน')
  }
}

function summaryOrAttachment(record: PublishedRecord): string {
  const parts = [record.summary.trim()]
  if (record.attachmentNames.length > 0) parts.push(`เอกสารแนบ: ${record.attachmentNames.join(', ')}`)
  return parts.filter(Boolean).join('\n') || '-'
}

/** The executive acknowledged what the report held when it was acknowledged, not what came after. */
function acknowledgedText(record: PublishedRecord, publishedAt: Date | null, ack: Acknowledgement | null): string {
  const lastEvent = Math.max(record.submittedAt.getTime(), publishedAt?.getTime() ?? 0)
  return ack && lastEvent <= ack.at.getTime() ? `รับทราบแล้ว ${officialDate(ack.at)}` : NOT_ACKNOWLEDGED
}

/** A request as the report lists it, as it stood at `asOf` (the end of the report's period). */
export const toRow = (record: PublishedRecord, ack: Acknowledgement | null, asOf: Date): ReportRow => {
  const publishedAt = publishedAsOf(record, asOf)
  return {
    recordId: record.id,
    date: officialDate(record.submittedAt),
    topic: record.title,
    summaryOrAttachment: summaryOrAttachment(record),
    publishedOn: publishedAt ? officialDate(publishedAt) : '-',
    acknowledged: acknowledgedText(record, publishedAt, ack),
    publicUrl: publishedAt ? (record.publicUrl ?? null) : null,
  }
}

const addCounts = (a: ReportCounts, b: ReportCounts): ReportCounts => ({
  submitted: a.submitted + b.submitted,
  published: a.published + b.published,
  pending: a.pending + b.pending,
  rejected: a.rejected + b.rejected,
  withdrawn: a.withdrawn + b.withdrawn,
})

const NONE: ReportCounts = { submitted: 0, published: 0, pending: 0, rejected: 0, withdrawn: 0 }

/** Listed units first, in order; then units that only appear on records of the round. */
async function unitsOf(source: RecordSource, units: ReportUnit[], round: RecordCondition, unitId: string | null): Promise<ReportUnit[]> {
  const all = [...units]
  for (const unit of await source.units(round)) if (!all.some((u) => u.id === unit.id)) all.push(unit)
  return unitId ? all.filter((u) => u.id === unitId) : all
}

export async function monitoringReport(input: MonitoringReportInput, source: RecordSource): Promise<MonitoringReport> {
  const { fiscalYear, round, units } = input
  const unitId = input.unitId || null
  const acknowledgement = input.acknowledgement ?? null
  checkAcknowledgement(acknowledgement, fiscalYear, round, unitId)

  const issued = input.issued ?? null
  const period = reportPeriod(monitoringRound(fiscalYear, round), issued, input.now)
  const inThisRound = inRound(period)
  const counted = await Promise.all(
    (await unitsOf(source, units, inThisRound, unitId)).map(async (unit) => {
      const where = all(inThisRound, ofUnit(unit.id))
      return { unit, where, counts: await countsOf(source, where, period) }
    }),
  )
  const limit = rowsPerUnit(counted.map(({ counts }) => counts.submitted))
  const reported = await Promise.all(counted.map(async ({ unit, where, counts }) => ({ unit, counts, records: await source.list(where, limit) })))
  const onlyUnit = unitId ? `${reported[0]?.unit.name ?? unitId} ` : ''
  const unitSummaries = reported.map(({ unit, counts }) => ({ unitId: unit.id, unitName: unit.name, ...counts }))

  return {
    fiscalYear,
    round,
    unitId,
    title: `บันทึกรายงานผลการเผยแพร่ข้อมูลผ่านเว็บไซต์ ${onlyUnit}${officialRoundName(fiscalYear, round)}`,
    period,
    acknowledgement,
    issued,
    groups: reported.map(({ unit, counts, records }) => ({
      unitId: unit.id,
      unitName: unit.name,
      rows: records.map((r) => toRow(r, acknowledgement, period.end)),
      more: counts.submitted - records.length,
    })),
    summary: { units: unitSummaries, totals: unitSummaries.reduce(addCounts, NONE) },
    pageChanges: unitId ? [] : (input.pageChanges ?? []).filter((change) => change.approvedAt >= period.start && change.approvedAt < period.end),
  }
}

/** The same questions answered from a list of records (tests, small sets). */
export function memoryRecords(records: readonly PublishedRecord[]): RecordSource {
  const fieldsOf = (r: PublishedRecord): Record<RecordField, unknown> => ({
    unit: r.unitId === NO_UNIT.id ? null : r.unitId,
    state: r.state,
    submittedAt: r.submittedAt,
    publishedAt: r.publishedAt,
    stateChangedAt: r.stateChangedAt ?? r.submittedAt,
  })
  const where = (condition: RecordCondition) => records.filter((r) => holds(condition, fieldsOf(r)))
  const bySubmission = (a: PublishedRecord, b: PublishedRecord) =>
    a.submittedAt.getTime() - b.submittedAt.getTime() || String(a.id).localeCompare(String(b.id), 'en', { numeric: true })
  return {
    async countEach<K extends string>(condition: RecordCondition, questions: Record<K, RecordCondition>) {
      const matching = where(condition).map(fieldsOf)
      const counts = {} as Record<K, number>
      for (const key of Object.keys(questions) as K[]) counts[key] = matching.filter((fields) => holds(questions[key], fields)).length
      return counts
    },
    list: async (condition, limit) => where(condition).sort(bySubmission).slice(0, limit),
    units: async (condition) => [...new Map(where(condition).map((r) => [r.unitId, { id: r.unitId, name: r.unitName }])).values()],
  }
}

/** The columns of the report's full list (CSV): the unit, the report's five columns, the public address. */
export const REPORT_CSV_HEADER = ['กลุ่มงาน', 'วัน/เดือน/ปี', 'หัวข้อ', 'รายละเอียดโดยสรุปหรือเอกสารแนบ', 'เผยแพร่บนเว็บไซต์ วัน/เดือน/ปี', 'ผู้บริหารรับทราบ', 'ลิงก์']

export const reportCsvRow = (record: PublishedRecord, ack: Acknowledgement | null, asOf: Date): string[] => {
  const row = toRow(record, ack, asOf)
  return [record.unitName, row.date, row.topic, row.summaryOrAttachment, row.publishedOn, row.acknowledged, row.publicUrl ?? '']
}

/** The report's requests of one unit, or of the agency: what its full list holds. */
export const reportScope = (fiscalYear: number, round: RoundNumber, unitId: string | null, issued: IssuedReport | null, now: Date): { where: RecordCondition; asOf: Date } => {
  const period = reportPeriod(monitoringRound(fiscalYear, round), issued, now)
  const round_ = inRound(period)
  return { where: unitId ? all(round_, ofUnit(unitId)) : round_, asOf: period.end }
}

// ---------------------------------------------------------------------------------------------------
// The report as a document (PDF / DOCX through src/documents/).

const ROW_COLUMNS = ['วัน/เดือน/ปี', 'หัวข้อ', 'รายละเอียดโดยสรุปหรือเอกสารแนบ', 'เผยแพร่บนเว็บไซต์ วัน/เดือน/ปี', 'ผู้บริหารรับทราบ']
const SUMMARY_COLUMNS = ['กลุ่มงาน', 'จำนวนคำขอ', 'เผยแพร่แล้ว', 'อยู่ระหว่างดำเนินการ', 'ไม่อนุมัติ', 'ถอนคำขอ']

const PAGE_CHANGE_COLUMNS = ['วันที่อนุมัติ', 'หน้า', 'สิ่งที่แก้ไข', 'ผู้เสนอ', 'ผู้อนุมัติ']

/** The agency's own pages changed in the round, each with who proposed and who approved it; or that none was. */
function pageChangeBlocks(changes: AgencyPageChange[]): DocumentBlock[] {
  const title: DocumentBlock = { kind: 'paragraph', text: 'การแก้ไขหน้าข้อมูลหน่วยงานบนเว็บไซต์', bold: true, keepWithNext: true }
  if (changes.length === 0) return [title, { kind: 'paragraph', text: 'ไม่มีการแก้ไขหน้าข้อมูลหน่วยงานในรอบนี้' }]
  const rows = changes.map((c) => [officialDate(c.approvedAt), c.page, c.changedFields, c.proposedBy, c.approvedBy])
  return [title, { kind: 'table', columns: PAGE_CHANGE_COLUMNS, rows, widths: [16, 20, 32, 16, 16] }]
}

const countCells = (c: ReportCounts): string[] =>
  [c.submitted, c.published, c.pending, c.rejected, c.withdrawn].map((n) => toThaiDigits(n))

const DOTS = '.'.repeat(30)

/** Who the memo is from and to (บันทึกข้อความ): the agency, the unit when the report is one unit's, the executive. */
export interface ReportMemo {
  agencyName: string
  unitName?: string | null
  executive: { name: string; position: string }
}

function acknowledgementBlocks(ack: Acknowledgement | null, executive: ReportMemo['executive']): DocumentBlock[] {
  // Not yet acknowledged in the system: the executive may still sign the printed memo.
  if (!ack) return [
    { kind: 'paragraph', text: 'ผู้บริหารยังไม่ได้รับทราบรายงานฉบับนี้', bold: true, keepWithNext: true },
    { kind: 'signature', lines: [`ลงชื่อ ${DOTS}`, `(${executive.name})`, executive.position, `วันที่ ${DOTS}`] },
  ]
  return [
    { kind: 'paragraph', text: 'ผู้บริหารรับทราบ', bold: true, keepWithNext: true },
    ...(ack.comment?.trim() ? [{ kind: 'paragraph' as const, text: `ความเห็น: ${ack.comment.trim()}` }] : []),
    { kind: 'signature', lines: [`(${ack.by})`, ...(ack.by === executive.name ? [executive.position] : []), `วันที่ ${officialDate(ack.at)}`] },
  ]
}

/**
 * The report as the seeds write it, a memo (บันทึกข้อความ): ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน; why it is
 * written; each unit's requests (the units that had none named once, together, and left out of the totals' rows); the
 * totals; the reporter's signature; then the executive's acknowledgement, on the same page as the reporter's signature.
 */
export function reportDocumentBlocks(report: MonitoringReport, memo: ReportMemo): DocumentSpec {
  const { agencyName, executive } = memo
  const quiet = report.groups.filter((group) => group.rows.length === 0).map((group) => group.unitName)
  const unitSections = report.groups.filter((group) => group.rows.length > 0).flatMap((group): DocumentBlock[] => [
    { kind: 'paragraph', text: `ชื่อกลุ่มงาน ${group.unitName}`, bold: true, keepWithNext: true },
    {
      kind: 'table',
      columns: ROW_COLUMNS,
      rows: group.rows.map((r) => [r.date, r.topic, r.summaryOrAttachment, r.publishedOn, r.acknowledged]),
      // Wide enough for "วัน/เดือน/ปี" and "ผู้บริหารรับทราบ" on one line in Chromium and in LibreOffice.
      widths: [16, 21, 31, 16, 16],
    },
    ...(group.more > 0 ? [{ kind: 'paragraph' as const, text: `และอีก ${toThaiDigits(group.more)} รายการ (รายการทั้งหมดอยู่ในไฟล์ CSV ของรายงานนี้)` }] : []),
  ])
  const quietUnits: DocumentBlock[] = quiet.length ? [{ kind: 'paragraph', text: `กลุ่มงานที่ไม่มีคำขอเผยแพร่ข้อมูลในรอบนี้ ${toThaiDigits(quiet.length)} กลุ่มงาน ได้แก่ ${quiet.join(' ')}` }] : []
  const summaryRows = [
    ...report.summary.units.filter((u) => u.submitted > 0).map((u) => [u.unitName, ...countCells(u)]),
    ['รวม', ...countCells(report.summary.totals)],
  ]
  const issuedOn = report.issued ? officialDate(report.issued.at) : DOTS
  return {
    title: report.title,
    heading: { agencyName: '', documentTitle: 'บันทึกข้อความ' },
    blocks: [
      {
        kind: 'fields',
        rows: [
          { label: 'ส่วนราชการ', value: memo.unitName ? `${memo.unitName} ${agencyName}` : agencyName },
          { label: 'ที่', value: DOTS },
          { label: 'วันที่', value: issuedOn },
          { label: 'เรื่อง', value: report.title },
        ],
        labelWidth: 0.16,
      },
      { kind: 'paragraph', text: `เรียน ${executive.position}` },
      {
        kind: 'paragraph',
        indent: true,
        text: `ตามประกาศ${agencyName} เรื่อง แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน กำหนดให้รายงานผลการเผยแพร่ข้อมูลผ่านเว็บไซต์ต่อ${executive.position}เพื่อทราบ บัดนี้ ขอรายงานผลการเผยแพร่ข้อมูล${memo.unitName ? `ของ${memo.unitName} ` : ''}${officialPeriodText(report.period)} ดังนี้`,
      },
      {
        kind: 'paragraph',
        align: 'center',
        text: report.issued
          ? `ออกรายงานเมื่อวันที่ ${officialDate(report.issued.at)} โดย ${report.issued.by}${report.issued.late ? ' (ออกรายงานหลังวันครบกำหนด)' : ''} ข้อมูล ณ วันที่ ${officialDate(new Date(report.issued.cutOff.getTime() - 1))}`
          : 'ร่างรายงาน: ยังไม่ได้ออกรายงาน รายการอาจเปลี่ยนแปลงจนกว่าจะออกรายงาน',
      },
      ...unitSections,
      ...quietUnits,
      { kind: 'paragraph', text: 'สรุปผลการเผยแพร่ข้อมูล', bold: true, keepWithNext: true },
      { kind: 'table', columns: SUMMARY_COLUMNS, rows: summaryRows, widths: [30, 14, 14, 16, 13, 13] },
      ...(report.unitId ? [] : pageChangeBlocks(report.pageChanges)),
      { kind: 'paragraph', indent: true, text: 'จึงเรียนมาเพื่อโปรดทราบ' },
      { kind: 'signature', lines: [`ลงชื่อ ${DOTS}`, `(${report.issued?.by ?? DOTS})`, 'ผู้รายงาน'], keepWithNext: true },
      ...acknowledgementBlocks(report.acknowledgement, executive),
    ],
  }
}
