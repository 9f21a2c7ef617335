/**
 * Which requests the public server answers from its page cache, and under which key. Public pages vary only
 * by their path and a few known query parameters; any other parameter is dropped, so made-up query strings
 * neither fill the cache nor reach the renderer. Search and statistics change with every request: never cached.
 */
const PAGE_PARAMS = new Set(['year', 'fy', 'page', 'month', 'view'])
const CACHED_PATH = /^\/(?:[a-z0-9-]+(?:\/\d+)?|policies\/[a-z-]+|feeds\/[a-z-]+\.xml|sitemap\.xml|sitemaps\/\d+\.xml|robots\.txt)?$/
const NOT_PAGES = /^\/(?:api|admin|_next)(?:\/|$)/

/** Public pages rendered on every request (their views are still counted). */
export const UNCACHED_PAGES: ReadonlySet<string> = new Set(['/search', '/statistics'])

/** The cache key of a request URL (path and query) for a public page, or null if it is not one. */
export function cacheKeyOf(url: string): string | null {
  const q = url.indexOf('?')
  const path = q < 0 ? url : url.slice(0, q)
  if (!CACHED_PATH.test(path) || NOT_PAGES.test(path) || UNCACHED_PAGES.has(path)) return null
  if (q < 0) return path
  const kept = [...new URLSearchParams(url.slice(q + 1))].filter(([name]) => PAGE_PARAMS.has(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return kept.length ? `${path}?${new URLSearchParams(kept)}` : path
}
