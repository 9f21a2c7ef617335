import type { CollectionConfig } from 'payload'
import { isAdmin, nobody } from '@/access/roles'
import { inAdminGroup } from '@/collections/admin-presentation'
import { recordedReads } from '@/collections/audited'
import { EVENT_KINDS } from '@/domain/logs/audit'
import { auditLogEndpoints } from './events/endpoints'

/**
 * บันทึกการใช้งานระบบ (the audit log): what happened, written in the same transaction as the change itself — a
 * workflow or complaint action, a sign-in, a change of a person's role or unit, of the settings or an indicator
 * set, a download of a file that is not public, an export. What must follow — dropping public pages, notices,
 * e-mail, reading a file's text — is in `effects`, run once the transaction has committed (src/server/effects.ts),
 * and so is sealing: each committed event gets the next sequence number and its hash in the chain
 * (src/server/audit-log.ts, src/domain/logs/audit.ts), checked by `npm run logs:verify`. Administrators read it,
 * filter it and export it as CSV; nobody changes it through the API.
 */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: 'บันทึกการใช้งานระบบ', plural: 'บันทึกการใช้งานระบบ' },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'actor', 'kind', 'summary', 'address', 'sequence'],
    listSearchableFields: ['summary'],
    components: { beforeList: ['@/components/admin/AuditLogExport#AuditLogExport'] },
    ...inAdminGroup('system'),
  },
  defaultSort: '-createdAt',
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  hooks: { afterOperation: [recordedReads('บันทึกการใช้งานระบบ')] },
  endpoints: auditLogEndpoints,
  fields: [
    {
      name: 'kind',
      label: 'ประเภท',
      type: 'select',
      required: true,
      index: true,
      options: Object.entries(EVENT_KINDS).map(([value, label]) => ({ value, label })),
    },
    { name: 'summary', label: 'รายละเอียด', type: 'text', required: true },
    // Who, as named when it happened (an account deleted or renamed later does not change the record).
    { name: 'actor', label: 'ผู้ดำเนินการ', type: 'text', index: true, admin: { description: 'ว่างไว้เมื่อเป็นประชาชน ผู้ที่ยังไม่เข้าสู่ระบบ หรือระบบเอง' } },
    { name: 'actorId', label: 'หมายเลขผู้ใช้ของผู้ดำเนินการ', type: 'number', index: true },
    { name: 'address', label: 'หมายเลขไอพี', type: 'text' },
    { name: 'request', label: 'คำขอ', type: 'relationship', relationTo: 'publish-requests' },
    // The chain (src/server/audit-log.ts): set once, after the event has committed.
    { name: 'sequence', label: 'ลำดับในสายค่าแฮช', type: 'number', unique: true, index: true, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'previousHash', label: 'ค่าแฮชของรายการก่อนหน้า', type: 'text', admin: { readOnly: true, position: 'sidebar' } },
    { name: 'hash', label: 'ค่าแฮช SHA-256', type: 'text', admin: { readOnly: true, position: 'sidebar' } },
  ],
}
