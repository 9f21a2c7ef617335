/**
 * The public site's memory: rendered pages by address, the moment they stop being right, and the page views
 * not yet written. It lives on globalThis so the server in front of Next (src/server/public-server.ts) and the
 * code Next bundles (the workflow, the pages) share one store in the one process. No Payload or Next here.
 */

export interface CachedPage {
  contentType: string
  etag: string
  body: Buffer
  gzip: Buffer
  brotli: Buffer
  /** Response headers, prepared once, for the plain, gzip and brotli bodies (flat name/value lists). */
  headers: { plain: string[]; gzip: string[]; brotli: string[] }
}

interface PublicSiteStore {
  /** Bumped whenever public content changes; a render started under an older generation is not kept. */
  generation: number
  pages: Map<string, CachedPage>
  bytes: number
  /** When the next publication period begins or ends (or the Bangkok day turns): everything is dropped then. */
  expiresAt: number
  /** The generation expiresAt was computed for (-1: not yet). */
  boundaryGeneration: number
  /** Page views counted since the last write, by path. */
  views: Map<string, number>
  /** Whether the batch writer of page views runs (started by the first page Next renders). */
  writingViews: boolean
  /** What every page reads (settings, categories, the agency's pages), read once per generation. */
  shared: Map<string, Promise<unknown>>
}

const KEY = Symbol.for('khaosan.public-site')
const MAX_BYTES = 256 * 1024 * 1024

export function publicStore(): PublicSiteStore {
  const global = globalThis as unknown as Record<symbol, PublicSiteStore | undefined>
  return (global[KEY] ??= { generation: 0, pages: new Map(), bytes: 0, expiresAt: Infinity, boundaryGeneration: -1, views: new Map(), writingViews: false, shared: new Map() })
}

const sizeOf = (page: CachedPage) => page.body.length + page.gzip.length + page.brotli.length

/** Something public changed (an item was published or taken down, the agency's pages were edited): forget every page. */
export function publicSiteChanged(): void {
  const store = publicStore()
  store.generation++
  store.pages.clear()
  store.bytes = 0
  store.expiresAt = Infinity
  store.boundaryGeneration = -1
  store.shared = new Map()
}

/** `read()` once until public content changes: the layout's data is the same for every page. A failed read is not kept. */
export function sharedUntilChange<T>(key: string, read: () => Promise<T>): Promise<T> {
  const shared = publicStore().shared
  let value = shared.get(key) as Promise<T> | undefined
  if (!value) {
    value = read()
    shared.set(key, value)
    value.catch(() => shared.get(key) === value && shared.delete(key))
  }
  return value
}

export function cachedPage(key: string, now: number): CachedPage | undefined {
  const store = publicStore()
  if (now >= store.expiresAt) publicSiteChanged()
  return store.pages.get(key)
}

/** Keeps a page rendered under `generation`, unless the site changed meanwhile; the oldest pages go first when full. */
export function keepPage(key: string, page: CachedPage, generation: number): void {
  const store = publicStore()
  if (generation !== store.generation) return
  const old = store.pages.get(key)
  if (old) store.bytes -= sizeOf(old)
  store.pages.delete(key)
  store.pages.set(key, page)
  store.bytes += sizeOf(page)
  for (const [oldest, entry] of store.pages) {
    if (store.bytes <= MAX_BYTES) break
    store.pages.delete(oldest)
    store.bytes -= sizeOf(entry)
  }
}

/** The pages of `generation` are right until `at` (ms since the epoch) at the latest. */
export function pagesValidUntil(at: number, generation: number): void {
  const store = publicStore()
  if (generation !== store.generation) return
  store.expiresAt = Math.min(store.expiresAt, at)
  store.boundaryGeneration = generation
}

export function countView(path: string, n = 1): void {
  const views = publicStore().views
  views.set(path, (views.get(path) ?? 0) + n)
}

/** The views counted so far, leaving the count empty. */
export function takeViews(): Map<string, number> {
  const store = publicStore()
  const taken = store.views
  store.views = new Map()
  return taken
}

/** Gives back views that could not be written, to be tried again with the next batch. */
export function returnViews(views: ReadonlyMap<string, number>): void {
  for (const [path, n] of views) countView(path, n)
}
