/**
 * Taking a workflow action on a stored publish request: ask the domain, then record the result,
 * open or close its files to the public, and tell the people concerned. The endpoint and the expiry
 * job both come through here.
 */
import type { Payload, PayloadRequest } from 'payload'
import { decide, NEXT_ACTORS, ownerMessage, waitingMessage, type Action, type ActionInput, type Actor, type Decision, type State } from '@/domain/workflow'
import { idOf } from '@/access/roles'
import { publicOrigin } from '@/server/environment'
import { notify } from '@/server/notify'
import { indexPublishedItem, removeFromIndex } from '@/search'
import { publicSiteChanged } from '@/site/public-cache'
import { categoryOf, factsOf, type StoredRequest } from './facts'

export interface ActingPerson extends Actor {
  name: string
}

export type TransitionResult = { ok: true; doc: StoredRequest } | Extract<Decision, { ok: false }>

export const requestAdminUrl = (id: number | string): string => `${publicOrigin()}/admin/collections/publish-requests/${id}`

export async function applyTransition(
  payload: Payload,
  id: number | string,
  person: ActingPerson,
  action: Action | string,
  input: ActionInput,
): Promise<TransitionResult | null> {
  const request = (await payload.findByID({ collection: 'publish-requests', id, depth: 0, overrideAccess: true, disableErrors: true })) as StoredRequest | null
  if (!request) return null
  const decision = decide(action, person, await factsOf(payload, request), input)
  if (!decision.ok) return decision

  const now = new Date()
  const category = await categoryOf(payload, request)
  const publicPath = `/${category.slug}/${request.id}`
  const data: Record<string, unknown> = {
    state: decision.to,
    stateChangedAt: now.toISOString(),
    ...decision.sets,
    history: [
      ...(request.history ?? []),
      { action: decision.action, by: person.name, byUser: Number(person.id) || undefined, role: decision.role, reason: decision.reason, at: now.toISOString() },
    ],
  }
  if (decision.action === 'record-verbal-approval') {
    data.verbalApproval = { ...input.verbalApproval, givenAt: input.verbalApproval?.givenAt?.toISOString(), recordedBy: person.name }
  }
  if (decision.action === 'publish') Object.assign(data, { publishedAt: now.toISOString(), publicPath })

  // Only if nobody moved it meanwhile: the state it was decided from is part of the condition.
  const updated = await payload.update({
    collection: 'publish-requests',
    where: { and: [{ id: { equals: request.id } }, { state: { equals: decision.from } }] },
    data,
    overrideAccess: true,
    depth: 0,
    context: { workflowTransition: true },
  })
  const doc = updated.docs[0] as StoredRequest | undefined
  if (!doc) return { ok: false, status: 409, message: 'คำขอนี้ถูกดำเนินการโดยผู้อื่นไปแล้ว กรุณาโหลดหน้าใหม่' }

  if (decision.from === 'published' || decision.to === 'published') {
    await setAttachmentsPublic(payload, doc, decision.to === 'published')
    await (decision.to === 'published' ? indexPublishedItem : removeFromIndex)(payload, doc.id).catch((err) => payload.logger.error({ err }, 'search index not updated'))
    publicSiteChanged() // the public site's rendered pages are dropped before the person who acted hears back
  }
  await tellPeople(payload, doc, decision.action, decision.to, decision.reason, publicPath)
  return { ok: true, doc }
}

async function setAttachmentsPublic(payload: Payload, doc: StoredRequest, isPublic: boolean) {
  const ids = (doc.attachments ?? []).map((a) => idOf(a)!)
  if (ids.length === 0) return
  await payload.update({ collection: 'attachments', where: { id: { in: ids } }, data: { isPublic }, overrideAccess: true, depth: 0 })
}

export async function tellPeople(payload: Payload, doc: StoredRequest, action: Action, to: State, reason: string | null, publicPath: string, req?: PayloadRequest) {
  const about = { title: doc.title, reason, publicUrl: `${publicOrigin()}${publicPath}`, requestUrl: requestAdminUrl(doc.id) }
  const forOwner = ownerMessage(action, about)
  if (forOwner) await notify(payload, { id: { equals: idOf(doc.owner) } }, { ...forOwner, link: action === 'publish' ? about.publicUrl : about.requestUrl, requestId: doc.id }, req)
  const forNext = waitingMessage(to, about)
  const nextRole = NEXT_ACTORS[to]
  if (forNext && nextRole) await notify(payload, nextActorsWhere(nextRole, doc), { ...forNext, link: about.requestUrl, requestId: doc.id }, req)
}

/** Heads and division heads of units on the request's path; executives and webmasters agency-wide. */
function nextActorsWhere(role: string, doc: StoredRequest) {
  const units = (doc.unitPath ?? '').split('/').filter(Boolean)
  const byRole = { role: { equals: role } }
  return role === 'head' || role === 'division-head' ? { and: [byRole, { unit: { in: units } }] } : byRole
}
