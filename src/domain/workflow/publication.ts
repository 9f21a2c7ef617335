/**
 * When a published item is on the public site: published, its publication period begun and not ended.
 */
import type { State } from './states'

export interface PublicationPeriod {
  state: State
  publishFrom?: Date | null
  publishUntil?: Date | null
}

export const isOnPublicSite = ({ state, publishFrom, publishUntil }: PublicationPeriod, now: Date): boolean =>
  state === 'published' && (!publishFrom || publishFrom <= now) && (!publishUntil || now < publishUntil)

/** Published, but its publication period has ended: the expiry job takes it down (000 §2.3). */
export const isDueForExpiry = ({ state, publishUntil }: PublicationPeriod, now: Date): boolean =>
  state === 'published' && !!publishUntil && publishUntil <= now
