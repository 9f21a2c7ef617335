import type { CollectionConfig } from 'payload'
import { hasRole, nobody } from '@/access/roles'
import { roundRecordFields } from './monitoring/round-record-fields'
import { inAdminGroup } from '@/collections/admin-presentation'

/** ออกรายงาน: a monitoring round's report as issued (by a head for their unit, or a webmaster), made only through the report endpoint. */
export const MonitoringReportIssues: CollectionConfig = {
  slug: 'monitoring-report-issues',
  labels: { singular: 'การออกรายงาน', plural: 'การออกรายงานผลการกำกับติดตาม' },
  admin: { useAsTitle: 'byName', defaultColumns: ['fiscalYear', 'round', 'unit', 'byName', 'at', 'late'], ...inAdminGroup('monitoring') },
  defaultSort: '-at',
  access: { read: ({ req }) => hasRole('webmaster', 'executive', 'admin', 'head', 'division-head')(req), create: nobody, update: nobody, delete: nobody },
  fields: [
    ...roundRecordFields('ผู้ออกรายงาน', 'วันเวลาที่ออกรายงาน'),
    { name: 'cutOff', label: 'ข้อมูล ณ', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'late', label: 'ออกหลังวันครบกำหนด', type: 'checkbox', defaultValue: false },
  ],
}
