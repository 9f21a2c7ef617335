import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, FieldHook, Payload, PayloadRequest } from 'payload'
import { changedFields, decide, describeChanges } from '@/domain/workflow'
import { normalizeTag } from '@/domain/compliance'
import type { Category, PublishRequest, User } from '@/payload-types'
import { actorOf, idOf, staff } from '@/access/roles'
import { badRequest } from '@/server/errors'
import { policyRefusal } from '@/domain/files'
import { categoryPolicy, filePolicyOf } from '@/server/settings'
import { publicOrigin } from '@/server/environment'
import { runWhenCommitted } from '@/server/effects'
import { categoryOf, encodeUnitPath, factsOf, unitPathOf } from './facts'
import { applyAction } from './transition'

/** The signed-in person as the workflow and the history name them. */
export const personOf = (user: User) => ({ ...actorOf(user), name: user.name || user.email })

/**
 * Attachments added to a request must be the person's own uploads (or already on the version it revises), and
 * every attachment must be of a type and size its category allows (a category may have rules of its own).
 */
export async function checkAttachmentsOf(payload: Payload, req: PayloadRequest, request: { attachments?: unknown; category?: number | Category | null }, user: User, before: unknown): Promise<void> {
  const ids = Array.isArray(request.attachments) ? request.attachments.map((a) => idOf(a)!) : []
  if (ids.length === 0) return
  const already = new Set(Array.isArray(before) ? before.map((a) => idOf(a)) : [])
  const { docs } = await payload.find({ collection: 'attachments', where: { id: { in: ids } }, overrideAccess: true, depth: 0, limit: ids.length, pagination: false, req, select: { filename: true, filesize: true, uploadedBy: true } })
  const foreign = ids.filter((id) => !already.has(id) && !docs.some((d) => String(d.id) === id && idOf(d.uploadedBy) === String(user.id)))
  if (foreign.length) throw badRequest(`ไม่พบไฟล์แนบหมายเลข ${foreign.join(', ')} ที่ท่านอัปโหลด`)
  const categoryId = idOf(request.category)
  if (!categoryId) return
  const category = await categoryOf(payload, { category: Number(categoryId) }, req)
  const policy = categoryPolicy(category, await filePolicyOf(payload, req))
  const refusals = docs.map((d) => policyRefusal({ filename: d.filename ?? '', size: d.filesize ?? 0 }, policy, `ในหมวด “${category.title}”`)).filter(Boolean)
  if (refusals.length) throw badRequest(refusals.map((r) => r!.message).join(' '))
}

/** Tags in the one form indicators match them (src/domain/compliance/evidence.ts normalizeTag), once each. */
const tidyTags = (tags: unknown): string[] | undefined => (Array.isArray(tags) ? [...new Set(tags.map((t) => normalizeTag(String(t))).filter(Boolean))] : undefined)

/**
 * A new request (แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์) is saved as a draft of the person who files it, in
 * the unit tree of its requester: themselves, or the data owner they file it for (000 §2.1, 002 §2.1.1), whose
 * name, position and unit are then required. Its endorsement flag starts from its category (001 §1). An edit
 * is one the rules allow (the `edit` rows), recorded in the history with what changed.
 */
export const startOrEditRequest: CollectionBeforeChangeHook<PublishRequest> = async ({ operation, data, req, originalDoc, context }) => {
  if (context.workflowTransition) return data
  const user = staff(req)
  if (!user) throw badRequest('กรุณาเข้าสู่ระบบ')
  await checkAttachmentsOf(req.payload, req, { attachments: data.attachments ?? originalDoc?.attachments, category: data.category ?? originalDoc?.category }, user, originalDoc?.attachments)
  const tags = tidyTags(data.tags)
  const onBehalf = operation === 'create' ? !!data.onBehalf : !!(data.onBehalf ?? originalDoc?.onBehalf)
  const requester = onBehalf
    ? { ...originalDoc?.requester, ...data.requester }
    : { name: user.name, position: user.position ?? null, unit: idOf(user.unit) ? Number(idOf(user.unit)) : null, phone: user.phone ?? null, email: user.email }
  const unitId = idOf(requester.unit)
  const unitChanged = operation === 'create' || unitId !== idOf(originalDoc?.unit)
  const placement = unitChanged ? { unit: unitId ? Number(unitId) : null, unitPath: encodeUnitPath(await unitPathOf(req.payload, unitId, req)) } : {}
  if (operation === 'create') {
    const category = await categoryOf(req.payload, { category: data.category! }, req)
    return { ...data, ...(tags && { tags }), onBehalf, requester, ...placement, owner: user.id, state: 'draft', stateChangedAt: new Date().toISOString(), verbalApprovalPending: false, needsEndorsement: !!category.sensitive || !!data.needsEndorsement, history: [] }
  }
  const original = originalDoc!
  const decision = decide('edit', personOf(user), await factsOf(req.payload, original, req))
  if (!decision.ok) throw badRequest(decision.message)
  const changed = changedFields(original, { ...original, ...data })
  const history = changed.length ? [...(original.history ?? []), { action: 'edit' as const, by: user.name || user.email, byUser: user.id, role: decision.role, changes: describeChanges(changed), at: new Date().toISOString() }] : original.history
  return { ...data, ...(tags && { tags }), onBehalf, requester, ...placement, history }
}

/** Unless it was saved as a draft, a new request is submitted at once: the `submit` transition, in the same transaction. */
export const submitUnlessDraft: CollectionAfterChangeHook<PublishRequest> = async ({ operation, doc, data, req, context }) => {
  if (operation !== 'create' || context.workflowTransition || data.saveAsDraft) return doc
  const user = staff(req)!
  const applied = await applyAction(req, doc.id, personOf(user), 'submit', { reason: doc.onBehalf ? `ยื่นแทน ${doc.requester?.name ?? ''}`.trim() : null })
  if (!applied?.ok) throw badRequest(applied ? applied.message : 'ไม่พบคำขอ')
  runWhenCommitted(req.payload, applied.event)
  return applied.doc
}

/** publicUrl: the item's address on the public site, once published (a superseded version points at the item's address too). */
export const publicUrlOf: FieldHook<PublishRequest> = ({ siblingData }) =>
  (siblingData?.state === 'published' || siblingData?.state === 'superseded') && siblingData.publicPath ? `${publicOrigin()}${siblingData.publicPath}` : null

