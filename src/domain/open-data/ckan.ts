/**
 * The CKAN action API (read side, version 3) over the agency's datasets, as data.go.th / GD-Catalog harvests it:
 * status_show, package_list, package_show, package_search (q, fq, rows ≤ 1000, start, sort),
 * current_package_list_with_resources, organization_list, organization_show, license_list — CKAN's envelope
 * {help, success, result}, its error shape and statuses, CKAN's field names, the Thai metadata as `extras` under
 * GD-Catalog's keys. Pure: the datasets and the agency are handed in.
 */
import { DATASET_TYPES, DATA_CATEGORIES, GEO_COVERAGES, LICENSES, UPDATE_FREQUENCIES, datasetName, datasetUuid, type Dataset, type Publisher } from './dataset'

export const CKAN_ACTIONS = ['status_show', 'package_list', 'package_show', 'package_search', 'current_package_list_with_resources', 'organization_list', 'organization_show', 'license_list'] as const
export type CkanAction = (typeof CKAN_ACTIONS)[number]

export interface CkanAnswer {
  status: number
  body: Record<string, unknown>
}

/** The query parameters an action reads (anything else is dropped, also from the page cache's key). */
export const CKAN_PARAMS = new Set(['id', 'q', 'fq', 'rows', 'start', 'sort', 'limit', 'offset', 'all_fields'])

const MAX_ROWS = 1000

const helpOf = (siteUrl: string, action: string) => `${siteUrl}/api/3/action/help_show?name=${action}`
const ok = (siteUrl: string, action: string, result: unknown): CkanAnswer => ({ status: 200, body: { help: helpOf(siteUrl, action), success: true, result } })
const failed = (siteUrl: string, action: string, status: number, error: Record<string, unknown>): CkanAnswer => ({ status, body: { help: helpOf(siteUrl, action), success: false, error } })
const notFound = (siteUrl: string, action: string, what: string) => failed(siteUrl, action, 404, { __type: 'Not Found Error', message: `ไม่พบ${what} (Not found)` })
const invalid = (siteUrl: string, action: string, field: string, message: string) => failed(siteUrl, action, 409, { __type: 'Validation Error', [field]: [message] })

export function organizationOf(publisher: Publisher) {
  return {
    id: datasetUuid(publisher.url, 0),
    name: publisher.name,
    title: publisher.title,
    type: 'organization',
    description: publisher.description,
    image_url: '',
    created: publisher.created,
    is_organization: true,
    approval_status: 'approved',
    state: 'active',
  }
}

const extra = (key: string, value: string | number | null | undefined) => (value === null || value === undefined || value === '' ? [] : [{ key, value: String(value) }])

/** A dataset as CKAN's package_show gives it. */
export function packageOf(dataset: Dataset, publisher: Publisher) {
  const id = datasetUuid(publisher.url, dataset.itemId)
  const m = dataset.metadata
  const license = m.license ? LICENSES[m.license] : null
  return {
    id,
    name: datasetName(dataset.itemId),
    title: dataset.title,
    notes: dataset.description,
    url: dataset.url,
    type: 'dataset',
    state: 'active',
    private: false,
    isopen: Boolean(license),
    version: null,
    author: dataset.source,
    author_email: null,
    maintainer: m.maintainer ?? null,
    maintainer_email: m.maintainerEmail ?? null,
    license_id: m.license ?? 'notspecified',
    license_title: license?.title ?? 'License not specified',
    license_url: license?.url ?? null,
    metadata_created: dataset.created,
    metadata_modified: dataset.modified,
    owner_org: organizationOf(publisher).id,
    organization: organizationOf(publisher),
    num_tags: dataset.tags.length,
    tags: dataset.tags.map((name) => ({ name, display_name: name, state: 'active', vocabulary_id: null })),
    num_resources: dataset.resources.length,
    resources: dataset.resources.map((resource, position) => ({
      id: datasetUuid(publisher.url, -resource.id),
      package_id: id,
      name: resource.name,
      description: '',
      format: resource.format,
      mimetype: resource.mediaType,
      size: resource.size,
      hash: resource.sha256 ? `sha256:${resource.sha256}` : '',
      url: resource.url,
      created: resource.created,
      last_modified: resource.modified,
      metadata_modified: resource.modified,
      position,
      state: 'active',
      url_type: null,
      resource_type: null,
    })),
    groups: [],
    relationships_as_object: [],
    relationships_as_subject: [],
    // GD-Catalog's metadata (thai-gdc), under its keys, with the Thai values it stores.
    extras: [
      ...extra('data_type', m.datasetType ? DATASET_TYPES[m.datasetType] : null),
      ...extra('objective', m.objective),
      ...extra('update_frequency_unit', m.updateFrequency ? UPDATE_FREQUENCIES[m.updateFrequency].label : null),
      ...extra('update_frequency_interval', m.updateFrequency && m.updateFrequency !== 'never' && m.updateFrequency !== 'realtime' ? (m.updateInterval ?? 1) : null),
      ...extra('geo_coverage', m.geoCoverage ? GEO_COVERAGES[m.geoCoverage] : null),
      ...extra('data_source', dataset.source),
      ...extra('data_format', [...new Set(dataset.resources.map((r) => r.format))].join(', ')),
      ...extra('data_category', m.dataCategory ? DATA_CATEGORIES[m.dataCategory] : null),
      ...extra('first_year_of_data', m.firstYear),
      ...extra('last_year_of_data', m.lastYear),
      ...extra('data_language', 'ไทย'),
    ],
  }
}
export type CkanPackage = ReturnType<typeof packageOf>

const byModifiedDesc = (a: Dataset, b: Dataset) => (a.modified < b.modified ? 1 : a.modified > b.modified ? -1 : b.itemId - a.itemId)

/** A whole number parameter within [min, max], the default when absent; a message when it is not one. */
function count(value: string | null, fallback: number, max: number): number | string {
  if (value === null || value === '') return fallback
  if (!/^\d{1,9}$/.test(value)) return 'ต้องเป็นจำนวนเต็มไม่ติดลบ (Invalid integer)'
  return Math.min(Number(value), max)
}

/** fq as CKAN's Solr reads the common cases: field:value terms, quoted values, a leading "+". */
function filterOf(fq: string): ((pkg: CkanPackage) => boolean) | string {
  const terms = [...fq.matchAll(/\+?([a-z_]+):(?:"([^"]*)"|(\S+))/g)].map((m) => ({ field: m[1]!, value: (m[2] ?? m[3] ?? '').toLowerCase() }))
  if (fq.trim() && terms.length === 0) return `ไม่เข้าใจเงื่อนไข fq “${fq}” ใช้รูปแบบ ชื่อฟิลด์:ค่า เช่น tags:งบประมาณ res_format:CSV`
  const readers: Record<string, (pkg: CkanPackage) => string[]> = {
    tags: (pkg) => pkg.tags.map((t) => t.name),
    res_format: (pkg) => pkg.resources.map((r) => r.format),
    license_id: (pkg) => [pkg.license_id],
    organization: (pkg) => [pkg.organization.name],
    owner_org: (pkg) => [pkg.owner_org],
    name: (pkg) => [pkg.name],
    id: (pkg) => [pkg.id],
    data_type: (pkg) => pkg.extras.filter((e) => e.key === 'data_type').map((e) => e.value),
  }
  const unknown = terms.find((t) => !readers[t.field])
  if (unknown) return `ค้นหาด้วยฟิลด์ “${unknown.field}” ไม่ได้ ใช้ได้: ${Object.keys(readers).join(', ')}`
  return (pkg) => terms.every((t) => readers[t.field]!(pkg).some((value) => value.toLowerCase() === t.value))
}

const SORTS: Record<string, (a: CkanPackage, b: CkanPackage) => number> = {
  'metadata_modified desc': (a, b) => (a.metadata_modified < b.metadata_modified ? 1 : a.metadata_modified > b.metadata_modified ? -1 : 0),
  'metadata_modified asc': (a, b) => (a.metadata_modified < b.metadata_modified ? -1 : a.metadata_modified > b.metadata_modified ? 1 : 0),
  'metadata_created desc': (a, b) => (a.metadata_created < b.metadata_created ? 1 : a.metadata_created > b.metadata_created ? -1 : 0),
  'metadata_created asc': (a, b) => (a.metadata_created < b.metadata_created ? -1 : a.metadata_created > b.metadata_created ? 1 : 0),
  'title_string asc': (a, b) => a.title.localeCompare(b.title, 'th'),
  'title_string desc': (a, b) => b.title.localeCompare(a.title, 'th'),
  'name asc': (a, b) => a.name.localeCompare(b.name),
  'name desc': (a, b) => b.name.localeCompare(a.name),
}

/** How well a package matches the words of q (0: not at all): every word must be in the title, description or tags. */
function score(pkg: CkanPackage, q: string): number {
  const words = q.toLowerCase().split(/\s+/).filter((w) => w && w !== '*:*')
  if (words.length === 0) return 1
  const title = pkg.title.toLowerCase()
  const rest = `${pkg.notes} ${pkg.tags.map((t) => t.name).join(' ')} ${pkg.extras.map((e) => e.value).join(' ')}`.toLowerCase()
  let total = 0
  for (const word of words) {
    const inTitle = title.includes(word)
    if (!inTitle && !rest.includes(word)) return 0
    total += inTitle ? 2 : 1
  }
  return total
}

/** One action, as `GET /api/3/action/<action>?…` answers it. */
export function ckanAction(action: string, query: URLSearchParams, datasets: readonly Dataset[], publisher: Publisher): CkanAnswer {
  const site = publisher.url
  if (!(CKAN_ACTIONS as readonly string[]).includes(action)) return failed(site, action, 400, { __type: 'Bad Request', message: `ไม่รู้จักคำสั่ง “${action}” (Action name not known) ใช้ได้: ${CKAN_ACTIONS.join(', ')}` })
  const sorted = [...datasets].sort(byModifiedDesc)
  const packages = () => sorted.map((dataset) => packageOf(dataset, publisher))
  switch (action as CkanAction) {
    case 'status_show':
      return ok(site, action, { ckan_version: '2.10.4', site_title: publisher.title, site_description: publisher.description, site_url: site, error_emails_to: null, locale_default: 'th', extensions: ['khaosan'] })
    case 'package_list': {
      const limit = count(query.get('limit'), sorted.length, sorted.length)
      const offset = count(query.get('offset'), 0, Number.MAX_SAFE_INTEGER)
      if (typeof limit === 'string') return invalid(site, action, 'limit', limit)
      if (typeof offset === 'string') return invalid(site, action, 'offset', offset)
      return ok(site, action, sorted.slice(offset, offset + limit).map((d) => datasetName(d.itemId)))
    }
    case 'current_package_list_with_resources': {
      const limit = count(query.get('limit'), 10, MAX_ROWS)
      const offset = count(query.get('offset'), 0, Number.MAX_SAFE_INTEGER)
      if (typeof limit === 'string') return invalid(site, action, 'limit', limit)
      if (typeof offset === 'string') return invalid(site, action, 'offset', offset)
      return ok(site, action, packages().slice(offset, offset + limit))
    }
    case 'package_show': {
      const id = query.get('id')
      if (!id) return invalid(site, action, 'id', 'ต้องระบุ id (Missing value)')
      const found = packages().find((pkg) => pkg.id === id || pkg.name === id)
      return found ? ok(site, action, found) : notFound(site, action, 'ชุดข้อมูลนี้')
    }
    case 'package_search': {
      const rows = count(query.get('rows'), 10, MAX_ROWS)
      const start = count(query.get('start'), 0, Number.MAX_SAFE_INTEGER)
      if (typeof rows === 'string') return invalid(site, action, 'rows', rows)
      if (typeof start === 'string') return invalid(site, action, 'start', start)
      const filter = filterOf(query.get('fq') ?? '')
      if (typeof filter === 'string') return invalid(site, action, 'fq', filter)
      const sort = query.get('sort') ?? 'score desc, metadata_modified desc'
      const q = query.get('q') ?? ''
      const matched = packages().flatMap((pkg) => {
        const s = score(pkg, q)
        return s > 0 && filter(pkg) ? [{ pkg, s }] : []
      })
      const order = sort.split(',').map((part) => part.trim().replace(/\s+/g, ' '))
      for (const part of order) if (part !== 'score desc' && !SORTS[part]) return invalid(site, action, 'sort', `เรียงลำดับด้วย “${part}” ไม่ได้ ใช้ได้: score desc, ${Object.keys(SORTS).join(', ')}`)
      matched.sort((a, b) => {
        for (const part of order) {
          const c = part === 'score desc' ? b.s - a.s : SORTS[part]!(a.pkg, b.pkg)
          if (c !== 0) return c
        }
        return 0
      })
      return ok(site, action, { count: matched.length, sort, results: matched.slice(start, start + rows).map((m) => m.pkg), facets: {}, search_facets: {} })
    }
    case 'organization_list': {
      const organization = { ...organizationOf(publisher), package_count: datasets.length }
      return ok(site, action, query.get('all_fields') === 'true' ? [organization] : [publisher.name])
    }
    case 'organization_show': {
      const id = query.get('id')
      if (!id) return invalid(site, action, 'id', 'ต้องระบุ id (Missing value)')
      const organization = organizationOf(publisher)
      return id === organization.id || id === organization.name ? ok(site, action, { ...organization, package_count: datasets.length, packages: packages() }) : notFound(site, action, 'หน่วยงานนี้')
    }
    case 'license_list':
      return ok(site, action, Object.entries(LICENSES).map(([id, { title, url }]) => ({ id, title, url, status: 'active', od_conformance: 'approved', osd_conformance: 'not reviewed', domain_content: false, domain_data: true, domain_software: false, maintainer: '', family: '' })))
  }
}
