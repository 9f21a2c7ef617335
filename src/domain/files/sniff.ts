/**
 * What a file really is, read from its first bytes (magic numbers), never from its name.
 * An uploaded file's extension is only a claim; `checkAttachment` compares the claim with this.
 */
import { ascii, lenientUtf8 as utf8, startsWith, uint16, uint32 } from './bytes'

export type DetectedType =
  | 'pdf'
  | 'png'
  | 'jpeg'
  | 'tiff'
  | 'zip' // any ZIP archive that is not one of the formats below
  | 'docx'
  | 'xlsx'
  | 'odt'
  | 'ods'
  | 'kmz' // a ZIP with a .kml file in it (Google Earth)
  | 'shapefile' // a ZIP with the .shp, .shx and .dbf of one map layer
  | 'ole2' // Microsoft Office 97–2003 (.doc, .xls, .ppt) compound file
  | 'rar'
  | 'text' // plain text such as .txt or .csv, in any single-byte or UTF-8 encoding (TIS-620 too)
  | 'xml' // begins with an XML declaration and has nothing a browser would run in its first kilobyte
  | 'markup' // HTML, SVG or PHP: a browser could run it, so it is never accepted
  | 'executable' // a program or a script for Windows, Linux, macOS, Java or Android, or a Windows shortcut

const SIGNATURES: readonly [DetectedType, readonly number[]][] = [
  ['pdf', ascii('%PDF-')],
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['tiff', ascii('II*\x00')], // little-endian
  ['tiff', ascii('MM\x00*')], // big-endian
  ['ole2', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['rar', ascii('Rar!\x1a\x07\x00')], // RAR 1.5–4
  ['rar', ascii('Rar!\x1a\x07\x01\x00')], // RAR 5
]

/** Programs and shortcuts, with what to call them in a message. */
const EXECUTABLES: readonly [string, readonly number[]][] = [
  ['โปรแกรม Linux (ELF)', [0x7f, 0x45, 0x4c, 0x46]],
  ['โปรแกรม macOS (Mach-O)', [0xfe, 0xed, 0xfa, 0xce]],
  ['โปรแกรม macOS (Mach-O)', [0xfe, 0xed, 0xfa, 0xcf]],
  ['โปรแกรม macOS (Mach-O)', [0xce, 0xfa, 0xed, 0xfe]],
  ['โปรแกรม macOS (Mach-O)', [0xcf, 0xfa, 0xed, 0xfe]],
  ['โปรแกรม Java หรือ macOS', [0xca, 0xfe, 0xba, 0xbe]], // a Java class, or a universal Mach-O binary
  ['โปรแกรม WebAssembly', ascii('\x00asm')],
  // Shell link header: its size (76) and the link CLSID 00021401-0000-0000-C000-000000000046
  ['ทางลัด Windows (.lnk)', [0x4c, 0, 0, 0, 0x01, 0x14, 0x02, 0, 0, 0, 0, 0, 0xc0, 0, 0, 0, 0, 0, 0, 0x46]],
]

const SHEBANG = /^#!\s*\//

/**
 * What kind of program the bytes are, or null. "MZ" alone could begin a line of text, so a Windows
 * program is "MZ" followed by the binary fields of its DOS header.
 */
export function executableKind(bytes: Uint8Array): string | null {
  for (const [kind, signature] of EXECUTABLES) if (startsWith(bytes, signature)) return kind
  if (startsWith(bytes, ascii('dex\n')) && bytes[7] === 0) return 'โปรแกรม Android (DEX)' // "dex\n035\0"
  if (startsWith(bytes, ascii('MZ')) && !isText(bytes.subarray(0, 64))) return 'โปรแกรม Windows (EXE, DLL หรือ SCR)'
  if (SHEBANG.test(String.fromCharCode(...bytes.subarray(0, 16)))) return 'สคริปต์ (#!)'
  return null
}

export const ZIP_LOCAL_FILE = ascii('PK\x03\x04')
export const ZIP_END_OF_DIRECTORY = ascii('PK\x05\x06') // also the whole of an empty archive
const ZIP_DIRECTORY_ENTRY = ascii('PK\x01\x02')

export const isZip = (bytes: Uint8Array): boolean =>
  startsWith(bytes, ZIP_LOCAL_FILE) || startsWith(bytes, ZIP_END_OF_DIRECTORY)

/**
 * Browsers look at the first 512 bytes to guess a type; a little more is read here. Markup is refused
 * even under a harmless name, because a browser told the wrong type might still render it.
 */
const SNIFF_LENGTH = 1024
const MARKUP = /<(?:!doctype\s+html|html|head|body|script|iframe|svg|\?php)\b/i
const XML_DECLARATION = /^\ufeff?\s*<\?xml\b/

/** Web content (HTML, SVG, PHP, a script tag) in the first kilobyte, where browsers look for it. */
export const looksLikeWebPage = (bytes: Uint8Array): boolean =>
  MARKUP.test(String.fromCharCode(...bytes.subarray(0, SNIFF_LENGTH)))

export function sniffFileType(bytes: Uint8Array): DetectedType | null {
  if (executableKind(bytes)) return 'executable'
  for (const [type, signature] of SIGNATURES) if (startsWith(bytes, signature)) return type
  if (isZip(bytes)) return zipKind(bytes)
  const head = bytes.subarray(0, SNIFF_LENGTH)
  const text = String.fromCharCode(...head)
  if (MARKUP.test(text)) return 'markup'
  if (XML_DECLARATION.test(utf8.decode(head))) return 'xml'
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

/** Tells the office and map formats apart by the names of the files inside the archive. */
export function zipKind(bytes: Uint8Array): DetectedType {
  const names = zipEntryNames(bytes)
  const hasContentTypes = names.includes('[Content_Types].xml') // every Office Open XML package has it
  if (hasContentTypes && names.some((name) => name.startsWith('word/'))) return 'docx'
  if (hasContentTypes && names.some((name) => name.startsWith('xl/'))) return 'xlsx'
  const openDocument = OPEN_DOCUMENT[openDocumentMimeType(bytes) ?? '']
  if (openDocument) return openDocument
  if (isShapefile(names)) return 'shapefile'
  if (names.some((name) => /\.kml$/i.test(name))) return 'kmz'
  return 'zip'
}

/** The three files every shapefile needs, with the same name and folder: "แปลง.shp", "แปลง.shx", "แปลง.dbf". */
export function isShapefile(names: readonly string[]): boolean {
  const parts = new Map<string, Set<string>>()
  for (const name of names) {
    const match = /^(.*)\.(shp|shx|dbf)$/i.exec(name)
    if (!match) continue
    const base = match[1].toLowerCase()
    parts.set(base, (parts.get(base) ?? new Set()).add(match[2].toLowerCase()))
  }
  return [...parts.values()].some((found) => found.size === 3)
}

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
export function findEndOfDirectory(bytes: Uint8Array): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (startsWith(bytes, ZIP_END_OF_DIRECTORY, at)) return at
  }
  return -1
}

/** OpenDocument files begin with an uncompressed entry named "mimetype" that holds their type. */
export function openDocumentMimeType(bytes: Uint8Array): string | null {
  if (!startsWith(bytes, ZIP_LOCAL_FILE)) return null
  const nameLength = uint16(bytes, 26)
  const stored = uint16(bytes, 8) === 0
  if (!stored || utf8.decode(bytes.subarray(30, 30 + nameLength)) !== 'mimetype') return null
  const start = 30 + nameLength + uint16(bytes, 28)
  return utf8.decode(bytes.subarray(start, start + uint32(bytes, 18)))
}
