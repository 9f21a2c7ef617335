import { describe, expect, it } from 'vitest'
import { PageStore, type CachedPage } from './page-store'

const page = (text: string, size = text.length): CachedPage => {
  const body = Buffer.alloc(size, text)
  return { contentType: 'text/html', etag: `"${text}"`, body, gzip: Buffer.alloc(0), brotli: Buffer.alloc(0), headers: { plain: [], gzip: [], brotli: [] } }
}

describe("the front server's page store", () => {
  const now = Date.now()
  const H = 'bansuan.go.th'

  it('serves a kept page until the site says public content changed', () => {
    const store = new PageStore()
    expect(store.keep(H, '/news', page('a'), store.ticket(now), store.generation, now)).toBe(true)
    expect(store.get(H, '/news', now)?.etag).toBe('"a"')
    store.siteAt(store.generation) // heard again: nothing new
    expect(store.get(H, '/news', now)).toBeDefined()
    store.siteAt(store.generation + 1)
    expect(store.get(H, '/news', now)).toBeUndefined()
  })

  it('does not keep a page when content changed while it was rendered', () => {
    const store = new PageStore()
    const ticket = store.ticket(now)
    store.siteAt(1) // published while the page was being rendered
    expect(store.keep(H, '/news', page('stale'), ticket, 1, now)).toBe(false)
    expect(store.get(H, '/news', now)).toBeUndefined()
  })

  it('does not keep a page the site rendered under another generation than the one heard', () => {
    const store = new PageStore({ generation: 3 })
    expect(store.keep(H, '/news', page('old'), store.ticket(now), 2, now)).toBe(false)
    expect(store.keep(H, '/news', page('new'), store.ticket(now), 3, now)).toBe(true)
  })

  it('forgets every page when a publication period starts or ends, and keeps nothing rendered before', () => {
    const store = new PageStore()
    store.keep(H, '/', page('home'), store.ticket(now), 0, now)
    const before = store.ticket(now)
    store.validUntil(now + 1_000, 0)
    store.validUntil(now + 5_000, 0) // the soonest boundary counts
    store.siteAt(1, 2) // one agency's change: the boundary found before it still holds
    store.validUntil(now + 2_000, 1)
    expect(store.get(H, '/', now + 999)).toBeDefined()
    expect(store.get(H, '/', now + 1_000)).toBeUndefined()
    expect(store.expiresAt).toBe(Infinity)
    expect(store.keep(H, '/', page('home'), before, 1, now + 1_001)).toBe(false)
    expect(store.keep(H, '/', page('home'), store.ticket(now + 1_001), 1, now + 1_001)).toBe(true)
    store.siteAt(2) // every agency's pages went: a boundary found before that does not count
    store.validUntil(now + 1_500, 1)
    expect(store.expiresAt).toBe(Infinity)
  })

  it('drops the oldest pages when full, and keeps searches apart so they cannot push pages out', () => {
    const store = new PageStore({ maxBytes: 250, maxSearchBytes: 100 })
    const keep = (key: string, size: number) => store.keep(H, key, page(key.slice(-1), size), store.ticket(now), 0, now)
    keep('/a', 100)
    keep('/b', 100)
    for (let i = 0; i < 10; i++) keep(`/search?q=${i}`, 60)
    expect(store.get(H, '/a', now)).toBeDefined()
    expect(store.get(H, '/search?q=9', now)).toBeDefined()
    expect(store.get(H, '/search?q=8', now)).toBeUndefined()
    keep('/c', 100)
    expect(store.get(H, '/a', now)).toBeUndefined()
    expect(store.get(H, '/b', now)).toBeDefined()
    expect(store.size).toBe(3)
  })

  it("keeps each host's pages apart: one agency's page is never another's", () => {
    const store = new PageStore()
    store.keep('bansuan.go.th', '/news', page('b'), store.ticket(now), 0, now)
    expect(store.get('nongbua.go.th', '/news', now)).toBeUndefined()
    store.keep('nongbua.go.th', '/news', page('n'), store.ticket(now), 0, now)
    expect(store.get('bansuan.go.th', '/news', now)?.etag).toBe('"b"')
    expect(store.get('nongbua.go.th', '/news', now)?.etag).toBe('"n"')
  })

  it("drops only the changed agency's pages when one agency publishes, and every page when all change", () => {
    const store = new PageStore()
    const [A, B] = [1, 2]
    store.keep('bansuan.go.th', '/news', page('a'), store.ticket(now), 0, now, A)
    store.keep('bansuan.go.th', '/search?q=x', page('s'), store.ticket(now), 0, now, A)
    store.keep('nongbua.go.th', '/news', page('b'), store.ticket(now), 0, now, B)
    const during = store.ticket(now)
    store.siteAt(1, B)
    expect(store.get('nongbua.go.th', '/news', now)).toBeUndefined()
    expect(store.get('bansuan.go.th', '/news', now)?.etag).toBe('"a"')
    expect(store.get('bansuan.go.th', '/search?q=x', now)).toBeDefined()
    // A render of B's page asked for before its change is not kept; one of A's is.
    expect(store.keep('nongbua.go.th', '/', page('old'), during, 0, now, B)).toBe(false)
    expect(store.keep('bansuan.go.th', '/', page('home'), during, 0, now, A)).toBe(true)
    // The site said B changed while the page was rendered.
    expect(store.keep('nongbua.go.th', '/', page('new'), store.ticket(now), -1, now, B)).toBe(false)
    expect(store.keep('nongbua.go.th', '/', page('new'), store.ticket(now), 1, now, B)).toBe(true)
    store.siteAt(2)
    expect(store.size).toBe(0)
    expect(store.keep('bansuan.go.th', '/', page('home'), during, 1, now, A)).toBe(false)
  })
})
