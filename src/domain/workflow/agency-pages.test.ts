import { describe, expect, it } from 'vitest'
import { agencyPagePublishRefusal, approvesAgencyPages, editsAgencyPages } from './agency-pages'

const website = ['unit-pr', 'division-office', 'agency'] // งานประชาสัมพันธ์ under สำนักปลัด
const actor = (role: string, unitId: string | null = null) => ({ roles: [role as never], unitId })

describe('the agency’s own pages go through approval (000 §3.2.1)', () => {
  it('are approved by the executive or a head over the unit responsible for the website', () => {
    expect(approvesAgencyPages(actor('executive'), null)).toBe(true)
    expect(approvesAgencyPages(actor('division-head', 'division-office'), website)).toBe(true)
    expect(approvesAgencyPages(actor('head', 'division-finance'), website)).toBe(false)
    expect(approvesAgencyPages(actor('head', 'division-office'), null)).toBe(false) // no website unit set: the executive
  })
  it('are drafted by webmasters and administrators, who do not publish a change alone', () => {
    expect(editsAgencyPages(actor('webmaster'), website)).toBe(true)
    expect(editsAgencyPages(actor('owner', 'division-office'), website)).toBe(false)
    expect(agencyPagePublishRefusal(actor('webmaster'), website)).toContain('บันทึกร่าง')
    expect(agencyPagePublishRefusal(actor('admin'), website)).not.toBeNull()
    expect(agencyPagePublishRefusal(actor('executive'), website)).toBeNull()
  })
})
