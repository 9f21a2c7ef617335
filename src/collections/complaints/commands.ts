/**
 * The complaint commands, as the publication workflow's: decide with the domain's table, write the change, its
 * history row and an event with what must follow (a notice and e-mail to the staff, an e-mail to the citizen) in
 * one transaction, and run what follows once it has committed.
 */
import type { Payload, PayloadRequest, Where } from 'payload'
import { idOf } from '@/access/roles'
import {
  COMPLAINT_STATE_LABELS,
  TRACK_LABELS,
  complaintRefusal,
  newTrackingCode,
  ruleOf,
  statusPathOf,
  type ComplaintActor,
  type ComplaintRefusal,
  type ComplaintState,
} from '@/domain/complaints/complaints'
import type { ComplaintInput } from '@/domain/complaints/form'
import type { Complaint, User } from '@/payload-types'
import { inTransaction } from '@/server/database'
import { recordEvent, type EffectPlan } from '@/server/events'
import { runWhenCommitted } from '@/server/effects'
import { publicOrigin } from '@/server/environment'
import { noticeTo } from '@/server/notify'
import { complaintPeriodsOf } from '@/server/settings'
import { encodeUnitPath, unitPathOf } from '@/collections/publish-requests/facts'
import { storeCaseFiles, type ArrivedCaseFile } from './files'

const adminLink = (id: number) => `${publicOrigin()}/admin/collections/complaints/${id}`
const statusLink = (code: string) => `${publicOrigin()}${statusPathOf(code)}`

const mailToCitizen = (complaint: Pick<Complaint, 'email' | 'trackingCode'>, subject: string, text: string): EffectPlan[] =>
  complaint.email ? [{ kind: 'mail', description: `อีเมลถึงผู้ร้อง (${complaint.trackingCode}): ${subject}`, input: { to: complaint.email, subject, text } }] : []

async function staffToTell(payload: Payload, req: PayloadRequest, complaint: Pick<Complaint, 'track' | 'unit'>, toUnit: boolean): Promise<User[]> {
  const where: Where = toUnit && complaint.unit ? { unit: { equals: idOf(complaint.unit) } } : { complaintDuties: { in: [complaint.track] } }
  const { docs } = await payload.find({ collection: 'users', where: { and: [where, { active: { not_equals: false } }] }, overrideAccess: true, depth: 0, limit: 0, pagination: false, req })
  return docs
}

/** Files a complaint (with the citizen's checked files): 201's tracking code, told to the officers of its track and, when an address was given, to the citizen. */
export async function fileComplaint(payload: Payload, input: ComplaintInput, files: readonly ArrivedCaseFile[] = [], now = new Date()): Promise<Complaint> {
  let event = 0
  const complaint = await inTransaction(payload, async (req) => {
    const at = now.toISOString()
    const doc = await payload.create({
      collection: 'complaints',
      data: { ...input, trackingCode: newTrackingCode(input.track, now), state: 'received', consentAt: at, receivedAt: at, stateChangedAt: at, history: [{ action: 'receive', state: 'received', by: 'ผู้ร้อง', public: true, at }] },
      overrideAccess: true,
      depth: 0,
      req,
    })
    await storeCaseFiles(payload, req, { case: doc.id }, { citizen: true }, files)
    const officers = await staffToTell(payload, req, doc, false)
    const title = `${TRACK_LABELS[doc.track]}ใหม่: ${doc.topic}`
    event = await recordEvent(req, { kind: 'complaint', summary: `รับเรื่อง ${doc.trackingCode}` }, [
      ...officers.flatMap((user) => noticeTo(user, { kind: 'complaint', title, message: `รับเรื่องเมื่อ ${now.toLocaleString('th-TH-u-ca-buddhist', { timeZone: 'Asia/Bangkok' })} รหัส ${doc.trackingCode}`, link: adminLink(doc.id) })),
      ...mailToCitizen(doc, `รับเรื่องของท่านแล้ว รหัสติดตาม ${doc.trackingCode}`, `หน่วยงานได้รับเรื่อง “${doc.topic}” ของท่านแล้ว\nรหัสติดตามเรื่อง: ${doc.trackingCode}\nติดตามสถานะได้ที่ ${statusLink(doc.trackingCode)}`),
    ])
    return doc
  })
  runWhenCommitted(payload, event)
  return complaint
}

export type ActResult = { ok: true; complaint: Complaint } | ({ ok: false } & ComplaintRefusal)

/**
 * One step on a complaint by `actor` (a staff member as officer or unit, or the citizen by the tracking code):
 * refused as the table says, or written with its history row and what follows.
 */
export async function actOnComplaint(
  payload: Payload,
  complaint: Complaint,
  actor: ComplaintActor,
  by: { name: string; user?: number },
  action: string,
  input: { note?: string; unit?: number | null; files?: readonly ArrivedCaseFile[] },
  now = new Date(),
): Promise<ActResult> {
  const periods = await complaintPeriodsOf(payload)
  const facts = { track: complaint.track, state: complaint.state, receivedAt: new Date(complaint.receivedAt), stateChangedAt: new Date(complaint.stateChangedAt), unit: typeof complaint.unit === 'object' ? (complaint.unit?.id ?? null) : (complaint.unit ?? null) }
  const note = input.note?.trim() ?? ''
  const refusal = complaintRefusal(facts, action, actor, periods, now, note)
  if (refusal) return { ok: false, ...refusal }
  const rule = ruleOf(action)!
  if (action === 'assign' && !input.unit) return { ok: false, status: 400, message: 'กรุณาเลือกหน่วยงานที่รับผิดชอบ' }
  const files = input.files ?? []
  if (files.length && !rule.files) return { ok: false, status: 400, message: `“${rule.label}” แนบไฟล์ไม่ได้` }
  let event = 0
  const updated = await inTransaction(payload, async (req) => {
    const at = now.toISOString()
    const placement = action === 'assign' ? { unit: input.unit, unitPath: encodeUnitPath(await unitPathOf(payload, String(input.unit), req)) } : {}
    const doc = await payload.update({
      collection: 'complaints',
      id: complaint.id,
      data: {
        ...placement,
        state: rule.to,
        stateChangedAt: at,
        ...(rule.to === 'closed' ? { closedAt: at, outcome: rule.outcome } : rule.action === 'reopen' ? { closedAt: null, outcome: null } : {}),
        history: [...(complaint.history ?? []), { action: rule.action, state: rule.to, by: by.name, byUser: by.user, note: files.length ? `${note}\n(แนบไฟล์ ${files.length} ไฟล์: ${files.map((file) => file.name).join(', ')})` : note || undefined, public: rule.note.public, at }],
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
    await storeCaseFiles(payload, req, { case: doc.id }, { agency: by.user }, files)
    const state = COMPLAINT_STATE_LABELS[rule.to as ComplaintState]
    const toUnit = action === 'assign'
    const staffTold = toUnit || actor === 'citizen' ? await staffToTell(payload, req, doc, toUnit) : []
    const title = actor === 'citizen' ? `ผู้ร้องขอให้พิจารณาใหม่: ${doc.topic}` : `${rule.label}: ${doc.topic}`
    event = await recordEvent(req, { kind: 'complaint', summary: `${rule.label} ${doc.trackingCode}`, by: by.user ? { id: by.user, name: by.name } : null }, [
      ...staffTold.flatMap((user) => noticeTo(user, { kind: 'complaint', title, message: note || `สถานะ: ${state}`, link: adminLink(doc.id) })),
      ...(rule.note.public && actor !== 'citizen' ? mailToCitizen(doc, `ความคืบหน้าเรื่อง ${doc.trackingCode}: ${state}`, `เรื่อง “${doc.topic}” ของท่าน: ${state}${note ? `\n\n${note}` : ''}\n\nติดตามสถานะได้ที่ ${statusLink(doc.trackingCode)}`) : []),
    ])
    return doc
  })
  runWhenCommitted(payload, event)
  return { ok: true, complaint: updated }
}

/** The citizen's 1–5 rating of how the complaint was handled, once, after it closed. */
export async function rateComplaint(payload: Payload, complaint: Complaint, rating: number): Promise<ActResult> {
  if (complaint.state !== 'closed') return { ok: false, status: 409, message: 'ประเมินความพึงพอใจได้เมื่อยุติเรื่องแล้ว' }
  if (complaint.rating) return { ok: false, status: 409, message: 'ท่านประเมินความพึงพอใจเรื่องนี้แล้ว ขอบคุณค่ะ' }
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) return { ok: false, status: 400, message: 'กรุณาเลือกระดับความพึงพอใจ 1 ถึง 5' }
  const updated = await payload.update({ collection: 'complaints', id: complaint.id, data: { rating }, overrideAccess: true, depth: 0 })
  return { ok: true, complaint: updated }
}
