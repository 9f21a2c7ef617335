/**
 * What citizens sent that waits for this person (เรื่องจากประชาชนที่รอท่าน), beside the publish requests: the
 * complaints and requests for information whose next step is theirs (src/domain/complaints: waitsFor), with their due
 * dates; for the webmasters, the questions and hearing comments to moderate; for a unit's staff, the e-forms sent to
 * it and not yet opened.
 */
import type { Payload } from 'payload'
import { dueAt, isOverdue, waitsFor, type ComplaintTrack } from '@/domain/complaints/complaints'
import type { User } from '@/payload-types'
import { idOf } from '@/access/roles'
import { actorFor, readableComplaints } from '@/collections/complaints/access'
import { readableSubmissions } from '@/collections/forms/access'
import { complaintPeriodsOf } from './settings'

export interface WaitingCase {
  id: number
  trackingCode: string
  track: ComplaintTrack
  /** Not for a corruption complaint: the list does not read one, opening it does (and is recorded). */
  topic: string | null
  due: Date | null
  overdue: boolean
}

export interface CitizenWork {
  cases: WaitingCase[]
  /** Questions waiting for an answer, comments waiting to be shown or flagged for review (webmasters and admins). */
  questions: number
  comments: number
  /** E-forms sent to the person's units and not yet opened. */
  submissions: number
}

const LIMIT = 200

export async function citizenWorkOf(payload: Payload, user: User): Promise<CitizenWork> {
  const readable = readableComplaints(user)
  const now = new Date()
  const [periods, open] = await Promise.all([
    complaintPeriodsOf(payload),
    readable === false
      ? { docs: [] }
      : payload.find({
          collection: 'complaints',
          where: { and: [{ state: { not_equals: 'closed' } }, ...(readable === true ? [] : [readable])] },
          sort: 'stateChangedAt',
          depth: 0,
          limit: LIMIT,
          overrideAccess: true,
          select: { trackingCode: true, track: true, topic: true, state: true, unit: true, unitPath: true, receivedAt: true, stateChangedAt: true },
        }),
  ])
  const cases = open.docs.flatMap((doc) => {
    const actor = actorFor(user, doc)
    const facts = { track: doc.track, state: doc.state, receivedAt: new Date(doc.receivedAt), stateChangedAt: new Date(doc.stateChangedAt), unit: idOf(doc.unit) === null ? null : Number(idOf(doc.unit)) }
    if (!actor || !waitsFor(facts, actor)) return []
    return [{ id: doc.id, trackingCode: doc.trackingCode, track: doc.track, topic: doc.track === 'corruption' ? null : doc.topic, due: dueAt(facts, periods), overdue: isOverdue(facts, periods, now) }]
  })
  const moderates = user.role === 'webmaster' || user.role === 'admin'
  const submissionsWhere = readableSubmissions(user)
  const [questions, comments, submissions] = await Promise.all([
    moderates ? payload.count({ collection: 'questions', where: { state: { equals: 'pending' } }, overrideAccess: true }) : { totalDocs: 0 },
    moderates ? payload.count({ collection: 'hearing-comments', where: { state: { in: ['pending', 'flagged'] } }, overrideAccess: true }) : { totalDocs: 0 },
    submissionsWhere === false ? { totalDocs: 0 } : payload.count({ collection: 'form-submissions', where: { and: [{ state: { equals: 'new' } }, ...(submissionsWhere === true ? [] : [submissionsWhere])] }, overrideAccess: true }),
  ])
  return { cases: cases.sort((a, b) => (a.due?.getTime() ?? Infinity) - (b.due?.getTime() ?? Infinity)), questions: questions.totalDocs, comments: comments.totalDocs, submissions: submissions.totalDocs }
}
