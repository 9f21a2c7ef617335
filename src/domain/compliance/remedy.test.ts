import { describe, expect, it } from 'vitest'
import { pageOfSection, remedyOf } from './remedy'

describe('what to do about an indicator not met', () => {
  it('files a request in the first category that takes requests, with the indicator’s tag', () => {
    expect(remedyOf({ categories: ['C10'], tags: ['แผนการจัดซื้อจัดจ้าง', 'อื่น'] })).toEqual({ kind: 'request', category: 'C10', tag: 'แผนการจัดซื้อจัดจ้าง' })
    expect(remedyOf({ categories: ['C15'] })).toEqual({ kind: 'request', category: 'C15' })
  })
  it('passes over categories that take no requests (the CIO page, the site map, the statistics)', () => {
    expect(remedyOf({ categories: ['C3', 'C1'], pages: ['cio'] })).toEqual({ kind: 'request', category: 'C1' })
    expect(remedyOf({ categories: ['C3'], pages: ['cio'] })).toEqual({ kind: 'page', section: 'cio' })
  })
  it('has nothing to file for what the site generates', () => {
    expect(remedyOf({ categories: ['C7'], pages: ['site-map'] })).toBeNull()
    expect(remedyOf({ categories: [] })).toBeNull()
  })
  it('edits the CIO section on the CIO page and every other on the agency profile', () => {
    expect(pageOfSection('cio')).toBe('cio-profile')
    expect(pageOfSection('structure')).toBe('agency-profile')
  })
})
