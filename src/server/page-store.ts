/**
 * The front server's memory (src/server/front.ts): public pages as the site process rendered them, by host name and
 * cache key, each with the agency whose site it is (src/domain/agencies). A change of one agency's public content
 * drops that agency's pages only; a publication period's boundary, or a change of the agencies themselves, drops
 * every page. A page is kept only if its agency's content did not change while it was rendered. No http, no Next or
 * Payload here.
 */
import { isSearchKey } from '@/domain/site/page-cache'
import { ContentChanges } from '@/domain/site/content-changes'

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

/** Pages in the order they were kept, each with its agency; the oldest go first when the bytes exceed `maxBytes`. */
class Shelf {
  private pages = new Map<string, { page: CachedPage; agency: number | undefined }>()
  private bytes = 0

  constructor(private readonly maxBytes: number) {}

  get = (key: string) => this.pages.get(key)?.page

  put(key: string, page: CachedPage, agency: number | undefined) {
    this.remove(key)
    this.pages.set(key, { page, agency })
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
    this.bytes -= sizeOf(old.page)
  }

  /** The pages of one agency's site. */
  drop(agency: number) {
    for (const [key, kept] of this.pages) if (kept.agency === agency) this.remove(key)
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
  /** The site's changes of public content, as heard from it. */
  private readonly changes: ContentChanges
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
    this.changes = new ContentChanges(generation)
  }

  /** The site's generation of public content, as last heard (it grows with every change, of any agency). */
  get generation(): number {
    return this.changes.generation
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

  /**
   * Keeps a page of `agency`'s site rendered under `ticket` from the site's content of `generation` (-1: it changed
   * while rendering), unless every page was dropped since the ticket or the agency's content changed since either.
   */
  keep(host: string, key: string, page: CachedPage, ticket: RenderTicket, generation: number, now: number, agency?: number): boolean {
    if (now >= this.expiresAt) this.dropAll()
    if (generation < 0 || ticket.epoch !== this.epoch || this.changes.lastChangeOf(agency) > Math.min(generation, ticket.generation)) return false
    this.shelfOf(key).put(host + key, page, agency)
    return true
  }

  /** The site's content is at `generation` now, changed for `agency`'s site (no agency: for every one). */
  siteAt(generation: number, agency?: number): void {
    if (!this.changes.heard(generation, agency)) return
    if (agency === undefined) return this.dropAll()
    this.pages.drop(agency)
    this.searches.drop(agency)
  }

  /** The pages are right until `at` at the latest, as the site found at `generation`. */
  validUntil(at: number, generation: number): void {
    if (this.changes.sinceEveryAgencyChanged(generation)) this.expiresAt = Math.min(this.expiresAt, at)
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
