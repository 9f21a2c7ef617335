/**
 * Running what follows an event (the `effects` collection) once its transaction has committed: each effect is
 * claimed (so two runners never do it twice), done, and marked done — a notice in the same transaction as its
 * mark, so it is left exactly once; an e-mail is sent and then marked, with a Message-ID of its own so that a
 * copy sent again after a crash between the two is recognisable. A failure is tried again later, doubling the
 * wait; after MAX_ATTEMPTS it stays failed, and webmasters see it (the dashboard, /api/effects) until it is
 * retried. On start, whatever is not done is run: a crash between commit and effects loses nothing.
 */
import type { Payload } from 'payload'
import type { Effect } from '@/payload-types'
import { asSystem, currentAgency } from './agency-context'
import { extractAttachmentText, indexItemFiles } from '@/search/attachment-text'
import { inTransaction, rows, sql, usesPostgresAdapter } from './database'
import { toSql, toWhere, type Sql } from './conditions'
import { all, any, type Condition } from '@/domain/conditions'
import { RUN_AT_COMMIT, type EffectKind } from './effect-kinds'
import { sendMail, type OutgoingMail } from './mailer'
import { fanOutAlerts } from './alerts'
import { sealAuditLog } from './audit-log'
import { tellOtherInstances } from './broadcast'
import { eachAgency, publicSitesChanged } from './agencies'

const LEASE_MS = 120_000
const MAX_ATTEMPTS = 12
const SWEEP_EVERY_MS = 5_000
/** The first wait before trying a failed effect again (doubled each time, at most 6 hours). */
const retryBaseMs = () => Number(process.env.KHAOSAN_EFFECT_RETRY_MS) || 30_000
export const retryDelayMs = (attempts: number): number => Math.min(6 * 3600_000, retryBaseMs() * 2 ** Math.max(0, attempts - 1))

export interface NoticeInput {
  recipient: number
  kind: string
  title: string
  message: string
  link?: string | null
  request?: number | null
  awaits?: string | null
}

/** The effect's stored input, read back field by field (it is JSON in the database). */
const field = (input: Effect['input'], name: string): unknown => (input && typeof input === 'object' && !Array.isArray(input) ? input[name] : undefined)
const text = (input: Effect['input'], name: string): string => String(field(input, name) ?? '')
const optionalNumber = (input: Effect['input'], name: string): number | null => (typeof field(input, name) === 'number' ? Number(field(input, name)) : null)

const noticeOf = (input: Effect['input']): NoticeInput => ({
  recipient: Number(field(input, 'recipient')),
  kind: text(input, 'kind'),
  title: text(input, 'title'),
  message: text(input, 'message'),
  link: field(input, 'link') ? text(input, 'link') : null,
  request: optionalNumber(input, 'request'),
  awaits: field(input, 'awaits') ? text(input, 'awaits') : null,
})

const headersOf = (input: Effect['input']): Record<string, string> | undefined => {
  const headers = field(input, 'headers')
  return headers && typeof headers === 'object' ? Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, String(value)])) : undefined
}

const mailOf = (effect: Effect): OutgoingMail => ({
  to: text(effect.input, 'to'),
  subject: text(effect.input, 'subject'),
  text: text(effect.input, 'text'),
  headers: headersOf(effect.input),
  messageId: `khaosan-effect-${effect.id}`,
})

type Handler = (payload: Payload, effect: Effect) => Promise<void>

const HANDLERS: Record<Exclude<EffectKind, 'notice' | 'alerts'>, Handler> = {
  // What the agency's public site shows changed (run in the agency's context), or which agency answers where.
  'public-site': async (payload, effect) => {
    const agency = field(effect.input, 'everyAgency') === true ? undefined : currentAgency()
    publicSitesChanged(agency)
    await tellOtherInstances(payload, agency)
  },
  mail: async (_payload, effect) => sendMail(mailOf(effect)),
  'extract-text': async (payload, effect) => extractAttachmentText(payload, Number(field(effect.input, 'attachment'))),
  'search-files': async (payload, effect) => indexItemFiles(payload, Number(field(effect.input, 'request'))),
}

/** Takes the effect for this runner if nobody else holds it and it is still to be done. */
async function claim(payload: Payload, id: number, now: Date): Promise<boolean> {
  const claimed = await rows<{ id: number }>(
    payload,
    sql`UPDATE effects SET claimed_until = ${new Date(now.getTime() + LEASE_MS).toISOString()}
        WHERE id = ${id} AND status = 'pending' AND (claimed_until IS NULL OR claimed_until < ${now.toISOString()}) RETURNING id`,
  )
  return claimed.length === 1
}

async function perform(payload: Payload, effect: Effect): Promise<void> {
  const done = { status: 'done' as const, doneAt: new Date().toISOString(), claimedUntil: null, lastError: null }
  try {
    if (effect.kind === 'notice') {
      const notice = noticeOf(effect.input)
      await inTransaction(payload, async (req) => {
        await payload.create({ collection: 'notifications', data: { ...notice, link: notice.link ?? undefined, request: notice.request ?? undefined, awaits: notice.awaits ?? undefined }, req, overrideAccess: true, depth: 0 })
        await payload.update({ collection: 'effects', id: effect.id, data: done, req, overrideAccess: true, depth: 0 })
      })
      return
    }
    if (effect.kind === 'alerts') {
      await fanOutAlerts(payload, effect, done) // its mails are effects of the same event, written with its mark
      runWhenCommitted(payload, Number(effect.event))
      return
    }
    await HANDLERS[effect.kind](payload, effect)
    await payload.update({ collection: 'effects', id: effect.id, data: done, overrideAccess: true, depth: 0 })
  } catch (error) {
    const attempts = (effect.attempts ?? 0) + 1
    payload.logger.warn({ err: error, effect: effect.id, attempts }, `งานต่อเนื่องไม่สำเร็จ: ${effect.description}`)
    await payload.update({
      collection: 'effects',
      id: effect.id,
      data: {
        attempts,
        status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
        nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts)).toISOString(),
        lastError: ((error as Error).message || String(error)).slice(0, 500),
        claimedUntil: null,
      },
      overrideAccess: true,
      depth: 0,
    })
  }
}

type EffectField = 'status' | 'nextAttemptAt' | 'claimedUntil'
const EFFECT_COLUMNS: Record<EffectField, Sql> = { status: sql`status`, nextAttemptAt: sql`next_attempt_at`, claimedUntil: sql`claimed_until` }

/** Still to be done, and held by no runner at `now` (a runner's claim lapses: it may have stopped). */
const unclaimedAt = (now: Date): Condition<EffectField> =>
  all({ field: 'status', op: 'equals', value: 'pending' }, any({ field: 'claimedUntil', op: 'missing' }, { field: 'claimedUntil', op: 'before', at: now }))

/** Unclaimed, and its (next) attempt's time has come. */
const dueAt = (now: Date): Condition<EffectField> => all(unclaimedAt(now), { field: 'nextAttemptAt', op: 'at-or-before', at: now })

/** Runs the effects that are due: of one event (all its pending ones, of the kinds given), or every due one. */
export async function runEffects(payload: Payload, only: { event?: number; kinds?: readonly EffectKind[] } = {}): Promise<number> {
  const now = new Date()
  const { docs } = await payload.find({
    collection: 'effects',
    where: {
      and: [
        toWhere(only.event === undefined ? dueAt(now) : unclaimedAt(now)),
        ...(only.event === undefined ? [] : [{ event: { equals: only.event } }]),
        ...(only.kinds ? [{ kind: { in: [...only.kinds] } }] : []),
      ],
    },
    sort: 'nextAttemptAt',
    limit: 200,
    depth: 0,
    overrideAccess: true,
  })
  // Public pages first: whoever acted should see the change before their notices are written.
  const ordered = [...docs].sort((a, b) => Number(b.kind === 'public-site') - Number(a.kind === 'public-site'))
  let ran = 0
  for (const effect of ordered) {
    if (!(await claim(payload, effect.id, now))) continue
    await perform(payload, effect)
    ran++
  }
  return ran
}

/**
 * For an event written in a transaction someone else commits (a Payload operation's hook), or the mails an effect
 * wrote for its own event: its effects run as soon as the event can be seen from outside that transaction —
 * committed — except those left to the sweep. Nothing runs if it rolls back.
 */
export function runWhenCommitted(payload: Payload, event: number): void {
  const started = Date.now()
  const attempt = async () => {
    const { totalDocs } = await payload.count({ collection: 'events', where: { id: { equals: event } }, overrideAccess: true })
    if (totalDocs > 0) await Promise.all([runEffects(payload, { event, kinds: RUN_AT_COMMIT }), sealAuditLog(payload)])
    else if (Date.now() - started < 10_000) setTimeout(() => void attempt().catch(logFailure(payload)), 20).unref()
  }
  setTimeout(() => void attempt().catch(logFailure(payload)), 0).unref()
}

const logFailure = (payload: Payload) => (error: unknown) => payload.logger.error({ err: error }, 'เรียกงานต่อเนื่องไม่สำเร็จ')

/**
 * The agencies with an effect due or an event not sealed yet, in one query across all of them (the system's read):
 * a sweep of a thousand agencies visits the few with work, not every one. Null on SQLite (one agency, no question).
 */
async function agenciesWithWork(payload: Payload): Promise<number[] | null> {
  if (!usesPostgresAdapter(payload)) return null
  const found = await asSystem(() =>
    rows<{ agency: number }>(
      payload,
      sql`SELECT agency_id AS agency FROM effects WHERE ${toSql(dueAt(new Date()), EFFECT_COLUMNS)} UNION SELECT agency_id FROM events WHERE sequence IS NULL`,
    ),
  )
  return found.map((row) => Number(row.agency))
}

let sweeping = false

/** Every few seconds, and now: whatever is due (left by a crash, or to be tried again). */
export function startEffects(payload: Payload): void {
  const sweep = async () => {
    if (sweeping) return
    sweeping = true
    try {
      // Each agency's in its own context (its notices and its audit log's seals are its), only those with work.
      await eachAgency(
        payload,
        async () => {
          await runEffects(payload)
          await sealAuditLog(payload)
        },
        await agenciesWithWork(payload),
      )
    } catch (error) {
      logFailure(payload)(error)
    } finally {
      sweeping = false
    }
  }
  void sweep()
  setInterval(() => void sweep(), SWEEP_EVERY_MS).unref()
}
