import type { GlobalConfig } from 'payload'
import { isAdmin, isSignedIn } from '@/access/roles'
import { DEFAULT_FILE_POLICY } from '@/domain/files'

/** ตั้งค่าหน่วยงาน: the rules the system enforces (and the policy announcement states). */
export const Settings: GlobalConfig = {
  slug: 'settings',
  label: 'ตั้งค่าหน่วยงาน',
  admin: { group: 'ผู้ดูแลระบบ' },
  access: { read: isSignedIn, update: isAdmin },
  fields: [
    { name: 'agencyName', label: 'ชื่อหน่วยงาน', type: 'text', required: true, defaultValue: 'หน่วยงานของรัฐ' },
    {
      name: 'allowedExtensions',
      label: 'นามสกุลไฟล์ที่อนุญาต',
      type: 'text',
      hasMany: true,
      defaultValue: [...DEFAULT_FILE_POLICY.allowedExtensions],
    },
    {
      name: 'maxMegabytes',
      label: 'ขนาดไฟล์สูงสุด (MB)',
      type: 'number',
      min: 1,
      max: 100,
      defaultValue: DEFAULT_FILE_POLICY.maxBytes / (1024 * 1024),
    },
  ],
}
