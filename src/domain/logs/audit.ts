/**
 * The audit log (บันทึกการใช้งานระบบ): every event the system records — sign-ins, account and settings changes,
 * workflow and complaint actions, downloads of files that are not public, exports — chained as the traffic log is
 * (src/domain/logs/chain.ts, the same hash): once an event has committed it is given the next sequence number and
 * the SHA-256 of the previous entry's hash and its own content. A changed field, a removed entry or entries moved
 * break the chain at that entry; `npm run logs:verify` says where.
 */
import { thaiDateTime } from '../thai/format'
import { GENESIS, lineHash } from './chain'

/** What an event is about, as the audit log's filter and export name it. */
export const EVENT_KINDS = {
  'sign-in': 'การเข้าและออกจากระบบ',
  account: 'บัญชีผู้ใช้ บทบาท และหน่วยงาน',
  settings: 'การตั้งค่าและชุดตัวชี้วัด',
  workflow: 'การดำเนินการกับคำขอเผยแพร่',
  'public-content': 'แก้ไขเนื้อหาบนเว็บไซต์',
  upload: 'อัปโหลดไฟล์',
  download: 'ดาวน์โหลดไฟล์ที่ไม่เผยแพร่',
  export: 'ส่งออกข้อมูล',
  notice: 'แจ้งเตือนบุคลากร',
  complaint: 'เรื่องร้องเรียน',
  question: 'กระดานถาม-ตอบ',
  subscription: 'การรับข่าวสารทางอีเมล',
  hearing: 'การรับฟังความคิดเห็น',
  'e-form': 'แบบฟอร์มออนไลน์',
  log: 'ข้อมูลจราจรทางคอมพิวเตอร์',
  backup: 'การสำรองข้อมูล',
} as const
export type EventKind = keyof typeof EVENT_KINDS

/** The person who did something, as the audit log names them. */
export const personLabel = (person: { name?: string | null; email?: string | null }): string =>
  person.name && person.email ? `${person.name} (${person.email})` : (person.name ?? person.email ?? '')

/** The audit log as exported: a header and one row per entry, times in Thai time and the Buddhist era. */
export const AUDIT_EXPORT_HEADER = ['ลำดับ', 'วันเวลา', 'ผู้ดำเนินการ', 'ประเภท', 'รายละเอียด', 'หมายเลขไอพี', 'เวลา (UTC)', 'ค่าแฮช SHA-256']

export const auditExportRow = (entry: AuditContent & { sequence?: number | null; hash?: string | null }): string[] => [
  entry.sequence ? String(entry.sequence) : 'รอผนึก',
  thaiDateTime(new Date(entry.at)),
  entry.actor ?? (entry.actorId ? `ผู้ใช้หมายเลข ${entry.actorId}` : 'ประชาชนหรือระบบ'),
  EVENT_KINDS[entry.kind as EventKind] ?? entry.kind,
  entry.summary,
  entry.address ?? '',
  new Date(entry.at).toISOString(),
  entry.hash ?? '',
]

/** What is sealed of an event: everything shown of it. */
export interface AuditContent {
  id: number
  at: string
  kind: string
  summary: string
  /** The person, as they were named then ("name (e-mail)"), and their number: kept even if the account goes. */
  actor: string | null
  actorId: number | null
  address: string | null
}

export interface SealedEntry extends AuditContent {
  sequence: number
  previousHash: string
  hash: string
}

/** The text that is hashed: the fields in one order, the time as ISO 8601 whatever the database returned. */
export const auditText = (sequence: number, entry: AuditContent): string =>
  JSON.stringify([sequence, entry.id, new Date(entry.at).toISOString(), entry.kind, entry.summary, entry.actorId, entry.actor, entry.address])

/** The entries as sealed after `head` (the last sealed entry, or none): sequence numbers and hashes in order. */
export function sealAfter(head: { sequence: number; hash: string } | null, entries: readonly AuditContent[]): SealedEntry[] {
  let sequence = head?.sequence ?? 0
  let previous = head?.hash ?? GENESIS
  return entries.map((entry) => {
    sequence += 1
    const hash = lineHash(previous, auditText(sequence, entry))
    const sealed = { ...entry, sequence, previousHash: previous, hash }
    previous = hash
    return sealed
  })
}

export type AuditCheck = { ok: true; entries: number; lastHash: string } | { ok: false; sequence: number; id: number | null; reason: string }

/**
 * Sealed entries read in sequence order, a page at a time: the first problem. `after` is what the page continues
 * from (the end of the page before; null for the first page).
 */
export function verifyAudit(entries: readonly SealedEntry[], after: { sequence: number; hash: string } | null = null): AuditCheck {
  let sequence = after?.sequence ?? 0
  let previous = after?.hash ?? GENESIS
  for (const entry of entries) {
    if (entry.sequence !== sequence + 1) return { ok: false, sequence: sequence + 1, id: null, reason: entry.sequence > sequence + 1 ? `ไม่พบรายการลำดับที่ ${sequence + 1} ถึง ${entry.sequence - 1} (ถูกลบ)` : 'ลำดับซ้ำหรือสลับกัน' }
    if (entry.previousHash !== previous) return { ok: false, sequence: entry.sequence, id: entry.id, reason: 'ไม่ต่อเนื่องจากรายการก่อนหน้า (มีรายการถูกลบ แทรก หรือสลับลำดับ)' }
    if (lineHash(previous, auditText(entry.sequence, entry)) !== entry.hash) return { ok: false, sequence: entry.sequence, id: entry.id, reason: 'ค่าแฮชไม่ตรงกับเนื้อหา (รายการถูกแก้ไข)' }
    sequence = entry.sequence
    previous = entry.hash
  }
  return { ok: true, entries: sequence, lastHash: previous }
}

/** A field as the audit log names its change: its label, and its values when they may be shown (never free text). */
export interface NamedField {
  name: string
  label: string
  /** How a value reads (a select's option label, yes/no); absent: only that it changed is said. */
  shown?: (value: unknown) => string
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
const idsOf = (value: unknown): unknown => (Array.isArray(value) ? value.map(idsOf) : value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)

/** What changed between two versions of a record, in Thai: "บทบาท: เจ้าหน้าที่ → ผู้ดูแลเว็บไซต์; ชื่อ-นามสกุล". */
export function describeChanges(before: Record<string, unknown>, after: Record<string, unknown>, fields: readonly NamedField[]): string {
  return fields
    .filter((field) => !same(idsOf(before[field.name]), idsOf(after[field.name])))
    .map((field) => (field.shown ? `${field.label}: ${field.shown(idsOf(before[field.name]))} → ${field.shown(idsOf(after[field.name]))}` : field.label))
    .join('; ')
}
