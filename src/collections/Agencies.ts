import { APIError, type CollectionConfig, type Validate } from 'payload'
import { isSuperAdmin, nobody } from '@/access/roles'
import { inAdminGroup } from '@/collections/admin-presentation'
import { AGENCY_STATUSES, AGENCY_STATUS_LABELS, NEEDS_POSTGRES_MESSAGE, hostNameOf, hostProblems } from '@/domain/agencies/agencies'
import { readAgencies } from '@/server/agencies'
import { usesPostgresAdapter } from '@/server/database'
import { EVERY_AGENCY_SITE, publicContentChanged } from '@/server/events'
import { audited } from './audited'

type HostRow = { host?: string | null }

const hostIn = (row: unknown): string => (row && typeof row === 'object' && 'host' in row && typeof row.host === 'string' ? row.host : '')

const recorded = audited('account', 'หน่วยงานในระบบ')

/** Each host name once, not another agency's (src/domain/agencies). */
const validHosts: Validate<unknown[] | null | undefined> = async (rows, { req, id }) => {
  const directory = await readAgencies(req.payload, req)
  const others = directory.all().filter((agency) => String(agency.id) !== String(id))
  const problems = hostProblems((rows ?? []).map(hostIn), others)
  return problems.length ? problems.join(' / ') : true
}

/**
 * หน่วยงานในระบบ: the agencies one install serves, each at its own host names (PostgreSQL only: there the database
 * keeps each agency's rows apart, src/server/agency-context.ts). Only a super-administrator sees them, creates one
 * (it is given the 22 categories and the indicator sets when first served) or suspends one; none is ever deleted —
 * a suspended agency's site and admin are closed and everything it holds stays.
 */
export const Agencies: CollectionConfig = {
  slug: 'agencies',
  labels: { singular: 'หน่วยงานในระบบ', plural: 'หน่วยงานในระบบ' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'status', 'hosts'], ...inAdminGroup('system'), hidden: ({ user }) => user?.superAdmin !== true },
  access: { read: isSuperAdmin, create: isSuperAdmin, update: isSuperAdmin, delete: nobody },
  hooks: {
    beforeOperation: [
      async ({ operation, req, args }) => {
        // SQLite cannot keep agencies apart: it holds the first agency only.
        if (operation === 'create' && !usesPostgresAdapter(req.payload) && (await readAgencies(req.payload, req)).size > 0) throw new APIError(NEEDS_POSTGRES_MESSAGE, 400, undefined, true)
        return args
      },
    ],
    beforeValidate: [({ data }) => (Array.isArray(data?.hosts) ? { ...data, hosts: data.hosts.map((row: HostRow) => ({ ...row, host: hostNameOf(row.host ?? '') })) } : data)],
    afterChange: [
      // Once committed, every instance reads the agencies again and drops every agency's pages (this one's effect, then NOTIFY).
      publicContentChanged('แก้ไขหน่วยงานในระบบ', EVERY_AGENCY_SITE),
      ...recorded.afterChange,
    ],
  },
  fields: [
    { name: 'name', label: 'ชื่อหน่วยงาน', type: 'text', required: true },
    {
      name: 'hosts',
      label: 'ชื่อโดเมนของเว็บไซต์',
      type: 'array',
      labels: { singular: 'ชื่อโดเมน', plural: 'ชื่อโดเมน' },
      validate: validHosts,
      admin: { description: 'เช่น bansuan.go.th และ www.bansuan.go.th หน่วยงานแรกของระบบตอบทุกชื่อที่ไม่มีหน่วยงานใดใช้' },
      fields: [{ name: 'host', label: 'ชื่อโดเมน', type: 'text', required: true }],
    },
    {
      name: 'status',
      label: 'สถานะ',
      type: 'select',
      required: true,
      defaultValue: 'active',
      options: AGENCY_STATUSES.map((value) => ({ value, label: AGENCY_STATUS_LABELS[value] })),
      admin: { description: 'ระงับการให้บริการแล้วเว็บไซต์และระบบจัดการของหน่วยงานปิด ข้อมูลทั้งหมดยังอยู่ครบ' },
    },
  ],
}
