import type { CollectionConfig } from 'payload'
import { hasRole, nobody } from '@/access/roles'
import { inAdminGroup } from '@/collections/admin-presentation'
import { AGENCY_PAGES, type AgencyPage } from '@/domain/workflow'

/**
 * การอนุมัติการแก้ไขหน้าข้อมูลหน่วยงาน: each change to the agency's pages as published — which page, what changed,
 * who proposed it, who approved it and when (src/globals/agency-page-approval.ts). Written only by the approval.
 */
export const AgencyPageApprovals: CollectionConfig = {
  slug: 'agency-page-approvals',
  labels: { singular: 'การอนุมัติแก้ไขหน้าข้อมูลหน่วยงาน', plural: 'ประวัติการแก้ไขหน้าข้อมูลหน่วยงาน' },
  admin: { useAsTitle: 'changedFields', defaultColumns: ['page', 'changedFields', 'proposedByName', 'approvedByName', 'approvedAt'], ...inAdminGroup('site') },
  defaultSort: '-approvedAt',
  access: { read: ({ req }) => hasRole('webmaster', 'executive', 'admin', 'head', 'division-head')(req), create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'page', label: 'หน้า', type: 'select', required: true, index: true, options: (Object.entries(AGENCY_PAGES) as [AgencyPage, string][]).map(([value, label]) => ({ value, label })) },
    { name: 'changedFields', label: 'สิ่งที่แก้ไข', type: 'text', required: true },
    { name: 'proposedByName', label: 'ผู้เสนอ', type: 'text', required: true },
    { name: 'approvedBy', label: 'ผู้อนุมัติ', type: 'relationship', relationTo: 'users', required: true },
    { name: 'approvedByName', label: 'ชื่อผู้อนุมัติ', type: 'text', required: true },
    { name: 'approvedAt', label: 'วันเวลาที่อนุมัติ', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
