import type { Access, CollectionConfig } from 'payload'
import { COMMENT_STATES, COMMENT_STATE_LABELS, FLAG_REASONS } from '@/domain/hearings/hearings'
import { hasRole, nobody } from '@/access/roles'
import { inAdminGroup } from '@/collections/admin-presentation'
import { commentEndpoints, hearingEndpoints } from './hearings/endpoints'
import { publicContentChanged } from '@/server/events'

/** A new hearing is a new address in the sitemap (its page and the list are rendered on every request). */
const hearingOpened = publicContentChanged('เปิดการรับฟังความคิดเห็นใหม่')

const moderators: Access = ({ req }) => hasRole('webmaster', 'admin')(req)

/**
 * การรับฟังความคิดเห็น: a hearing the webmasters open (its topic, document, and the times it opens and closes,
 * which the server enforces), and its outcome published once it has closed (POST /api/hearings/:id/outcome).
 */
export const Hearings: CollectionConfig = {
  slug: 'hearings',
  labels: { singular: 'การรับฟังความคิดเห็น', plural: 'การรับฟังความคิดเห็น' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'opensAt', 'closesAt', 'outcomePublishedAt'], ...inAdminGroup('citizens', ['webmaster', 'executive', 'admin']) },
  defaultSort: '-opensAt',
  access: { read: moderators, create: moderators, update: moderators, delete: nobody },
  endpoints: hearingEndpoints,
  hooks: { afterChange: [async (args) => (args.operation === 'create' ? hearingOpened(args) : args.doc)] },
  fields: [
    { name: 'conclusion', type: 'ui', admin: { components: { Field: '@/components/admin/HearingPanels#HearingOutcomePanel' } } },
    { name: 'title', label: 'เรื่องที่รับฟังความคิดเห็น', type: 'text', required: true },
    { name: 'description', label: 'รายละเอียดและประเด็นที่ขอความเห็น', type: 'textarea', required: true },
    // The document goes through the workflow like anything public (approved, then published in C18): the hearing links to it.
    { name: 'document', label: 'เอกสารประกอบ (รายการที่เผยแพร่แล้วผ่านระบบงาน ในหมวดรับฟังความคิดเห็น)', type: 'relationship', relationTo: 'publish-requests' },
    {
      type: 'row',
      fields: [
        { name: 'opensAt', label: 'เปิดรับฟังเมื่อ', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'closesAt', label: 'ปิดรับฟังเมื่อ', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      type: 'collapsible',
      label: 'สรุปผลการรับฟังความคิดเห็น (เผยแพร่หลังปิดรับฟัง ผ่าน “เผยแพร่สรุปผล”)',
      fields: [
        { name: 'outcomeSummary', label: 'สรุปความคิดเห็นที่ได้รับ', type: 'textarea', access: { update: () => false } },
        { name: 'outcomeChanges', label: 'สิ่งที่หน่วยงานปรับปรุงจากความคิดเห็น', type: 'textarea', access: { update: () => false } },
        { name: 'participants', label: 'จำนวนผู้แสดงความคิดเห็น', type: 'number', access: { update: () => false } },
        { name: 'outcomePublishedAt', label: 'เผยแพร่สรุปผลเมื่อ', type: 'date', index: true, access: { update: () => false } },
      ],
    },
  ],
  timestamps: true,
}

/** ความคิดเห็นในการรับฟัง: sent by citizens, public only once a moderator shows it; readers' flags hide it again for review. */
export const HearingComments: CollectionConfig = {
  slug: 'hearing-comments',
  labels: { singular: 'ความคิดเห็น (รับฟังความคิดเห็น)', plural: 'ความคิดเห็น (รับฟังความคิดเห็น)' },
  admin: { useAsTitle: 'text', defaultColumns: ['text', 'hearing', 'state', 'flags', 'createdAt'], ...inAdminGroup('citizens', ['webmaster', 'admin']) },
  defaultSort: '-createdAt',
  access: { read: moderators, create: nobody, update: nobody, delete: nobody },
  endpoints: commentEndpoints,
  fields: [
    { name: 'moderation', type: 'ui', admin: { components: { Field: '@/components/admin/HearingPanels#CommentModerationPanel' } } },
    { name: 'hearing', label: 'การรับฟังความคิดเห็น', type: 'relationship', relationTo: 'hearings', required: true, index: true },
    { name: 'text', label: 'ความคิดเห็น', type: 'textarea', required: true },
    { name: 'name', label: 'ชื่อ (ถ้าผู้แสดงความคิดเห็นกรอก แสดงต่อสาธารณะ)', type: 'text' },
    { name: 'email', label: 'อีเมล (ไม่เผยแพร่)', type: 'text' },
    { name: 'consentAt', label: 'ยินยอมให้เผยแพร่เมื่อ', type: 'date', required: true },
    { name: 'state', label: 'สถานะ', type: 'select', required: true, index: true, options: COMMENT_STATES.map((value) => ({ value, label: COMMENT_STATE_LABELS[value] })) },
    { name: 'flags', label: 'จำนวนครั้งที่ถูกแจ้งว่าไม่เหมาะสม', type: 'number', defaultValue: 0 },
    { name: 'moderationNote', label: 'เหตุผลของผู้ตรวจ', type: 'textarea' },
  ],
}

/** One reader's flag on a comment: one an address (kept as a hash, not the address). */
export const CommentFlags: CollectionConfig = {
  slug: 'comment-flags',
  labels: { singular: 'การแจ้งความคิดเห็นไม่เหมาะสม', plural: 'การแจ้งความคิดเห็นไม่เหมาะสม' },
  admin: { hidden: true },
  access: { read: moderators, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'comment', type: 'relationship', relationTo: 'hearing-comments', required: true, index: true },
    { name: 'reader', type: 'text', required: true, index: true },
    { name: 'reason', type: 'select', required: true, options: Object.entries(FLAG_REASONS).map(([value, label]) => ({ value, label })) },
  ],
  indexes: [{ fields: ['comment', 'reader'], unique: true }],
}
