/**
 * Open data (ข้อมูลเปิดภาครัฐ, C9, 003 §1.2(2)): a dataset is a published item of C9 with the metadata of the Thai
 * government data catalogue — DGA's minimum metadata as GD-Catalog (data.go.th, CKAN with the thai-gdc schema)
 * keeps it — and its attachments as resources. The vocabularies, with the Thai values GD-Catalog stores and what
 * CKAN and DCAT call them, live here; so does the one rule of exposure: only a dataset of public data
 * (ข้อมูลสาธารณะ) is ever offered.
 */
import { hash } from 'node:crypto'
import { fileExtension } from '../files/attachments'

export const DATASET_TYPES = {
  record: 'ข้อมูลระเบียน',
  statistics: 'ข้อมูลสถิติ',
  gis: 'ข้อมูลภูมิสารสนเทศเชิงพื้นที่',
  multidimensional: 'ข้อมูลหลายมิติ',
  other: 'ข้อมูลประเภทอื่นๆ',
} as const

/** GD-Catalog's update frequency units, and DCAT's (the EU frequency vocabulary). */
export const UPDATE_FREQUENCIES = {
  year: { label: 'ปี', dcat: 'ANNUAL' },
  'half-year': { label: 'ครึ่งปี', dcat: 'ANNUAL_2' },
  quarter: { label: 'ไตรมาส', dcat: 'QUARTERLY' },
  month: { label: 'เดือน', dcat: 'MONTHLY' },
  week: { label: 'สัปดาห์', dcat: 'WEEKLY' },
  day: { label: 'วัน', dcat: 'DAILY' },
  realtime: { label: 'ตามเวลาจริง', dcat: 'UPDATE_CONT' },
  never: { label: 'ไม่มีการปรับปรุงหลังจากการจัดเก็บข้อมูล', dcat: 'NEVER' },
} as const

export const GEO_COVERAGES = {
  none: 'ไม่มี',
  country: 'ประเทศ',
  region: 'ภูมิภาค',
  province: 'จังหวัด',
  district: 'อำเภอ',
  subdistrict: 'ตำบล',
  village: 'หมู่บ้าน',
  local: 'เขตองค์กรปกครองส่วนท้องถิ่น',
  other: 'อื่นๆ',
} as const

/** The data's classification (ประเภทข้อมูล): only public data is exposed. */
export const DATA_CATEGORIES = {
  public: 'ข้อมูลสาธารณะ',
  internal: 'ข้อมูลใช้ภายใน',
  personal: 'ข้อมูลส่วนบุคคล',
  security: 'ข้อมูลความมั่นคง',
  secret: 'ข้อมูลความลับทางราชการ',
} as const

/** Licences, by CKAN's ids (data.go.th's Open Data Common; CKAN's own for Creative Commons). */
export const LICENSES = {
  'Open-Data-Common': { title: 'Open Data Common', url: 'https://data.go.th/pages/open-data-common-license' },
  'cc-by': { title: 'Creative Commons Attribution', url: 'https://creativecommons.org/licenses/by/4.0/' },
  'cc-by-sa': { title: 'Creative Commons Attribution Share-Alike', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  'cc-nc': { title: 'Creative Commons Non-Commercial (Any)', url: 'https://creativecommons.org/licenses/by-nc/4.0/' },
  'cc-zero': { title: 'Creative Commons CCZero', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
} as const

export type DatasetType = keyof typeof DATASET_TYPES
export type UpdateFrequency = keyof typeof UPDATE_FREQUENCIES
export type GeoCoverage = keyof typeof GEO_COVERAGES
export type DataCategory = keyof typeof DATA_CATEGORIES
export type LicenseId = keyof typeof LICENSES

/** What an item of C9 says of its data, beside its title (ชื่อ), summary (คำอธิบาย), tags (คำสำคัญ) and source (แหล่งที่มา). */
export interface DatasetMetadata {
  datasetType?: DatasetType | null
  objective?: string | null
  maintainer?: string | null
  maintainerEmail?: string | null
  updateFrequency?: UpdateFrequency | null
  updateInterval?: number | null
  geoCoverage?: GeoCoverage | null
  dataCategory?: DataCategory | null
  license?: LicenseId | null
  /** Buddhist-era years. */
  firstYear?: number | null
  lastYear?: number | null
}

export interface Resource {
  id: number
  name: string
  filename: string
  format: string
  mediaType: string
  size: number
  sha256: string | null
  created: string
  modified: string
  url: string
}

/** A dataset as the catalogue offers it. */
export interface Dataset {
  /** The item's number, as in its address. */
  itemId: number
  title: string
  description: string
  tags: string[]
  source: string
  metadata: DatasetMetadata
  /** The dataset's page on the public site (absolute). */
  url: string
  created: string
  modified: string
  resources: Resource[]
}

/** The publishing agency, as CKAN's organization. */
export interface Publisher {
  name: string
  title: string
  description: string
  url: string
  email: string | null
  created: string
}

/** Only a dataset of public data is ever exposed (a published item of C9 of another class stays off every catalogue). */
export const isExposed = (metadata: DatasetMetadata): boolean => metadata.dataCategory === 'public'

/** What an item of C9 lacks before it may be submitted: the catalogue's required metadata, in Thai; null when complete. */
export function missingMetadata(metadata: DatasetMetadata): string | null {
  const missing = [
    [metadata.datasetType, 'ประเภทชุดข้อมูล'],
    [metadata.maintainer, 'ผู้ดูแลชุดข้อมูล'],
    [metadata.maintainerEmail, 'อีเมลผู้ดูแลชุดข้อมูล'],
    [metadata.updateFrequency, 'ความถี่ในการปรับปรุงข้อมูล'],
    [metadata.geoCoverage, 'ขอบเขตเชิงภูมิศาสตร์'],
    [metadata.dataCategory, 'ประเภทข้อมูล (การจัดชั้นข้อมูล)'],
    [metadata.license, 'สัญญาอนุญาต'],
  ].flatMap(([value, label]) => (value ? [] : [label as string]))
  if (missing.length) return `ชุดข้อมูลเปิดต้องระบุ ${missing.join(' ')}`
  if (metadata.dataCategory !== 'public') return `เผยแพร่ได้เฉพาะชุดข้อมูลประเภท “${DATA_CATEGORIES.public}” เท่านั้น ชุดข้อมูลประเภท “${DATA_CATEGORIES[metadata.dataCategory!]}” ไม่เผยแพร่บนเว็บไซต์`
  if (metadata.firstYear && metadata.lastYear && metadata.lastYear < metadata.firstYear) return 'ปีสุดท้ายของข้อมูลต้องไม่ก่อนปีแรก'
  return null
}

const FORMATS: Record<string, { format: string; mediaType: string }> = {
  csv: { format: 'CSV', mediaType: 'text/csv' },
  xlsx: { format: 'XLSX', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  xls: { format: 'XLS', mediaType: 'application/vnd.ms-excel' },
  ods: { format: 'ODS', mediaType: 'application/vnd.oasis.opendocument.spreadsheet' },
  json: { format: 'JSON', mediaType: 'application/json' },
  xml: { format: 'XML', mediaType: 'application/xml' },
  kml: { format: 'KML', mediaType: 'application/vnd.google-earth.kml+xml' },
  kmz: { format: 'KMZ', mediaType: 'application/vnd.google-earth.kmz' },
  shp: { format: 'SHP', mediaType: 'application/x-shapefile' },
  zip: { format: 'ZIP', mediaType: 'application/zip' },
  pdf: { format: 'PDF', mediaType: 'application/pdf' },
  docx: { format: 'DOCX', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
}

/** A resource's format and media type, from its name (the type it was checked to be at upload when none is known). */
export function resourceFormat(filename: string, checkedType: string): { format: string; mediaType: string } {
  return FORMATS[fileExtension(filename)] ?? { format: fileExtension(filename).toUpperCase() || 'FILE', mediaType: checkedType || 'application/octet-stream' }
}

/** Whether the page previews a resource's first rows (a table it can read). */
export const previewable = (resource: Pick<Resource, 'format'>): boolean => resource.format === 'CSV' || resource.format === 'XLSX'

/**
 * A dataset's lasting identifier across every catalogue that harvests it: a UUID made from the site's address and
 * the item's number (two agencies' datasets never share one; the same dataset keeps it).
 */
export function datasetUuid(siteUrl: string, itemId: number): string {
  const h = hash('sha256', `${siteUrl}/dataset/${itemId}`, 'hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`
}

/** CKAN's `name` of a dataset: lowercase ASCII, as CKAN requires. */
export const datasetName = (itemId: number): string => `dataset-${itemId}`

/** The Christian-era year of a Buddhist-era one (DCAT's dates). */
export const commonEraYear = (buddhistYear: number): number => buddhistYear - 543
