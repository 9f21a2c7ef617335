import { type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type FieldHook } from 'payload'
import { badRequest } from '@/server/errors'
import { entryState } from '@/domain/workflow'
import { actorOf, idOf, type StaffUser } from '@/access/roles'
import { publicOrigin } from '@/server/environment'
import { encodeUnitPath, unitPathOf } from './facts'
import { tellPeople } from './transition'

/**
 * A new request (แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์): its owner is whoever submits it, its place in the
 * unit tree is the owner's unit, its first state comes from the workflow, its history starts with "submit".
 * Its attachments must be the owner's own uploads.
 */
export const startRequest: CollectionBeforeChangeHook = async ({ operation, data, req, originalDoc, context }) => {
  if (context.workflowTransition) return data
  const user = req.user as unknown as StaffUser
  await checkAttachmentsBelongTo(req.payload, data.attachments, user, originalDoc?.attachments)
  if (operation !== 'create') return data
  const actor = actorOf(user)
  const now = new Date().toISOString()
  return {
    ...data,
    owner: user.id,
    unit: actor.unitId ? Number(actor.unitId) || actor.unitId : null,
    unitPath: encodeUnitPath(await unitPathOf(req.payload, actor.unitId ?? null)),
    state: entryState({ emergency: !!data.emergency }),
    stateChangedAt: now,
    verbalApprovalPending: false,
    history: [{ action: 'submit', by: user.name ?? user.email, byUser: user.id, role: user.role, reason: null, at: now }],
  }
}

async function checkAttachmentsBelongTo(payload: import('payload').Payload, attachments: unknown, user: StaffUser, before: unknown) {
  const ids = Array.isArray(attachments) ? attachments.map((a) => idOf(a as number)!) : []
  const already = new Set(Array.isArray(before) ? before.map((a) => idOf(a as number)) : [])
  const added = ids.filter((id) => !already.has(id))
  if (added.length === 0) return
  const { docs } = await payload.find({ collection: 'attachments', where: { id: { in: added } }, overrideAccess: true, depth: 0, limit: added.length, pagination: false })
  const foreign = added.filter((id) => !docs.some((d) => String(d.id) === id && idOf(d.uploadedBy as number) === String(user.id)))
  if (foreign.length) throw badRequest(`ไม่พบไฟล์แนบหมายเลข ${foreign.join(', ')} ที่ท่านอัปโหลด`)
}

/** The next person in the chain hears that a new request waits for them. */
export const announceNewRequest: CollectionAfterChangeHook = async ({ operation, doc, req }) => {
  if (operation === 'create') await tellPeople(req.payload, doc, 'submit', doc.state, null, '', req)
  return doc
}

/** publicUrl: the item's address on the public site, once published. */
export const publicUrlOf: FieldHook = ({ siblingData }) =>
  siblingData?.state === 'published' && siblingData.publicPath ? `${publicOrigin()}${siblingData.publicPath}` : null
