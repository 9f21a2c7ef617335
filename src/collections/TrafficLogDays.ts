import type { CollectionConfig } from 'payload'
import { isSuperAdmin, nobody } from '@/access/roles'
import { inAdminGroup } from '@/collections/admin-presentation'
import { recordedReads } from '@/collections/audited'
import { trafficLogEndpoints } from './traffic-log/endpoints'

/**
 * ข้อมูลจราจรทางคอมพิวเตอร์ (รายวัน): each closed day of the traffic log as recorded when it ended — its file's last
 * hash and line count — so that `npm run logs:verify` catches a file cut short, replaced whole or missing; and when
 * a day's file was deleted at the end of its retention. The lines themselves stay in the files
 * (src/server/traffic-log.ts); admins export a period (GET /api/traffic-log-days/export), and every export is recorded.
 */
export const TrafficLogDays: CollectionConfig = {
  slug: 'traffic-log-days',
  labels: { singular: 'ข้อมูลจราจรทางคอมพิวเตอร์ (รายวัน)', plural: 'ข้อมูลจราจรทางคอมพิวเตอร์' },
  admin: { useAsTitle: 'day', defaultColumns: ['day', 'instance', 'lines', 'lastHash', 'deletedAt'], components: { beforeList: ['@/components/admin/TrafficLogExport#TrafficLogExport'] }, ...inAdminGroup('system'), hidden: ({ user }) => user?.superAdmin !== true },
  defaultSort: '-day',
  indexes: [{ fields: ['instance', 'day'], unique: true }],
  // One log for every agency the install serves: its super-administrator's.
  access: { read: isSuperAdmin, create: nobody, update: nobody, delete: nobody },
  hooks: { afterOperation: [recordedReads('ข้อมูลจราจรทางคอมพิวเตอร์ (รายวัน)')] },
  endpoints: trafficLogEndpoints,
  fields: [
    { name: 'exportLink', type: 'ui', admin: { components: { Field: '@/components/admin/TrafficLogExport#TrafficLogExport' } } },
    { name: 'day', label: 'วันที่ (ปี ค.ศ.-เดือน-วัน ตามเวลาประเทศไทย)', type: 'text', required: true, index: true },
    // Several instances on one database each keep their own log (src/server/traffic-log.ts: logInstance).
    { name: 'instance', label: 'เครื่องที่บันทึก', type: 'text', required: true, index: true, admin: { description: 'ชื่อเครื่องและโฟลเดอร์ข้อมูล หรือค่า KHAOSAN_INSTANCE' } },
    { name: 'lastHash', label: 'ค่าแฮช SHA-256 ของบรรทัดสุดท้าย', type: 'text', required: true },
    { name: 'lines', label: 'จำนวนบรรทัด', type: 'number', required: true },
    { name: 'deletedAt', label: 'ลบไฟล์เมื่อครบระยะเวลาเก็บรักษาเมื่อ', type: 'date' },
  ],
}
