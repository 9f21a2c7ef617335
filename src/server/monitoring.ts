/**
 * Monitoring (กลไกการกำกับติดตาม, SPEC §4) against the stored records: the rounds and warnings settings, the
 * executive's acknowledgements, and the บันทึกรายงานผลการเผยแพร่ข้อมูลผ่านเว็บไซต์ built from the workflow records.
 */
import type { Payload, Where } from 'payload'
import { DEFAULT_ROUND_SETTINGS, type Acknowledgement, type ReminderSettings, type RoundNumber, type RoundSettings } from '@/domain/reports/rounds'
import { NO_UNIT, REPORT_CSV_HEADER, monitoringReport, reportCsvRow, reportDocumentBlocks, reportScope, type MonitoringReport, type PublishedRecord, type RecordCondition, type RecordField, type RecordSource } from '@/domain/reports/monitoring-report'
import type { DocumentSpec } from '@/domain/reports/document-spec'
import { expiringSoon, expiringSoonAt, notUpdated, waitingTooLong, waitingTooLongAt, webmasterShortage, type Warning } from '@/domain/reports/warnings'
import { onPublicSiteAt } from '@/domain/workflow'
import { CSV_START, csvLine } from '@/domain/compliance'
import type { PublishRequest } from '@/payload-types'
import { idOf } from '@/access/roles'
import { toWhere } from './conditions'
import { agencySettings } from './settings'
import { publicOrigin } from './environment'

export interface MonitoringSettings {
  rounds: RoundSettings
  reminders: ReminderSettings
  staleMonths: number
  waitingDays: number
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
  return docs.map((doc) => ({
    fiscalYear: doc.fiscalYear,
    round: Number(doc.round) as RoundNumber,
    unitId: idOf(doc.unit ?? null),
    by: doc.byName,
    at: new Date(doc.at),
    comment: doc.comment ?? undefined,
  }))
}

/** The acknowledgement a report shows: the unit's own, else the agency-wide one; the latest of either. */
export function acknowledgementFor(acks: Acknowledgement[], fiscalYear: number, round: RoundNumber, unitId: string | null): Acknowledgement | null {
  const ofRound = acks.filter((a) => a.fiscalYear === fiscalYear && a.round === round)
  return (unitId ? ofRound.find((a) => a.unitId === unitId) : undefined) ?? ofRound.find((a) => !a.unitId) ?? null
}

/** Record fields as the publish request's fields. */
const RECORD_FIELDS: Record<RecordField, string> = { unit: 'unit', state: 'state', submittedAt: 'submittedAt', publishedAt: 'publishedAt' }

const recordOf = (doc: Pick<PublishRequest, 'id' | 'title' | 'summary' | 'attachments' | 'unit' | 'submittedAt' | 'createdAt' | 'publishedAt' | 'publicPath' | 'state'>): PublishedRecord => {
  const unit = typeof doc.unit === 'object' && doc.unit ? { id: String(doc.unit.id), name: doc.unit.name } : NO_UNIT
  return {
    id: doc.id,
    title: doc.title,
    summary: doc.summary ?? '',
    attachmentNames: (doc.attachments ?? []).flatMap((a) => (typeof a === 'object' && a.filename ? [a.filename] : [])),
    unitId: unit.id,
    unitName: unit.name,
    submittedAt: new Date(doc.submittedAt ?? doc.createdAt),
    publishedAt: doc.publishedAt ? new Date(doc.publishedAt) : null,
    publicUrl: doc.publicPath ? `${publicOrigin()}${doc.publicPath}` : null,
    state: doc.state ?? 'draft',
  }
}

/** The publish requests, as the monitoring report asks about them: counted and listed by the database. */
export function storedRecords(payload: Payload): RecordSource & { each(where: RecordCondition): AsyncIterable<PublishedRecord> } {
  const where = (condition: RecordCondition): Where => toWhere(condition, RECORD_FIELDS)
  const page = async (matching: Where, sort: string | string[], limit: number) =>
    (
      await payload.find({
        collection: 'publish-requests',
        where: matching,
        sort,
        limit,
        depth: 1,
        populate: { units: { name: true }, attachments: { filename: true } },
        select: { title: true, summary: true, attachments: true, unit: true, submittedAt: true, createdAt: true, publishedAt: true, publicPath: true, state: true },
        overrideAccess: true,
        pagination: false,
      })
    ).docs
  return {
    count: async (condition) => (await payload.count({ collection: 'publish-requests', where: where(condition), overrideAccess: true })).totalDocs,
    list: async (condition, limit) => (await page(where(condition), ['submittedAt', 'id'], limit)).map(recordOf),
    async *each(condition) {
      const PAGE = 500
      for (let after = 0; ; ) {
        const docs = await page({ and: [where(condition), { id: { greater_than: after } }] }, 'id', PAGE)
        for (const doc of docs) yield recordOf(doc)
        if (docs.length < PAGE) return
        after = docs[docs.length - 1].id
      }
    },
    async units(condition) {
      const { values } = await payload.findDistinct({ collection: 'publish-requests', field: 'unit', where: where(condition), depth: 1, limit: 1000, overrideAccess: true })
      return values.map(({ unit }) => (typeof unit === 'object' && unit ? { id: String(unit.id), name: unit.name } : NO_UNIT))
    },
  }
}

/** The work groups the report lists: every unit below the agency level, in the order they were created. */
async function reportUnits(payload: Payload) {
  const { docs } = await payload.find({ collection: 'units', where: { kind: { not_equals: 'agency' } }, overrideAccess: true, depth: 0, limit: 0, pagination: false, sort: 'id' })
  return docs.map((u) => ({ id: String(u.id), name: u.name }))
}

export async function buildMonitoringReport(payload: Payload, fiscalYear: number, round: RoundNumber, unitId: string | null): Promise<MonitoringReport> {
  const [units, acks] = await Promise.all([reportUnits(payload), acknowledgementsOf(payload, fiscalYear)])
  return monitoringReport({ fiscalYear, round, units, unitId, acknowledgement: acknowledgementFor(acks, fiscalYear, round, unitId) }, storedRecords(payload))
}

/** The report's full list as CSV, written a page of requests at a time (the PDF lists the first ROWS_PER_UNIT of each unit). */
export async function* monitoringReportCsv(payload: Payload, fiscalYear: number, round: RoundNumber, unitId: string | null): AsyncGenerator<string> {
  const acknowledgement = acknowledgementFor(await acknowledgementsOf(payload, fiscalYear), fiscalYear, round, unitId)
  const source = storedRecords(payload)
  yield CSV_START + csvLine(REPORT_CSV_HEADER)
  for await (const record of source.each(reportScope(fiscalYear, round, unitId))) yield csvLine(reportCsvRow(record, acknowledgement))
}

export async function monitoringReportSpec(payload: Payload, fiscalYear: number, round: RoundNumber, unitId: string | null): Promise<DocumentSpec> {
  const report = await buildMonitoringReport(payload, fiscalYear, round, unitId)
  return reportDocumentBlocks(report, (await agencySettings(payload)).agencyName)
}

/** The dashboard's warnings (SPEC §4): items leaving the site within 7 days, categories not updated, too few webmasters, requests stuck — each asked of the database. */
export async function monitoringWarnings(payload: Payload, now: Date): Promise<Warning[]> {
  const settings = await monitoringSettings(payload)
  const date = (value: string | null | undefined) => (value ? new Date(value) : null)
  const [waiting, expiring, { docs: categories }, webmasters] = await Promise.all([
    payload.find({ collection: 'publish-requests', where: toWhere(waitingTooLongAt(now, settings.waitingDays)), overrideAccess: true, depth: 0, limit: 100, sort: 'stateChangedAt', select: { title: true, state: true, stateChangedAt: true, updatedAt: true } }),
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
    ...waitingTooLong(waiting.docs.map((r) => ({ id: r.id, title: r.title, state: r.state ?? 'draft', enteredStateAt: new Date(r.stateChangedAt ?? r.updatedAt) })), now, settings.waitingDays),
    ...expiringSoon(expiring.docs.map((r) => ({ id: r.id, title: r.title, state: r.state ?? 'draft', publishFrom: date(r.publishFrom), publishUntil: date(r.publishUntil) })), now, 7),
    ...notUpdated(lastUpdated, now, settings.staleMonths),
  ]
}
