import type { CollectionConfig } from 'payload'
import { nobody } from '@/access/roles'
import { markAllReadEndpoint, markReadEndpoint, unreadCountEndpoint } from './notifications/endpoints'
import { inAdminGroup } from '@/collections/admin-presentation'

/**
 * การแจ้งเตือน: what the app tells a person (the same message also goes by e-mail). A notice that asks someone
 * to act carries what the request waits for (`awaits`) and is done once anyone has taken that step.
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  labels: { singular: 'การแจ้งเตือน', plural: 'การแจ้งเตือน' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'createdAt', 'read', 'done'], ...inAdminGroup('requests') },
  defaultSort: '-createdAt',
  access: {
    read: ({ req }) => (req.user ? { recipient: { equals: req.user.id } } : false),
    update: ({ req }) => (req.user ? { recipient: { equals: req.user.id } } : false),
    create: nobody,
    delete: nobody,
  },
  endpoints: [unreadCountEndpoint, markReadEndpoint, markAllReadEndpoint],
  indexes: [{ fields: ['recipient', 'read', 'done'] }, { fields: ['request', 'awaits', 'done'] }],
  fields: [
    { name: 'recipient', label: 'ผู้รับ', type: 'relationship', relationTo: 'users', required: true, index: true, access: { update: () => false } },
    { name: 'kind', label: 'ประเภท', type: 'text', required: true, access: { update: () => false } },
    { name: 'title', label: 'เรื่อง', type: 'text', required: true, access: { update: () => false } },
    { name: 'message', label: 'ข้อความ', type: 'textarea', required: true, access: { update: () => false } },
    { name: 'link', label: 'ลิงก์', type: 'text', access: { update: () => false } },
    { name: 'request', label: 'คำขอ', type: 'relationship', relationTo: 'publish-requests', access: { update: () => false } },
    { name: 'awaits', label: 'รอการดำเนินการ', type: 'text', admin: { hidden: true }, access: { update: () => false } },
    { name: 'read', label: 'อ่านแล้ว', type: 'checkbox', defaultValue: false },
    { name: 'done', label: 'ดำเนินการแล้ว', type: 'checkbox', defaultValue: false, access: { update: () => false } },
    { name: 'doneAt', label: 'ดำเนินการเมื่อ', type: 'date', access: { update: () => false } },
  ],
}
