/**
 * What "on the public site now" means, once for every reader (listings, item pages, search, sitemap, feeds,
 * files, the expiry job, compliance, the link checker): published, its publication period begun and not
 * ended — publishFrom ≤ now < publishUntil, either end open when not set. Adapters compile these conditions
 * into their queries (src/server/conditions.ts); nothing restates them.
 */
import { all, any, holds, type Condition } from '../conditions'
import type { State } from './states'

/** The fields of a publish request these conditions read. */
export type PublicationField = 'state' | 'publishFrom' | 'publishUntil'

export interface PublicationPeriod {
  state: State | string | null | undefined
  publishFrom?: Date | string | null
  publishUntil?: Date | string | null
}

/** The one state in which an item can be on the public site. */
export const PUBLISHED: State = 'published'

const published: Condition<PublicationField> = { field: 'state', op: 'equals', value: PUBLISHED }

export const onPublicSiteAt = (now: Date): Condition<PublicationField> =>
  all(
    published,
    any({ field: 'publishFrom', op: 'missing' }, { field: 'publishFrom', op: 'at-or-before', at: now }),
    any({ field: 'publishUntil', op: 'missing' }, { field: 'publishUntil', op: 'after', at: now }),
  )

/** Published but not on the public site at `now`: its period has not begun, or has ended and the expiry job has not run yet. */
export const outsidePeriodAt = (now: Date): Condition<PublicationField> =>
  all(published, any({ field: 'publishFrom', op: 'after', at: now }, { field: 'publishUntil', op: 'at-or-before', at: now }))

/** Published, and its period has ended: the expiry job takes it down (000 §2.3, 002 §4.2). */
export const dueForExpiryAt = (now: Date): Condition<PublicationField> => all(published, { field: 'publishUntil', op: 'at-or-before', at: now })

/**
 * Taken off the public site (นำออกจากเว็บไซต์แล้ว): unpublished, expired, or published with its period ended. Its
 * address answers 410 Gone rather than 404: it was there once. An item whose period has not begun is not among
 * them: its address stays 404, so nothing is told of it before its date.
 */
export const takenDownAt = (now: Date): Condition<PublicationField> =>
  any({ field: 'state', op: 'in', values: ['unpublished', 'expired'] satisfies State[] }, dueForExpiryAt(now))

export const isOnPublicSite = (item: PublicationPeriod, now: Date): boolean => holds(onPublicSiteAt(now), item)

export const isDueForExpiry = (item: PublicationPeriod, now: Date): boolean => holds(dueForExpiryAt(now), item)

/**
 * The moment an item published now becomes public: now, or its wanted publication date if that is later. This
 * is the publication date the site shows, not the moment of the click.
 */
export const publicFrom = (now: Date, publishFrom: Date | null | undefined): Date => (publishFrom && publishFrom > now ? publishFrom : now)
