import type { Field } from 'payload'

/** What a round's acknowledgement and its issued report both record: the round, the unit (empty: the agency), who and when. */
export const roundRecordFields = (who: string, when: string): Field[] => [
  { name: 'fiscalYear', label: 'ปีงบประมาณ', type: 'number', required: true, index: true },
  { name: 'round', label: 'รอบ', type: 'select', required: true, options: [{ value: '6', label: 'รอบ 6 เดือน' }, { value: '12', label: 'รอบ 12 เดือน' }] },
  { name: 'unit', label: 'กลุ่มงาน (เว้นว่าง = ทั้งหน่วยงาน)', type: 'relationship', relationTo: 'units' },
  { name: 'by', label: who, type: 'relationship', relationTo: 'users', required: true },
  { name: 'byName', label: `ชื่อ${who}`, type: 'text', required: true },
  { name: 'at', label: when, type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
]
