/**
 * The front server's memory (src/server/front.ts): public pages as the site process rendered them, by host name
 * (each agency's site is its own, src/domain/agencies) and cache key, with the generation of public content they belong to and the moment they stop being right. A page is
 * kept only if nothing changed while it was rendered. No http, no Next or Payload here.
 */
import { isSearchKey } from '@/domain/site/page-cache'

/** A page as the site process hands it over: the bytes, compressed once, and its validator. */
export interface RenderedPage {
  contentType: string
  etag: string
  body: Buffer
  gzip: Buffer
  brotli: Buffer
}

export interface CachedPage extends RenderedPage {
  /** Response headers, prepared once, for the plain, gzip and brotli bodies (flat name/value lists). */
  headers: { plain: string[]; gzip: string[]; brotli: string[] }
}

/** What a render was started under: kept only if both are still current when it is done. */
export interface RenderTicket {
  generation: number
  epoch: number
}

const sizeOf = (page: RenderedPage) => page.body.length + page.gzip.length + page.brotli.length

/** Pages in the order they were kept; the oldest go first when the bytes exceed `maxBytes`. */
class Shelf {
  private pages = new Map<string, CachedPage>()
  private bytes = 0

  constructor(private readonly maxBytes: number) {}

  get = (key: string) => this.pages.get(key)

  put(key: string, page: CachedPage) {
    this.remove(key)
    this.pages.set(key, page)
    this.bytes += sizeOf(page)
    for (const [oldest] of this.pages) {
      if (this.bytes <= this.maxBytes) break
      this.remove(oldest)
    }
  }

  private remove(key: string) {
    const old = this.pages.get(key)
    if (!old) return
    this.pages.delete(key)
    this.bytes -= sizeOf(old)
  }

  clear() {
    this.pages.clear()
    this.bytes = 0
  }

  get size() {
    return this.pages.size
  }
}

export class PageStore {
  /** The site's generation of public content, as last heard from it. */
  generation: number
  /** Bumped whenever every page is dropped, whether the site said so or a period boundary passed here. */
  epoch = 0
  /** When the current pages stop being right (the next publication period boundary, or Bangkok midnight). */
  expiresAt = Infinity
  private readonly pages: Shelf
  /** Searches apart, in less room: any query makes one, and they must not push the site's pages out. */
  private readonly searches: Shelf

  constructor({ maxBytes = 256 * 1024 * 1024, maxSearchBytes = 16 * 1024 * 1024, generation = 0 } = {}) {
    this.pages = new Shelf(maxBytes)
    this.searches = new Shelf(maxSearchBytes)
    this.generation = generation
  }

  private shelfOf = (key: string) => (isSearchKey(key) ? this.searches : this.pages)

  get(host: string, key: string, now: number): CachedPage | undefined {
    if (now >= this.expiresAt) this.dropAll()
    return this.shelfOf(key).get(host + key)
  }

  /** What a render starting now is checked against when it is done. */
  ticket(now: number): RenderTicket {
    if (now >= this.expiresAt) this.dropAll()
    return { generation: this.generation, epoch: this.epoch }
  }

  /** Keeps a page rendered under `ticket` and the site's `generation`, unless anything changed meanwhile. */
  keep(host: string, key: string, page: CachedPage, ticket: RenderTicket, generation: number, now: number): boolean {
    if (now >= this.expiresAt) this.dropAll()
    if (generation !== this.generation || ticket.generation !== this.generation || ticket.epoch !== this.epoch) return false
    this.shelfOf(key).put(host + key, page)
    return true
  }

  /** The site's content is at `generation` now: a newer one drops every page. */
  siteAt(generation: number): void {
    if (generation <= this.generation) return
    this.generation = generation
    this.dropAll()
  }

  /** The pages of `generation` are right until `at` at the latest. */
  validUntil(at: number, generation: number): void {
    if (generation === this.generation) this.expiresAt = Math.min(this.expiresAt, at)
  }

  private dropAll() {
    this.pages.clear()
    this.searches.clear()
    this.expiresAt = Infinity
    this.epoch++
  }

  get size(): number {
    return this.pages.size + this.searches.size
  }
}
