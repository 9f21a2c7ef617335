import type { CollectionConfig } from 'payload'
import { isAdmin, isSignedIn } from '@/access/roles'
import { inAdminGroup } from '@/collections/admin-presentation'
import { audited } from './audited'

/** หน่วยงาน / กอง / ฝ่าย / งาน: a tree; people belong to units and approvals follow the tree. */
export const Units: CollectionConfig = {
  slug: 'units',
  labels: { singular: 'หน่วยงาน', plural: 'หน่วยงาน' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'parent'], ...inAdminGroup('system') },
  access: { read: isSignedIn, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: audited('account', 'หน่วยงาน'),
  fields: [
    { name: 'name', label: 'ชื่อหน่วยงาน', type: 'text', required: true },
    {
      name: 'kind',
      label: 'ระดับ',
      type: 'select',
      required: true,
      options: [
        { value: 'agency', label: 'หน่วยงาน' },
        { value: 'division', label: 'กอง / สำนัก' },
        { value: 'section', label: 'ฝ่าย / กลุ่มงาน' },
        { value: 'work', label: 'งาน' },
      ],
    },
    { name: 'parent', label: 'สังกัด', type: 'relationship', relationTo: 'units' },
  ],
}
