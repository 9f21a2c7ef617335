/**
 * Attachment policy (seed 002 §2.7): which file types an item may carry and how large each file may be.
 * Both are settings; DEFAULT_FILE_POLICY is what the seed names. A file passes only when its extension is
 * allowed AND its content really is of that type, so a web page renamed "ประกาศ.pdf" is refused.
 */
import { sniffFileType, type DetectedType } from './sniff'

export interface FilePolicy {
  /** Lower case, without the dot. "jpg" also admits ".jpeg". */
  allowedExtensions: readonly string[]
  maxBytes: number
}

const MEGABYTE = 1024 * 1024

export const DEFAULT_FILE_POLICY: FilePolicy = {
  allowedExtensions: ['pdf', 'xls', 'xlsx', 'doc', 'docx', 'jpg', 'png', 'zip', 'rar'],
  maxBytes: 4 * MEGABYTE,
}

/** The largest limit the settings accept. */
export const MAX_CONFIGURABLE_MEGABYTES = 100

interface FileType {
  label: string // shown on public pages next to each download
  mimeType: string
  contents: readonly DetectedType[] // what the content may be for this extension
}

/**
 * Every extension whose content the system can verify, and so every extension the settings may allow.
 * .doc and .xls are both OLE2 compound files. Telling them apart means reading the compound file's own
 * directory for a "WordDocument" or "Workbook" stream (and old Works or Excel 5 files name them otherwise),
 * so either extension accepts any OLE2 file: a workbook misnamed .doc is harmless, Office opens it anyway.
 */
const FILE_TYPES: Record<string, FileType> = {
  pdf: { label: 'PDF', mimeType: 'application/pdf', contents: ['pdf'] },
  doc: { label: 'Word (DOC)', mimeType: 'application/msword', contents: ['ole2'] },
  docx: {
    label: 'Word (DOCX)',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    contents: ['docx'],
  },
  xls: { label: 'Excel (XLS)', mimeType: 'application/vnd.ms-excel', contents: ['ole2'] },
  xlsx: {
    label: 'Excel (XLSX)',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    contents: ['xlsx'],
  },
  odt: { label: 'OpenDocument (ODT)', mimeType: 'application/vnd.oasis.opendocument.text', contents: ['odt'] },
  ods: { label: 'OpenDocument (ODS)', mimeType: 'application/vnd.oasis.opendocument.spreadsheet', contents: ['ods'] },
  jpg: { label: 'รูปภาพ JPEG', mimeType: 'image/jpeg', contents: ['jpeg'] },
  png: { label: 'รูปภาพ PNG', mimeType: 'image/png', contents: ['png'] },
  zip: { label: 'ZIP', mimeType: 'application/zip', contents: ['zip', 'docx', 'xlsx', 'odt', 'ods'] },
  rar: { label: 'RAR', mimeType: 'application/vnd.rar', contents: ['rar'] },
  txt: { label: 'ข้อความ (TXT)', mimeType: 'text/plain', contents: ['text'] },
  csv: { label: 'CSV', mimeType: 'text/csv', contents: ['text'] },
}

const ALIASES: Record<string, string> = { jpeg: 'jpg' }

/** "pdf" from "ประกาศ.PDF", ".pdf" or "PDF"; "jpeg" becomes "jpg". */
const canonicalExtension = (extension: string): string => {
  const bare = extension.trim().replace(/^\./, '').toLowerCase()
  return ALIASES[bare] ?? bare
}

/** The extension as the file name has it, lower case, without the dot; "" when there is none. */
export const fileExtension = (filename: string): string =>
  /\.([^./\\]+)$/.exec(filename.trim())?.[1].toLowerCase() ?? ''

/** Short label for public pages: "PDF", "Word (DOCX)", "รูปภาพ JPEG"; an unknown extension in capitals. */
export const describeFileType = (extension: string): string => {
  const canonical = canonicalExtension(extension)
  return FILE_TYPES[canonical]?.label ?? canonical.toUpperCase()
}

const number = new Intl.NumberFormat('th-TH', { maximumFractionDigits: 1 })

/** "350 KB", "1.2 MB", "4 MB", "512 ไบต์" (1 KB = 1,024 bytes, as the 4 MB limit is counted). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${number.format(bytes)} ไบต์`
  const kilobytes = Math.round(bytes / 1024)
  if (kilobytes < 1024) return `${number.format(kilobytes)} KB`
  return `${number.format(bytes / MEGABYTE)} MB`
}

const allowedList = (policy: FilePolicy) => policy.allowedExtensions.map((e) => `.${e}`).join(' ')

export type AttachmentProblem = 'empty' | 'too-large' | 'extension-not-allowed' | 'content-mismatch' | 'unknown-content'

export type AttachmentCheck =
  { ok: true; extension: string; mimeType: string } | { ok: false; code: AttachmentProblem; message: string }

export function checkAttachment(
  file: { filename: string; bytes: Uint8Array },
  policy: FilePolicy = DEFAULT_FILE_POLICY,
): AttachmentCheck {
  const name = `"${file.filename}"`
  const refuse = (code: AttachmentProblem, message: string): AttachmentCheck => ({ ok: false, code, message })
  const extension = fileExtension(file.filename)
  const canonical = canonicalExtension(extension)
  const type = policy.allowedExtensions.includes(canonical) ? FILE_TYPES[canonical] : undefined
  if (!type) {
    const what = extension ? `เป็นไฟล์ประเภท .${extension} ซึ่งไม่อนุญาต` : 'ไม่มีนามสกุล'
    return refuse('extension-not-allowed', `ไฟล์ ${name} ${what} (อนุญาตเฉพาะ ${allowedList(policy)})`)
  }
  const size = file.bytes.length
  if (size === 0) return refuse('empty', `ไฟล์ ${name} ไม่มีข้อมูล (ขนาด 0 ไบต์)`)
  if (size > policy.maxBytes) {
    // Rounded up, so that a file just over the limit never reads as equal to it.
    const over = number.format(Math.ceil((size / MEGABYTE) * 10) / 10)
    const limit = number.format(policy.maxBytes / MEGABYTE)
    return refuse('too-large', `ไฟล์ ${name} มีขนาด ${over} MB เกินขนาดที่อนุญาต ${limit} MB`)
  }
  const detected = sniffFileType(file.bytes)
  if (detected && type.contents.includes(detected)) return { ok: true, extension, mimeType: type.mimeType }
  if (detected === null) {
    return refuse('unknown-content', `ไฟล์ ${name} ไม่ใช่ไฟล์ ${type.label} จริง (ไม่รู้จักรูปแบบเนื้อหาของไฟล์)`)
  }
  if (detected === 'markup') {
    return refuse('content-mismatch', `ไฟล์ ${name} มีเนื้อหาเป็นหน้าเว็บหรือสคริปต์ (HTML, SVG, XML หรือ PHP) ซึ่งไม่อนุญาตให้แนบ`)
  }
  return refuse('content-mismatch', `ไฟล์ ${name} ไม่ใช่ไฟล์ ${type.label} จริง (เนื้อหาของไฟล์ไม่ตรงกับนามสกุล)`)
}

export type FilePolicyParse = { ok: true; policy: FilePolicy } | { ok: false; errors: string[] }

/**
 * Checks the attachment settings. A missing value keeps the default; extensions may be given as a list
 * or as one string ("pdf, .docx xls"), in any case, with or without the dot.
 */
export function parseFilePolicy(input: { allowedExtensions?: unknown; maxMegabytes?: unknown }): FilePolicyParse {
  const errors: string[] = []
  const supported = Object.keys(FILE_TYPES)

  let allowedExtensions = DEFAULT_FILE_POLICY.allowedExtensions
  const given = input.allowedExtensions
  if (given != null) {
    const items = typeof given === 'string' ? given.split(/[\s,]+/) : given
    if (!Array.isArray(items) || items.some((item) => typeof item !== 'string')) {
      errors.push('ประเภทไฟล์ที่อนุญาตต้องเป็นรายการนามสกุลไฟล์ เช่น pdf, docx')
    } else {
      allowedExtensions = [...new Set(items.map(canonicalExtension).filter(Boolean))]
      for (const extension of allowedExtensions.filter((e) => !supported.includes(e))) {
        const list = supported.map((e) => `.${e}`).join(' ')
        errors.push(`ไม่รองรับไฟล์ประเภท .${extension} (ระบบตรวจสอบเนื้อหาได้เฉพาะ ${list})`)
      }
      if (allowedExtensions.length === 0) errors.push('ต้องอนุญาตไฟล์อย่างน้อยหนึ่งประเภท')
    }
  }

  let maxBytes = DEFAULT_FILE_POLICY.maxBytes
  if (input.maxMegabytes != null) {
    const megabytes = typeof input.maxMegabytes === 'string' ? Number(input.maxMegabytes) : input.maxMegabytes
    if (typeof megabytes !== 'number' || !(megabytes > 0 && megabytes <= MAX_CONFIGURABLE_MEGABYTES)) {
      errors.push(`ขนาดไฟล์สูงสุดต้องเป็นตัวเลขมากกว่า 0 และไม่เกิน ${MAX_CONFIGURABLE_MEGABYTES} MB`)
    } else {
      maxBytes = Math.round(megabytes * MEGABYTE)
    }
  }

  return errors.length ? { ok: false, errors } : { ok: true, policy: { allowedExtensions, maxBytes } }
}
