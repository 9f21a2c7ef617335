/**
 * Monitoring (กลไกการกำกับติดตาม, SPEC §4) against the stored records: the rounds and warnings settings, the
 * executive's acknowledgements, and the บันทึกรายงานผลการเผยแพร่ข้อมูลผ่านเว็บไซต์ built from the workflow records.
 */
import type { Payload } from 'payload'
import { DEFAULT_ROUND_SETTINGS, type Acknowledgement, type ReminderSettings, type RoundNumber, type RoundSettings } from '@/domain/reports/rounds'
import { monitoringReport, reportDocumentBlocks, type MonitoringReport, type PublishedRecord } from '@/domain/reports/monitoring-report'
import type { DocumentSpec } from '@/domain/reports/document-spec'
import { expiringSoon, notUpdated, waitingTooLong, webmasterShortage, type Warning } from '@/domain/reports/warnings'
import { FINAL_STATES, isOnPublicSite, type State } from '@/domain/workflow'
import { idOf } from '@/access/roles'
import { agencySettings } from './settings'
import { publicOrigin } from './environment'

interface StoredMonitoringSettings {
  round6DueDay?: number | null
  round6DueMonth?: string | null
  round12DueDay?: number | null
  round12DueMonth?: string | null
  reminderDaysBefore?: number[] | null
  staleMonths?: number | null
  waitingDays?: number | null
}

export interface MonitoringSettings {
  rounds: RoundSettings
  reminders: ReminderSettings
  staleMonths: number
  waitingDays: number
}

/** The settings global's monitoring group, defaults filled in (002 §4.5: 28 February and 31 July). */
export async function monitoringSettings(payload: Payload): Promise<MonitoringSettings> {
  const stored = ((await agencySettings(payload)) as unknown as { monitoring?: StoredMonitoringSettings }).monitoring ?? {}
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

interface StoredAcknowledgement {
  fiscalYear: number
  round: string
  unit?: number | string | { id: number | string } | null
  byName: string
  at: string
  comment?: string | null
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
  return (docs as unknown as StoredAcknowledgement[]).map((doc) => ({
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

interface StoredRecord {
  id: number | string
  title: string
  summary: string
  state: string
  createdAt: string
  publishedAt?: string | null
  publicPath?: string | null
  unit?: { id: number | string; name: string } | number | null
  attachments?: Array<{ filename?: string | null } | number> | null
  history?: Array<{ action?: string | null; at?: string | null }> | null
}

const NO_UNIT = { id: '-', name: 'ไม่ระบุกลุ่มงาน' }

/** Every publish request as the report's record: submitted when its first "submit" was recorded. */
async function reportRecords(payload: Payload): Promise<PublishedRecord[]> {
  const { docs } = await payload.find({ collection: 'publish-requests', overrideAccess: true, depth: 1, limit: 0, pagination: false, sort: 'createdAt' })
  return (docs as unknown as StoredRecord[]).map((doc) => {
    const unit = typeof doc.unit === 'object' && doc.unit ? { id: String(doc.unit.id), name: doc.unit.name } : NO_UNIT
    const submitted = doc.history?.find((h) => h.action === 'submit')?.at ?? doc.createdAt
    return {
      id: doc.id,
      title: doc.title,
      summary: doc.summary ?? '',
      attachmentNames: (doc.attachments ?? []).flatMap((a) => (typeof a === 'object' && a.filename ? [a.filename] : [])),
      unitId: unit.id,
      unitName: unit.name,
      submittedAt: new Date(submitted),
      publishedAt: doc.publishedAt ? new Date(doc.publishedAt) : null,
      publicUrl: doc.publicPath ? `${publicOrigin()}${doc.publicPath}` : null,
      state: doc.state,
    }
  })
}

/** The work groups the report lists: every unit below the agency level, in the order they were created. */
async function reportUnits(payload: Payload) {
  const { docs } = await payload.find({ collection: 'units', where: { kind: { not_equals: 'agency' } }, overrideAccess: true, depth: 0, limit: 0, pagination: false, sort: 'id' })
  return docs.map((u) => ({ id: String(u.id), name: u.name }))
}

export async function buildMonitoringReport(payload: Payload, fiscalYear: number, round: RoundNumber, unitId: string | null): Promise<MonitoringReport> {
  const [records, units, acks] = await Promise.all([reportRecords(payload), reportUnits(payload), acknowledgementsOf(payload, fiscalYear)])
  return monitoringReport({ fiscalYear, round, records, units, unitId, acknowledgement: acknowledgementFor(acks, fiscalYear, round, unitId) })
}

export async function monitoringReportSpec(payload: Payload, fiscalYear: number, round: RoundNumber, unitId: string | null): Promise<DocumentSpec> {
  const report = await buildMonitoringReport(payload, fiscalYear, round, unitId)
  return reportDocumentBlocks(report, (await agencySettings(payload)).agencyName)
}

/** The dashboard's warnings (SPEC §4): items leaving the site within 7 days, categories not updated, too few webmasters, requests stuck. */
export async function monitoringWarnings(payload: Payload, now: Date): Promise<Warning[]> {
  const settings = await monitoringSettings(payload)
  const [{ docs: requests }, { docs: categories }, webmasters] = await Promise.all([
    payload.find({
      collection: 'publish-requests',
      where: { state: { not_in: FINAL_STATES as State[] } },
      overrideAccess: true,
      depth: 0,
      limit: 0,
      pagination: false,
      select: { title: true, state: true, category: true, publishFrom: true, publishUntil: true, stateChangedAt: true, updatedAt: true },
    }),
    payload.find({ collection: 'categories', overrideAccess: true, depth: 0, limit: 0, pagination: false, sort: 'order' }),
    payload.count({ collection: 'users', where: { and: [{ role: { equals: 'webmaster' } }, { active: { not_equals: false } }] }, overrideAccess: true }),
  ])
  const date = (value: unknown) => (value ? new Date(value as string) : null)
  const onSite = requests.filter((r) => isOnPublicSite({ state: r.state as State, publishFrom: date(r.publishFrom), publishUntil: date(r.publishUntil) }, now))
  const lastUpdated = (categoryId: number | string) =>
    onSite
      .filter((r) => idOf(r.category as number) === String(categoryId))
      .reduce<Date | null>((latest, r) => (latest && latest >= new Date(r.updatedAt) ? latest : new Date(r.updatedAt)), null)
  return [
    ...webmasterShortage(webmasters.totalDocs),
    ...waitingTooLong(
      requests.map((r) => ({ id: r.id, title: r.title, state: r.state as State, enteredStateAt: new Date(r.stateChangedAt ?? r.updatedAt) })),
      now,
      settings.waitingDays,
    ),
    ...expiringSoon(onSite.map((r) => ({ id: r.id, title: r.title, publishUntil: date(r.publishUntil) })), now, 7),
    ...notUpdated(categories.map((c) => ({ code: c.code, title: c.title, lastUpdatedAt: lastUpdated(c.id) })), now, settings.staleMonths),
  ]
}
