import { describe, expect, it } from 'vitest'
import { ContentChanges } from './content-changes'

describe('changes of public content', () => {
  it("counts one agency's change apart from every agency's", () => {
    const changes = new ContentChanges(5)
    expect(changes.next(2)).toBe(6)
    expect(changes.lastChangeOf(2)).toBe(6)
    expect(changes.lastChangeOf(1)).toBe(5)
    expect(changes.lastChangeOf()).toBe(6)
    expect(changes.sinceEveryAgencyChanged(5)).toBe(true)
    expect(changes.next()).toBe(7)
    expect(changes.lastChangeOf(1)).toBe(7)
    expect(changes.sinceEveryAgencyChanged(6)).toBe(false)
  })

  it('hears a change once, and never an older one', () => {
    const changes = new ContentChanges()
    expect(changes.heard(3, 1)).toBe(true)
    expect(changes.heard(3, 2)).toBe(false)
    expect(changes.heard(2)).toBe(false)
    expect(changes.lastChangeOf(2)).toBe(0)
  })
})
