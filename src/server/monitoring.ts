/**
 * Monitoring (กลไกการกำกับติดตาม, SPEC §4) against the stored records: the rounds and warnings settings, the
 * executive's acknowledgements, and the บันทึกรายงานผลการเผยแพร่ข้อมูลผ่านเว็บไซต์ built from the workflow records.
 */
import type { Payload, Where } from 'payload'
import { fiscalYearRange } from '@/domain/thai/calendar'
import { DEFAULT_ISSUE_WINDOW_MONTHS, DEFAULT_ROUND_SETTINGS, type Acknowledgement, type IssuedReport, type ReminderSettings, type RoundNumber, type RoundSettings } from '@/domain/reports/rounds'
import { NO_UNIT, REPORT_CSV_HEADER, monitoringReport, type AgencyPageChange, reportCsvRow, reportDocumentBlocks, reportScope, type MonitoringReport, type PublishedRecord, type RecordCondition, type RecordField, type RecordSource } from '@/domain/reports/monitoring-report'
import type { DocumentSpec } from '@/domain/reports/document-spec'
import { UNIT_ACTIVITY, unitActivityConditions, type UnitActivity } from '@/domain/reports/unit-activity'
import { expiringSoon, expiringSoonAt, notUpdated, waitingTooLong, waitingTooLongAt, webmasterShortage, type Warning } from '@/domain/reports/warnings'
import { AGENCY_PAGES, onPublicSiteAt } from '@/domain/workflow'
import { CSV_START, csvLine } from '@/domain/compliance'
import type { MonitoringAcknowledgement, PublishRequest } from '@/payload-types'
import { idOf } from '@/access/roles'
import { toSql, toWhere, type Sql } from './conditions'
import { rows, sql } from './database'
import { agencyExecutive, agencySettings } from './settings'
import { publicOrigin } from './environment'

export interface MonitoringSettings {
  rounds: RoundSettings
  reminders: ReminderSettings
  staleMonths: number
  waitingDays: number
  /** The reporting window opens this many months before a round's due day. */
  issueWindowMonths: number
}

/** The settings global's monitoring group, defaults filled in (002 §4.5: 28 February and 31 July). */
export async function monitoringSettings(payload: Payload): Promise<MonitoringSettings> {
  const stored = (await agencySettings(payload)).monitoring ?? {}
  const due = (day: number | null | undefined, month: string | null | undefined, fallback: { month: number; day: number }) =>
    day && month ? { day, month: Number(month) } : fallback
  return {
    rounds: {
      round6Due: due(stored.round6DueDay, stored.round6DueMonth, DEFAULT_ROUND_SETTINGS.round6Due),
      round12Due: due(stored.round12DueDay, stored.round12DueMonth, DEFAULT_ROUND_SETTINGS.round12Due),
    },
    reminders: { daysBefore: stored.reminderDaysBefore?.length ? stored.reminderDaysBefore : [14, 3] },
    staleMonths: stored.staleMonths || 6,
    waitingDays: stored.waitingDays || 7,
    issueWindowMonths: stored.issueWindowMonths ?? DEFAULT_ISSUE_WINDOW_MONTHS,
  }
}

/** Acknowledgements, newest first (of one fiscal year when given). */
export async function acknowledgementsOf(payload: Payload, fiscalYear?: number): Promise<Acknowledgement[]> {
  const { docs } = await payload.find({
    collection: 'monitoring-acknowledgements',
    where: fiscalYear ? { fiscalYear: { equals: fiscalYear } } : {},
    sort: '-at',
    overrideAccess: true,
    depth: 0,
    limit: 0,
    pagination: false,
  })
  return docs.map((doc) => ({ ...roundRecordOf(doc), comment: doc.comment ?? undefined }))
}

/** What an acknowledgement and an issued report both record: which round and unit, who, when. */
const roundRecordOf = (doc: Pick<MonitoringAcknowledgement, 'fiscalYear' | 'round' | 'unit' | 'byName' | 'at'>) => ({
  fiscalYear: doc.fiscalYear,
  round: Number(doc.round) as RoundNumber,
  unitId: idOf(doc.unit ?? null),
  by: doc.byName,
  at: new Date(doc.at),
})

/** Issued reports of a fiscal year, newest first. */
export async function issuedReportsOf(payload: Payload, fiscalYear: number): Promise<IssuedReport[]> {
  const { docs } = await payload.find({ collection: 'monitoring-report-issues', where: { fiscalYear: { equals: fiscalYear } }, sort: '-at', overrideAccess: true, depth: 0, limit: 0, pagination: false })
  return docs.map((doc) => ({ ...roundRecordOf(doc), cutOff: new Date(doc.cutOff), late: !!doc.late }))
}

/** An issued report no acknowledgement covers yet (the executive's to read and acknowledge), with its unit's name. */
export interface ReportToAcknowledge extends IssuedReport {
  unitName: string | null
}

/** The issued reports that wait for the executive: this fiscal year's and last year's (a 12-month report may be issued after 1 October). */
export async function reportsToAcknowledge(payload: Payload, fiscalYear: number): Promise<ReportToAcknowledge[]> {
  return (await Promise.all([fiscalYear - 1, fiscalYear].map((year) => reportsOfYearToAcknowledge(payload, year)))).flat()
}

/** One fiscal year's issued reports that wait for the executive, agency-wide first, then by unit. */
async function reportsOfYearToAcknowledge(payload: Payload, fiscalYear: number): Promise<ReportToAcknowledge[]> {
  const [issued, acks] = await Promise.all([issuedReportsOf(payload, fiscalYear), acknowledgementsOf(payload, fiscalYear)])
  const waiting = issued.filter((report) => !acknowledgementFor(acks, report.fiscalYear, report.round, report.unitId ?? null))
  const unitIds = [...new Set(waiting.flatMap((report) => (report.unitId ? [report.unitId] : [])))]
  const { docs: units } = unitIds.length
    ? await payload.find({ collection: 'units', where: { id: { in: unitIds } }, depth: 0, limit: unitIds.length, pagination: false, overrideAccess: true, select: { name: true } })
    : { docs: [] }
  const names = new Map(units.map((unit) => [String(unit.id), unit.name]))
  return waiting
    .map((report) => ({ ...report, unitName: report.unitId ? (names.get(String(report.unitId)) ?? null) : null }))
    .sort((a, b) => Number(!!a.unitId) - Number(!!b.unitId) || a.round - b.round || (a.unitName ?? '').localeCompare(b.unitName ?? '', 'th'))
}

/** The issued report of exactly this round and unit (agency-wide when unitId is null). */
export const issuedReportFor = (issued: IssuedReport[], fiscalYear: number, round: RoundNumber, unitId: string | null): IssuedReport | null =>
  issued.find((r) => r.fiscalYear === fiscalYear && r.round === round && (r.unitId ?? null) === unitId) ?? null

/** The acknowledgement a report shows: the unit's own, else the agency-wide one; the latest of either. */
export function acknowledgementFor(acks: Acknowledgement[], fiscalYear: number, round: RoundNumber, unitId: string | null): Acknowledgement | null {
  const ofRound = acks.filter((a) => a.fiscalYear === fiscalYear && a.round === round)
  return (unitId ? ofRound.find((a) => a.unitId === unitId) : undefined) ?? ofRound.find((a) => !a.unitId) ?? null
}

/** The publish requests `p`: the report's record fields as their columns. */
const RECORD_COLUMNS: Record<RecordField, Sql> = { unit: sql`p.unit_id`, state: sql`p.state`, submittedAt: sql`p.submitted_at`, publishedAt: sql`p.published_at`, stateChangedAt: sql`p.state_changed_at` }

type RecordRow = Pick<PublishRequest, 'id' | 'title' | 'summary' | 'state'> & {
  unit_id: number | null
  unit_name: string | null
  submitted_at: string | Date | null
  created_at: string | Date
  published_at: string | Date | null
  public_path: string | null
}

const recordOf = (row: RecordRow, attachmentNames: string[]): PublishedRecord => ({
  id: Number(row.id),
  title: row.title,
  summary: row.summary ?? '',
  attachmentNames,
  unitId: row.unit_id === null ? NO_UNIT.id : String(row.unit_id),
  unitName: row.unit_id === null ? NO_UNIT.name : (row.unit_name ?? String(row.unit_id)),
  submittedAt: new Date(row.submitted_at ?? row.created_at),
  publishedAt: row.published_at ? new Date(row.published_at) : null,
  publicUrl: row.public_path ? `${publicOrigin()}${row.public_path}` : null,
  state: row.state ?? 'draft',
})

/**
 * The publish requests, as the monitoring report asks about them: counted and listed by the database, a unit's
 * counts in one statement on the indexes of (unit, submitted) and (unit, published); a page of records and the
 * names of their files in two.
 */
export function storedRecords(payload: Payload): RecordSource & { each(where: RecordCondition): AsyncIterable<PublishedRecord> } {
  const where = (condition: RecordCondition): Sql => toSql(condition, RECORD_COLUMNS)
  const page = async (matching: Sql, order: Sql, limit: number): Promise<PublishedRecord[]> => {
    const found = await rows<RecordRow>(
      payload,
      sql`SELECT p.id, p.title, p.summary, p.state, p.unit_id, u.name AS unit_name, p.submitted_at, p.created_at, p.published_at, p.public_path
          FROM publish_requests p LEFT JOIN units u ON u.id = p.unit_id WHERE ${matching} ORDER BY ${order} LIMIT ${limit}`,
    )
    if (found.length === 0) return []
    const files = await rows<{ parent_id: number; filename: string | null }>(
      payload,
      sql`SELECT r.parent_id, a.filename FROM publish_requests_rels r JOIN attachments a ON a.id = r.attachments_id
          WHERE r.path = 'attachments' AND r.parent_id IN (${sql.join(found.map((row) => sql`${Number(row.id)}`), sql`, `)}) ORDER BY r.parent_id, r."order"`,
    )
    const names = new Map<number, string[]>()
    for (const file of files) if (file.filename) names.set(Number(file.parent_id), [...(names.get(Number(file.parent_id)) ?? []), file.filename])
    return found.map((row) => recordOf(row, names.get(Number(row.id)) ?? []))
  }
  return {
    async countEach<K extends string>(condition: RecordCondition, questions: Record<K, RecordCondition>) {
      const keys = Object.keys(questions) as K[]
      const columns = keys.map((key, i) => sql`sum(CASE WHEN ${where(questions[key])} THEN 1 ELSE 0 END) AS ${sql.raw(`n${i}`)}`)
      const [found] = await rows<Record<string, number | string | null>>(payload, sql`SELECT ${sql.join(columns, sql`, `)} FROM publish_requests p WHERE ${where(condition)}`)
      const counts = {} as Record<K, number>
      keys.forEach((key, i) => (counts[key] = Number(found?.[`n${i}`] ?? 0)))
      return counts
    },
    list: (condition, limit) => page(where(condition), sql`coalesce(p.submitted_at, p.created_at), p.id`, limit),
    async *each(condition) {
      const PAGE = 500
      for (let after = 0; ; ) {
        const records = await page(sql`${where(condition)} AND p.id > ${after}`, sql`p.id`, PAGE)
        yield* records
        if (records.length < PAGE) return
        after = Number(records[records.length - 1].id)
      }
    },
    async units(condition) {
      const found = await rows<{ unit_id: number | null; name: string | null }>(
        payload,
        sql`SELECT DISTINCT p.unit_id, u.name FROM publish_requests p LEFT JOIN units u ON u.id = p.unit_id WHERE ${where(condition)} ORDER BY p.unit_id LIMIT 1000`,
      )
      return found.map((row) => (row.unit_id === null ? NO_UNIT : { id: String(row.unit_id), name: row.name ?? String(row.unit_id) }))
    },
  }
}

/** The work groups the report lists: every unit below the agency level, in the order they were created. */
async function reportUnits(payload: Payload) {
  const { docs } = await payload.find({ collection: 'units', where: { kind: { not_equals: 'agency' } }, overrideAccess: true, depth: 0, limit: 0, pagination: false, sort: 'id' })
  return docs.map((u) => ({ id: String(u.id), name: u.name }))
}

/** Changes to the agency's pages approved in the fiscal year (the report keeps those of its period). */
async function agencyPageChanges(payload: Payload, fiscalYear: number): Promise<AgencyPageChange[]> {
  const { start, end } = fiscalYearRange(fiscalYear)
  const { docs } = await payload.find({
    collection: 'agency-page-approvals',
    where: { and: [{ approvedAt: { greater_than_equal: start.toISOString() } }, { approvedAt: { less_than: end.toISOString() } }] },
    sort: 'approvedAt',
    depth: 0,
    limit: 200,
    overrideAccess: true,
  })
  return docs.map((doc) => ({
    page: AGENCY_PAGES[doc.page],
    changedFields: doc.changedFields,
    proposedBy: doc.proposedByName,
    approvedBy: doc.approvedByName,
    approvedAt: new Date(doc.approvedAt),
  }))
}

export async function buildMonitoringReport(payload: Payload, fiscalYear: number, round: RoundNumber, unitId: string | null): Promise<MonitoringReport> {
  const [units, acks, issued, pageChanges] = await Promise.all([reportUnits(payload), acknowledgementsOf(payload, fiscalYear), issuedReportsOf(payload, fiscalYear), unitId ? [] : agencyPageChanges(payload, fiscalYear)])
  const issue = issuedReportFor(issued, fiscalYear, round, unitId)
  return monitoringReport({ fiscalYear, round, units, unitId, issued: issue, acknowledgement: acknowledgementFor(acks, fiscalYear, round, unitId), pageChanges, now: new Date() }, storedRecords(payload))
}

/** The report's full list as CSV, written a page of requests at a time (the PDF and DOCX list each unit's first rows, src/domain/reports/monitoring-report.ts rowsPerUnit). */
export async function* monitoringReportCsv(payload: Payload, fiscalYear: number, round: RoundNumber, unitId: string | null): AsyncGenerator<string> {
  const acknowledgement = acknowledgementFor(await acknowledgementsOf(payload, fiscalYear), fiscalYear, round, unitId)
  const issued = issuedReportFor(await issuedReportsOf(payload, fiscalYear), fiscalYear, round, unitId)
  const source = storedRecords(payload)
  yield CSV_START + csvLine(REPORT_CSV_HEADER)
  const { where, asOf } = reportScope(fiscalYear, round, unitId, issued, new Date())
  for await (const record of source.each(where)) yield csvLine(reportCsvRow(record, acknowledgement, asOf))
}

export async function monitoringReportSpec(payload: Payload, fiscalYear: number, round: RoundNumber, unitId: string | null): Promise<DocumentSpec> {
  const report = await buildMonitoringReport(payload, fiscalYear, round, unitId)
  const { agencyName } = await agencySettings(payload)
  const unit = unitId ? await payload.findByID({ collection: 'units', id: unitId, depth: 0, overrideAccess: true, disableErrors: true }) : null
  return reportDocumentBlocks(report, { agencyName, unitName: unit?.name ?? null, executive: await agencyExecutive(payload, agencyName) })
}

/** The dashboard's warnings (SPEC §4): items leaving the site within 7 days, categories not updated, too few webmasters, requests stuck — each asked of the database. */
export async function monitoringWarnings(payload: Payload, now: Date): Promise<Warning[]> {
  const settings = await monitoringSettings(payload)
  const date = (value: string | null | undefined) => (value ? new Date(value) : null)
  const [waiting, expiring, { docs: categories }, webmasters] = await Promise.all([
    payload.find({ collection: 'publish-requests', where: toWhere(waitingTooLongAt(now, settings.waitingDays)), overrideAccess: true, depth: 1, limit: 100, sort: 'stateChangedAt', select: { title: true, state: true, stateChangedAt: true, updatedAt: true, unit: true }, populate: { units: { name: true } } }),
    payload.find({ collection: 'publish-requests', where: toWhere(expiringSoonAt(now, 7)), overrideAccess: true, depth: 0, limit: 100, sort: 'publishUntil', select: { title: true, state: true, publishFrom: true, publishUntil: true } }),
    payload.find({ collection: 'categories', overrideAccess: true, depth: 0, limit: 0, pagination: false, sort: 'order' }),
    payload.count({ collection: 'users', where: { and: [{ role: { equals: 'webmaster' } }, { active: { not_equals: false } }] }, overrideAccess: true }),
  ])
  const publicNow = toWhere(onPublicSiteAt(now))
  const lastUpdated = await Promise.all(
    categories.map(async (c) => {
      const { docs } = await payload.find({ collection: 'publish-requests', where: { and: [publicNow, { category: { equals: c.id } }] }, sort: '-lastModifiedAt', limit: 1, depth: 0, overrideAccess: true, select: { lastModifiedAt: true }, pagination: false })
      return { code: c.code, title: c.title, lastUpdatedAt: date(docs[0]?.lastModifiedAt) }
    }),
  )
  return [
    ...webmasterShortage(webmasters.totalDocs),
    ...waitingTooLong(
      waiting.docs.map((r) => ({ id: r.id, title: r.title, state: r.state ?? 'draft', enteredStateAt: new Date(r.stateChangedAt ?? r.updatedAt), unitName: typeof r.unit === 'object' ? r.unit?.name : null })),
      now,
      settings.waitingDays,
    ),
    ...expiringSoon(expiring.docs.map((r) => ({ id: r.id, title: r.title, state: r.state ?? 'draft', publishFrom: date(r.publishFrom), publishUntil: date(r.publishUntil) })), now, 7),
    ...notUpdated(lastUpdated, now, settings.staleMonths),
  ]
}

export interface UnitActivityRow {
  unit: { id: number; name: string; kind: string }
  counts: Record<UnitActivity, number>
}

/** Each division's and section's row (their whole subtree counted), in the order of the unit tree. */
export async function unitActivity(payload: Payload, fiscalYear: number, now: Date): Promise<UnitActivityRow[]> {
  const [{ waitingDays }, { docs: units }] = await Promise.all([
    monitoringSettings(payload),
    payload.find({ collection: 'units', where: { kind: { in: ['division', 'section'] } }, sort: 'id', depth: 0, pagination: false, limit: 0, overrideAccess: true, select: { name: true, kind: true, parent: true } }),
  ])
  const conditions = unitActivityConditions(fiscalYear, now, waitingDays)
  const rowsOf = await Promise.all(
    units.map(async (unit): Promise<UnitActivityRow> => {
      const inUnit: Where = { unitPath: { contains: `/${unit.id}/` } }
      const counted = await Promise.all(
        UNIT_ACTIVITY.map(async (activity) => [activity, (await payload.count({ collection: 'publish-requests', where: { and: [inUnit, toWhere(conditions[activity])] }, overrideAccess: true })).totalDocs] as const),
      )
      return { unit: { id: unit.id, name: unit.name, kind: unit.kind }, counts: Object.fromEntries(counted) as Record<UnitActivity, number> }
    }),
  )
  // Divisions, each followed by its sections.
  const divisions = rowsOf.filter((row) => row.unit.kind === 'division')
  const sectionsOf = (id: number) => rowsOf.filter((row) => row.unit.kind === 'section' && idOf(units.find((u) => u.id === row.unit.id)?.parent) === String(id))
  const placed = divisions.flatMap((division) => [division, ...sectionsOf(division.unit.id)])
  return [...placed, ...rowsOf.filter((row) => !placed.includes(row))]
}
