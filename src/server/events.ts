/**
 * Events and what must follow them, written in the transaction of the change itself (the transactional outbox):
 * an event row and one `effects` row per thing to do once it has committed — drop the public pages, leave a
 * notice, send an e-mail, read a file's text (run by src/server/effects.ts).
 */
import type { PayloadRequest } from 'payload'
import type { Event } from '@/payload-types'
import type { EffectKind } from './effect-kinds'
import { runWhenCommitted } from './effects'

export interface EffectPlan {
  kind: EffectKind
  /** What it is, in Thai, for the webmasters' list of what failed. */
  description: string
  /** Everything the effect needs, decided now: the message as written, the recipient, the file. */
  input: Record<string, unknown>
}

export const PUBLIC_SITE: EffectPlan = { kind: 'public-site', description: 'ปรับปรุงหน้าเว็บไซต์สาธารณะ', input: {} }

export async function recordEvent(req: PayloadRequest, event: Pick<Event, 'kind' | 'summary' | 'request'>, effects: readonly EffectPlan[]): Promise<number> {
  const { payload } = req
  const doc = await payload.create({ collection: 'events', data: event, req, overrideAccess: true, depth: 0 })
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
  (summary: string) =>
  async <T>({ req, doc }: { req: PayloadRequest; doc: T }): Promise<T> => {
    runWhenCommitted(req.payload, await recordEvent(req, { kind: 'public-content', summary }, [PUBLIC_SITE]))
    return doc
  }
