/**
 * E-mail alerts to subscribers (การแจ้งเตือนทางอีเมล): what is published in a topic someone subscribed to — an item
 * of the workflow, an answer on the Q&A board — is told to them once it has committed: an `alerts` effect, written
 * with the event, fans out in its own transaction into one `mail` effect per immediate subscriber (each with its
 * one-click unsubscribe headers, RFC 8058) and marks itself done, so a crash sends nobody an alert twice. Daily
 * subscribers get one digest a day (the job below) of what became public since their last one.
 */
import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import { ALERT_PAGES, ALERT_TOPIC_NAMES, alertTopicFor, digestMail, alertMail, isDigestDue, topicsOfItem, unsubscribeHeaders, type AlertTopic } from '@/domain/alerts/alerts'
import { onPublicSiteAt } from '@/domain/workflow'
import type { Effect, PublishRequest, Subscription } from '@/payload-types'
import { toWhere } from './conditions'
import { inTransaction } from './database'
import type { EffectPlan } from './events'
import { publicOrigin } from './environment'
import { categoryOf } from '@/collections/publish-requests/facts'
import { countForEachAgency } from './agencies'

/** What one alert is about, decided when its event is written. */
interface AlertInput {
  title: string
  summary: string
  url: string
  topics: AlertTopic[]
}

const alertsEffect = (alert: AlertInput): EffectPlan[] =>
  alert.topics.length ? [{ kind: 'alerts', description: `แจ้งผู้รับข่าวสารทางอีเมล: ${alert.title}`, input: { ...alert } }] : []

/** An answer on the Q&A board, for those subscribed to its answers. */
export const questionAlerts = (answer: Omit<AlertInput, 'topics'>): EffectPlan[] => alertsEffect({ ...answer, topics: ['questions'] })

/** An item that has just become public (not a revision of one already public), for those subscribed to its topics. */
export async function publicationAlerts(payload: Payload, req: PayloadRequest, item: PublishRequest, now: Date): Promise<EffectPlan[]> {
  if (!item.publicUrl || new Date(item.publishFrom ?? now) > now) return [] // ahead of its date: the daily digest carries it once it is public
  const category = await categoryOf(payload, item, req)
  return alertsEffect({ title: item.title, summary: item.summary ?? '', url: item.publicUrl, topics: topicsOfItem({ category: category.code, tags: item.tags ?? [] }) })
}

/** A subscription's own links: the page to manage it, and the one-click unsubscribe address. */
export const subscriptionLinks = (token: string) => ({ manage: `${publicOrigin()}${ALERT_PAGES.manage(token)}`, unsubscribe: `${publicOrigin()}/api/subscriptions/unsubscribe/${token}` })

const mailTo = (subscription: Subscription, mail: { subject: string; text: string }): EffectPlan => ({
  kind: 'mail',
  description: `อีเมลแจ้งข่าวสารถึงผู้รับหมายเลข ${subscription.id}: ${mail.subject}`,
  input: { to: subscription.email, ...mail, headers: unsubscribeHeaders(subscriptionLinks(subscription.token).unsubscribe) },
})

const readAlert = (input: Effect['input']): AlertInput => {
  const value = (input ?? {}) as Record<string, unknown>
  return {
    title: String(value.title ?? ''),
    summary: String(value.summary ?? ''),
    url: String(value.url ?? ''),
    topics: (Array.isArray(value.topics) ? value.topics : []).filter((t): t is AlertTopic => (ALERT_TOPIC_NAMES as string[]).includes(t)),
  }
}

/** The `alerts` effect: one mail effect per active immediate subscriber of any of its topics, and itself marked done, in one transaction. */
export async function fanOutAlerts(payload: Payload, effect: Effect, done: Partial<Effect>): Promise<void> {
  const alert = readAlert(effect.input)
  await inTransaction(payload, async (req) => {
    const { docs } = await payload.find({
      collection: 'subscriptions',
      where: { and: [{ state: { equals: 'active' } }, { frequency: { equals: 'immediate' } }, { topics: { in: alert.topics } }] },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const subscription of docs) {
      const topic = alertTopicFor(alert.topics, subscription.topics ?? []) ?? alert.topics[0]
      const plan = mailTo(subscription, alertMail({ ...alert, topic }, subscriptionLinks(subscription.token)))
      await payload.create({ collection: 'effects', data: { event: typeof effect.event === 'object' ? effect.event.id : effect.event, ...plan, status: 'pending', attempts: 0, nextAttemptAt: new Date().toISOString() }, overrideAccess: true, depth: 0, req })
    }
    await payload.update({ collection: 'effects', id: effect.id, data: done, overrideAccess: true, depth: 0, req })
  })
}

/** Each daily subscriber whose digest is due gets what became public in their topics since the last one (or the day before). */
export async function sendDigests(payload: Payload, now = new Date()): Promise<number> {
  const { docs } = await payload.find({ collection: 'subscriptions', where: { and: [{ state: { equals: 'active' } }, { frequency: { equals: 'daily' } }] }, depth: 0, limit: 0, pagination: false, overrideAccess: true })
  let sent = 0
  for (const subscription of docs.filter((s) => isDigestDue(s.lastDigestAt ? new Date(s.lastDigestAt) : null, now))) {
    const since = new Date(subscription.lastDigestAt ?? now.getTime() - 24 * 3600_000)
    const { docs: items } = await payload.find({
      collection: 'publish-requests',
      where: { and: [toWhere(onPublicSiteAt(now)), { publishedAt: { greater_than: since.toISOString() } }] },
      depth: 1,
      limit: 200,
      pagination: false,
      overrideAccess: true,
      select: { title: true, publicUrl: true, category: true, tags: true },
    })
    const listed = items.flatMap((item) => {
      const code = typeof item.category === 'object' ? item.category?.code : undefined
      const topic = code ? alertTopicFor(topicsOfItem({ category: code, tags: item.tags ?? [] }), subscription.topics ?? []) : null
      return topic && item.publicUrl ? [{ title: item.title, url: item.publicUrl, topic }] : []
    })
    const mail = digestMail(listed, subscriptionLinks(subscription.token), now)
    await inTransaction(payload, async (req) => {
      if (mail) {
        const event = await payload.create({ collection: 'events', data: { kind: 'subscription', summary: `สรุปข่าวสารรายวันถึงผู้รับหมายเลข ${subscription.id}` }, overrideAccess: true, depth: 0, req })
        await payload.create({ collection: 'effects', data: { event: event.id, ...mailTo(subscription, mail), status: 'pending', attempts: 0, nextAttemptAt: now.toISOString() }, overrideAccess: true, depth: 0, req })
      }
      await payload.update({ collection: 'subscriptions', id: subscription.id, data: { lastDigestAt: now.toISOString() }, overrideAccess: true, depth: 0, req })
    })
    if (mail) sent++
  }
  return sent
}

export const sendAlertDigests: TaskConfig<'sendAlertDigests'> = {
  slug: 'sendAlertDigests',
  label: 'ส่งสรุปข่าวสารรายวันทางอีเมล',
  retries: 0,
  schedule: [{ cron: '*/15 * * * *', queue: 'minutely' }],
  outputSchema: [{ name: 'sent', type: 'number' }],
  handler: async ({ req }) => ({ output: { sent: await countForEachAgency(req.payload, () => sendDigests(req.payload)) } }),
}
