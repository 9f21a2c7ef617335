import type { CollectionConfig } from 'payload'
import { SUBMISSION_STATES, SUBMISSION_STATE_LABELS } from '@/domain/forms/forms'
import { nobody } from '@/access/roles'
import { inAdminGroup } from '@/collections/admin-presentation'
import { canReadSubmission } from './forms/access'
import { formSubmissionEndpoints } from './forms/endpoints'

/**
 * แบบฟอร์มที่ประชาชนส่ง: what a citizen sent through an e-form (POST /api/form-submissions/form/:slug), routed to
 * the form's unit, marked by its staff (POST /api/form-submissions/:id/transition), exported as CSV, and deleted with its
 * files once the form's retention period has passed (src/jobs/delete-expired-submissions.ts). Never public.
 */
export const FormSubmissions: CollectionConfig = {
  slug: 'form-submissions',
  labels: { singular: 'แบบฟอร์มที่ประชาชนส่ง', plural: 'แบบฟอร์มที่ประชาชนส่ง' },
  admin: { useAsTitle: 'reference', defaultColumns: ['reference', 'form', 'state', 'submittedAt'], ...inAdminGroup('citizens') },
  defaultSort: '-submittedAt',
  access: { read: canReadSubmission, create: nobody, update: nobody, delete: nobody },
  endpoints: formSubmissionEndpoints,
  fields: [
    { name: 'handling', type: 'ui', admin: { components: { Field: '@/components/admin/SubmissionPanel#SubmissionPanel' } } },
    { name: 'reference', label: 'เลขที่อ้างอิง', type: 'text', required: true, unique: true, index: true },
    { name: 'form', label: 'แบบฟอร์ม', type: 'relationship', relationTo: 'e-forms', required: true, index: true },
    // Each answer with its label and kind as the form had them when sent: read as a table in the panel above.
    { name: 'answers', label: 'คำตอบ', type: 'json', required: true, admin: { hidden: true } },
    // The panel above reads these out; the inputs stay aside, in the sidebar. The files are linked from their answers.
    { name: 'state', label: 'สถานะ', type: 'select', required: true, index: true, options: SUBMISSION_STATES.map((value) => ({ value, label: SUBMISSION_STATE_LABELS[value] })), admin: { position: 'sidebar' } },
    { name: 'unit', label: 'หน่วยงานที่รับ', type: 'relationship', relationTo: 'units', admin: { position: 'sidebar' } },
    { name: 'unitPath', type: 'text', index: true, admin: { hidden: true } },
    { name: 'submittedAt', label: 'ส่งเมื่อ', type: 'date', required: true, index: true, admin: { position: 'sidebar' } },
    { name: 'deleteAfter', label: 'ลบคำตอบอัตโนมัติเมื่อ', type: 'date', required: true, index: true, admin: { position: 'sidebar' } },
    { name: 'markedBy', label: 'ผู้ดำเนินการล่าสุด', type: 'text', admin: { position: 'sidebar' } },
    { name: 'markedAt', label: 'ดำเนินการล่าสุดเมื่อ', type: 'date', admin: { position: 'sidebar' } },
    { name: 'staffNote', label: 'หมายเหตุของเจ้าหน้าที่ (ภายใน ผู้ส่งไม่เห็น)', type: 'textarea', admin: { readOnly: true, condition: (data) => Boolean(data?.staffNote) } },
  ],
}
