import { describe, expect, it } from 'vitest'
import { escapeXml, robotsTxt, rssXml, sitemapIndexXml, sitemapParts, sitemapXml } from './xml'

describe('sitemap, feeds and robots.txt', () => {
  it('escapes text and drops characters XML cannot carry', () => {
    expect(escapeXml(`ก & <b> "x" 'y'\u0001`)).toBe('ก &amp; &lt;b&gt; &quot;x&quot; &apos;y&apos;')
  })

  it('writes sitemap entries with W3C dates', () => {
    const xml = sitemapXml([{ loc: 'https://example.go.th/news/1?a=1&b=2', lastmod: new Date('2026-05-01T03:00:00.123Z') }, { loc: 'https://example.go.th/' }])
    expect(xml).toContain('<url><loc>https://example.go.th/news/1?a=1&amp;b=2</loc><lastmod>2026-05-01T03:00:00Z</lastmod></url>')
    expect(xml).toContain('<url><loc>https://example.go.th/</loc></url>')
    expect(sitemapIndexXml(['https://example.go.th/sitemap-1.xml'])).toContain('<sitemapindex')
  })

  it('splits at 50,000 addresses', () => {
    expect(sitemapParts(0)).toBe(1)
    expect(sitemapParts(50_000)).toBe(1)
    expect(sitemapParts(100_001)).toBe(3)
  })

  it('writes an RSS 2.0 feed with its own address', () => {
    const xml = rssXml({ title: 'ข่าว', link: 'https://x.go.th/news', self: 'https://x.go.th/feeds/news.xml', description: 'd', items: [{ title: 'ก<ข', link: 'https://x.go.th/news/1', description: 's', published: new Date('2026-05-01T00:00:00Z') }] })
    expect(xml).toContain('<title>ก&lt;ข</title>')
    expect(xml).toContain('<pubDate>Fri, 01 May 2026 00:00:00 GMT</pubDate>')
    expect(xml).toContain('rel="self"')
  })

  it('keeps crawlers out of the management side and points them to the sitemap', () => {
    expect(robotsTxt('https://x.go.th')).toMatch(/Disallow: \/admin\n[\s\S]*Sitemap: https:\/\/x.go.th\/sitemap.xml/)
  })
})
