import type { CollectionConfig } from 'payload'
import { hasRole, nobody } from '@/access/roles'

/** ผู้บริหารรับทราบ: an executive's acknowledgement of a monitoring round's report, made only through the report endpoint. */
export const MonitoringAcknowledgements: CollectionConfig = {
  slug: 'monitoring-acknowledgements',
  labels: { singular: 'การรับทราบรายงาน', plural: 'การรับทราบรายงานของผู้บริหาร' },
  admin: { useAsTitle: 'byName', defaultColumns: ['fiscalYear', 'round', 'unit', 'byName', 'at'], group: 'การกำกับติดตาม' },
  defaultSort: '-at',
  access: { read: ({ req }) => hasRole('webmaster', 'executive', 'admin', 'head', 'division-head')(req), create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'fiscalYear', label: 'ปีงบประมาณ', type: 'number', required: true, index: true },
    { name: 'round', label: 'รอบ', type: 'select', required: true, options: [{ value: '6', label: 'รอบ 6 เดือน' }, { value: '12', label: 'รอบ 12 เดือน' }] },
    { name: 'unit', label: 'กลุ่มงาน (เว้นว่าง = ทั้งหน่วยงาน)', type: 'relationship', relationTo: 'units' },
    { name: 'by', label: 'ผู้บริหาร', type: 'relationship', relationTo: 'users', required: true },
    { name: 'byName', label: 'ชื่อผู้บริหาร', type: 'text', required: true },
    { name: 'at', label: 'วันเวลาที่รับทราบ', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'comment', label: 'ความเห็น', type: 'textarea' },
  ],
}
