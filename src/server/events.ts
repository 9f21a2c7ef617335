/**
 * Events and what must follow them, written in the transaction of the change itself (the transactional outbox):
 * an event row and one `effects` row per thing to do once it has committed — drop the public pages, leave a
 * notice, send an e-mail, read a file's text (run by src/server/effects.ts).
 */
import type { PayloadRequest } from 'payload'
import type { Event } from '@/payload-types'
import type { EffectKind } from './effect-kinds'
import { CLIENT_ADDRESS_HEADER } from '@/domain/site/rate-limit'
import { personLabel } from '@/domain/logs/audit'
import { sealAuditLog } from './audit-log'
import { inTransaction } from './database'
import { runWhenCommitted } from './effects'

export interface EffectPlan {
  kind: EffectKind
  /** What it is, in Thai, for the webmasters' list of what failed. */
  description: string
  /** Everything the effect needs, decided now: the message as written, the recipient, the file. */
  input: Record<string, unknown>
}

/** The public pages of the agency the change was made in are dropped. */
export const PUBLIC_SITE: EffectPlan = { kind: 'public-site', description: 'ปรับปรุงหน้าเว็บไซต์สาธารณะ', input: {} }
/** Every agency's public pages are dropped, and which agency answers where is read again (the agencies changed). */
export const EVERY_AGENCY_SITE: EffectPlan = { kind: 'public-site', description: 'ปรับปรุงหน้าเว็บไซต์สาธารณะของทุกหน่วยงาน', input: { everyAgency: true } }

/** Who did something: a person's number and name, as a command or a request knows them. */
export interface Acting {
  id: number | string
  name?: string | null
  email?: string | null
}

export type RecordedEvent = Pick<Event, 'kind' | 'summary' | 'request' | 'address'> & { by?: Acting | null }

/**
 * The event and its effects, in `req`'s transaction. Who did it is the signed-in person of `req` unless the command
 * names them (a transaction of its own has no person); the address is the client's, as the front server saw it.
 */
export async function recordEvent(req: PayloadRequest, { by, ...event }: RecordedEvent, effects: readonly EffectPlan[]): Promise<number> {
  const { payload } = req
  const person = by === undefined ? (req.user ?? null) : by
  const actorId = person ? Number(person.id) || null : null
  const data = { ...event, actor: person ? personLabel(person) || null : null, actorId, address: event.address ?? req.headers?.get(CLIENT_ADDRESS_HEADER) ?? null }
  const doc = await payload.create({ collection: 'events', data, req, overrideAccess: true, depth: 0 })
  const now = new Date().toISOString()
  for (const effect of effects) {
    await payload.create({ collection: 'effects', data: { event: doc.id, ...effect, status: 'pending', attempts: 0, nextAttemptAt: now }, req, overrideAccess: true, depth: 0 })
  }
  return doc.id
}

/**
 * The hook of whatever every public page shows (the agency's pages, the settings, the categories, the site's
 * pictures): the pages are dropped once the change is committed, not inside its transaction, so a page rendered
 * meanwhile is not kept with the old content.
 */
export const publicContentChanged =
  (summary: string, effect: EffectPlan = PUBLIC_SITE) =>
  async <T>({ req, doc }: { req: PayloadRequest; doc: T }): Promise<T> => {
    runWhenCommitted(req.payload, await recordEvent(req, { kind: 'public-content', summary }, [effect]))
    return doc
  }

/**
 * An event that is a transaction of its own (a sign-in, a download, an export), recorded and sealed at once; the
 * person and address are those of `req`, the request that did it, unless given.
 */
export async function recordAudit(req: PayloadRequest, event: Omit<RecordedEvent, 'request'>): Promise<void> {
  await inTransaction(req.payload, (tx) => recordEvent(tx, event, []), req)
  await sealAuditLog(req.payload)
}
