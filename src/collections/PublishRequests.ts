import type { CollectionConfig, Field, Validate, Where } from 'payload'
import { ACTIONS, ACTION_LABELS, ROLES, ROLE_LABELS, STATES, STATE_LABELS } from '@/domain/workflow'
import { canReadPublishRequest, isStaff, nobody } from '@/access/roles'
import { transitionEndpoint } from './publish-requests/endpoint'
import { requestFormEndpoint } from './publish-requests/form'
import { announceNewRequest, publicUrlOf, startRequest } from './publish-requests/hooks'

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((value) => ({ value, label: labels[value] }))

/** A date that must not fall before another field's date. */
const notBefore =
  (otherField: string, message: string): Validate =>
  (value, { siblingData }) => {
    const other = (siblingData as Record<string, unknown>)[otherField]
    return value && other && new Date(value as string) < new Date(other as string) ? message : true
  }

/** Set by the workflow only: nobody writes these through the API or the admin form. */
const workflowOnly = (field: Field): Field => ({ ...field, access: { create: () => false, update: () => false }, admin: { ...field.admin, readOnly: true } }) as Field

/** คำขอเผยแพร่ข้อมูลผ่านเว็บไซต์ (SPEC §3): the request, its approvals, and once published the public item. */
export const PublishRequests: CollectionConfig = {
  slug: 'publish-requests',
  labels: { singular: 'คำขอเผยแพร่ข้อมูล', plural: 'คำขอเผยแพร่ข้อมูล' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'category', 'state', 'owner', 'updatedAt'] },
  defaultSort: '-updatedAt',
  access: {
    read: canReadPublishRequest,
    create: isStaff,
    // The owner edits their own request while it waits or has been sent back; state changes go through /transition.
    update: ({ req }) =>
      req.user ? ({ and: [{ owner: { equals: req.user.id } }, { state: { in: ['awaiting-screening', 'awaiting-approval', 'sent-back'] } }] } as Where) : false,
    delete: nobody,
  },
  endpoints: [transitionEndpoint, requestFormEndpoint],
  hooks: { beforeChange: [startRequest], afterChange: [announceNewRequest] },
  fields: [
    { name: 'workflow', type: 'ui', admin: { components: { Field: '@/components/admin/WorkflowPanel#WorkflowPanel' } } },
    { name: 'title', label: 'เรื่อง', type: 'text', required: true, maxLength: 500 },
    { name: 'summary', label: 'รายละเอียดโดยสรุป', type: 'textarea', required: true },
    { name: 'category', label: 'หมวดหมู่', type: 'relationship', relationTo: 'categories', required: true },
    { name: 'sourceOwner', label: 'แหล่งที่มา / หน่วยงานเจ้าของข้อมูล', type: 'text', required: true },
    {
      type: 'row',
      fields: [
        { name: 'coverageFrom', label: 'ข้อมูลตั้งแต่วันที่', type: 'date' },
        { name: 'coverageTo', label: 'ถึงวันที่', type: 'date', validate: notBefore('coverageFrom', 'วันที่สิ้นสุดของข้อมูลต้องไม่ก่อนวันที่เริ่มต้น') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'publishFrom', label: 'วันที่ต้องการให้เผยแพร่', type: 'date' },
        { name: 'publishUntil', label: 'สิ้นสุดการเผยแพร่', type: 'date', validate: notBefore('publishFrom', 'วันสิ้นสุดการเผยแพร่ต้องไม่ก่อนวันที่เริ่มเผยแพร่') },
      ],
    },
    {
      name: 'channel',
      label: 'ช่องทางที่ได้รับข้อมูล',
      type: 'select',
      required: true,
      defaultValue: 'letter',
      options: [
        { value: 'letter', label: 'หนังสือราชการ' },
        { value: 'email', label: 'อีเมล' },
        { value: 'other', label: 'อื่น ๆ' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'urgent', label: 'เร่งด่วน', type: 'checkbox', defaultValue: false },
        { name: 'emergency', label: 'กรณีฉุกเฉิน / กระทบภาพลักษณ์หน่วยงาน (ผู้บริหารกลั่นกรองก่อน)', type: 'checkbox', defaultValue: false },
      ],
    },
    { name: 'attachments', label: 'ไฟล์แนบ', type: 'relationship', relationTo: 'attachments', hasMany: true },
    { name: 'tags', label: 'คำสำคัญ', type: 'text', hasMany: true },
    {
      type: 'collapsible',
      label: 'ข้อมูลเฉพาะหมวด (คู่มือ ปฏิทินกิจกรรม ลิงก์ แบนเนอร์)',
      admin: { initCollapsed: true },
      fields: [
        {
          name: 'steps',
          label: 'ขั้นตอน (คู่มือการปฏิบัติงาน / คู่มือสำหรับประชาชน)',
          type: 'array',
          fields: [
            { name: 'title', label: 'ขั้นตอน', type: 'text', required: true },
            { name: 'description', label: 'คำอธิบาย', type: 'textarea' },
            {
              type: 'row',
              fields: [
                { name: 'duration', label: 'ระยะเวลา', type: 'number', min: 0 },
                { name: 'unit', label: 'หน่วย', type: 'select', defaultValue: 'minute', options: [
                  { value: 'minute', label: 'นาที' },
                  { value: 'hour', label: 'ชั่วโมง' },
                  { value: 'day', label: 'วัน' },
                  { value: 'working-day', label: 'วันทำการ' },
                ] },
              ],
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'eventStart', label: 'วันเวลาเริ่มกิจกรรม', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
            { name: 'eventEnd', label: 'วันเวลาสิ้นสุดกิจกรรม', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, validate: notBefore('eventStart', 'วันเวลาสิ้นสุดกิจกรรมต้องไม่ก่อนวันเวลาเริ่ม') },
          ],
        },
        { name: 'location', label: 'สถานที่', type: 'text' },
        {
          name: 'linkUrl',
          label: 'ลิงก์ (เว็บไซต์ วิดีโอ YouTube/Facebook บริการออนไลน์)',
          type: 'text',
          validate: (value: unknown) => !value || /^https?:\/\/[^\s]+$/.test(String(value)) || 'ลิงก์ต้องขึ้นต้นด้วย http:// หรือ https://',
        },
        { name: 'image', label: 'ภาพประกอบ / ภาพแบนเนอร์', type: 'relationship', relationTo: 'attachments' },
        {
          name: 'imageAlt',
          label: 'คำอธิบายภาพ (สำหรับผู้พิการทางสายตา)',
          type: 'text',
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => !siblingData.image || !!String(value ?? '').trim() || 'กรุณาใส่คำอธิบายภาพเป็นภาษาไทย',
        },
      ],
    },
    workflowOnly({ name: 'state', label: 'สถานะ', type: 'select', options: options(STATES, STATE_LABELS), index: true, admin: { position: 'sidebar' } }),
    workflowOnly({ name: 'owner', label: 'ผู้ขอเผยแพร่', type: 'relationship', relationTo: 'users', index: true, admin: { position: 'sidebar' } }),
    workflowOnly({ name: 'unit', label: 'หน่วยงานของผู้ขอ', type: 'relationship', relationTo: 'units', admin: { position: 'sidebar' } }),
    workflowOnly({ name: 'unitPath', type: 'text', index: true, admin: { hidden: true } }),
    workflowOnly({ name: 'stateChangedAt', label: 'เปลี่ยนสถานะล่าสุด', type: 'date', admin: { position: 'sidebar' } }),
    workflowOnly({ name: 'publishedAt', label: 'วันที่เผยแพร่', type: 'date', index: true, admin: { position: 'sidebar' } }),
    workflowOnly({ name: 'publicPath', type: 'text', admin: { hidden: true } }),
    {
      name: 'publicUrl',
      label: 'ลิงก์สาธารณะ',
      type: 'text',
      virtual: true,
      admin: { readOnly: true, position: 'sidebar' },
      hooks: { afterRead: [publicUrlOf] },
    },
    workflowOnly({ name: 'verbalApprovalPending', label: 'อนุมัติด้วยวาจา รอยืนยันในระบบ', type: 'checkbox', defaultValue: false, admin: { position: 'sidebar' } }),
    workflowOnly({
      name: 'verbalApproval',
      label: 'การอนุมัติด้วยวาจา (กรณีเร่งด่วน)',
      type: 'group',
      admin: { condition: (data) => !!data?.verbalApproval?.givenBy },
      fields: [
        { name: 'givenBy', label: 'ผู้ให้ความเห็นชอบ', type: 'text' },
        { name: 'givenAt', label: 'วันเวลา', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'means', label: 'ช่องทาง', type: 'text' },
        { name: 'recordedBy', label: 'ผู้บันทึก', type: 'text' },
      ],
    }),
    workflowOnly({
      name: 'history',
      label: 'ประวัติการดำเนินการ',
      type: 'array',
      fields: [
        { name: 'action', label: 'การดำเนินการ', type: 'select', options: options(ACTIONS, ACTION_LABELS) },
        { name: 'by', label: 'ผู้ดำเนินการ', type: 'text' },
        { name: 'byUser', type: 'relationship', relationTo: 'users', admin: { hidden: true } },
        { name: 'role', label: 'บทบาท', type: 'select', options: options(ROLES, ROLE_LABELS) },
        { name: 'reason', label: 'เหตุผล', type: 'textarea' },
        { name: 'at', label: 'วันเวลา', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    }),
  ],
}
