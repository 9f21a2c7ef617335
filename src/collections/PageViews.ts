import type { CollectionConfig } from 'payload'
import { isAdminOrWebmaster, nobody } from '@/access/roles'
import { inAdminGroup } from '@/collections/admin-presentation'

/** สถิติผู้เข้าชม (C20): counters written in batches by the public server; day "all" holds all-time counts. */
export const PageViews: CollectionConfig = {
  slug: 'page-views',
  labels: { singular: 'สถิติผู้เข้าชม', plural: 'สถิติผู้เข้าชม' },
  admin: { useAsTitle: 'path', defaultColumns: ['day', 'path', 'views'], ...inAdminGroup('site') },
  access: { read: isAdminOrWebmaster, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['day', 'path'], unique: true }],
  fields: [
    { name: 'day', label: 'วัน', type: 'text', required: true, index: true },
    { name: 'path', label: 'หน้า', type: 'text', required: true },
    { name: 'views', label: 'จำนวนครั้ง', type: 'number', required: true, defaultValue: 0 },
  ],
}
