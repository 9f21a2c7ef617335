import type { CollectionConfig } from 'payload'
import { hasRole, nobody } from '@/access/roles'
import { startLinkCheckEndpoint } from './monitoring/link-check-endpoint'
import { inAdminGroup } from '@/collections/admin-presentation'

/** การตรวจสอบลิงก์และไฟล์: one run of the checker over the public site, with its progress and what it found (000 §4.2). */
export const LinkChecks: CollectionConfig = {
  slug: 'link-checks',
  labels: { singular: 'การตรวจสอบลิงก์และไฟล์', plural: 'การตรวจสอบลิงก์และไฟล์' },
  admin: { useAsTitle: 'createdAt', defaultColumns: ['createdAt', 'status', 'checked', 'total'], ...inAdminGroup('monitoring', ['webmaster', 'executive', 'admin']) },
  defaultSort: '-createdAt',
  access: { read: ({ req }) => hasRole('webmaster', 'executive', 'admin')(req), create: nobody, update: nobody, delete: nobody },
  endpoints: [startLinkCheckEndpoint],
  fields: [
    {
      name: 'status',
      label: 'สถานะ',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      options: [
        { value: 'queued', label: 'รอตรวจสอบ' },
        { value: 'running', label: 'กำลังตรวจสอบ' },
        { value: 'done', label: 'ตรวจสอบเสร็จแล้ว' },
        { value: 'failed', label: 'ตรวจสอบไม่สำเร็จ' },
      ],
    },
    { name: 'startedBy', label: 'ผู้สั่งตรวจสอบ', type: 'relationship', relationTo: 'users' },
    { type: 'row', fields: [
      { name: 'checked', label: 'ตรวจแล้ว (หน้า)', type: 'number', defaultValue: 0 },
      { name: 'total', label: 'ทั้งหมด (หน้า)', type: 'number', defaultValue: 0 },
    ] },
    { name: 'finishedAt', label: 'เสร็จเมื่อ', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'error', label: 'ข้อผิดพลาด', type: 'textarea' },
    {
      name: 'problems',
      label: 'ปัญหาที่พบ',
      labels: { singular: 'ปัญหา', plural: 'ปัญหา' },
      type: 'array',
      fields: [
        { name: 'page', label: 'หน้าที่พบ', type: 'text' },
        { name: 'link', label: 'ลิงก์หรือไฟล์', type: 'text' },
        { name: 'problem', label: 'ปัญหา', type: 'text' },
      ],
    },
  ],
}
