import { describe, expect, it } from 'vitest'
import { itemIdOfPath, itemPath } from './addresses'

describe("an item's address", () => {
  it('is its category and its first version’s id, and the id is read back from it alone', () => {
    expect(itemPath('news', 12)).toBe('/news/12')
    expect(itemIdOfPath(itemPath('citizen-manuals', 345))).toBe(345)
    for (const path of ['/news', '/news/abc', '/news/12/x', '/news/1234567890123', '/policies/privacy', '/']) expect(itemIdOfPath(path), path).toBeNull()
  })
})
