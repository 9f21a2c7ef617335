/**
 * What is checked of a request's content before approval and again before publication (001 §1, 004 §1.7, PDPA,
 * SPEC §6): personal data (national ID, phone, e-mail, bank account) and gambling spam in the title, summary,
 * link and each file's text, and links hidden in documents. Each finding says where it is (field, file, page)
 * and shows only a masked form. Spam and hidden links always block; which kinds of personal data block and which
 * only warn is the agency's setting. A file whose text could not be read (an image, a scanned PDF) is reported as
 * not checked, so that a person looks. A blocking finding stops publication until the content is replaced or a
 * webmaster publishes with a recorded reason (the `publish` row's guard, guards.ts).
 *
 * A file's text is scanned once, when it is read after upload (scanText, in the file worker: a 200,000-character
 * file takes the spam detector a quarter of a second); what the scan found is judged against the settings each
 * time the request is checked.
 */
import { contactKey, findPersonalData, type PersonalDataKind } from '../privacy/personal-data'
import { findSpam } from '../spam/gambling'

export type FindingCheck = 'personal-data' | 'spam' | 'hidden-link' | 'not-checked'

export interface ContentFinding {
  check: FindingCheck
  /** The kind of personal data, the spam term, or why a file was not checked. */
  kind: string
  /** What was found, masked for personal data: never the full number. */
  shown: string
  /** In Thai: "ชื่อเรื่อง", "ไฟล์ “ประกาศ.pdf” หน้า 3". */
  where: string
  blocks: boolean
}

export type FileTextStatus = 'pending' | 'extracted' | 'none' | 'failed'

/** What a scan of a text found, before the agency's settings say what may stay and what blocks. */
export interface ScannedFinding {
  check: 'personal-data' | 'spam'
  kind: string
  /** Masked for personal data. */
  shown: string
  /** The page of a text with pages (form feeds between them); null for a text without. */
  page: number | null
  /** A phone number's digits or an e-mail in lower case, to compare with the agency's own contacts; null otherwise. */
  key: string | null
}

export interface FileToCheck {
  name: string
  /** The Thai name the site shows for the file, given at upload: public text, checked like the title. */
  title?: string | null
  status: FileTextStatus
  /** What the scan of the file's text found (scanText). */
  scan: readonly ScannedFinding[]
  /** Links hidden in the document (white or tiny text, text naming another address than the link's). */
  hiddenLinks?: readonly { text: string; target?: string | null }[]
}

export interface ContentToCheck {
  title: string
  summary?: string | null
  linkUrl?: string | null
  files: readonly FileToCheck[]
}

export interface ContentCheckSettings {
  /** The agency's own published contacts (phone, fax, e-mail in its profile): never findings. */
  agencyContacts: readonly string[]
  /** The kinds of personal data that block publication; the others are warnings. */
  blockingKinds: readonly PersonalDataKind[]
}

/** The agency's contacts as its profile writes them: a field may hold several ("0 2123 4567, 0 2123 4568", "… และ …"). */
export const agencyContactsOf = (fields: readonly (string | null | undefined)[]): string[] =>
  fields.flatMap((field) => (field ?? '').split(/[,;]| และ /)).map((contact) => contact.trim()).filter(Boolean)

export const PERSONAL_DATA_KINDS: readonly PersonalDataKind[] = ['national-id', 'bank-account', 'phone', 'email']
export const PERSONAL_DATA_LABELS: Record<PersonalDataKind, string> = {
  'national-id': 'เลขประจำตัวประชาชน',
  'bank-account': 'เลขที่บัญชีธนาคาร',
  phone: 'หมายเลขโทรศัพท์',
  email: 'อีเมล',
}
/** National IDs and bank accounts block by default; phones and e-mail of contact persons are common in notices. */
export const DEFAULT_BLOCKING_KINDS: readonly PersonalDataKind[] = ['national-id', 'bank-account']

export const CHECK_LABELS: Record<FindingCheck, string> = {
  'personal-data': 'ข้อมูลส่วนบุคคล',
  spam: 'คำโฆษณาการพนัน/สแปม',
  'hidden-link': 'ลิงก์หรือข้อความที่ซ่อนไว้',
  'not-checked': 'ยังไม่ได้ตรวจ ต้องให้เจ้าหน้าที่ตรวจด้วยตนเอง',
}

const NOT_CHECKED: Partial<Record<FileTextStatus, string>> = {
  pending: 'ระบบยังอ่านข้อความในไฟล์ไม่เสร็จ',
  none: 'ไฟล์ไม่มีชั้นข้อความ (ภาพหรือเอกสารสแกน)',
  failed: 'ระบบอ่านข้อความในไฟล์ไม่ได้',
}

const PAGE_BREAK = '\f'
const pageAt = (text: string, index: number): number => text.slice(0, index).split(PAGE_BREAK).length
const CONTACT_KINDS: readonly PersonalDataKind[] = ['phone', 'email']

/** Personal data and gambling spam in a text: a PDF's pages separated by form feeds. */
export function scanText(text: string): ScannedFinding[] {
  const page = (index: number) => (text.includes(PAGE_BREAK) ? pageAt(text, index) : null)
  const personal = findPersonalData(text).map(
    (f): ScannedFinding => ({ check: 'personal-data', kind: f.kind, shown: f.masked, page: page(f.index), key: CONTACT_KINDS.includes(f.kind) ? contactKey(f.match) : null }),
  )
  const spam = findSpam(text).map((f): ScannedFinding => ({ check: 'spam', kind: f.term, shown: f.term, page: page(f.index), key: null }))
  return [...personal, ...spam]
}

function judged(scan: readonly ScannedFinding[], where: string, settings: ContentCheckSettings, agencyKeys: ReadonlySet<string>): ContentFinding[] {
  return scan
    .filter((f) => f.key === null || !agencyKeys.has(f.key))
    .map((f) => ({
      check: f.check,
      kind: f.kind,
      shown: f.shown,
      where: f.page === null ? where : `${where} หน้า ${f.page}`,
      blocks: f.check === 'spam' || settings.blockingKinds.includes(f.kind as PersonalDataKind),
    }))
}

/** Every finding in the request's content, in the order title, summary, link, then each file. */
export function checkContent(content: ContentToCheck, settings: ContentCheckSettings): ContentFinding[] {
  const agencyKeys = new Set(settings.agencyContacts.map(contactKey))
  const fields: [string, string | null | undefined][] = [['ชื่อเรื่อง', content.title], ['รายละเอียด', content.summary], ['ลิงก์', content.linkUrl]]
  const findings = fields.flatMap(([label, text]) => (text ? judged(scanText(text), label, settings, agencyKeys) : []))
  for (const file of content.files) {
    const name = `ไฟล์ “${file.name}”`
    if (file.title) findings.push(...judged(scanText(file.title), `ชื่อที่แสดงของ${name}`, settings, agencyKeys))
    const notChecked = NOT_CHECKED[file.status]
    if (notChecked) findings.push({ check: 'not-checked', kind: file.status, shown: notChecked, where: name, blocks: false })
    findings.push(...judged(file.scan, name, settings, agencyKeys))
    for (const link of file.hiddenLinks ?? []) {
      findings.push({ check: 'hidden-link', kind: 'hidden', shown: link.target ? `${link.text} → ${link.target}` : link.text, where: name, blocks: true })
    }
  }
  return findings
}

/** One Thai line a finding: "ข้อมูลส่วนบุคคล (เลขประจำตัวประชาชน) *-****-****3-45-0 ใน ไฟล์ “รายชื่อ.pdf” หน้า 2". */
export function describeFinding(finding: ContentFinding): string {
  const kind = finding.check === 'personal-data' ? ` (${PERSONAL_DATA_LABELS[finding.kind as PersonalDataKind] ?? finding.kind})` : ''
  return `${CHECK_LABELS[finding.check]}${kind} ${finding.shown} ใน${finding.where}`
}

const LISTED = 10

/** The refusal of a publication: what blocks it and what to do. Null when nothing blocks. */
export function blockingMessage(findings: readonly ContentFinding[]): string | null {
  const blocking = findings.filter((f) => f.blocks)
  if (blocking.length === 0) return null
  const listed = blocking.slice(0, LISTED).map(describeFinding)
  const more = blocking.length > LISTED ? ` และอีก ${blocking.length - LISTED} รายการ` : ''
  return (
    `เผยแพร่ไม่ได้: พบ ${blocking.length} รายการที่ต้องแก้ไขก่อน — ${listed.join('; ')}${more}. ` +
    'ให้เจ้าของข้อมูลแก้ไขข้อความหรือเปลี่ยนไฟล์ หรือผู้ดูแลเว็บไซต์ยืนยันการเผยแพร่พร้อมระบุเหตุผล'
  )
}
