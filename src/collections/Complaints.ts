import type { CollectionConfig } from 'payload'
import { CLOSING_OUTCOMES, COMPLAINT_ACTIONS, COMPLAINT_STATES, COMPLAINT_STATE_LABELS, COMPLAINT_TRACKS, OUTCOME_LABELS, TRACK_LABELS, ruleOf } from '@/domain/complaints/complaints'
import { nobody } from '@/access/roles'
import { inAdminGroup } from '@/collections/admin-presentation'
import { canReadComplaint } from './complaints/access'
import { recordCorruptionReads } from './complaints/reads'
import { complaintEndpoints } from './complaints/endpoints'

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((value) => ({ value, label: labels[value] }))

/**
 * เรื่องร้องเรียนและคำขอข้อมูลข่าวสาร: what citizens file on the public site without an account (POST
 * /api/complaints: a complaint on its general or corruption track, or a request for official information), handled
 * by staff through POST /api/complaints/:id/transition as the table in src/domain/complaints says. Nothing here is
 * public: the citizen sees their own case's states, the agency's answers and its files by the tracking code.
 */
export const Complaints: CollectionConfig = {
  slug: 'complaints',
  labels: { singular: 'เรื่องร้องเรียน/คำขอข้อมูล', plural: 'เรื่องร้องเรียนและคำขอข้อมูลข่าวสาร' },
  admin: { useAsTitle: 'topic', defaultColumns: ['trackingCode', 'topic', 'track', 'state', 'receivedAt'], ...inAdminGroup('citizens') },
  defaultSort: '-receivedAt',
  access: { read: canReadComplaint, create: nobody, update: nobody, delete: nobody },
  hooks: { afterRead: [recordCorruptionReads] },
  endpoints: complaintEndpoints,
  fields: [
    { name: 'handling', type: 'ui', admin: { components: { Field: '@/components/admin/ComplaintPanel#ComplaintPanel' } } },
    { name: 'trackingCode', label: 'รหัสติดตามเรื่อง', type: 'text', required: true, unique: true, index: true },
    { name: 'track', label: 'ช่องทาง', type: 'select', required: true, options: options(COMPLAINT_TRACKS, TRACK_LABELS), index: true },
    { name: 'topic', label: 'เรื่อง', type: 'text', required: true },
    { name: 'details', label: 'รายละเอียด', type: 'textarea', required: true },
    // A request for information names what it asks for, not where something happened: its form has no place.
    { name: 'place', label: 'สถานที่เกิดเหตุ', type: 'text', admin: { condition: (data) => data?.track !== 'information' } },
    // The citizen's files sent with the case and the agency's given back (the information asked for): src/collections/CaseFiles.ts.
    { name: 'caseFiles', label: 'ไฟล์ของเรื่องนี้', type: 'join', collection: 'case-files', on: 'case', admin: { defaultColumns: ['filename', 'from', 'createdAt'], allowCreate: false } },
    {
      type: 'collapsible',
      label: 'ผู้ร้อง (ข้อมูลส่วนบุคคล ใช้เพื่อติดต่อกลับเท่านั้น)',
      fields: [
        { name: 'name', label: 'ชื่อ-นามสกุล (ว่าง = ไม่ประสงค์ออกนาม)', type: 'text' },
        { name: 'email', label: 'อีเมล', type: 'text' },
        { name: 'phone', label: 'โทรศัพท์', type: 'text' },
        { name: 'consentAt', label: 'ให้ความยินยอมเมื่อ', type: 'date', required: true },
      ],
    },
    { name: 'state', label: 'สถานะ', type: 'select', required: true, options: options(COMPLAINT_STATES, COMPLAINT_STATE_LABELS), index: true },
    { name: 'outcome', label: 'ผลการยุติเรื่อง', type: 'select', options: options(CLOSING_OUTCOMES, OUTCOME_LABELS) },
    { name: 'unit', label: 'หน่วยงานที่รับผิดชอบ', type: 'relationship', relationTo: 'units' },
    { name: 'unitPath', type: 'text', index: true, admin: { hidden: true } },
    { name: 'receivedAt', label: 'รับเรื่องเมื่อ', type: 'date', required: true, index: true },
    { name: 'stateChangedAt', label: 'เข้าสถานะปัจจุบันเมื่อ', type: 'date', required: true, admin: { hidden: true } },
    { name: 'closedAt', label: 'ยุติเรื่องเมื่อ', type: 'date' },
    { name: 'rating', label: 'ความพึงพอใจของผู้ร้องต่อการดำเนินการ (1–5)', type: 'number', min: 1, max: 5 },
    {
      name: 'history',
      label: 'ลำดับการดำเนินการ',
      labels: { singular: 'การดำเนินการ', plural: 'ลำดับการดำเนินการ' },
      type: 'array',
      admin: { hidden: true }, // read as a timeline in the panel above
      fields: [
        { name: 'action', label: 'การดำเนินการ', type: 'select', options: [{ value: 'receive', label: 'รับเรื่อง' }, ...COMPLAINT_ACTIONS.map((value) => ({ value, label: ruleOf(value)!.label }))] },
        { name: 'state', label: 'สถานะหลังดำเนินการ', type: 'select', options: options(COMPLAINT_STATES, COMPLAINT_STATE_LABELS) },
        { name: 'by', label: 'โดย', type: 'text' },
        { name: 'byUser', label: 'ผู้ดำเนินการ', type: 'relationship', relationTo: 'users' },
        { name: 'note', label: 'หมายเหตุ', type: 'textarea' },
        { name: 'public', label: 'ผู้ร้องเห็นหมายเหตุนี้', type: 'checkbox' },
        { name: 'at', label: 'เมื่อ', type: 'date' },
      ],
    },
  ],
}

/** การเปิดอ่านเรื่องร้องเรียนการทุจริต: who read a corruption complaint and when, one row per read. */
export const ComplaintReads: CollectionConfig = {
  slug: 'complaint-reads',
  labels: { singular: 'การเปิดอ่านเรื่องร้องเรียนการทุจริต', plural: 'การเปิดอ่านเรื่องร้องเรียนการทุจริต' },
  admin: { useAsTitle: 'createdAt', defaultColumns: ['complaint', 'reader', 'createdAt'], ...inAdminGroup('system') },
  defaultSort: '-createdAt',
  access: { read: ({ req }) => req.user?.role === 'admin', create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'complaint', label: 'เรื่อง', type: 'relationship', relationTo: 'complaints', required: true },
    { name: 'reader', label: 'ผู้เปิดอ่าน', type: 'relationship', relationTo: 'users', required: true },
  ],
}
