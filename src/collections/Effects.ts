import type { CollectionConfig } from 'payload'
import { hasRole, nobody } from '@/access/roles'
import { EFFECT_KINDS, EFFECT_KIND_LABELS } from '@/server/effect-kinds'
import { retryEffectEndpoint } from './effects/retry-endpoint'
import { inAdminGroup } from '@/collections/admin-presentation'

/**
 * สิ่งที่ต้องทำต่อ: one thing that must follow an event once its transaction has committed — drop the public
 * pages, leave a notice, send an e-mail, read a file's text. Each is done once and marked done; a failed one is
 * tried again later (attempts, next attempt, the last error) and webmasters see it until it succeeds.
 */
export const Effects: CollectionConfig = {
  slug: 'effects',
  labels: { singular: 'งานที่ต้องทำต่อ', plural: 'งานที่ต้องทำต่อ (การแจ้งเตือน อีเมล)' },
  admin: { useAsTitle: 'description', defaultColumns: ['description', 'status', 'attempts', 'lastError', 'nextAttemptAt'], ...inAdminGroup('monitoring', ['webmaster', 'admin']) },
  defaultSort: '-createdAt',
  access: { read: ({ req }) => hasRole('admin', 'webmaster')(req), create: nobody, update: nobody, delete: nobody },
  endpoints: [retryEffectEndpoint],
  indexes: [{ fields: ['status', 'nextAttemptAt'] }],
  fields: [
    // The audit log's entry it follows: administrators read the audit log; webmasters see the effect without it.
    { name: 'event', label: 'เหตุการณ์', type: 'relationship', relationTo: 'events', required: true, index: true, access: { read: ({ req }) => req.user?.role === 'admin' } },
    { name: 'kind', label: 'ประเภท', type: 'select', required: true, options: EFFECT_KINDS.map((value) => ({ value, label: EFFECT_KIND_LABELS[value] })) },
    { name: 'description', label: 'รายการ', type: 'text', required: true },
    // What the effect needs to be done later exactly as decided now (the message as written, the recipient).
    { name: 'input', type: 'json', required: true, admin: { hidden: true } },
    {
      name: 'status',
      label: 'สถานะ',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { value: 'pending', label: 'รอดำเนินการ' },
        { value: 'done', label: 'เสร็จแล้ว' },
        { value: 'failed', label: 'ไม่สำเร็จ (เลิกลองใหม่)' },
      ],
    },
    { name: 'attempts', label: 'จำนวนครั้งที่ลอง', type: 'number', defaultValue: 0 },
    { name: 'nextAttemptAt', label: 'ลองใหม่เมื่อ', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'lastError', label: 'ข้อผิดพลาดล่าสุด', type: 'text' },
    { name: 'claimedUntil', type: 'date', admin: { hidden: true } },
    { name: 'doneAt', label: 'เสร็จเมื่อ', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
