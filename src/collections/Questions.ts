import type { CollectionConfig } from 'payload'
import { QUESTION_STATES, QUESTION_STATE_LABELS } from '@/domain/questions/questions'
import { hasRole, nobody } from '@/access/roles'
import { inAdminGroup } from '@/collections/admin-presentation'
import { questionEndpoints } from './questions/endpoints'

/**
 * คำถามในกระดานถาม-ตอบ: asked on the public site without an account (POST /api/questions), answered or rejected by a
 * webmaster (POST /api/questions/:id/transition). Read through the API by staff only; the public site shows the
 * answered ones, question and answer, never the asker's e-mail.
 */
export const Questions: CollectionConfig = {
  slug: 'questions',
  labels: { singular: 'คำถาม (กระดานถาม-ตอบ)', plural: 'กระดานถาม-ตอบ' },
  admin: { useAsTitle: 'question', defaultColumns: ['question', 'state', 'createdAt'], ...inAdminGroup('citizens') },
  defaultSort: '-createdAt',
  access: { read: ({ req }) => hasRole('webmaster', 'executive', 'admin')(req), create: nobody, update: nobody, delete: nobody },
  endpoints: questionEndpoints,
  fields: [
    { name: 'moderation', type: 'ui', admin: { components: { Field: '@/components/admin/QuestionPanel#QuestionPanel' } } },
    { name: 'question', label: 'คำถาม', type: 'text', required: true },
    { name: 'details', label: 'รายละเอียด', type: 'textarea' },
    { name: 'email', label: 'อีเมลผู้ถาม (ไม่เผยแพร่ ใช้แจ้งเมื่อตอบแล้ว)', type: 'text' },
    { name: 'consentAt', label: 'ยินยอมให้เผยแพร่เมื่อ', type: 'date', required: true },
    { name: 'state', label: 'สถานะ', type: 'select', required: true, index: true, options: QUESTION_STATES.map((value) => ({ value, label: QUESTION_STATE_LABELS[value] })) },
    { name: 'answer', label: 'คำตอบของหน่วยงาน', type: 'textarea' },
    { name: 'rejectReason', label: 'เหตุผลที่ไม่เผยแพร่ (ภายใน)', type: 'textarea' },
    { name: 'answeredBy', label: 'ผู้ตอบ', type: 'text' },
    { name: 'answeredAt', label: 'ตอบเมื่อ', type: 'date', index: true },
  ],
}
