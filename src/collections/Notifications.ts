import type { CollectionConfig } from 'payload'
import { nobody } from '@/access/roles'

/** การแจ้งเตือน: what the app tells a person; the same message also goes by e-mail. */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  labels: { singular: 'การแจ้งเตือน', plural: 'การแจ้งเตือน' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'createdAt', 'read'] },
  defaultSort: '-createdAt',
  access: {
    read: ({ req }) => (req.user ? { recipient: { equals: req.user.id } } : false),
    update: ({ req }) => (req.user ? { recipient: { equals: req.user.id } } : false),
    create: nobody,
    delete: nobody,
  },
  fields: [
    { name: 'recipient', label: 'ผู้รับ', type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'kind', label: 'ประเภท', type: 'text', required: true },
    { name: 'title', label: 'เรื่อง', type: 'text', required: true },
    { name: 'message', label: 'ข้อความ', type: 'textarea', required: true },
    { name: 'link', label: 'ลิงก์', type: 'text' },
    { name: 'request', label: 'คำขอ', type: 'relationship', relationTo: 'publish-requests' },
    { name: 'read', label: 'อ่านแล้ว', type: 'checkbox', defaultValue: false },
  ],
}
