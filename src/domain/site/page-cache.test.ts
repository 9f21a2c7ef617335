import { describe, expect, it } from 'vitest'
import { cacheKeyOf } from './page-cache'

describe('page cache keys', () => {
  it('caches the home page, listings, items, policies, feeds, sitemaps and robots.txt', () => {
    for (const url of ['/', '/news', '/news/12', '/policies/privacy', '/feeds/news.xml', '/sitemap.xml', '/sitemaps/2.xml', '/robots.txt']) expect(cacheKeyOf(url)).toBe(url)
  })

  it('keeps only the parameters pages understand, in one order', () => {
    expect(cacheKeyOf('/news?page=2&year=2569')).toBe('/news?page=2&year=2569')
    expect(cacheKeyOf('/news?year=2569&page=2&utm_source=line&fbclid=x')).toBe('/news?page=2&year=2569')
    expect(cacheKeyOf('/calendar?view=list&month=2569-05')).toBe('/calendar?month=2569-05&view=list')
    expect(cacheKeyOf('/news?nonsense=1')).toBe('/news')
  })

  it('never caches the management side, search, statistics, downloads or assets', () => {
    for (const url of ['/admin', '/admin/collections/users', '/api/users/me', '/_next/static/x.js', '/search?q=ภาษี', '/statistics', '/files/3/a.pdf', '/images/site/2', '/text-size.js', '/news/12/extra', '/News', '/../etc/passwd']) expect(cacheKeyOf(url), url).toBeNull()
  })
})
