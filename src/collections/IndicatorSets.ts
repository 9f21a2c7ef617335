import type { CollectionConfig, Validate } from 'payload'
import { SET_NAMES, type SetName } from '@/domain/compliance'
import { isAdmin, hasRole } from '@/access/roles'
import { badRequest } from '@/server/errors'
import { asIndicatorSet } from '@/server/compliance'
import { copyForwardEndpoint, fillPlaceholderEndpoint, importEndpoint } from './monitoring/indicator-set-endpoints'
import { inAdminGroup } from '@/collections/admin-presentation'
import { audited } from './audited'

export const SET_LABELS: Record<SetName, string> = {
  ita: 'ITA (การประเมินคุณธรรมและความโปร่งใส)',
  moit: 'MOIT กระทรวงสาธารณสุข',
  gws: 'มาตรฐานเว็บไซต์ภาครัฐ',
  oia: 'พ.ร.บ.ข้อมูลข่าวสารของราชการ มาตรา ๗ และ ๙',
}

const validSet: Validate = (_value, { siblingData }) => {
  const parsed = asIndicatorSet(siblingData as Record<string, unknown>)
  return parsed.ok || `ชุดตัวชี้วัดไม่ถูกต้อง:\n${parsed.errors.join('\n')}`
}

/** One set per name and fiscal year (or one every-year set per name). */
const oneSetPerYear: NonNullable<CollectionConfig['hooks']>['beforeChange'] = [
  async ({ data, req, originalDoc }) => {
    const fiscalYear = data.fiscalYear ?? null
    const { docs } = await req.payload.find({
      collection: 'indicator-sets',
      where: { and: [{ set: { equals: data.set } }, fiscalYear === null ? { fiscalYear: { exists: false } } : { fiscalYear: { equals: fiscalYear } }] },
      overrideAccess: true,
      depth: 0,
      limit: 2,
      req,
    })
    if (docs.some((d) => String(d.id) !== String(originalDoc?.id))) {
      throw badRequest(`มีชุดตัวชี้วัด ${data.set} ${fiscalYear === null ? 'ที่ใช้ได้ทุกปี' : `ปีงบประมาณ ${fiscalYear}`} อยู่แล้ว — กรุณาแก้ไขชุดเดิม`)
    }
    return data
  },
]

/**
 * ชุดตัวชี้วัด: ITA, MOIT, the Government Website Standard and the Official Information Act items as data per
 * fiscal year. Seeded from the bundled files; the administrator edits, imports or copies a set forward to a new year.
 */
export const IndicatorSets: CollectionConfig = {
  slug: 'indicator-sets',
  labels: { singular: 'ชุดตัวชี้วัด', plural: 'ชุดตัวชี้วัด' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'set', 'fiscalYear', 'updatedAt'], ...inAdminGroup('monitoring', ['webmaster', 'executive', 'admin']) },
  defaultSort: '-fiscalYear',
  access: {
    read: ({ req }) => hasRole('webmaster', 'executive', 'admin')(req),
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  endpoints: [copyForwardEndpoint, importEndpoint, fillPlaceholderEndpoint],
  hooks: { beforeChange: oneSetPerYear, ...audited('settings', 'ชุดตัวชี้วัด', 'title') },
  fields: [
    { name: 'copyForward', type: 'ui', admin: { components: { Field: '@/components/admin/CopySetForward#CopySetForward' } } },
    {
      type: 'row',
      fields: [
        { name: 'set', label: 'ชุด', type: 'select', required: true, options: SET_NAMES.map((value) => ({ value, label: SET_LABELS[value] })) },
        { name: 'fiscalYear', label: 'ปีงบประมาณ (พ.ศ.) — เว้นว่างถ้าใช้ได้ทุกปี', type: 'number', index: true },
      ],
    },
    { name: 'title', label: 'ชื่อชุดตัวชี้วัด', type: 'text', required: true },
    { name: 'source', label: 'แหล่งที่มาและความครบถ้วน', type: 'textarea', required: true },
    {
      name: 'indicators',
      label: 'รายการตัวชี้วัด (ข้อมูลรูปแบบ JSON: รหัส ชื่อ หมวด แท็ก และเกณฑ์ความเป็นปัจจุบันของแต่ละข้อ)',
      type: 'json',
      required: true,
      admin: { components: { Field: '@/components/admin/JsonTextField#JsonTextField' } },
      validate: validSet,
    },
  ],
}
