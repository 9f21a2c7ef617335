import { beforeEach, describe, expect, it } from 'vitest'
import { cachedPage, countView, keepPage, pagesValidUntil, publicSiteChanged, publicStore, returnViews, sharedUntilChange, takeViews, type CachedPage } from './public-cache'

const page = (text: string): CachedPage => {
  const body = Buffer.from(text)
  return { contentType: 'text/html', etag: `"${text}"`, body, gzip: body, brotli: body, headers: { plain: [], gzip: [], brotli: [] } }
}

describe('the public page cache', () => {
  beforeEach(() => {
    publicSiteChanged()
    takeViews()
  })

  it('serves a kept page until public content changes', () => {
    keepPage('/news', page('a'), publicStore().generation)
    expect(cachedPage('/news', Date.now())?.etag).toBe('"a"')
    publicSiteChanged()
    expect(cachedPage('/news', Date.now())).toBeUndefined()
  })

  it('does not keep a page rendered before the last change', () => {
    const generation = publicStore().generation
    publicSiteChanged() // published while the page was being rendered
    keepPage('/news', page('stale'), generation)
    expect(cachedPage('/news', Date.now())).toBeUndefined()
  })

  it('forgets every page when a publication period starts or ends', () => {
    const now = Date.now()
    keepPage('/', page('home'), publicStore().generation)
    pagesValidUntil(now + 1_000, publicStore().generation)
    expect(cachedPage('/', now + 999)).toBeDefined()
    expect(cachedPage('/', now + 1_000)).toBeUndefined()
    expect(publicStore().expiresAt).toBe(Infinity)
  })

  it('reads shared data once per generation', async () => {
    let reads = 0
    const read = async () => ++reads
    expect(await sharedUntilChange('x', read)).toBe(1)
    expect(await sharedUntilChange('x', read)).toBe(1)
    publicSiteChanged()
    expect(await sharedUntilChange('x', read)).toBe(2)
  })

  it('counts views until they are taken, and takes back those that could not be written', () => {
    countView('/news/1')
    countView('/news/1')
    countView('/')
    const taken = takeViews()
    expect([...taken]).toEqual([['/news/1', 2], ['/', 1]])
    expect(takeViews().size).toBe(0)
    returnViews(taken)
    expect(takeViews().get('/news/1')).toBe(2)
  })
})
