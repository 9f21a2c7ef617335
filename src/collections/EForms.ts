import type { CollectionConfig } from 'payload'
import { FORM_FIELD_TYPES, FORM_FIELD_TYPE_LABELS, FORM_SLUG, RETENTION } from '@/domain/forms/forms'
import { isAdminOrWebmaster, isSignedIn, nobody } from '@/access/roles'
import { inAdminGroup } from '@/collections/admin-presentation'
import { publicContentChanged } from '@/server/events'

/**
 * แบบฟอร์มออนไลน์: a form the administrators and webmasters build here (its fields, the unit it goes to, how long
 * answers are kept), filled by citizens on its page of the public site (src/site/pages/forms.tsx). The page changes
 * with the form, so a change drops the public pages once committed.
 */
export const EForms: CollectionConfig = {
  slug: 'e-forms',
  labels: { singular: 'แบบฟอร์มออนไลน์', plural: 'แบบฟอร์มออนไลน์' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'unit', 'active', 'updatedAt'], ...inAdminGroup('citizens', ['webmaster', 'admin']) },
  defaultSort: 'title',
  // The definition is no secret (it is on the public site); staff read it to read its submissions.
  access: { read: isSignedIn, create: isAdminOrWebmaster, update: isAdminOrWebmaster, delete: nobody },
  hooks: { afterChange: [publicContentChanged('แก้ไขแบบฟอร์มออนไลน์')] },
  fields: [
    { name: 'submissionsLink', type: 'ui', admin: { components: { Field: '@/components/admin/FormSubmissionsLink#FormSubmissionsLink' } } },
    { name: 'title', label: 'ชื่อแบบฟอร์ม', type: 'text', required: true },
    {
      name: 'slug',
      label: 'ที่อยู่บนเว็บไซต์ (ตัวอักษรภาษาอังกฤษพิมพ์เล็ก ตัวเลข และขีด)',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: (value: string | null | undefined) => (value && FORM_SLUG.test(value) ? true : 'ใช้ได้เฉพาะตัวอักษรภาษาอังกฤษพิมพ์เล็ก ตัวเลข และขีด เช่น job-application'),
    },
    { name: 'intro', label: 'คำอธิบายก่อนกรอก (เอกสารที่ต้องเตรียม ระยะเวลาดำเนินการ)', type: 'textarea' },
    { name: 'unit', label: 'หน่วยงานที่รับแบบฟอร์ม', type: 'relationship', relationTo: 'units', required: true },
    { name: 'active', label: 'เปิดรับแบบฟอร์มบนเว็บไซต์', type: 'checkbox', defaultValue: true },
    {
      name: 'retentionDays',
      label: `เก็บคำตอบไว้ (วัน) แล้วลบอัตโนมัติ (${RETENTION.minDays}–${RETENTION.maxDays} วัน)`,
      type: 'number',
      required: true,
      defaultValue: RETENTION.defaultDays,
      min: RETENTION.minDays,
      max: RETENTION.maxDays,
    },
    {
      name: 'fields',
      label: 'ช่องของแบบฟอร์ม',
      labels: { singular: 'ช่อง', plural: 'ช่องของแบบฟอร์ม' },
      type: 'array',
      minRows: 1,
      required: true,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', label: 'ชื่อช่อง', type: 'text', required: true },
            { name: 'type', label: 'ชนิด', type: 'select', required: true, defaultValue: 'text', options: FORM_FIELD_TYPES.map((value) => ({ value, label: FORM_FIELD_TYPE_LABELS[value] })) },
            { name: 'required', label: 'ต้องกรอก', type: 'checkbox' },
          ],
        },
        { name: 'options', label: 'ตัวเลือก (บรรทัดละหนึ่งตัวเลือก สำหรับ “เลือกหนึ่งข้อ” และ “เลือกได้หลายข้อ”)', type: 'textarea', admin: { condition: (_, row) => row?.type === 'choice' || row?.type === 'checkbox' } },
        { name: 'help', label: 'คำอธิบายใต้ช่อง', type: 'text' },
      ],
    },
  ],
}
