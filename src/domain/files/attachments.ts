/**
 * Attachment policy (seed 002 §2.7): which file types an item may carry and how large each file may be.
 * Both are settings; DEFAULT_FILE_POLICY is what the seed names. A file passes only when its extension is
 * allowed AND its content really is of that type AND nothing in it runs: a web page renamed "ประกาศ.pdf",
 * a .docx with macros, a PDF with JavaScript or a ZIP bomb is refused, with the reason in Thai.
 */
import { dangerousFinding, inspectArchive, WEB_PAGE } from './archive'
import { finding, messageOf, MEGABYTE, type AttachmentProblem, type Finding } from './findings'
import { safeFileName } from './names'
import { compoundFileFinding } from './ole2'
import { pdfFinding } from './pdf'
import { executableKind, sniffFileType, type DetectedType } from './sniff'
import { jsonProblem, plainTextProblem, xmlProblem } from './text'

export type { AttachmentProblem } from './findings'
export { displayNameOf, fileExtension, formatFileSize } from './display'
import { fileExtension, thaiNumber } from './display'

export interface FilePolicy {
  /** Lower case, without the dot. "jpg" also admits ".jpeg", "tiff" ".tif", "shp" a .zip holding a shapefile. */
  allowedExtensions: readonly string[]
  maxBytes: number
}

export const DEFAULT_FILE_POLICY: FilePolicy = {
  allowedExtensions: ['pdf', 'xls', 'xlsx', 'doc', 'docx', 'jpg', 'png', 'zip'],
  maxBytes: 4 * MEGABYTE,
}

/** The largest limit the settings accept. */
export const MAX_CONFIGURABLE_MEGABYTES = 100

/**
 * What the upload adapter still has to check with a real parser: 'pdf' with pdf.js (structure,
 * encryption), 'image' by decoding it (sharp), 'office' by opening it; 'other' needs nothing more.
 */
export type AttachmentKind = 'pdf' | 'image' | 'office' | 'other'

interface FileType {
  label: string // shown on public pages next to each download
  mimeType: string
  kind: AttachmentKind
  contents: readonly DetectedType[] // what the content may be for this extension
  /** Text types are read whole by `check`, so their first bytes decide nothing */
  text?: boolean
  /** The deeper check of the content, once its type is right */
  check?: (bytes: Uint8Array) => Finding | null
}

const ARCHIVES: readonly DetectedType[] = ['zip', 'docx', 'xlsx', 'odt', 'ods', 'kmz', 'shapefile']

/**
 * Every extension whose content the system can verify, and so every extension the settings may allow.
 * .doc and .xls are both OLE2 compound files. Telling them apart means reading the compound file's own
 * directory for a "WordDocument" or "Workbook" stream (and old Works or Excel 5 files name them otherwise),
 * so either extension accepts any OLE2 file: a workbook misnamed .doc is harmless, Office opens it anyway.
 * RAR is not here: nothing reads what is inside one, so nothing could be checked.
 */
const FILE_TYPES: Record<string, FileType> = {
  pdf: { label: 'PDF', mimeType: 'application/pdf', kind: 'pdf', contents: ['pdf'], check: (b) => pdfFinding(b) },
  doc: {
    label: 'Word (DOC)',
    mimeType: 'application/msword',
    kind: 'office',
    contents: ['ole2'],
    check: (b) => compoundFileFinding(b, '.docx'),
  },
  docx: {
    label: 'Word (DOCX)',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    kind: 'office',
    contents: ['docx'],
    check: (b) => inspectArchive(b, { saveAs: '.docx' }),
  },
  xls: {
    label: 'Excel (XLS)',
    mimeType: 'application/vnd.ms-excel',
    kind: 'office',
    contents: ['ole2'],
    check: (b) => compoundFileFinding(b, '.xlsx'),
  },
  xlsx: {
    label: 'Excel (XLSX)',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    kind: 'office',
    contents: ['xlsx'],
    check: (b) => inspectArchive(b, { saveAs: '.xlsx' }),
  },
  odt: {
    label: 'OpenDocument (ODT)',
    mimeType: 'application/vnd.oasis.opendocument.text',
    kind: 'office',
    contents: ['odt'],
    check: (b) => inspectArchive(b, { saveAs: '.odt' }),
  },
  ods: {
    label: 'OpenDocument (ODS)',
    mimeType: 'application/vnd.oasis.opendocument.spreadsheet',
    kind: 'office',
    contents: ['ods'],
    check: (b) => inspectArchive(b, { saveAs: '.ods' }),
  },
  jpg: { label: 'รูปภาพ JPEG', mimeType: 'image/jpeg', kind: 'image', contents: ['jpeg'] },
  png: { label: 'รูปภาพ PNG', mimeType: 'image/png', kind: 'image', contents: ['png'] },
  tiff: { label: 'รูปภาพ TIFF', mimeType: 'image/tiff', kind: 'image', contents: ['tiff'] },
  zip: { label: 'ZIP', mimeType: 'application/zip', kind: 'other', contents: ARCHIVES, check: (b) => inspectArchive(b) },
  kmz: {
    label: 'แผนที่ KMZ (Google Earth)',
    mimeType: 'application/vnd.google-earth.kmz',
    kind: 'other',
    contents: ['kmz'],
    check: (b) => inspectArchive(b),
  },
  kml: {
    label: 'แผนที่ KML (Google Earth)',
    mimeType: 'application/vnd.google-earth.kml+xml',
    kind: 'other',
    contents: ['xml', 'text'],
    text: true,
    check: (b) => xmlProblem(b, 'KML', 'kml'),
  },
  shp: { label: 'Shapefile (ZIP)', mimeType: 'application/zip', kind: 'other', contents: ['shapefile'], check: (b) => inspectArchive(b) },
  txt: { label: 'ข้อความ (TXT)', mimeType: 'text/plain', kind: 'other', contents: ['text'], text: true, check: (b) => plainTextProblem(b, 'TXT') },
  csv: { label: 'CSV', mimeType: 'text/csv', kind: 'other', contents: ['text'], text: true, check: (b) => plainTextProblem(b, 'CSV') },
  json: { label: 'ข้อมูล JSON', mimeType: 'application/json', kind: 'other', contents: ['text'], text: true, check: jsonProblem },
  xml: {
    label: 'ข้อมูล XML',
    mimeType: 'application/xml',
    kind: 'other',
    contents: ['xml', 'text'],
    text: true,
    check: (b) => xmlProblem(b, 'XML'),
  },
}

/** Extensions every file of the type may carry, and what old settings or old attachments may still name. */
const ALIASES: Record<string, string> = { jpeg: 'jpg', tif: 'tiff' }
const FORMER_LABELS: Record<string, string> = { rar: 'RAR' }

/** Every extension the settings may allow, in the order the settings show them. */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(FILE_TYPES)

/** "pdf" from "ประกาศ.PDF", ".pdf" or "PDF"; "jpeg" becomes "jpg". */
const canonicalExtension = (extension: string): string => {
  const bare = extension.trim().replace(/^\./, '').toLowerCase()
  return ALIASES[bare] ?? bare
}

/** Short label for public pages: "PDF", "Word (DOCX)", "รูปภาพ JPEG"; an unknown extension in capitals. */
export const describeFileType = (extension: string): string => {
  const canonical = canonicalExtension(extension)
  return FILE_TYPES[canonical]?.label ?? FORMER_LABELS[canonical] ?? canonical.toUpperCase()
}

const allowedList = (policy: FilePolicy) => policy.allowedExtensions.map((e) => `.${e}`).join(' ')

const RAR: Finding = finding(
  'unsupported',
  'เป็นไฟล์ RAR ซึ่งระบบตรวจสอบไม่ได้ว่ามีอะไรอยู่ข้างใน',
  'กรุณาบีบอัดเป็นไฟล์ .zip แทนแล้วแนบใหม่',
)

export type AttachmentCheck =
  | {
      ok: true
      /** The extension as the file name has it ("jpeg", not "jpg") */
      extension: string
      mimeType: string
      /** Which deeper check the upload adapter still owes the file */
      kind: AttachmentKind
      /** The name to store and to offer for download: see safeFileName */
      filename: string
    }
  | { ok: false; code: AttachmentProblem; message: string }

/** Which type of the policy a file with this extension is checked as; a .zip may stand for a shapefile. */
function policyType(canonical: string, policy: FilePolicy): FileType | undefined {
  const allows = (extension: string) => policy.allowedExtensions.includes(extension) && extension in FILE_TYPES
  if (allows(canonical)) return FILE_TYPES[canonical]
  if (canonical === 'zip' && allows('shp')) return FILE_TYPES.shp
  return undefined
}

/**
 * Whether a file of this name and size may go where the policy applies: an upload (the agency's settings), or an
 * item of a category with rules of its own. Null, or the refusal.
 */
export function policyRefusal(file: { filename: string; size: number }, policy: FilePolicy, where = ''): { code: AttachmentProblem; message: string } | null {
  const name = `"${file.filename}"`
  const extension = fileExtension(file.filename)
  if (!policyType(canonicalExtension(extension), policy)) {
    const what = extension ? `เป็นไฟล์ประเภท .${extension} ซึ่งไม่อนุญาต${where}` : 'ไม่มีนามสกุล'
    return { code: 'extension-not-allowed', message: `ไฟล์ ${name} ${what} (อนุญาตเฉพาะ ${allowedList(policy)})` }
  }
  if (file.size > policy.maxBytes) {
    // Rounded up, so that a file just over the limit never reads as equal to it.
    const over = thaiNumber.format(Math.ceil((file.size / MEGABYTE) * 10) / 10)
    const limit = thaiNumber.format(policy.maxBytes / MEGABYTE)
    return { code: 'too-large', message: `ไฟล์ ${name} มีขนาด ${over} MB เกินขนาดที่อนุญาต${where} ${limit} MB` }
  }
  return null
}

/** What an upload may be: anything the agency's settings or any category's own rules allow (each item is checked against its category's). */
export const widestPolicy = (policies: readonly FilePolicy[]): FilePolicy => ({
  allowedExtensions: [...new Set(policies.flatMap((p) => p.allowedExtensions))],
  maxBytes: Math.max(...policies.map((p) => p.maxBytes)),
})

/**
 * The one check of an uploaded file: its name (made safe, and read as the computer reads it, so
 * "รายงาน\u202Efdp.exe" is an .exe), its extension against the policy, its size, what its bytes are,
 * and what is inside them. Messages name the file, say why and say what to do.
 */
export function checkAttachment(
  file: { filename: string; bytes: Uint8Array },
  policy: FilePolicy = DEFAULT_FILE_POLICY,
): AttachmentCheck {
  const filename = safeFileName(file.filename)
  const name = `"${filename}"`
  const refuse = (code: AttachmentProblem, message: string): AttachmentCheck => ({ ok: false, code, message })
  const fail = (found: Finding): AttachmentCheck => refuse(found.code, messageOf(filename, found))
  const extension = fileExtension(filename)
  const canonical = canonicalExtension(extension)
  if (canonical === 'rar') return fail(RAR)
  if (canonical === 'shp' && policy.allowedExtensions.includes('shp')) {
    return fail(
      finding(
        'content-mismatch',
        'เป็นไฟล์ .shp ไฟล์เดียว ซึ่งเปิดเป็นแผนที่ไม่ได้หากไม่มี .shx และ .dbf',
        'กรุณาบีบอัดไฟล์ .shp .shx และ .dbf (และ .prj ถ้ามี) รวมเป็นไฟล์ .zip แล้วแนบใหม่',
      ),
    )
  }
  const refusal = policyRefusal({ filename, size: file.bytes.length }, policy)
  if (refusal) return refuse(refusal.code, refusal.message)
  const type = policyType(canonical, policy)!
  const size = file.bytes.length
  if (size === 0) return refuse('empty', `ไฟล์ ${name} ไม่มีข้อมูล (ขนาด 0 ไบต์)`)

  const detected = sniffFileType(file.bytes)
  if (detected === 'executable') return fail(dangerousFinding(executableKind(file.bytes) ?? 'โปรแกรม'))
  if (detected === 'markup') return fail(WEB_PAGE)
  if (detected === 'rar') return fail(RAR)
  const readWhole = type.text && (detected === null || detected === 'text' || type.contents.includes(detected))
  if (!readWhole && !(detected && type.contents.includes(detected))) {
    const why = detected === null ? 'ไม่รู้จักรูปแบบเนื้อหาของไฟล์' : 'เนื้อหาของไฟล์ไม่ตรงกับนามสกุล'
    return refuse(
      detected === null ? 'unknown-content' : 'content-mismatch',
      `ไฟล์ ${name} ไม่ใช่ไฟล์ ${type.label} จริง (${why}) กรุณาตรวจสอบว่าเลือกไฟล์ถูกต้อง หรือบันทึกเป็นไฟล์ ${type.label} ใหม่แล้วแนบอีกครั้ง`,
    )
  }
  const problem = type.check?.(file.bytes)
  if (problem) return fail(problem)
  return { ok: true, extension, mimeType: type.mimeType, kind: type.kind, filename }
}

const RAR_SETTING = 'ไม่รองรับไฟล์ประเภท .rar เพราะระบบตรวจสอบไม่ได้ว่ามีอะไรอยู่ข้างในไฟล์ RAR (กรุณาใช้ .zip แทน)'

/**
 * Extensions from stored settings, kept only where the system still checks them: an old list with
 * "rar" (allowed before RAR files were refused) or an unknown extension reads without it, in canonical
 * form, without repeats. An empty result means "use the default".
 */
export function dropUnsupportedExtensions(extensions: readonly unknown[] | null | undefined): string[] {
  const kept = (extensions ?? []).filter((e): e is string => typeof e === 'string').map(canonicalExtension)
  return [...new Set(kept.filter((e) => e in FILE_TYPES))]
}

export type FilePolicyParse = { ok: true; policy: FilePolicy } | { ok: false; errors: string[] }

/**
 * Checks the attachment settings. A missing value keeps the default; extensions may be given as a list
 * or as one string ("pdf, .docx xls"), in any case, with or without the dot.
 */
export function parseFilePolicy(input: { allowedExtensions?: unknown; maxMegabytes?: unknown }): FilePolicyParse {
  const errors: string[] = []
  const supported = SUPPORTED_EXTENSIONS

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
        errors.push(extension === 'rar' ? RAR_SETTING : `ไม่รองรับไฟล์ประเภท .${extension} (ระบบตรวจสอบเนื้อหาได้เฉพาะ ${list})`)
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
