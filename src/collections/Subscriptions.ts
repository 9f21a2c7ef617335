import type { CollectionConfig } from 'payload'
import { ALERT_FREQUENCIES, ALERT_TOPICS, ALERT_TOPIC_NAMES, END_REASONS, END_REASON_LABELS, FREQUENCY_LABELS } from '@/domain/alerts/alerts'
import { isAdmin, nobody } from '@/access/roles'
import { inAdminGroup } from '@/collections/admin-presentation'
import { subscriptionEndpoints } from './subscriptions/endpoints'

/**
 * ผู้รับข่าวสารทางอีเมล: a subscription exists only once its e-mail address was confirmed (the double opt-in link
 * carries the request until then, signed and expiring); it ends by one click, from any alert, or on its own page.
 * When the person agreed and why it ended are kept (PDPA). Only administrators read the list.
 */
export const Subscriptions: CollectionConfig = {
  slug: 'subscriptions',
  labels: { singular: 'ผู้รับข่าวสารทางอีเมล', plural: 'ผู้รับข่าวสารทางอีเมล' },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'topics', 'frequency', 'state', 'confirmedAt'], ...inAdminGroup('system') },
  defaultSort: '-confirmedAt',
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  endpoints: subscriptionEndpoints,
  fields: [
    { name: 'email', label: 'อีเมล', type: 'text', required: true, index: true },
    { name: 'topics', label: 'หัวข้อ', type: 'select', hasMany: true, options: ALERT_TOPIC_NAMES.map((value) => ({ value, label: ALERT_TOPICS[value].label })) },
    { name: 'frequency', label: 'ความถี่', type: 'select', required: true, options: ALERT_FREQUENCIES.map((value) => ({ value, label: FREQUENCY_LABELS[value] })) },
    { name: 'state', label: 'สถานะ', type: 'select', required: true, index: true, options: [{ value: 'active', label: 'รับข่าวสารอยู่' }, { value: 'ended', label: 'ยกเลิกแล้ว' }] },
    { name: 'token', type: 'text', required: true, unique: true, index: true, admin: { hidden: true } },
    { name: 'consentAt', label: 'ขอรับข่าวสารเมื่อ', type: 'date', required: true },
    { name: 'confirmedAt', label: 'ยืนยันอีเมลเมื่อ', type: 'date', required: true },
    { name: 'endedAt', label: 'ยกเลิกเมื่อ', type: 'date' },
    { name: 'endReason', label: 'เหตุที่ยกเลิก', type: 'select', options: END_REASONS.map((value) => ({ value, label: END_REASON_LABELS[value] })) },
    { name: 'lastDigestAt', label: 'ส่งสรุปรายวันล่าสุด', type: 'date' },
  ],
}
