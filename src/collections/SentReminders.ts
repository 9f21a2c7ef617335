import type { CollectionConfig } from 'payload'
import { isAdmin, nobody } from '@/access/roles'
import { inAdminGroup } from '@/collections/admin-presentation'

/** Monitoring-round reminders already sent, by their stable key ("2569-6-before-14"): each goes out once. */
export const SentReminders: CollectionConfig = {
  slug: 'sent-reminders',
  labels: { singular: 'การเตือนที่ส่งแล้ว', plural: 'การเตือนรอบรายงานที่ส่งแล้ว' },
  admin: { useAsTitle: 'key', defaultColumns: ['key', 'subject', 'createdAt'], ...inAdminGroup('monitoring', ['webmaster', 'admin']) },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', label: 'รหัสการเตือน', type: 'text', required: true, unique: true },
    { name: 'subject', label: 'เรื่อง', type: 'text' },
  ],
}
