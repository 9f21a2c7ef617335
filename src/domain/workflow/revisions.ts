/**
 * Revising a published item (ฉบับแก้ไข), as GOV.UK Whitehall's editions: the owner or a webmaster opens a
 * revision with the changed fields and a change note (หมายเหตุการแก้ไข); it goes the request's usual way while
 * the published version stays public; once published it takes the item's address and the earlier version is
 * superseded. Also the fields a webmaster may correct before publishing (000 §2.2: placement is theirs).
 */

/** The fields of a request a revision may change, with the labels the form and its history print. */
export const REVISABLE_FIELDS = {
  title: 'เรื่อง',
  summary: 'รายละเอียดโดยสรุป',
  category: 'หมวดหมู่',
  sourceOwner: 'แหล่งที่มา / หน่วยงานเจ้าของข้อมูล',
  coverageFrom: 'ข้อมูลตั้งแต่วันที่',
  coverageTo: 'ข้อมูลถึงวันที่',
  publishUntil: 'สิ้นสุดการเผยแพร่',
  urgent: 'เร่งด่วน',
  emergency: 'กรณีฉุกเฉิน',
  needsEndorsement: 'ต้องผ่านหัวหน้ากองรับรอง',
  attachments: 'ไฟล์แนบ',
  tags: 'คำสำคัญ',
  steps: 'ขั้นตอน',
  eventStart: 'วันเวลาเริ่มกิจกรรม',
  eventEnd: 'วันเวลาสิ้นสุดกิจกรรม',
  location: 'สถานที่',
  linkUrl: 'ลิงก์',
  image: 'ภาพประกอบ',
  imageAlt: 'คำอธิบายภาพ',
  dataset: 'คำอธิบายชุดข้อมูลเปิด',
} as const
export type RevisableField = keyof typeof REVISABLE_FIELDS

/** What a webmaster may correct before publishing: where the item goes and how it is shown. */
export const PLACEMENT_FIELDS = ['category', 'tags', 'image', 'imageAlt'] as const satisfies readonly RevisableField[]
export type PlacementField = (typeof PLACEMENT_FIELDS)[number]

export const isRevisableField = (name: string): name is RevisableField => Object.hasOwn(REVISABLE_FIELDS, name)

/** Dates as instants, lists in order, rows without their own ids: the form in which two versions are compared (relationships as ids). */
function comparable(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value)) return value.map(comparable)
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([key]) => key !== 'id').map(([key, v]) => [key, comparable(v)]))
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return new Date(value).getTime()
  return value
}

/** The revisable fields whose values differ between two versions of a request. */
export function changedFields(before: Partial<Record<RevisableField, unknown>>, after: Partial<Record<RevisableField, unknown>>): RevisableField[] {
  return (Object.keys(REVISABLE_FIELDS) as RevisableField[]).filter((field) => JSON.stringify(comparable(before[field])) !== JSON.stringify(comparable(after[field])))
}

/** "เรื่อง, ไฟล์แนบ": the changed fields as the printed form and the history name them. */
export const describeChanges = (fields: readonly RevisableField[]): string => fields.map((field) => REVISABLE_FIELDS[field]).join(', ')

/** A revision needs a change note (400), and changes nothing a revision may not change. */
export function revisionRefusal(changeNote: unknown, changes: Record<string, unknown>): string | null {
  if (typeof changeNote !== 'string' || !changeNote.trim()) return 'กรุณาระบุหมายเหตุการแก้ไข (สิ่งที่เปลี่ยนแปลงและเหตุผล)'
  const unknown = Object.keys(changes).filter((name) => !isRevisableField(name))
  if (unknown.includes('publishFrom')) return 'ฉบับแก้ไขเผยแพร่แทนฉบับเดิมเมื่อได้รับการเผยแพร่ จึงกำหนดวันที่เริ่มเผยแพร่ใหม่ไม่ได้'
  return unknown.length ? `แก้ไขรายการต่อไปนี้ในฉบับแก้ไขไม่ได้: ${unknown.join(', ')}` : null
}

/** What a published item shows: its revisable fields, when it is public, and where. */
export const PUBLIC_CONTENT_FIELDS: readonly string[] = [...Object.keys(REVISABLE_FIELDS), 'publishFrom', 'publishedAt', 'lastModifiedAt', 'publicPath']

/**
 * A published item's content as one canonical text. Its hash is recorded when the item is published, and the
 * integrity check compares it with the row as it is now: a row changed outside the workflow (in the database
 * directly) no longer matches.
 */
export const publicContentOf = (item: Record<string, unknown>): string => JSON.stringify(PUBLIC_CONTENT_FIELDS.map((field) => [field, comparable(item[field])]))
