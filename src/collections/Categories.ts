import type { CollectionConfig } from 'payload'
import { anyone, isAdmin } from '@/access/roles'
import { publicContentChanged } from '@/server/events'
import { MAX_CONFIGURABLE_MEGABYTES, validExtensions } from '@/domain/files'
import { inAdminGroup } from '@/collections/admin-presentation'

/** หมวดหมู่ข้อมูล C1–C22 (SPEC §2): each is a place on the public site. */
export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: { singular: 'หมวดหมู่', plural: 'หมวดหมู่ข้อมูล' },
  admin: { useAsTitle: 'title', defaultColumns: ['code', 'title', 'sensitive'], ...inAdminGroup('system') },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  defaultSort: 'order',
  // Every page lists the categories (menu, site map): a renamed one shows once the change is committed.
  hooks: { afterChange: [publicContentChanged('แก้ไขหมวดหมู่ข้อมูล')], afterDelete: [publicContentChanged('ลบหมวดหมู่ข้อมูล')] },
  fields: [
    { name: 'code', label: 'รหัส', type: 'text', required: true, unique: true },
    { name: 'slug', label: 'ที่อยู่บนเว็บไซต์', type: 'text', required: true, unique: true, index: true },
    { name: 'title', label: 'ชื่อหมวดหมู่', type: 'text', required: true },
    {
      name: 'sensitive',
      label: 'ต้องผ่านหัวหน้ากองรับรอง (ระเบียบ การเงิน การจัดซื้อจัดจ้าง)',
      type: 'checkbox',
      defaultValue: false,
    },
    { name: 'order', label: 'ลำดับ', type: 'number', defaultValue: 0 },
    // The category's own file rules (open data as CSV, ODS, JSON…; 003): empty means the agency's settings.
    {
      type: 'row',
      fields: [
        { name: 'allowedExtensions', label: 'นามสกุลไฟล์ที่อนุญาตในหมวดนี้ (ว่าง = ตามการตั้งค่าหน่วยงาน)', type: 'text', hasMany: true, validate: validExtensions },
        { name: 'maxMegabytes', label: 'ขนาดไฟล์สูงสุดในหมวดนี้ (MB, ว่าง = ตามการตั้งค่าหน่วยงาน)', type: 'number', min: 1, max: MAX_CONFIGURABLE_MEGABYTES },
      ],
    },
  ],
}
