import type { GlobalConfig } from 'payload'
import { DEFAULT_COMPLAINT_PERIODS } from '@/domain/complaints/complaints'
import { isAdmin, isSignedIn } from '@/access/roles'
import { DEFAULT_FILE_POLICY, validExtensions } from '@/domain/files'
import { THAI_MONTH_NAMES } from '@/domain/thai/months'
import { DEFAULT_ISSUE_WINDOW_MONTHS, DEFAULT_ROUND_SETTINGS } from '@/domain/reports/rounds'
import { MINIMUM_RETENTION_DAYS } from '@/domain/policy/announcement'
import { MAXIMUM_RETENTION_DAYS } from '@/domain/logs/chain'
import { APPROVAL_SETTINGS, APPROVAL_SETTING_LABELS, DEFAULT_APPROVAL_SETTING, DEFAULT_BLOCKING_KINDS, PERSONAL_DATA_KINDS, PERSONAL_DATA_LABELS } from '@/domain/workflow'
import { auditedGlobal } from '@/collections/audited'
import { inAdminGroup } from '@/collections/admin-presentation'
import { AGENCY_TYPES, AGENCY_TYPE_LABELS } from '@/domain/compliance'

const MONTHS = THAI_MONTH_NAMES.map((label, i) => ({ value: String(i + 1), label }))

/** วันครบกำหนดรายงานของรอบ: a month and a day, checked against the longest month. */
const dueDayRow = (round: 6 | 12) => {
  const due = round === 6 ? DEFAULT_ROUND_SETTINGS.round6Due : DEFAULT_ROUND_SETTINGS.round12Due
  return {
    type: 'row' as const,
    fields: [
      { name: `round${round}DueDay`, label: `รอบ ${round} เดือน: รายงานภายในวันที่`, type: 'number' as const, required: true, min: 1, max: 31, defaultValue: due.day },
      { name: `round${round}DueMonth`, label: 'เดือน', type: 'select' as const, required: true, options: MONTHS, defaultValue: String(due.month) },
    ],
  }
}

/** ตั้งค่าหน่วยงาน: the rules the system enforces (and the policy announcement states). */
export const Settings: GlobalConfig = {
  slug: 'settings',
  label: 'ตั้งค่าหน่วยงาน',
  admin: inAdminGroup('system'),
  access: { read: isSignedIn, update: isAdmin },
  // The agency's name heads every public page: a new one shows once the change is committed.
  hooks: { afterChange: [auditedGlobal('settings', 'การตั้งค่าหน่วยงาน', { publicSite: true })] },
  fields: [
    { name: 'agencyName', label: 'ชื่อหน่วยงาน', type: 'text', required: true, defaultValue: 'หน่วยงานของรัฐ' },
    {
      type: 'row',
      fields: [
        {
          name: 'agencyType',
          label: 'ประเภทหน่วยงาน (กำหนดชุดตัวชี้วัดที่ใช้ประเมิน)',
          type: 'select',
          required: true,
          defaultValue: 'other',
          options: AGENCY_TYPES.map((value) => ({ value, label: AGENCY_TYPE_LABELS[value] })),
        },
        { name: 'emblem', label: 'ตราสัญลักษณ์ของหน่วยงาน (แสดงในหน้าเข้าสู่ระบบและส่วนหัว)', type: 'upload', relationTo: 'site-images' },
      ],
    },
    {
      name: 'approvalBy',
      label: 'ผู้อนุมัติคำขอเผยแพร่',
      type: 'select',
      required: true,
      defaultValue: DEFAULT_APPROVAL_SETTING,
      options: APPROVAL_SETTINGS.map((value) => ({ value, label: APPROVAL_SETTING_LABELS[value] })),
    },
    {
      name: 'websiteUnit',
      label: 'หน่วยงานที่รับผิดชอบดูแลเว็บไซต์',
      type: 'relationship',
      relationTo: 'units',
      admin: { condition: (data) => data?.approvalBy === 'website-unit' },
      validate: (value: unknown, { data }: { data: { approvalBy?: string } }) =>
        data.approvalBy !== 'website-unit' || !!value || 'กรุณาเลือกหน่วยงานที่รับผิดชอบดูแลเว็บไซต์ ซึ่งหัวหน้าหน่วยงานนั้นเป็นผู้อนุมัติ',
    },
    {
      name: 'allowedExtensions',
      label: 'นามสกุลไฟล์ที่อนุญาต',
      type: 'text',
      hasMany: true,
      defaultValue: [...DEFAULT_FILE_POLICY.allowedExtensions],
      validate: validExtensions,
    },
    {
      name: 'maxMegabytes',
      label: 'ขนาดไฟล์สูงสุด (MB)',
      type: 'number',
      min: 1,
      max: 100,
      defaultValue: DEFAULT_FILE_POLICY.maxBytes / (1024 * 1024),
    },
    {
      name: 'personalDataBlocking',
      label: 'ข้อมูลส่วนบุคคลที่ต้องแก้ไขก่อนเผยแพร่ (ประเภทที่ไม่เลือกจะแสดงเป็นคำเตือน)',
      type: 'select',
      hasMany: true,
      defaultValue: [...DEFAULT_BLOCKING_KINDS],
      options: PERSONAL_DATA_KINDS.map((value) => ({ value, label: PERSONAL_DATA_LABELS[value] })),
    },
    {
      name: 'logRetentionDays',
      label: `ระยะเวลาเก็บข้อมูลจราจรทางคอมพิวเตอร์ (วัน, ${MINIMUM_RETENTION_DAYS}–${MAXIMUM_RETENTION_DAYS})`,
      type: 'number',
      min: MINIMUM_RETENTION_DAYS,
      max: MAXIMUM_RETENTION_DAYS,
      defaultValue: MINIMUM_RETENTION_DAYS,
    },
    {
      name: 'monitoring',
      label: 'การกำกับติดตาม (รอบรายงานและคำเตือน)',
      type: 'group',
      fields: [
        dueDayRow(6),
        dueDayRow(12),
        {
          name: 'issueWindowMonths',
          label: 'เริ่มออกรายงานได้ก่อนวันครบกำหนด (เดือน)',
          type: 'number',
          min: 0,
          max: 6,
          defaultValue: DEFAULT_ISSUE_WINDOW_MONTHS,
        },
        {
          name: 'reminderDaysBefore',
          label: 'เตือนก่อนครบกำหนดรายงาน (วัน)',
          type: 'number',
          hasMany: true,
          min: 0,
          defaultValue: [14, 3],
        },
        {
          type: 'row',
          fields: [
            { name: 'staleMonths', label: 'เตือนเมื่อหมวดไม่มีการปรับปรุงเกิน (เดือน)', type: 'number', min: 1, defaultValue: 6 },
            { name: 'waitingDays', label: 'เตือนเมื่อคำขอค้างในขั้นตอนเดียวเกิน (วัน)', type: 'number', min: 1, defaultValue: 7 },
          ],
        },
      ],
    },
    {
      name: 'complaints',
      label: 'การจัดการเรื่องร้องเรียน (ระยะเวลาแต่ละขั้นตอน)',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'assignDays', label: 'ส่งหน่วยงานที่รับผิดชอบภายใน (วัน)', type: 'number', min: 1, defaultValue: DEFAULT_COMPLAINT_PERIODS.assignDays },
            { name: 'answerDays', label: 'ตอบผู้ร้องภายใน (วันนับจากส่งหน่วยงาน)', type: 'number', min: 1, defaultValue: DEFAULT_COMPLAINT_PERIODS.answerDays },
            { name: 'reopenDays', label: 'ผู้ร้องขอให้พิจารณาใหม่ได้ภายใน (วัน)', type: 'number', min: 1, defaultValue: DEFAULT_COMPLAINT_PERIODS.reopenDays },
            { name: 'informationDays', label: 'ตอบคำขอข้อมูลข่าวสารภายใน (วันนับจากรับคำขอ)', type: 'number', min: 1, defaultValue: DEFAULT_COMPLAINT_PERIODS.informationDays },
          ],
        },
      ],
    },
  ],
}
