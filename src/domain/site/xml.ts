/** Machine-read documents of the public site: sitemaps (sitemaps.org 0.9), RSS 2.0 feeds, robots.txt. */

export const escapeXml = (text: string): string =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')

/** A search engine reads at most 50,000 addresses per sitemap file. */
export const SITEMAP_LIMIT = 50_000

export interface SitemapEntry {
  loc: string // absolute URL
  lastmod?: Date | null
}

/** W3C datetime, as the sitemap schema wants: 2026-05-01T03:00:00Z (no milliseconds). */
const w3cDate = (at: Date) => at.toISOString().replace(/\.\d{3}Z$/, 'Z')

export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) => `<url><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${w3cDate(e.lastmod)}</lastmod>` : ''}</url>`)
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}

export function sitemapIndexXml(locs: readonly string[]): string {
  const maps = locs.map((loc) => `<sitemap><loc>${escapeXml(loc)}</loc></sitemap>`)
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${maps.join('\n')}\n</sitemapindex>\n`
}

/** How many sitemap files `count` addresses need (at least one). */
export const sitemapParts = (count: number): number => Math.max(1, Math.ceil(count / SITEMAP_LIMIT))

export interface FeedItem {
  title: string
  link: string
  description: string
  published: Date
}

export function rssXml(feed: { title: string; link: string; self: string; description: string; items: readonly FeedItem[] }): string {
  const items = feed.items.map(
    (i) =>
      `<item><title>${escapeXml(i.title)}</title><link>${escapeXml(i.link)}</link><guid isPermaLink="true">${escapeXml(i.link)}</guid><description>${escapeXml(i.description)}</description><pubDate>${i.published.toUTCString()}</pubDate></item>`,
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
    `<title>${escapeXml(feed.title)}</title><link>${escapeXml(feed.link)}</link><description>${escapeXml(feed.description)}</description><language>th</language>`,
    `<atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '</channel></rss>',
    '',
  ].join('\n')
}

/** Everything public may be crawled; the management side and the search results may not. */
export const robotsTxt = (origin: string): string =>
  `User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /api/\nDisallow: /search\n\nSitemap: ${origin}/sitemap.xml\n`
