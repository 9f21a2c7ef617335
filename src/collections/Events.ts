import type { CollectionConfig } from 'payload'
import { hasRole, nobody } from '@/access/roles'
import { inAdminGroup } from '@/collections/admin-presentation'

/**
 * เหตุการณ์: what happened, written in the same transaction as the change itself (a workflow action, an edit of
 * the agency's pages, an upload). What must follow — dropping public pages, notices, e-mail, reading a file's
 * text — is in `effects`, run once the transaction has committed (src/server/effects.ts).
 */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: 'เหตุการณ์ในระบบ', plural: 'เหตุการณ์ในระบบ' },
  admin: { useAsTitle: 'summary', defaultColumns: ['summary', 'kind', 'createdAt'], ...inAdminGroup('system') },
  defaultSort: '-createdAt',
  access: { read: ({ req }) => hasRole('admin', 'webmaster')(req), create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'kind',
      label: 'ประเภท',
      type: 'select',
      required: true,
      options: [
        { value: 'workflow', label: 'การดำเนินการกับคำขอเผยแพร่' },
        { value: 'public-content', label: 'แก้ไขเนื้อหาบนเว็บไซต์' },
        { value: 'upload', label: 'อัปโหลดไฟล์' },
        { value: 'notice', label: 'แจ้งเตือนบุคลากร' },
        { value: 'complaint', label: 'เรื่องร้องเรียน' },
        { value: 'question', label: 'กระดานถาม-ตอบ' },
        { value: 'subscription', label: 'การรับข่าวสารทางอีเมล' },
        { value: 'hearing', label: 'การรับฟังความคิดเห็น' },
        { value: 'e-form', label: 'แบบฟอร์มออนไลน์' },
        { value: 'log', label: 'ข้อมูลจราจรทางคอมพิวเตอร์' },
        { value: 'backup', label: 'การสำรองข้อมูล' },
      ],
    },
    { name: 'summary', label: 'สรุป', type: 'text', required: true },
    { name: 'request', label: 'คำขอ', type: 'relationship', relationTo: 'publish-requests' },
  ],
}
