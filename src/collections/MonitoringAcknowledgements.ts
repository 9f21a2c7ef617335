import type { CollectionConfig } from 'payload'
import { hasRole, nobody } from '@/access/roles'
import { roundRecordFields } from './monitoring/round-record-fields'
import { inAdminGroup } from '@/collections/admin-presentation'

/** ผู้บริหารรับทราบ: an executive's acknowledgement of a monitoring round's report, made only through the report endpoint. */
export const MonitoringAcknowledgements: CollectionConfig = {
  slug: 'monitoring-acknowledgements',
  labels: { singular: 'การรับทราบรายงาน', plural: 'การรับทราบรายงานของผู้บริหาร' },
  admin: { useAsTitle: 'byName', defaultColumns: ['fiscalYear', 'round', 'unit', 'byName', 'at'], ...inAdminGroup('monitoring') },
  defaultSort: '-at',
  access: { read: ({ req }) => hasRole('webmaster', 'executive', 'admin', 'head', 'division-head')(req), create: nobody, update: nobody, delete: nobody },
  fields: [
    ...roundRecordFields('ผู้บริหาร', 'วันเวลาที่รับทราบ'),
    { name: 'comment', label: 'ความเห็น', type: 'textarea' },
  ],
}
