import { beforeEach, describe, expect, it } from 'vitest'
import { forAgency } from '@/server/agency-context'
import { changedSince, currentGeneration, listenToPublicSite, pagesValidUntil, publicSiteChanged, publicStore, sharedUntilChange, type PublicSiteEvent } from './public-cache'

describe("the site process's side of the page cache", () => {
  let events: PublicSiteEvent[]
  beforeEach(() => {
    publicSiteChanged()
    events = []
    listenToPublicSite((event) => events.push(event))
  })

  it('tells the front server of every change, with the new generation', () => {
    const before = publicStore().generation
    publicSiteChanged()
    expect(events).toEqual([{ type: 'changed', generation: before + 1 }])
  })

  it('reads shared data once per generation', async () => {
    let reads = 0
    const read = async () => ++reads
    expect(await sharedUntilChange('x', read)).toBe(1)
    expect(await sharedUntilChange('x', read)).toBe(1)
    publicSiteChanged()
    expect(await sharedUntilChange('x', read)).toBe(2)
  })

  it('does not keep a failed read', async () => {
    await expect(sharedUntilChange('y', async () => Promise.reject(new Error('database down')))).rejects.toThrow()
    expect(await sharedUntilChange('y', async () => 'read again')).toBe('read again')
  })

  it('starts a new generation when a publication period starts or ends, and says when that is', () => {
    const now = Date.now()
    const generation = publicStore().generation
    pagesValidUntil(now + 1_000, generation)
    pagesValidUntil(now + 9_000, generation - 1) // a boundary found by a render of an older generation: ignored
    expect(events).toEqual([{ type: 'valid-until', at: now + 1_000, generation }])
    expect(currentGeneration(now + 999)).toBe(generation)
    expect(currentGeneration(now + 1_000)).toBe(generation + 1)
    expect(events.at(-1)).toEqual({ type: 'changed', generation: generation + 1 })
    expect(publicStore().expiresAt).toBe(Infinity)
  })

  it("tells of one agency's change apart, reads again only that agency's shared data, and marks only its pages stale", async () => {
    const generation = publicStore().generation
    let reads = 0
    const read = async () => ++reads
    const inAgency = (agency: number) => forAgency(agency, () => sharedUntilChange('settings', read))
    expect([await inAgency(1), await inAgency(2)]).toEqual([1, 2])
    publicSiteChanged(2)
    expect(events).toEqual([{ type: 'changed', generation: generation + 1, agency: 2 }])
    expect([await inAgency(1), await inAgency(2)]).toEqual([1, 3])
    expect(changedSince(2, generation)).toBe(true)
    expect(changedSince(1, generation)).toBe(false)
    expect(changedSince(undefined, generation)).toBe(true)
    publicSiteChanged()
    expect(changedSince(1, generation + 1)).toBe(true)
    expect([await inAgency(1), await inAgency(2)]).toEqual([4, 5])
  })
})
