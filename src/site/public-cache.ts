/**
 * The site process's side of the public page cache (the pages themselves are kept by the front server,
 * src/server/front.ts): the generation of public content, the moment the current pages stop being right,
 * what every page reads (kept once per generation), and the page views passed on by the front server.
 * It lives on globalThis: Next's build of the admin and API handlers carries its own copy of this module beside
 * the one the site process loads (src/server/site-process.ts), and both must see one store. No Payload or Next here.
 */
import { ViewCounts } from '@/domain/site/statistics'
import { currentAgency } from '@/server/agency-context'

/** What the front server is told: content changed, or the pages of a generation stop being right at `at`. */
export type PublicSiteEvent = { type: 'changed'; generation: number } | { type: 'valid-until'; at: number; generation: number }

interface PublicSiteStore {
  /** Bumped whenever public content changes; a page rendered under an older generation is not kept. */
  generation: number
  /** When the next publication period begins or ends (or the Bangkok day turns): the generation ends then. */
  expiresAt: number
  /** The generation expiresAt was computed for (-1: not yet). */
  boundaryGeneration: number
  /** Page views counted by the front server and not yet written. */
  views: ViewCounts
  /** Whether the batch writer of page views runs (started when Payload starts). */
  writingViews: boolean
  /** What every page reads (settings, categories, the agency's pages), read once per generation, by agency. */
  shared: Map<string, Promise<unknown>>
  /** Told of every change (the site process passes it on to the front server). */
  listener: (event: PublicSiteEvent) => void
}

declare global {
  /** One store per process, whichever copy of this module asks. */
  var khaosanPublicSite: PublicSiteStore | undefined
}

export function publicStore(): PublicSiteStore {
  return (globalThis.khaosanPublicSite ??= {
    generation: Number(process.env.KHAOSAN_FIRST_GENERATION) || 0,
    expiresAt: Infinity,
    boundaryGeneration: -1,
    views: new ViewCounts(),
    writingViews: false,
    shared: new Map(),
    listener: () => {},
  })
}

export function listenToPublicSite(listener: (event: PublicSiteEvent) => void): void {
  publicStore().listener = listener
}

/** Something public changed (an item was published or taken down, the agency's pages were edited): every page is stale. */
export function publicSiteChanged(): void {
  const store = publicStore()
  store.generation++
  store.expiresAt = Infinity
  store.boundaryGeneration = -1
  store.shared = new Map()
  store.listener({ type: 'changed', generation: store.generation })
}

/** The generation pages rendered now belong to; a publication period that began or ended starts a new one. */
export function currentGeneration(now: number): number {
  const store = publicStore()
  if (now >= store.expiresAt) publicSiteChanged()
  return store.generation
}

/** `read()` once until public content changes: the layout's data is the same for every page. A failed read is not kept. */
export function sharedUntilChange<T>(name: string, read: () => Promise<T>): Promise<T> {
  currentGeneration(Date.now())
  const shared = publicStore().shared
  const key = `${currentAgency() ?? ''} ${name}` // each agency's own
  let value = shared.get(key) as Promise<T> | undefined
  if (!value) {
    value = read()
    shared.set(key, value)
    value.catch(() => shared.get(key) === value && shared.delete(key))
  }
  return value
}

/** The pages of `generation` are right until `at` (ms since the epoch) at the latest. */
export function pagesValidUntil(at: number, generation: number): void {
  const store = publicStore()
  if (generation !== store.generation) return
  store.expiresAt = Math.min(store.expiresAt, at)
  store.boundaryGeneration = generation
  store.listener({ type: 'valid-until', at: store.expiresAt, generation })
}
