/**
 * What a file really is, read from its first bytes (magic numbers), never from its name.
 * An uploaded file's extension is only a claim; `checkAttachment` compares the claim with this.
 */

export type DetectedType =
  | 'pdf'
  | 'png'
  | 'jpeg'
  | 'zip' // any ZIP archive that is not one of the office formats below
  | 'docx'
  | 'xlsx'
  | 'odt'
  | 'ods'
  | 'ole2' // Microsoft Office 97–2003 (.doc, .xls, .ppt) compound file
  | 'rar'
  | 'text' // plain text such as .txt or .csv, in any single-byte or UTF-8 encoding (TIS-620 too)
  | 'markup' // HTML, SVG, XML or PHP: a browser could run it, so it is never accepted

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte)

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0))

const SIGNATURES: readonly [DetectedType, readonly number[]][] = [
  ['pdf', ascii('%PDF-')],
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['ole2', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['rar', ascii('Rar!\x1a\x07\x00')], // RAR 1.5–4
  ['rar', ascii('Rar!\x1a\x07\x01\x00')], // RAR 5
]

const ZIP_LOCAL_FILE = ascii('PK\x03\x04')
const ZIP_END_OF_DIRECTORY = ascii('PK\x05\x06') // also the whole of an empty archive
const ZIP_DIRECTORY_ENTRY = ascii('PK\x01\x02')

/**
 * Browsers look at the first 512 bytes to guess a type; a little more is read here. Markup is refused
 * even under a harmless name, because a browser told the wrong type might still render it.
 */
const SNIFF_LENGTH = 1024
const MARKUP = /<(?:!doctype\s+html|html|head|body|script|iframe|svg|\?php|\?xml)\b/i

export function sniffFileType(bytes: Uint8Array): DetectedType | null {
  for (const [type, signature] of SIGNATURES) if (startsWith(bytes, signature)) return type
  if (startsWith(bytes, ZIP_LOCAL_FILE) || startsWith(bytes, ZIP_END_OF_DIRECTORY)) return zipKind(bytes)
  const head = bytes.subarray(0, SNIFF_LENGTH)
  if (MARKUP.test(String.fromCharCode(...head))) return 'markup'
  return bytes.length > 0 && isText(head) ? 'text' : null
}

/** No NUL or other control bytes except tab, line breaks, form feed and escape. */
const isText = (head: Uint8Array): boolean =>
  head.every(
    (byte) => byte >= 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d || byte === 0x1b,
  )

const OPEN_DOCUMENT: Record<string, DetectedType> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
}

/** Tells the office formats apart by the names of the files inside the archive. */
function zipKind(bytes: Uint8Array): DetectedType {
  const names = zipEntryNames(bytes)
  const hasContentTypes = names.includes('[Content_Types].xml') // every Office Open XML package has it
  if (hasContentTypes && names.some((name) => name.startsWith('word/'))) return 'docx'
  if (hasContentTypes && names.some((name) => name.startsWith('xl/'))) return 'xlsx'
  return OPEN_DOCUMENT[openDocumentMimeType(bytes) ?? ''] ?? 'zip'
}

const uint16 = (bytes: Uint8Array, at: number) => bytes[at] | (bytes[at + 1] << 8)
const uint32 = (bytes: Uint8Array, at: number) => (uint16(bytes, at) + uint16(bytes, at + 2) * 0x10000) >>> 0
const utf8 = new TextDecoder()

/**
 * The entry names from the archive's central directory, which sits at the end of the file. The local
 * headers in front of each entry are not walked: writers that stream (Java, LibreOffice, many web
 * libraries) leave their sizes at zero, so the next header cannot be found from them.
 * Returns [] for an archive whose directory cannot be read (truncated, or ZIP64, which a 4 MB file never needs).
 */
export function zipEntryNames(bytes: Uint8Array): string[] {
  const end = findEndOfDirectory(bytes)
  if (end < 0) return []
  const count = uint16(bytes, end + 10)
  const names: string[] = []
  let at = uint32(bytes, end + 16)
  for (let i = 0; i < count && startsWith(bytes, ZIP_DIRECTORY_ENTRY, at); i++) {
    const nameLength = uint16(bytes, at + 28)
    names.push(utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)))
    at += 46 + nameLength + uint16(bytes, at + 30) + uint16(bytes, at + 32)
  }
  return names
}

/** The end-of-directory record is 22 bytes plus a comment of at most 65,535 bytes. */
function findEndOfDirectory(bytes: Uint8Array): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (startsWith(bytes, ZIP_END_OF_DIRECTORY, at)) return at
  }
  return -1
}

/** OpenDocument files begin with an uncompressed entry named "mimetype" that holds their type. */
function openDocumentMimeType(bytes: Uint8Array): string | null {
  if (!startsWith(bytes, ZIP_LOCAL_FILE)) return null
  const nameLength = uint16(bytes, 26)
  const stored = uint16(bytes, 8) === 0
  if (!stored || utf8.decode(bytes.subarray(30, 30 + nameLength)) !== 'mimetype') return null
  const start = 30 + nameLength + uint16(bytes, 28)
  return utf8.decode(bytes.subarray(start, start + uint32(bytes, 18)))
}
