import type { CollectionConfig } from 'payload'
import { hasRole, nobody } from '@/access/roles'
import { runIntegrityCheckEndpoint } from './monitoring/integrity-check-endpoint'
import { inAdminGroup } from '@/collections/admin-presentation'

export const INTEGRITY_FINDINGS = {
  'file-changed': 'ไฟล์ถูกเปลี่ยนนอกระบบ (ค่าแฮชไม่ตรงกับที่บันทึกไว้)',
  'file-missing': 'ไม่พบไฟล์บนเซิร์ฟเวอร์',
  'item-changed': 'ข้อมูลรายการถูกแก้ไขนอกระบบงาน (ไม่ตรงกับที่เผยแพร่)',
  'file-restored': 'ไฟล์กลับมาตรงกับที่บันทึกไว้แล้ว',
  'item-restored': 'ข้อมูลรายการกลับมาตรงกับที่เผยแพร่แล้ว',
} as const

/**
 * การตรวจการแก้ไขนอกระบบ: one run of the integrity check (src/jobs/check-integrity.ts) over what is public: every
 * file's SHA-256 and every item's content against what was recorded when it was published.
 */
export const IntegrityChecks: CollectionConfig = {
  slug: 'integrity-checks',
  labels: { singular: 'การตรวจการแก้ไขนอกระบบ', plural: 'การตรวจการแก้ไขนอกระบบ' },
  admin: { useAsTitle: 'createdAt', defaultColumns: ['createdAt', 'items', 'files', 'found'], ...inAdminGroup('monitoring', ['webmaster', 'executive', 'admin']) },
  defaultSort: '-createdAt',
  access: { read: ({ req }) => hasRole('webmaster', 'admin')(req), create: nobody, update: nobody, delete: nobody },
  endpoints: [runIntegrityCheckEndpoint],
  fields: [
    { type: 'row', fields: [
      { name: 'items', label: 'ตรวจรายการ', type: 'number', defaultValue: 0 },
      { name: 'files', label: 'ตรวจไฟล์', type: 'number', defaultValue: 0 },
      { name: 'found', label: 'พบการแก้ไขนอกระบบ', type: 'number', defaultValue: 0 },
    ] },
    { name: 'startedBy', label: 'ผู้สั่งตรวจ (ว่าง = ตามกำหนดเวลา)', type: 'relationship', relationTo: 'users' },
    {
      name: 'findings',
      label: 'สิ่งที่พบ',
      labels: { singular: 'สิ่งที่พบ', plural: 'สิ่งที่พบ' },
      type: 'array',
      fields: [
        { name: 'kind', label: 'ประเภท', type: 'select', options: Object.entries(INTEGRITY_FINDINGS).map(([value, label]) => ({ value, label })) },
        { name: 'what', label: 'รายการหรือไฟล์', type: 'text' },
        { name: 'request', label: 'คำขอเผยแพร่', type: 'relationship', relationTo: 'publish-requests' },
        { name: 'attachment', label: 'ไฟล์แนบ', type: 'relationship', relationTo: 'attachments' },
      ],
    },
  ],
}
