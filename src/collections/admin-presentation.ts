/**
 * How the admin presents collections and globals: the navigation groups and who sees each (a person sees only the
 * groups whose work is theirs: an owner never meets the system settings, an executive never the users list; access
 * rules still decide what each may read or change), the API tab for admins only, and dates in the Buddhist era.
 */
import type { ClientUser, CollectionConfig, Field } from 'payload'
import type { Role } from '@/domain/workflow'
import type { User } from '@/payload-types'
import type { PeriodField } from '@/components/admin/PeriodFilter'

const GROUPS = {
  /** Publish requests, their files and the notices about them: everyone's daily work. */
  requests: { label: 'งานเผยแพร่ข้อมูล', roles: ['owner', 'head', 'division-head', 'webmaster', 'executive', 'admin'] },
  /** Indicator sets, reports issued and acknowledged, the checkers: those who monitor (002 §4.5) and the executive. */
  monitoring: { label: 'การกำกับติดตาม', roles: ['head', 'division-head', 'webmaster', 'executive', 'admin'] },
  /** The agency's own pages, pictures and statistics: the webmasters who run the site. */
  site: { label: 'เว็บไซต์สาธารณะ', roles: ['webmaster', 'admin'] },
  /** Complaints from citizens: whoever is designated for them, and the staff of the unit a complaint is passed to (access decides which). */
  citizens: { label: 'งานบริการประชาชน', roles: ['owner', 'head', 'division-head', 'webmaster', 'executive', 'admin'] },
  /** Users, units, categories, settings, the event log and background work. */
  system: { label: 'ผู้ดูแลระบบ', roles: ['admin'] },
} satisfies Record<string, { label: string; roles: Role[] }>

export type AdminGroup = keyof typeof GROUPS

/** A collection's or global's `admin` group and visibility; `only` narrows the roles further. */
export function inAdminGroup(group: AdminGroup, only?: readonly Role[]) {
  const { label, roles } = GROUPS[group]
  const shown: readonly Role[] = only ? roles.filter((role) => only.includes(role)) : roles
  return { group: label, hidden: ({ user }: { user: Pick<User, 'role'> | ClientUser | null }) => !shown.includes(user?.role) }
}

/** The document's "API" tab (the raw JSON and its address) for administrators only. */
export function apiTabForAdmins<T extends { admin?: { components?: { views?: { edit?: object } } } }>(config: T): T {
  const admin = config.admin ?? {}
  const edit = { ...admin.components?.views?.edit, api: { tab: { condition: ({ req }: { req: { user?: { role?: string } | null } }) => req.user?.role === 'admin' } } }
  return { ...config, admin: { ...admin, components: { ...admin.components, views: { ...admin.components?.views, edit } } } }
}

const BUDDHIST_CELL = '@/components/admin/BuddhistDate#BuddhistDateCell'
const PERIOD_CONDITION = '@/components/admin/PeriodFilter#PeriodCondition'

/**
 * A collection's own timestamps, as Payload would add them, but listed in the Buddhist era; Payload adds its own
 * only where a collection does not declare them. The document's header shows them in the Buddhist era too
 * (BuddhistTimestamps), in place of Payload's, which writes the common-era year.
 */
const TIMESTAMPS: Field[] = [
  { name: 'updatedAt', label: 'แก้ไขล่าสุด', type: 'date', index: true, admin: { hidden: true, disableBulkEdit: true, date: { pickerAppearance: 'dayAndTime' }, components: { Cell: BUDDHIST_CELL } } },
  // Not hidden, so that a period by it (PeriodFilter) shows in the list's filters; in the form, only the header shows it.
  { name: 'createdAt', label: 'สร้างเมื่อ', type: 'date', index: true, admin: { disableBulkEdit: true, disableListFilter: true, date: { pickerAppearance: 'dayAndTime' }, components: { Cell: BUDDHIST_CELL, Filter: PERIOD_CONDITION, Field: '@/components/admin/BuddhistTimestamps#ShownInHeader' } } },
]

/** Every date field of a collection or global shown, typed and listed in the Buddhist era (BuddhistDate.tsx). */
export function withBuddhistDates<T extends { fields: Field[] }>(config: T): T {
  return { ...config, fields: config.fields.map(inBuddhistEra) }
}

/** A collection's timestamps in the Buddhist era: listed (TIMESTAMPS) and in the document's header. */
export function withBuddhistTimestamps(config: CollectionConfig): CollectionConfig {
  if (config.timestamps === false) return config
  const admin = config.admin ?? {}
  const edit = { beforeDocumentControls: ['@/components/admin/BuddhistTimestamps#BuddhistTimestamps'], ...admin.components?.edit }
  return { ...config, fields: [...config.fields, ...TIMESTAMPS], admin: { ...admin, components: { ...admin.components, edit } } }
}

function inBuddhistEra(field: Field): Field {
  if (field.type === 'date') {
    const components = { Field: '@/components/admin/BuddhistDate#BuddhistDateField', Cell: BUDDHIST_CELL, Filter: PERIOD_CONDITION, ...field.admin?.components }
    // The filter builder would offer Payload's common-era date picker, and a field's own filter component is given
    // neither the condition's value nor a way to change it: a period is picked above the list instead (PeriodFilter).
    return { ...field, admin: { ...field.admin, components, disableListFilter: true } }
  }
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(inBuddhistEra) })) }
  if ('fields' in field) return { ...field, fields: field.fields.map(inBuddhistEra) } as Field
  return field
}

/** The date fields a list may be narrowed by: those of the list's own rows (not inside named groups or arrays), shown in the admin. */
function periodFieldsOf(fields: readonly Field[]): PeriodField[] {
  return fields.flatMap((field): PeriodField[] => {
    if (field.type === 'date') return field.admin?.hidden ? [] : [{ name: field.name, label: typeof field.label === 'string' ? field.label : field.name }]
    if (field.type === 'row' || field.type === 'collapsible') return periodFieldsOf(field.fields)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [] : periodFieldsOf(tab.fields)))
    return []
  })
}

/** A period in the Buddhist era above the list (PeriodFilter), by any of its date fields, when it has one. */
export function withPeriodFilter(config: CollectionConfig): CollectionConfig {
  const fields = periodFieldsOf(config.fields)
  if (fields.length === 0) return config
  const admin = config.admin ?? {}
  const filter = { path: '@/components/admin/PeriodFilter#PeriodFilter', clientProps: { fields } }
  return { ...config, admin: { ...admin, components: { ...admin.components, beforeListTable: [...(admin.components?.beforeListTable ?? []), filter] } } }
}
