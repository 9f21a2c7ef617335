/**
 * Who is told what after a workflow action, as effects to run once it commits (src/server/events.ts): the owner
 * (and the requester an item was filed for, by e-mail) hears the outcome; whoever may take the step the request
 * now waits for is asked to act (the domain decides who may: canTakeStep). Notices that asked someone to take a
 * step the request no longer waits for are marked done, in the action's own transaction.
 */
import type { Payload, PayloadRequest } from 'payload'
import { awaitedSteps, canTakeStep, ownerMessage, waitingMessage, type Allowed, type Message, type RequestFacts } from '@/domain/workflow'
import type { PublishRequest } from '@/payload-types'
import { actorOf, idOf } from '@/access/roles'
import { publicOrigin } from '@/server/environment'
import type { EffectPlan } from '@/server/events'
import { noticeTo } from '@/server/notify'

export const requestAdminUrl = (id: number | string): string => `${publicOrigin()}/admin/collections/publish-requests/${id}`

const mailTo = (to: string, message: Message): EffectPlan => ({ kind: 'mail', description: `อีเมลถึง ${to}: ${message.title}`, input: { to, subject: `[Khaosan] ${message.title}`, text: message.message } })

/** The keys of what a request waits for that this action closed, and those it opened. */
export function stepsChanged(before: RequestFacts | null, after: RequestFacts): { closed: string[]; opened: string[] } {
  const was = before ? awaitedSteps(before) : []
  const now = awaitedSteps(after)
  const moved = before?.state !== after.state
  return { closed: moved ? was : was.filter((key) => !now.includes(key)), opened: moved ? now : now.filter((key) => !was.includes(key)) }
}

export async function closeWaitingNotices(payload: Payload, req: PayloadRequest, requestId: number, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return
  await payload.update({
    collection: 'notifications',
    where: { and: [{ request: { equals: requestId } }, { awaits: { in: [...keys] } }, { done: { not_equals: true } }] },
    data: { done: true, doneAt: new Date().toISOString() },
    overrideAccess: true,
    depth: 0,
    req,
  })
}

export async function noticesFor(payload: Payload, req: PayloadRequest, doc: PublishRequest, decision: Pick<Allowed, 'action' | 'reason'>, after: RequestFacts, opened: readonly string[]): Promise<EffectPlan[]> {
  const publicUrl = doc.publicPath ? `${publicOrigin()}${doc.publicPath}` : null
  const about = { title: doc.title, reason: decision.reason, publicUrl, requestUrl: requestAdminUrl(doc.id) }
  const plans: EffectPlan[] = []
  const outcome = ownerMessage(decision.action, about)
  if (outcome) {
    const owner = await payload.findByID({ collection: 'users', id: idOf(doc.owner)!, depth: 0, overrideAccess: true, disableErrors: true, req })
    const link = decision.action === 'publish' && publicUrl ? publicUrl : about.requestUrl
    if (owner && owner.active !== false) plans.push(...noticeTo(owner, { ...outcome, link, request: doc.id }))
    const requesterEmail = doc.onBehalf ? doc.requester?.email?.trim() : null
    if (requesterEmail && requesterEmail !== owner?.email) plans.push(mailTo(requesterEmail, outcome))
  }
  if (opened.length) {
    const { docs: staff } = await payload.find({ collection: 'users', where: { active: { not_equals: false } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, req })
    for (const key of opened) {
      const message = waitingMessage(key, about)
      for (const user of staff.filter((u) => canTakeStep(actorOf(u), after, key))) plans.push(...noticeTo(user, { ...message, link: about.requestUrl, request: doc.id, awaits: key }))
    }
  }
  return plans
}
