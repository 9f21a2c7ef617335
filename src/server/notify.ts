/**
 * Tell people something outside a workflow action (a report acknowledged, a reminder, a job that failed): an
 * event whose effects are a notice in the app and the same text by e-mail to each person, run once it is
 * committed — the same way, with the same retries, as the workflow's own notices.
 */
import type { Payload, PayloadRequest, Where } from 'payload'
import type { Message } from '@/domain/workflow'
import type { User } from '@/payload-types'
import { inTransaction } from './database'
import { recordEvent, type EffectPlan } from './events'
import { runEffects } from './effects'

export interface Notice extends Message {
  link?: string | null
  request?: number | null
}

/** The notice and the e-mail for one person. */
export const noticeTo = (user: Pick<User, 'id' | 'name' | 'email'>, notice: Notice & { awaits?: string }): EffectPlan[] => [
  { kind: 'notice', description: `แจ้ง ${user.name}: ${notice.title}`, input: { recipient: user.id, ...notice } },
  { kind: 'mail', description: `อีเมลถึง ${user.email}: ${notice.title}`, input: { to: user.email, subject: `[Khaosan] ${notice.title}`, text: notice.message } },
]

/** Everyone active matching `recipients` is told; in `req`'s transaction when given, run after it commits. */
export async function notify(payload: Payload, recipients: Where, notice: Notice): Promise<void> {
  const event = await inTransaction(payload, async (req: PayloadRequest) => {
    const { docs } = await payload.find({ collection: 'users', where: { and: [recipients, { active: { not_equals: false } }] }, overrideAccess: true, depth: 0, limit: 0, pagination: false, req })
    return recordEvent(req, { kind: 'notice', summary: notice.title }, docs.flatMap((user) => noticeTo(user, notice)))
  })
  await runEffects(payload, { event })
}
