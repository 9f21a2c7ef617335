import { describe, expect, it } from 'vitest'
import { CATEGORY, CATEGORY_DEFINITIONS, NOT_SUBMITTED, SUBMISSION_GROUPS, submissionRefusal } from './categories'

describe('the categories requests go to', () => {
  it('takes requests in 19 of the 22 categories: not the CIO page, the site map nor the statistics', () => {
    expect(Object.keys(NOT_SUBMITTED).sort()).toEqual([CATEGORY.cio, CATEGORY.siteMap, CATEGORY.statistics].sort())
    expect(CATEGORY_DEFINITIONS.filter((c) => submissionRefusal(c.code) === null)).toHaveLength(19)
  })
  it('says in Thai why a category takes no requests', () => {
    expect(submissionRefusal(CATEGORY.siteMap)).toBe('หมวด “แผนผังเว็บไซต์” ไม่รับคำขอเผยแพร่: แผนผังเว็บไซต์สร้างจากหมวดหมู่และรายการที่เผยแพร่โดยอัตโนมัติ')
    expect(submissionRefusal(CATEGORY.agency)).toBeNull()
  })
  it('groups every category that takes requests exactly once, and none that does not', () => {
    const grouped = SUBMISSION_GROUPS.flatMap((group) => group.categories.map((c) => c.code))
    expect(new Set(grouped).size).toBe(grouped.length)
    expect(grouped.sort()).toEqual(CATEGORY_DEFINITIONS.filter((c) => submissionRefusal(c.code) === null).map((c) => c.code).sort())
  })
})
