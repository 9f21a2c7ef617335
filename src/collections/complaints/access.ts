/**
 * Who reads a complaint: the people designated for its track (a user's หน้าที่รับเรื่องร้องเรียน) — the only ones
 * for corruption complaints, not every head or webmaster — and, for a general complaint or a request for information
 * passed to a unit, the staff of that unit and the heads above it. Nobody else, and never anyone without signing in: the citizen follows their
 * own complaint by its tracking code on the public site.
 */
import type { Access, Where } from 'payload'
import { COMPLAINT_TRACKS, passesToUnits, type ComplaintActor, type ComplaintTrack } from '@/domain/complaints/complaints'
import type { Complaint, User } from '@/payload-types'
import { idOf, staff } from '@/access/roles'

export const dutiesOf = (user: Pick<User, 'complaintDuties'> | null): ComplaintTrack[] => user?.complaintDuties ?? []

export function readableComplaints(user: User | null): boolean | Where {
  if (!user) return false
  const unit = idOf(user.unit)
  const duties = dutiesOf(user)
  const clauses: Where[] = []
  if (duties.length) clauses.push({ track: { in: duties } })
  if (unit) clauses.push({ and: [{ track: { in: COMPLAINT_TRACKS.filter(passesToUnits) } }, { unitPath: { contains: `/${unit}/` } }] })
  return clauses.length ? { or: clauses } : false
}

export const canReadComplaint: Access = ({ req }) => readableComplaints(staff(req))

/** How a signed-in person stands to a complaint: designated for its track, staff of the unit it was passed to, or neither. */
export function actorFor(user: User, complaint: Pick<Complaint, 'track' | 'unitPath'>): Exclude<ComplaintActor, 'citizen'> | null {
  if (dutiesOf(user).includes(complaint.track)) return 'officer'
  const unit = idOf(user.unit)
  if (passesToUnits(complaint.track) && unit && complaint.unitPath?.includes(`/${unit}/`)) return 'unit'
  return null
}
