/**
 * The site process's side of the public page cache (the pages themselves are kept by the front server,
 * src/server/front.ts): the generation of public content, the moment the current pages stop being right,
 * what every page reads (kept once per generation), and the page views passed on by the front server.
 * It lives on globalThis: Next's build of the admin and API handlers carries its own copy of this module beside
 * the one the site process loads (src/server/site-process.ts), and both must see one store. No Payload or Next here.
 */
import { ViewCounts } from '@/domain/site/statistics'
import { currentAgency } from '@/server/agency-context'
import { ContentChanges } from '@/domain/site/content-changes'

/** What the front server is told: content changed (of one agency's site, or of every one), or the pages stop being right at `at`. */
export type PublicSiteEvent = { type: 'changed'; generation: number; agency?: number } | { type: 'valid-until'; at: number; generation: number }

interface PublicSiteStore {
  /** Every change of public content, of one agency or of all: a page rendered before its agency's last change is not kept. */
  changes: ContentChanges
  /** The generation of the last change, of any agency. */
  readonly generation: number
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
    changes: new ContentChanges(Number(process.env.KHAOSAN_FIRST_GENERATION) || 0),
    get generation() {
      return this.changes.generation
    },
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

/**
 * Something public changed on `agency`'s site (an item published or taken down, its pages or settings edited): its
 * pages are stale. No agency: every agency's pages are (a publication period's boundary, the agencies themselves).
 */
export function publicSiteChanged(agency?: number): void {
  const store = publicStore()
  store.changes.next(agency)
  store.boundaryGeneration = -1 // the change may bring the next boundary nearer
  if (agency === undefined) {
    store.expiresAt = Infinity
    store.shared = new Map()
  } else {
    for (const key of store.shared.keys()) if (key.startsWith(sharedPrefix(agency))) store.shared.delete(key)
  }
  store.listener({ type: 'changed', generation: store.generation, ...(agency === undefined ? {} : { agency }) })
}

/** Whether `agency`'s public content changed after `generation` (no agency: any content did). */
export function changedSince(agency: number | undefined, generation: number): boolean {
  return publicStore().changes.lastChangeOf(agency) > generation
}

const sharedPrefix = (agency: number | undefined) => `${agency ?? ''} `

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
  const key = sharedPrefix(currentAgency()) + name // each agency's own
  let value = shared.get(key) as Promise<T> | undefined
  if (!value) {
    value = read()
    shared.set(key, value)
    value.catch(() => shared.get(key) === value && shared.delete(key))
  }
  return value
}

/**
 * The pages are right until `at` (ms since the epoch) at the latest, as found at `generation`: a boundary found before
 * every agency's pages last went is not counted, and one found before any later change is looked for again.
 */
export function pagesValidUntil(at: number, generation: number): void {
  const store = publicStore()
  if (!store.changes.sinceEveryAgencyChanged(generation)) return
  store.expiresAt = Math.min(store.expiresAt, at)
  if (generation === store.generation) store.boundaryGeneration = generation
  store.listener({ type: 'valid-until', at: store.expiresAt, generation })
}
