/**
 * What the complaint pages read (src/site/pages/complaints.tsx): one complaint by its tracking code, with only what
 * its citizen may see — never the complainant's name or contact, never a note meant for staff — and the records the
 * statistics count, with no content at all.
 */
import { caseFilePathOf, normalizeTrackingCode, type ClosingOutcome, type ComplaintState, type ComplaintTrack } from '@/domain/complaints/complaints'
import type { ComplaintRecord } from '@/domain/complaints/statistics'
import { fiscalYearRange } from '@/domain/thai/calendar'
import { complaintPeriodsOf } from '@/server/settings'
import { payloadInstance } from './content'

export interface TrackedComplaint {
  trackingCode: string
  track: ComplaintTrack
  topic: string
  state: ComplaintState
  outcome: ClosingOutcome | null
  receivedAt: Date
  stateChangedAt: Date
  rating: number | null
  /** The steps the citizen sees, oldest first, with the agency's notes meant for them. */
  steps: { state: ComplaintState; at: Date; note: string | null }[]
  /** The files the agency gave (the information asked for), downloaded by the tracking code. */
  files: { url: string; filename: string; bytes: number }[]
}

/** The complaint a tracking code (as typed) names, or null. */
export async function complaintByCode(typed: string): Promise<TrackedComplaint | null> {
  const code = normalizeTrackingCode(typed)
  if (!code) return null
  const payload = await payloadInstance()
  const { docs } = await payload.find({ collection: 'complaints', where: { trackingCode: { equals: code } }, depth: 0, limit: 1, overrideAccess: true })
  const doc = docs[0]
  if (!doc) return null
  const given = await payload.find({ collection: 'case-files', where: { and: [{ case: { equals: doc.id } }, { from: { equals: 'agency' } }] }, depth: 0, limit: 0, pagination: false, overrideAccess: true, sort: 'createdAt', select: { filename: true, filesize: true } })
  return {
    trackingCode: doc.trackingCode,
    track: doc.track,
    topic: doc.topic,
    state: doc.state,
    outcome: doc.outcome ?? null,
    receivedAt: new Date(doc.receivedAt),
    stateChangedAt: new Date(doc.stateChangedAt),
    rating: doc.rating ?? null,
    steps: (doc.history ?? []).flatMap((row) => (row.state && row.at ? [{ state: row.state, at: new Date(row.at), note: row.public ? (row.note ?? null) : null }] : [])),
    files: given.docs.map((file) => ({ url: caseFilePathOf(doc.trackingCode, file.id), filename: file.filename ?? '', bytes: file.filesize ?? 0 })),
  }
}

/** The complaints received in a fiscal year, as the statistics count them. */
export async function complaintRecords(fiscalYear: number): Promise<ComplaintRecord[]> {
  const payload = await payloadInstance()
  const { start, end } = fiscalYearRange(fiscalYear)
  const { docs } = await payload.find({
    collection: 'complaints',
    where: { and: [{ receivedAt: { greater_than_equal: start.toISOString() } }, { receivedAt: { less_than: end.toISOString() } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { track: true, receivedAt: true, closedAt: true, outcome: true },
  })
  return docs.map((doc) => ({ track: doc.track, receivedAt: new Date(doc.receivedAt), closedAt: doc.closedAt ? new Date(doc.closedAt) : null, outcome: doc.outcome ?? null }))
}

/** The handling periods the pages promise (the settings). */
export const complaintPeriods = async () => complaintPeriodsOf(await payloadInstance())
