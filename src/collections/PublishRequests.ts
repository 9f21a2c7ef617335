import { DATASET_TYPES, DATA_CATEGORIES, GEO_COVERAGES, LICENSES, UPDATE_FREQUENCIES } from '@/domain/open-data/dataset'
import type { CollectionConfig, Field, Validate, Where } from 'payload'
import { ACTIONS, ACTION_LABELS, CHECK_LABELS, EDITABLE_STATES, REVISABLE_FIELDS, ROLES, ROLE_LABELS, STATES, STATE_LABELS } from '@/domain/workflow'
import { canReadPublishRequest, isStaff, nobody } from '@/access/roles'
import { reviseEndpoint, transitionEndpoint, waitingEndpoint } from './publish-requests/endpoint'
import { requestFormEndpoint } from './publish-requests/form'
import { publicUrlOf, startOrEditRequest, submitUnlessDraft } from './publish-requests/hooks'
import { inAdminGroup } from '@/collections/admin-presentation'
import { NOT_SUBMITTED } from '@/domain/categories'
import { categoryAskedFor, submittableCategory, tagAskedFor } from './publish-requests/category-rule'

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((value) => ({ value, label: labels[value] }))

/** A date that must not fall before another field's date. */
const notBefore =
  (otherField: string, message: string): Validate =>
  (value, { siblingData }) => {
    const other = (siblingData as Record<string, unknown>)[otherField]
    return value && other && new Date(value as string) < new Date(other as string) ? message : true
  }

/** A date every request must give (then any further check). */
const requiredDate =
  (label: string, then?: Validate): Validate =>
  (value, options) =>
    !value ? `กรุณาระบุ${label}` : then ? then(value, options) : true

/** Marked required on the form (BuddhistDateField) where the column itself allows empty rows of old items. */
const SHOWN_REQUIRED = { custom: { required: true } }

/** Required when the request is filed on behalf of a data owner without an account. */
const requiredOnBehalf =
  (label: string): Validate =>
  (value, { data }) =>
    !(data as { onBehalf?: boolean }).onBehalf || (value !== null && value !== undefined && String(value).trim() !== '') || `กรุณาระบุ${label}ของเจ้าของข้อมูลที่ยื่นแทน`

/** A request once saved: its workflow facts are shown from then on, not as empty boxes on the new request's form. */
const onceSaved = (data: { id?: unknown } | undefined) => !!data?.id

/** Set by the workflow only: nobody writes these through the API or the admin form. */
/** A select's options from a vocabulary of value → Thai label. */
const labelled = (vocabulary: Record<string, string>) => Object.entries(vocabulary).map(([value, label]) => ({ value, label }))

const workflowOnly = (field: Field): Field =>
  ({ ...field, access: { create: () => false, update: () => false }, admin: { condition: onceSaved, ...field.admin, readOnly: true } }) as Field

/**
 * คำขอเผยแพร่ข้อมูลผ่านเว็บไซต์ (SPEC §3): the request, its approvals, and once published the public item. A
 * revision (ฉบับแก้ไข) of a published item is a request too, pointing at the version it revises; the item's
 * public identity is `itemId` (the first version's id) on every version.
 */
export const PublishRequests: CollectionConfig = {
  slug: 'publish-requests',
  labels: { singular: 'คำขอเผยแพร่ข้อมูล', plural: 'คำขอเผยแพร่ข้อมูล' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'category', 'state', 'owner', 'stateChangedAt'],
    ...inAdminGroup('requests'),
    components: { edit: { SaveButton: '@/components/admin/SubmitOrSaveDraft#SubmitOrSaveDraft' } },
  },
  defaultSort: '-stateChangedAt',
  access: {
    read: canReadPublishRequest,
    create: isStaff,
    // The owner edits their request in the states the rules table allows (the `edit` rows); every state change goes through /transition.
    update: ({ req }): Where | false => (req.user ? { and: [{ owner: { equals: req.user.id } }, { state: { in: [...EDITABLE_STATES] } }] } : false),
    delete: nobody,
  },
  endpoints: [waitingEndpoint, transitionEndpoint, reviseEndpoint, requestFormEndpoint],
  hooks: { beforeChange: [startOrEditRequest], afterChange: [submitUnlessDraft] },
  // The public site and compliance by category and date; revisions by item; the monitoring report by unit and
  // date; the dashboard's warnings: the categories' last update, what leaves the site soon, what waits too long.
  indexes: [
    { fields: ['state', 'category', 'publishedAt'] },
    { fields: ['state', 'category', 'lastModifiedAt'] },
    { fields: ['state', 'publishUntil'] },
    { fields: ['state', 'stateChangedAt'] },
    { fields: ['itemId', 'state'] },
    { fields: ['unit', 'submittedAt'] },
    { fields: ['unit', 'publishedAt'] },
  ],
  fields: [
    { name: 'workflow', type: 'ui', admin: { components: { Field: '@/components/admin/WorkflowPanel#WorkflowPanel' } } },
    // Set by the create form's buttons ("บันทึกร่าง" / "ส่งคำขอ", SubmitOrSaveDraft) or an API client's body.
    { name: 'saveAsDraft', label: 'บันทึกเป็นร่าง (ยังไม่ส่งให้ผู้อนุมัติ)', type: 'checkbox', virtual: true, admin: { hidden: true } },
    { name: 'title', label: REVISABLE_FIELDS.title, type: 'text', required: true, maxLength: 500 },
    { name: 'summary', label: REVISABLE_FIELDS.summary, type: 'textarea', required: true },
    {
      name: 'category',
      label: REVISABLE_FIELDS.category,
      type: 'relationship',
      relationTo: 'categories',
      required: true,
      // The picker offers only the categories requests go to, grouped (src/domain/categories.ts SUBMISSION_GROUPS).
      filterOptions: { code: { not_in: Object.keys(NOT_SUBMITTED) } },
      admin: { components: { Field: '@/components/admin/CategoryPicker#CategoryPicker' } },
      validate: submittableCategory,
      defaultValue: categoryAskedFor,
    },
    { name: 'sourceOwner', label: REVISABLE_FIELDS.sourceOwner, type: 'text', required: true },
    {
      type: 'row',
      fields: [
        // ต้องระบุช่วงวันที่ของข้อมูลข่าวสาร (000 §3.2): required of every request from now on; items published
        // before it was required keep an empty period (the site says "ไม่ได้ระบุ"), so the column allows it.
        { name: 'coverageFrom', label: REVISABLE_FIELDS.coverageFrom, type: 'date', admin: SHOWN_REQUIRED, validate: requiredDate('วันที่เริ่มต้นของช่วงข้อมูล') },
        { name: 'coverageTo', label: REVISABLE_FIELDS.coverageTo, type: 'date', admin: SHOWN_REQUIRED, validate: requiredDate('วันที่สิ้นสุดของช่วงข้อมูล', notBefore('coverageFrom', 'วันที่สิ้นสุดของข้อมูลต้องไม่ก่อนวันที่เริ่มต้น')) },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'publishFrom', label: 'วันที่ต้องการให้เผยแพร่', type: 'date' },
        { name: 'publishUntil', label: REVISABLE_FIELDS.publishUntil, type: 'date', validate: notBefore('publishFrom', 'วันสิ้นสุดการเผยแพร่ต้องไม่ก่อนวันที่เริ่มเผยแพร่') },
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
        { name: 'urgent', label: REVISABLE_FIELDS.urgent, type: 'checkbox', defaultValue: false },
        { name: 'emergency', label: 'กรณีฉุกเฉิน / กระทบภาพลักษณ์หน่วยงาน (ผู้บริหารกลั่นกรองก่อน)', type: 'checkbox', defaultValue: false },
        { name: 'needsEndorsement', label: 'ต้องผ่านหัวหน้ากองรับรอง (ระเบียบ การเงิน การจัดซื้อจัดจ้าง)', type: 'checkbox', defaultValue: false },
      ],
    },
    // Filed on behalf of a data owner who has no account (000 §2.1, 002 §2.1.1: items arrive by letter or e-mail).
    { name: 'onBehalf', label: 'ยื่นแทนเจ้าของข้อมูล (ได้รับทางหนังสือราชการหรืออีเมล)', type: 'checkbox', defaultValue: false },
    {
      name: 'requester',
      label: 'ผู้ขอเผยแพร่ (เจ้าของข้อมูล)',
      type: 'group',
      admin: { condition: (data) => !!data?.onBehalf || !!data?.id },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', label: 'ชื่อ-นามสกุล', type: 'text', validate: requiredOnBehalf('ชื่อ-นามสกุล') },
            { name: 'position', label: 'ตำแหน่ง', type: 'text', validate: requiredOnBehalf('ตำแหน่ง') },
          ],
        },
        { name: 'unit', label: 'หน่วยงาน', type: 'relationship', relationTo: 'units', validate: requiredOnBehalf('หน่วยงาน') },
        {
          type: 'row',
          fields: [
            { name: 'phone', label: 'โทรศัพท์', type: 'text' },
            { name: 'email', label: 'อีเมล (แจ้งผลการพิจารณา)', type: 'email' },
          ],
        },
      ],
    },
    { name: 'attachments', label: REVISABLE_FIELDS.attachments, type: 'relationship', relationTo: 'attachments', hasMany: true, admin: { components: { Field: '@/components/admin/AttachmentsPicker#AttachmentsPicker' } } },
    { name: 'tags', label: REVISABLE_FIELDS.tags, type: 'text', hasMany: true, defaultValue: tagAskedFor },
    {
      type: 'collapsible',
      label: 'ชุดข้อมูลเปิด (หมวดข้อมูลเปิดภาครัฐ): คำอธิบายชุดข้อมูลตามมาตรฐานบัญชีข้อมูลภาครัฐ',
      admin: { initCollapsed: true, description: 'กรอกเมื่อเป็นชุดข้อมูลเปิด ชื่อ คำอธิบาย คำสำคัญ และแหล่งที่มาใช้จากด้านบน ไฟล์แนบ (CSV XLSX JSON ฯลฯ) คือทรัพยากรของชุดข้อมูล' },
      fields: [
        {
          name: 'dataset',
          label: false,
          type: 'group',
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'datasetType', label: 'ประเภทชุดข้อมูล', type: 'select', options: labelled(DATASET_TYPES) },
                { name: 'dataCategory', label: 'ประเภทข้อมูล (การจัดชั้นข้อมูล)', type: 'select', options: labelled(DATA_CATEGORIES), admin: { description: 'เผยแพร่ได้เฉพาะข้อมูลสาธารณะ' } },
                { name: 'license', label: 'สัญญาอนุญาต', type: 'select', options: Object.entries(LICENSES).map(([value, { title }]) => ({ value, label: title })) },
              ],
            },
            { name: 'objective', label: 'วัตถุประสงค์', type: 'text', admin: { description: 'เช่น ภารกิจหลักของหน่วยงาน แผนพัฒนาท้องถิ่น หรือการเปิดเผยตาม พ.ร.บ.ข้อมูลข่าวสารของราชการ' } },
            {
              type: 'row',
              fields: [
                { name: 'maintainer', label: 'ผู้ดูแลชุดข้อมูล', type: 'text' },
                { name: 'maintainerEmail', label: 'อีเมลผู้ดูแลชุดข้อมูล', type: 'email' },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'updateFrequency', label: 'ความถี่ในการปรับปรุงข้อมูล', type: 'select', options: Object.entries(UPDATE_FREQUENCIES).map(([value, { label }]) => ({ value, label })) },
                { name: 'updateInterval', label: 'ทุก ๆ (จำนวน)', type: 'number', min: 1, defaultValue: 1 },
                { name: 'geoCoverage', label: 'ขอบเขตเชิงภูมิศาสตร์', type: 'select', options: labelled(GEO_COVERAGES) },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'firstYear', label: 'ปีแรกของข้อมูล (พ.ศ.)', type: 'number', min: 2400, max: 2700 },
                { name: 'lastYear', label: 'ปีสุดท้ายของข้อมูล (พ.ศ.)', type: 'number', min: 2400, max: 2700 },
              ],
            },
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: 'ข้อมูลเฉพาะหมวด (คู่มือ ปฏิทินกิจกรรม ลิงก์ แบนเนอร์)',
      admin: { initCollapsed: true },
      fields: [
        {
          name: 'steps',
          label: 'ขั้นตอน (คู่มือการปฏิบัติงาน / คู่มือสำหรับประชาชน)',
          labels: { singular: 'ขั้นตอน', plural: 'ขั้นตอน' },
          type: 'array',
          fields: [
            { name: 'title', label: 'ขั้นตอน', type: 'text', required: true },
            { name: 'description', label: 'คำอธิบาย', type: 'textarea' },
            {
              type: 'row',
              fields: [
                { name: 'duration', label: 'ระยะเวลา', type: 'number', min: 0 },
                {
                  name: 'unit',
                  label: 'หน่วย',
                  type: 'select',
                  defaultValue: 'minute',
                  options: [
                    { value: 'minute', label: 'นาที' },
                    { value: 'hour', label: 'ชั่วโมง' },
                    { value: 'day', label: 'วัน' },
                    { value: 'working-day', label: 'วันทำการ' },
                  ],
                },
              ],
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'eventStart', label: REVISABLE_FIELDS.eventStart, type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
            { name: 'eventEnd', label: REVISABLE_FIELDS.eventEnd, type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, validate: notBefore('eventStart', 'วันเวลาสิ้นสุดกิจกรรมต้องไม่ก่อนวันเวลาเริ่ม') },
          ],
        },
        { name: 'location', label: REVISABLE_FIELDS.location, type: 'text' },
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
    workflowOnly({ name: 'owner', label: 'ผู้บันทึกคำขอ', type: 'relationship', relationTo: 'users', index: true, admin: { position: 'sidebar' } }),
    workflowOnly({ name: 'unit', label: 'หน่วยงานของผู้ขอ', type: 'relationship', relationTo: 'units', admin: { position: 'sidebar' } }),
    workflowOnly({ name: 'unitPath', type: 'text', index: true, admin: { hidden: true } }),
    workflowOnly({ name: 'stateChangedAt', label: 'เปลี่ยนสถานะล่าสุด', type: 'date', index: true, admin: { position: 'sidebar' } }),
    workflowOnly({ name: 'submittedAt', label: 'วันที่ยื่นคำขอ', type: 'date', index: true, admin: { position: 'sidebar' } }),
    workflowOnly({ name: 'publishedAt', label: 'วันที่เผยแพร่', type: 'date', index: true, admin: { position: 'sidebar' } }),
    workflowOnly({ name: 'lastModifiedAt', label: 'ปรับปรุงล่าสุด', type: 'date', admin: { position: 'sidebar' } }),
    // The information period as the compliance check counts it (src/domain/compliance/evidence.ts informationPeriod).
    workflowOnly({ name: 'periodStart', type: 'date', index: true, admin: { hidden: true } }),
    workflowOnly({ name: 'periodEnd', type: 'date', index: true, admin: { hidden: true } }),
    workflowOnly({ name: 'publicPath', type: 'text', admin: { hidden: true } }),
    {
      name: 'publicUrl',
      label: 'ลิงก์สาธารณะ',
      type: 'text',
      virtual: true,
      admin: { readOnly: true, position: 'sidebar', condition: (data) => data?.state === 'published' },
      hooks: { afterRead: [publicUrlOf] },
    },
    workflowOnly({ name: 'itemId', label: 'รายการบนเว็บไซต์', type: 'number', index: true, admin: { hidden: true } }),
    workflowOnly({ name: 'revisionOf', label: 'ฉบับแก้ไขของ', type: 'relationship', relationTo: 'publish-requests', admin: { position: 'sidebar', condition: (data) => !!data?.revisionOf } }),
    workflowOnly({ name: 'changeNote', label: 'หมายเหตุการแก้ไข', type: 'textarea', admin: { condition: (data) => !!data?.revisionOf } }),
    workflowOnly({ name: 'changes', label: 'รายการที่แก้ไข', type: 'text', admin: { condition: (data) => !!data?.revisionOf } }),
    // The agency's own announcement carries the agency head's name: they approve it whatever the setting (approvalSettingFor).
    workflowOnly({ name: 'agencyHeadApproves', label: 'หัวหน้าส่วนราชการเป็นผู้อนุมัติ', type: 'checkbox', defaultValue: false, admin: { position: 'sidebar', condition: (data) => !!data?.agencyHeadApproves } }),
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
        { name: 'confirmedBy', label: 'ผู้ยืนยันในระบบ', type: 'text' },
        { name: 'confirmedAt', label: 'วันเวลาที่ยืนยัน', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    }),
    // The hash of the public content as published (publicContentOf), and when the integrity check found the row changed since.
    workflowOnly({ name: 'contentHash', type: 'text', admin: { hidden: true } }),
    workflowOnly({ name: 'tamperedAt', label: 'พบการแก้ไขข้อมูลนอกระบบเมื่อ', type: 'date', admin: { position: 'sidebar', condition: (data) => !!data?.tamperedAt, date: { pickerAppearance: 'dayAndTime' } } }),
    // What the content checks found when it was last submitted, approved or published (src/domain/workflow/content-checks.ts).
    workflowOnly({ name: 'contentCheckedAt', label: 'ตรวจเนื้อหาล่าสุด', type: 'date', admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } }),
    workflowOnly({
      name: 'contentFindings',
      label: 'ผลการตรวจข้อมูลส่วนบุคคลและสแปม',
      labels: { singular: 'สิ่งที่พบ', plural: 'สิ่งที่พบ' },
      type: 'array',
      // Shown on the request's page with the workflow buttons (WorkflowPanel), masked, beside what they block.
      admin: { hidden: true },
      fields: [
        { name: 'check', label: 'การตรวจ', type: 'select', options: Object.entries(CHECK_LABELS).map(([value, label]) => ({ value, label })) },
        { name: 'kind', label: 'ประเภท', type: 'text' },
        { name: 'shown', label: 'สิ่งที่พบ (ปิดบังบางส่วน)', type: 'text' },
        { name: 'where', label: 'พบที่', type: 'text' },
        { name: 'blocks', label: 'ต้องแก้ไขก่อนเผยแพร่', type: 'checkbox' },
      ],
    }),
    workflowOnly({
      name: 'history',
      label: 'ประวัติการดำเนินการ',
      labels: { singular: 'ลำดับ', plural: 'ลำดับ' },
      type: 'array',
      // Read on the request's page as a timeline (WorkflowPanel), not as a stack of form blocks.
      admin: { hidden: true },
      fields: [
        { name: 'action', label: 'การดำเนินการ', type: 'select', options: options(ACTIONS, ACTION_LABELS) },
        { name: 'by', label: 'ผู้ดำเนินการ', type: 'text' },
        { name: 'byUser', type: 'relationship', relationTo: 'users', admin: { hidden: true } },
        { name: 'role', label: 'บทบาท', type: 'select', options: options(ROLES, ROLE_LABELS) },
        { name: 'reason', label: 'เหตุผล / หมายเหตุ', type: 'textarea' },
        { name: 'changes', label: 'รายการที่เปลี่ยน', type: 'text' },
        { name: 'at', label: 'วันเวลา', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    }),
  ],
}
