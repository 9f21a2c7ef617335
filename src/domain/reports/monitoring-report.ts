/**
 * บันทึกรายงานผลการเผยแพร่ข้อมูลผ่านเว็บไซต์ (002, last page): per work group and monitoring round, every
 * publish request with its date · topic · summary or attachment · date published on the website ·
 * executive acknowledged, then the agency's totals. Built from workflow records; no storage here.
 */
import type { State } from '../workflow/states'
import { officialDate, toThaiDigits } from '../thai/format'
import type { DocumentBlock, DocumentSpec } from './document-spec'
import { officialPeriodText, officialRoundName, roundPeriod, type Acknowledgement, type Period, type RoundNumber } from './rounds'

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
  rows: ReportRow[]
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
  groups: ReportGroup[]
  summary: { units: Array<ReportCounts & { unitId: string; unitName: string }>; totals: ReportCounts }
}

export interface MonitoringReportInput {
  fiscalYear: number
  round: RoundNumber
  records: PublishedRecord[]
  acknowledgement?: Acknowledgement | null
  /** The agency's units in the order the report lists them; units without requests still appear. */
  units: ReportUnit[]
  /** Report on one unit only. */
  unitId?: string | null
}

const REJECTED: State = 'rejected'
const WITHDRAWN: State = 'withdrawn'
const NOT_ACKNOWLEDGED = 'ยังไม่รับทราบ'

const within = (at: Date | null, { start, end }: Period): boolean => at !== null && at >= start && at < end

const byDate = (a: PublishedRecord, b: PublishedRecord): number =>
  a.submittedAt.getTime() - b.submittedAt.getTime() || String(a.id).localeCompare(String(b.id), 'en', { numeric: true })

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
function acknowledgedText(record: PublishedRecord, ack: Acknowledgement | null): string {
  const lastEvent = Math.max(record.submittedAt.getTime(), record.publishedAt?.getTime() ?? 0)
  return ack && lastEvent <= ack.at.getTime() ? `รับทราบแล้ว ${officialDate(ack.at)}` : NOT_ACKNOWLEDGED
}

const toRow = (record: PublishedRecord, ack: Acknowledgement | null): ReportRow => ({
  recordId: record.id,
  date: officialDate(record.submittedAt),
  topic: record.title,
  summaryOrAttachment: summaryOrAttachment(record),
  publishedOn: record.publishedAt ? officialDate(record.publishedAt) : '-',
  acknowledged: acknowledgedText(record, ack),
  publicUrl: record.publicUrl ?? null,
})

function countsOf(records: PublishedRecord[]): ReportCounts {
  const published = records.filter((r) => r.publishedAt !== null).length
  const rejected = records.filter((r) => r.publishedAt === null && r.state === REJECTED).length
  const withdrawn = records.filter((r) => r.publishedAt === null && r.state === WITHDRAWN).length
  return { submitted: records.length, published, pending: records.length - published - rejected - withdrawn, rejected, withdrawn }
}

const addCounts = (a: ReportCounts, b: ReportCounts): ReportCounts => ({
  submitted: a.submitted + b.submitted,
  published: a.published + b.published,
  pending: a.pending + b.pending,
  rejected: a.rejected + b.rejected,
  withdrawn: a.withdrawn + b.withdrawn,
})

/** Listed units first, in order; then units that only appear on records, in order of their first request. */
function unitsOf(units: ReportUnit[], records: PublishedRecord[], unitId: string | null): ReportUnit[] {
  const all = [...units]
  for (const record of records) {
    if (!all.some((u) => u.id === record.unitId)) all.push({ id: record.unitId, name: record.unitName })
  }
  return unitId ? all.filter((u) => u.id === unitId) : all
}

export function monitoringReport(input: MonitoringReportInput): MonitoringReport {
  const { fiscalYear, round, units } = input
  const unitId = input.unitId || null
  const acknowledgement = input.acknowledgement ?? null
  checkAcknowledgement(acknowledgement, fiscalYear, round, unitId)

  const period = roundPeriod(fiscalYear, round)
  const inRound = input.records
    .filter((r) => within(r.submittedAt, period) || within(r.publishedAt, period))
    .filter((r) => !unitId || r.unitId === unitId)
    .sort(byDate)

  const reported = unitsOf(units, inRound, unitId).map((unit) => ({
    unit,
    records: inRound.filter((r) => r.unitId === unit.id),
  }))
  const unitSummaries = reported.map(({ unit, records }) => ({ unitId: unit.id, unitName: unit.name, ...countsOf(records) }))
  const onlyUnit = unitId ? `${reported[0]?.unit.name ?? unitId} ` : ''

  return {
    fiscalYear,
    round,
    unitId,
    title: `บันทึกรายงานผลการเผยแพร่ข้อมูลผ่านเว็บไซต์ ${onlyUnit}${officialRoundName(fiscalYear, round)}`,
    period,
    acknowledgement,
    groups: reported.map(({ unit, records }) => ({
      unitId: unit.id,
      unitName: unit.name,
      rows: records.map((r) => toRow(r, acknowledgement)),
    })),
    summary: { units: unitSummaries, totals: unitSummaries.reduce(addCounts, countsOf([])) },
  }
}

// ---------------------------------------------------------------------------------------------------
// The report as a document (PDF / DOCX through src/documents/).

const ROW_COLUMNS = ['วัน/เดือน/ปี', 'หัวข้อ', 'รายละเอียดโดยสรุปหรือเอกสารแนบ', 'เผยแพร่บนเว็บไซต์ วัน/เดือน/ปี', 'ผู้บริหารรับทราบ']
const SUMMARY_COLUMNS = ['กลุ่มงาน', 'จำนวนคำขอ', 'เผยแพร่แล้ว', 'อยู่ระหว่างดำเนินการ', 'ไม่อนุมัติ', 'ถอนคำขอ']

const countCells = (c: ReportCounts): string[] =>
  [c.submitted, c.published, c.pending, c.rejected, c.withdrawn].map((n) => toThaiDigits(n))

function acknowledgementBlocks(ack: Acknowledgement | null): DocumentBlock[] {
  if (!ack) return [{ kind: 'paragraph', text: 'ผู้บริหารยังไม่ได้รับทราบรายงานฉบับนี้', bold: true }]
  return [
    { kind: 'paragraph', text: 'ผู้บริหารรับทราบ', bold: true },
    ...(ack.comment?.trim() ? [{ kind: 'paragraph' as const, text: `ความเห็น: ${ack.comment.trim()}` }] : []),
    { kind: 'signature', lines: [`(${ack.by})`, `วันที่ ${officialDate(ack.at)}`] },
  ]
}

export function reportDocumentBlocks(report: MonitoringReport, agencyName: string): DocumentSpec {
  const unitSections = report.groups.flatMap((group): DocumentBlock[] => [
    { kind: 'paragraph', text: `ชื่อกลุ่มงาน ${group.unitName}`, bold: true },
    group.rows.length === 0
      ? { kind: 'paragraph', text: 'ไม่มีคำขอเผยแพร่ข้อมูลในรอบนี้' }
      : {
          kind: 'table',
          columns: ROW_COLUMNS,
          rows: group.rows.map((r) => [r.date, r.topic, r.summaryOrAttachment, r.publishedOn, r.acknowledged]),
          widths: [15, 22, 33, 15, 15],
        },
  ])
  const summaryRows = [
    ...report.summary.units.map((u) => [u.unitName, ...countCells(u)]),
    ['รวม', ...countCells(report.summary.totals)],
  ]
  return {
    heading: { agencyName, documentTitle: report.title },
    blocks: [
      { kind: 'paragraph', text: officialPeriodText(report.period), align: 'center' },
      ...unitSections,
      { kind: 'paragraph', text: 'สรุปผลการเผยแพร่ข้อมูล', bold: true },
      { kind: 'table', columns: SUMMARY_COLUMNS, rows: summaryRows, widths: [30, 14, 14, 16, 13, 13] },
      ...acknowledgementBlocks(report.acknowledgement),
    ],
  }
}
