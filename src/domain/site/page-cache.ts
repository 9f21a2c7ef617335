/**
 * Which requests the public server answers from its page cache, and under which key. Public pages vary only
 * by their path and a few known query parameters; any other parameter is dropped, so made-up query strings
 * neither fill the cache nor reach the renderer. Search results change only when public content changes, like
 * the pages, so they are kept too, under the query as the search page reads it. Statistics change with every
 * visit, and a complaint's status page, a subscription's page and a form's receipt are one person's: never cached.
 */
import { COMPLAINT_PAGES, TRACKING_PATH } from '../complaints/complaints'
import { SUBSCRIPTION_PATH } from '../alerts/alerts'
import { HEARING_PAGE_PREFIX, HEARING_PATH } from '../hearings/hearings'
import { RECEIPT_PATH } from '../forms/forms'
import { CKAN_PARAMS } from '../open-data/ckan'
import { CATALOG_PATH, DCAT_PARAMS } from '../open-data/dcat'

const PAGE_PARAMS = new Set(['year', 'fy', 'page', 'month', 'view'])
const CACHED_PATH = /^\/(?:[a-z0-9-]+(?:\/\d+)?|policies\/[a-z-]+|complaints\/(?:corruption|guideline)|forms\/[a-z0-9-]+|questions\/asked|alerts\/sent|feeds\/[a-z-]+\.xml|sitemap\.xml|sitemaps\/\d+\.xml|robots\.txt|api\/3\/action\/[a-z_]{1,60}|catalog\.jsonld|dataset\/\d{1,12}\.jsonld)?$/
/**
 * What Next serves in the site process: the admin, the API (but the open-data catalogue's CKAN API under /api/3/,
 * which is the public site's, kept like its pages), its assets, and the downloads of attachments and images.
 */
const NEXT_PATHS = /^\/(?:api(?!\/3\/)|admin|_next)(?:\/|$)|^\/files\/\d{1,12}\/[^/]+$|^\/images\/site\/\d{1,12}$/
export const CKAN_PREFIX = '/api/3/action/'

/** The query parameters a public address reads: the open-data catalogue's own, or the pages'. */
const paramsOf = (path: string): ReadonlySet<string> => (path.startsWith(CKAN_PREFIX) ? CKAN_PARAMS : path === CATALOG_PATH ? DCAT_PARAMS : PAGE_PARAMS)

export const SEARCH_PATH = '/search'
/** The longest query the search page reads (searchParamsOf cuts there too). */
export const MAX_QUERY_CHARS = 200

/** The site's own page for an address it does not have: sent with 404, or 410 for an item taken down. */
export const MISSING_PAGE_PATH = '/page-not-found'

/**
 * Whether a path is the public site's: a page, or an address that is none and gets the site's "not found" page.
 * The rest (NEXT_PATHS) is passed to Next, which answers for itself.
 */
export const isPublicPath = (path: string): boolean => !NEXT_PATHS.test(path)

const UNCACHED_PAGES: ReadonlySet<string> = new Set(['/statistics', COMPLAINT_PAGES.statistics, TRACKING_PATH, HEARING_PATH])

/** Public pages rendered on every request, whatever their query (their views are still counted). */
export const isUncachedPage = (path: string): boolean => UNCACHED_PAGES.has(path) || path.startsWith(`${TRACKING_PATH}/`) || path.startsWith(`${SUBSCRIPTION_PATH}/`) || path.startsWith(`${HEARING_PAGE_PREFIX}/`) || path.startsWith(`${RECEIPT_PATH}/`)

const byName = ([a]: [string, string], [b]: [string, string]) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * The search page's parameters in one form: the words as the page reads them (NFC, spaces collapsed, at most
 * MAX_QUERY_CHARS), a category slug, a year and a page number; anything else is dropped.
 */
function searchKey(query: string): string {
  const params = new URLSearchParams(query)
  const kept: [string, string][] = []
  const q = (params.get('q') ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_CHARS).trim()
  if (q) kept.push(['q', q])
  const category = params.get('category') ?? ''
  if (/^[a-z0-9-]{1,60}$/.test(category)) kept.push(['category', category])
  for (const name of ['year', 'page']) {
    const value = params.get(name) ?? ''
    if (/^[1-9]\d{0,5}$/.test(value)) kept.push([name, value])
  }
  return kept.length ? `${SEARCH_PATH}?${new URLSearchParams(kept.sort(byName))}` : SEARCH_PATH
}

/** What a search page is asked for. */
export interface SearchParams {
  q: string
  /** A category's slug, or '' for every category. */
  category: string
  /** A Buddhist-era year of publication. */
  year?: number
  page: number
}

/** The search page's parameters as it reads them, whatever the address says. */
export function searchParamsOf(get: (name: string) => string | undefined): SearchParams {
  return {
    q: (get('q') ?? '').trim().slice(0, MAX_QUERY_CHARS),
    category: get('category') ?? '',
    year: Number(get('year')) || undefined,
    page: Math.max(1, Number(get('page')) || 1),
  }
}

/**
 * Whether a request URL (path and query) decodes: a stray or cut "%" sequence ("/%E0%B8", half a Thai letter)
 * is not an address of anything, and is answered 400 before it reaches a router that would fail on it.
 */
export function isWellFormedUrl(url: string): boolean {
  if (url.indexOf('%') < 0) return true
  try {
    decodeURIComponent(url)
    return true
  } catch {
    return false
  }
}

/** The cache key of a request URL (path and query) for a public page, or null if it is not one. */
export function cacheKeyOf(url: string): string | null {
  const q = url.indexOf('?')
  const path = q < 0 ? url : url.slice(0, q)
  if (path === SEARCH_PATH) return searchKey(q < 0 ? '' : url.slice(q + 1))
  if (!CACHED_PATH.test(path) || NEXT_PATHS.test(path) || isUncachedPage(path)) return null
  if (q < 0) return path
  const params = paramsOf(path)
  const kept = [...new URLSearchParams(url.slice(q + 1))].filter(([name]) => params.has(name)).sort(byName)
  return kept.length ? `${path}?${new URLSearchParams(kept)}` : path
}

/** Whether a cache key is a search's: those are many and each is read rarely, so they are kept apart, in less room. */
export const isSearchKey = (key: string): boolean => key === SEARCH_PATH || key.startsWith(`${SEARCH_PATH}?`)
