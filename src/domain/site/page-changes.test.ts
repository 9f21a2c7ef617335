import { describe, expect, it } from 'vitest'
import { changedFieldLabels, fieldChanges, valueText } from './page-changes'

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
  it('shows each changed field as text both ways: list rows one per line, a row’s parts joined, nothing as a dash', () => {
    const before = { vision: 'เดิม', missions: [{ id: 'a', text: 'ข้อหนึ่ง' }] }
    const after = { vision: 'ใหม่', missions: [{ id: 'b', text: 'ข้อหนึ่ง' }, { id: 'c', text: 'ข้อสอง' }], phone: '053' }
    expect(fieldChanges(before, after, labels)).toEqual([
      { label: 'วิสัยทัศน์', before: 'เดิม', after: 'ใหม่' },
      { label: 'พันธกิจ', before: 'ข้อหนึ่ง', after: 'ข้อหนึ่ง\nข้อสอง' },
      { label: 'โทรศัพท์', before: '–', after: '053' },
    ])
    expect(valueText([{ name: 'นายสมชาย', position: 'นายกเทศมนตรี', photo: null }])).toBe('นายสมชาย — นายกเทศมนตรี')
    expect(valueText([])).toBe('–')
  })
})
