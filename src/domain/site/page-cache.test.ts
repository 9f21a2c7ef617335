import { describe, expect, it } from 'vitest'
import { MAX_QUERY_CHARS, MISSING_PAGE_PATH, cacheKeyOf, isPublicPath, isSearchKey, isWellFormedUrl, searchParamsOf } from './page-cache'

describe('page cache keys', () => {
  it('caches the home page, listings, items, policies, feeds, sitemaps and robots.txt', () => {
    for (const url of ['/', '/news', '/news/12', '/policies/privacy', '/complaints/corruption', '/complaints/guideline', '/forms', '/forms/job-application', '/feeds/news.xml', '/sitemap.xml', '/sitemaps/2.xml', '/robots.txt']) expect(cacheKeyOf(url)).toBe(url)
  })

  it('keeps only the parameters pages understand, in one order', () => {
    expect(cacheKeyOf('/news?page=2&year=2569')).toBe('/news?page=2&year=2569')
    expect(cacheKeyOf('/news?year=2569&page=2&utm_source=line&fbclid=x')).toBe('/news?page=2&year=2569')
    expect(cacheKeyOf('/calendar?view=list&month=2569-05')).toBe('/calendar?month=2569-05&view=list')
    expect(cacheKeyOf('/news?nonsense=1')).toBe('/news')
  })

  it('keeps a search under its words as the search page reads them, with its filters and page only', () => {
    expect(cacheKeyOf('/search?q=' + encodeURIComponent('  ภาษี   ที่ดิน '))).toBe(`/search?q=${encodeURIComponent('ภาษี ที่ดิน').replace(/%20/g, '+')}`)
    expect(cacheKeyOf('/search?page=2&q=x&year=2569&category=news&utm_source=line')).toBe('/search?category=news&page=2&q=x&year=2569')
    // The same words in another Unicode form are the same search.
    expect(cacheKeyOf(`/search?q=${encodeURIComponent('cafe\u0301')}`)).toBe(`/search?q=${encodeURIComponent('caf\u00e9')}`)
    expect(cacheKeyOf(`/search?q=${'ก'.repeat(500)}`)).toBe(`/search?q=${encodeURIComponent('ก'.repeat(200))}`)
    expect(cacheKeyOf('/search?q=&category=../x&year=abc&page=0')).toBe('/search')
    expect(isSearchKey('/search?q=x')).toBe(true)
    expect(isSearchKey('/search')).toBe(true)
    expect(isSearchKey('/searching')).toBe(false)
  })

  it('never caches the management side, statistics, downloads or assets', () => {
    for (const url of ['/admin', '/admin/collections/users', '/api/users/me', '/_next/static/x.js', '/statistics', '/complaints/statistics', '/track', '/track/G2569-ABCDE-12345?filed=1', '/form-receipt/F2569-ABCDE-12345', '/forms/job-application/extra', '/complaints/x', '/files/3/a.pdf', '/images/site/2', '/text-size.js', '/news/12/extra', '/News', '/../etc/passwd']) expect(cacheKeyOf(url), url).toBeNull()
  })
})

describe('searchParamsOf', () => {
  const of = (query: string) => {
    const params = new URLSearchParams(query)
    return searchParamsOf((name) => params.get(name) ?? undefined)
  }
  it('reads what the page reads and nothing it cannot use', () => {
    expect(of('q=%20%E0%B8%96%E0%B8%99%E0%B8%99%20&category=news&year=2569&page=3')).toEqual({ q: 'ถนน', category: 'news', year: 2569, page: 3 })
    expect(of('page=-4&year=abc')).toEqual({ q: '', category: '', year: undefined, page: 1 })
    expect(of(`q=${'ก'.repeat(MAX_QUERY_CHARS + 50)}`).q).toHaveLength(MAX_QUERY_CHARS)
  })
})

describe('well-formed addresses', () => {
  it('takes any address that decodes, Thai included, and none with a stray or cut "%" sequence', () => {
    for (const url of ['/', '/news/12', `/search?q=${encodeURIComponent('ภาษีที่ดิน')}`, '/search?q=50%25', '/a+b']) expect(isWellFormedUrl(url), url).toBe(true)
    for (const url of ['/%E0%B8', '/news/%E0%B8', '/policies/%E0', '/search?q=%E0', '/%', '/news?page=%zz', '/%C0%AF']) expect(isWellFormedUrl(url), url).toBe(false)
  })
})

describe('the site’s own "not found" page', () => {
  it('is a cached page, and stands in for public addresses only: the API, the admin and Next’s assets answer for themselves', () => {
    expect(cacheKeyOf(MISSING_PAGE_PATH)).toBe(MISSING_PAGE_PATH)
    for (const path of ['/', '/a/b/c', '/news/1/2', '/wp-login.php', '/filesystem', '/files/abc', '/files/9', '/images/site/x']) expect(isPublicPath(path), path).toBe(true)
    for (const path of ['/api/x', '/admin/collections/x', '/_next/static/x.js', '/api', '/files/9/x.pdf', '/images/site/3']) expect(isPublicPath(path), path).toBe(false)
  })
})

describe('the open-data catalogue’s addresses', () => {
  it('are the public site’s, kept under the parameters each reads', () => {
    expect(isPublicPath('/api/3/action/package_list')).toBe(true)
    expect(isPublicPath('/api/users')).toBe(false)
    expect(cacheKeyOf('/api/3/action/package_search?utm=x&rows=5&q=%E0%B8%87%E0%B8%9A')).toBe('/api/3/action/package_search?q=%E0%B8%87%E0%B8%9A&rows=5')
    expect(cacheKeyOf('/catalog.jsonld?page=2&x=1')).toBe('/catalog.jsonld?page=2')
    expect(cacheKeyOf('/dataset/12.jsonld')).toBe('/dataset/12.jsonld')
    expect(cacheKeyOf('/api/3/action/package_show/x')).toBeNull()
  })
})
