import { describe, expect, it } from 'vitest'
import { changedFieldLabels } from './page-changes'

const labels = { vision: 'วิสัยทัศน์', missions: 'พันธกิจ', phone: 'โทรศัพท์', updatedAt: 'แก้ไขล่าสุด', _status: 'สถานะ' }

describe('what a change to an agency page changed', () => {
  it('names the content fields whose values differ, by their labels', () => {
    expect(changedFieldLabels({ vision: 'เดิม', phone: '053' }, { vision: 'ใหม่', phone: '053' }, labels)).toEqual(['วิสัยทัศน์'])
    expect(changedFieldLabels({}, { phone: '053' }, labels)).toEqual(['โทรศัพท์'])
  })
  it('ignores row ids, empty against missing, and bookkeeping fields', () => {
    expect(changedFieldLabels({ missions: [{ id: 'a', text: 'x' }], phone: null }, { missions: [{ id: 'b', text: 'x' }], updatedAt: 'now', _status: 'published' }, labels)).toEqual([])
    expect(changedFieldLabels({ missions: [{ id: 'a', text: 'x' }] }, { missions: [{ id: 'a', text: 'y' }] }, labels)).toEqual(['พันธกิจ'])
    // A photo as its id before and as the whole document after is the same photo.
    expect(changedFieldLabels({ missions: [{ id: 'a', photo: 7 }] }, { missions: [{ id: 'b', photo: { id: 7, filename: 'mayor.png' } }] }, labels)).toEqual([])
  })
})
