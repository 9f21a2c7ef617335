/**
 * What is inside a ZIP archive, and the ZIP-based formats (DOCX, XLSX, ODT, ODS, KMZ, shapefiles):
 * limits on size, count, compression and nesting; names that would write outside the folder; passwords;
 * programs, web pages and scripts under any name; macros in Office and OpenDocument files, at any depth.
 * Everything is inflated with its bytes counted, so a directory that lies about sizes gains nothing.
 */
import { ascii, latin1, startsWith } from './bytes'
import { finding, inside, MEGABYTE, type Finding } from './findings'
import { visibleName } from './names'
import { compoundFileFinding, OLE2_SIGNATURE } from './ole2'
import { pdfFinding } from './pdf'
import { executableKind, isShapefile, isZip, looksLikeWebPage } from './sniff'
import { xmlProblem } from './text'
import { inflateBounded, readZipDirectory, type ZipEntry } from './zip'

export const ARCHIVE_LIMITS = {
  /** Files and folders in one archive */
  maxEntries: 1000,
  /** Bytes inflated from an archive and every archive inside it, together */
  maxTotalBytes: 200 * MEGABYTE,
  /** Inflated size over compressed size, for each entry and for the whole archive */
  maxRatio: 100,
  /** Below this inflated size no ratio is a bomb: a small, very regular file may compress 1,000 times */
  ratioFloor: 1 * MEGABYTE,
  /** The uploaded archive is level 1; an archive in it level 2; one more level is refused */
  maxDepth: 2,
} as const

/**
 * Extensions of programs, scripts, installers, shortcuts, disk images, web pages and macro-enabled
 * Office files: refused inside an archive whatever their content, as the uploaded file is refused by
 * its extension.
 */
export const DANGEROUS_EXTENSIONS = new Set([
  ...['exe', 'dll', 'scr', 'com', 'pif', 'cpl', 'msi', 'msp', 'mst', 'msc', 'sys', 'drv', 'ocx'],
  ...['bat', 'cmd', 'ps1', 'psm1', 'psd1', 'vbs', 'vbe', 'js', 'jse', 'mjs', 'wsf', 'wsh', 'wsc', 'sct', 'hta', 'sh', 'command'],
  ...['jar', 'class', 'apk', 'dex', 'app', 'appx', 'msix', 'appref-ms', 'application', 'gadget', 'reg', 'inf', 'scf', 'chm'],
  ...['lnk', 'url', 'website', 'iso', 'img', 'vhd', 'vhdx'],
  ...['html', 'htm', 'xhtml', 'xht', 'shtml', 'mht', 'mhtml', 'svg', 'svgz', 'php', 'phtml', 'asp', 'aspx', 'jsp', 'swf', 'xsl', 'xslt'],
  ...['docm', 'dotm', 'xlsm', 'xltm', 'xlam', 'pptm', 'potm', 'ppsm', 'ppam', 'sldm'],
])

/** Office stores drawings as SVG in its media folders, for Office to render: those are not web pages. */
const OFFICE_PICTURES = new Set(['svg', 'svgz'])

const OTHER_ARCHIVES: readonly [string, readonly number[], number][] = [
  ['RAR', ascii('Rar!\x1a\x07'), 0],
  ['7-Zip', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 0],
  ['GZIP', [0x1f, 0x8b], 0],
  ['BZIP2', ascii('BZh'), 0],
  ['XZ', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 0],
  ['CAB', ascii('MSCF\x00\x00\x00\x00'), 0],
  ['TAR', ascii('ustar'), 257],
]

/** An archive format other than ZIP, whose inside is not read here, or null. */
export function otherArchiveKind(head: Uint8Array): string | null {
  for (const [kind, signature, at] of OTHER_ARCHIVES) if (startsWith(head, signature, at)) return kind
  return null
}

const REZIP = 'กรุณาบีบอัดใหม่เป็น ZIP แบบมาตรฐานแล้วแนบอีกครั้ง'

export const dangerousFinding = (what: string): Finding =>
  finding('dangerous', `เป็น${what} ซึ่งสั่งงานเครื่องคอมพิวเตอร์ได้ จึงไม่อนุญาตให้แนบ`, 'กรุณาแนบเฉพาะเอกสาร รูปภาพ หรือข้อมูล')

const dangerousName = (extension: string): Finding =>
  finding(
    'dangerous',
    `เป็นไฟล์ประเภท .${extension} (โปรแกรม สคริปต์ ทางลัด หน้าเว็บ หรือเอกสารที่มีมาโคร) ซึ่งเปิดแล้วสั่งงานเครื่องคอมพิวเตอร์ได้ จึงไม่อนุญาตให้แนบ`,
    'กรุณาแนบเฉพาะเอกสาร รูปภาพ หรือข้อมูล',
  )

export const WEB_PAGE: Finding = finding(
  'dangerous',
  'มีเนื้อหาเป็นหน้าเว็บหรือสคริปต์ (HTML, SVG, XML หรือ PHP) ซึ่งไม่อนุญาตให้แนบ',
  'กรุณาแนบเป็น PDF หรือรูปภาพแทน',
)

export const MACROS = (saveAs: string): Finding =>
  finding('active-content', 'มีมาโคร (โค้ดที่สั่งงานได้) ซึ่งไม่อนุญาตให้แนบ', `กรุณาบันทึกเป็น ${saveAs} ที่ไม่มีมาโครแล้วแนบใหม่`)

const tooLarge = () =>
  finding(
    'archive',
    `เมื่อแตกไฟล์แล้วมีขนาดเกิน ${ARCHIVE_LIMITS.maxTotalBytes / MEGABYTE} MB`,
    'กรุณาแบ่งเป็นหลายไฟล์หรือแนบเฉพาะไฟล์ที่จำเป็น',
  )

const bomb = () =>
  finding(
    'archive',
    `ถูกบีบอัดไว้มากผิดปกติ (แตกไฟล์แล้วขยายเกิน ${ARCHIVE_LIMITS.maxRatio} เท่า) ลักษณะเดียวกับไฟล์ที่ทำให้ระบบค้าง (zip bomb)`,
    'กรุณาตรวจสอบไฟล์ แล้วบีบอัดใหม่จากไฟล์ต้นฉบับ',
  )

/** Why an entry's name is refused: it would be written outside the folder it is extracted to, or hides characters. */
function nameProblem(entry: ZipEntry): Finding | null {
  const shown = visibleName(entry.name)
  if (entry.rawName.some((byte) => byte < 0x20 || byte === 0x7f)) {
    return finding('archive', `มีไฟล์ข้างในที่ชื่อมีอักขระควบคุม ("${shown}")`, 'กรุณาเปลี่ยนชื่อไฟล์นั้นแล้วบีบอัดใหม่')
  }
  if (/^[/\\]|^[A-Za-z]:/.test(entry.name)) {
    return finding(
      'archive',
      `มีไฟล์ข้างในที่ตั้งชื่อแบบระบุตำแหน่งเต็มในเครื่อง ("${shown}") ซึ่งเมื่อแตกไฟล์จะเขียนทับไฟล์ของเครื่องได้`,
      'กรุณาบีบอัดใหม่จากโฟลเดอร์ของเอกสารโดยตรง',
    )
  }
  if (entry.name.split(/[/\\]/).some((segment) => segment === '..')) {
    return finding(
      'archive',
      `มีไฟล์ข้างในที่ตั้งชื่อให้แตกไฟล์ออกไปนอกโฟลเดอร์ ("${shown}")`,
      'กรุณาบีบอัดใหม่จากโฟลเดอร์ของเอกสารโดยตรง',
    )
  }
  return null
}

/** The extension Windows would see: invisible characters gone, and trailing dots and spaces too ("setup.exe. " is setup.exe). */
const extensionOf = (name: string) => /\.([^./\\]+)$/.exec(visibleName(name).replace(/[\s.]+$/u, ''))?.[1].toLowerCase() ?? ''

type Package = 'ooxml' | 'odf' | 'other'

/** Part names in a package compare without case (ECMA-376 Part 2, §6.2.2.3). */
const isContentTypes = (name: string) => name.toLowerCase() === '[content_types].xml'

function packageOf(entries: readonly ZipEntry[], bytes: Uint8Array): Package {
  if (entries.some((e) => isContentTypes(e.name))) return 'ooxml'
  const first = entries[0]
  if (entries.some((e) => e.name === 'META-INF/manifest.xml') || (first?.name === 'mimetype' && first.method === 0)) {
    const mimetype = first?.name === 'mimetype' ? latin1(bytes.subarray(first.dataOffset, first.dataOffset + first.compressedSize)) : ''
    if (mimetype.startsWith('application/vnd.oasis.opendocument') || entries.some((e) => e.name === 'content.xml')) return 'odf'
  }
  return 'other'
}

/** Parts of an Office Open XML package that hold or run code: VBA projects, ActiveX controls, Excel 4.0 macro sheets. */
const OOXML_CODE_PART = /(?:^|\/)(?:vbaProject\.bin|vbaProjectSignature\.bin|vbaData\.xml)$|(?:^|\/)(?:activeX|macrosheets)\//i
/** Content types of macro-enabled documents and of code parts, in [Content_Types].xml. */
const OOXML_CODE_TYPE = /macroEnabled|vbaProject|vbaData|activeX|macrosheet/i
/** LibreOffice keeps empty library containers in Basic/ even when a document has no macros. */
const ODF_CONTAINER = /^(?:script|dialog)-l[bc]\.xml$/i
/** Event handlers bound to macros, in content.xml or styles.xml. */
const ODF_EVENT_SCRIPT = /<script:event-listener\b/

interface Walk {
  /** Bytes inflated so far, at every level */
  inflated: number
}

export interface ArchiveOptions {
  /** The format to suggest saving as when macros are found: ".docx", ".xlsx", ".odt" */
  saveAs?: string
}

/**
 * Inspects a ZIP archive and everything in it. Returns the first problem, told as a problem of the
 * uploaded file ("มีไฟล์ "ข้างใน/setup.exe" อยู่ข้างใน และไฟล์นั้นเป็นโปรแกรม…"), or null.
 */
export function inspectArchive(bytes: Uint8Array, options: ArchiveOptions = {}): Finding | null {
  const found = inspectLevel(bytes, 1, { inflated: 0 }, options.saveAs)
  if (!found?.path) return found?.finding ?? null
  // A part of an Office file is not something the person can take out: Office saving the file anew is the remedy.
  return options.saveAs ? inside(found.path, found.finding, `กรุณาเปิดไฟล์ด้วยโปรแกรมที่สร้างไฟล์ แล้วบันทึกใหม่เป็น ${options.saveAs} และแนบอีกครั้ง`) : inside(found.path, found.finding)
}

interface Located {
  finding: Finding
  /** The file inside that has the problem, as a path through the archives ("ชุด.zip/setup.exe"); null for the archive itself */
  path: string | null
}

function inspectLevel(bytes: Uint8Array, depth: number, walk: Walk, saveAs?: string): Located | null {
  const here = (f: Finding): Located => ({ finding: f, path: null })
  const directory = readZipDirectory(bytes)
  if (!directory.ok) {
    if (directory.problem === 'zip64') {
      return here(finding('broken', 'เป็น ZIP64 (ZIP สำหรับไฟล์ขนาดใหญ่มาก) ซึ่งระบบอ่านไม่ได้', REZIP))
    }
    if (directory.problem === 'overlapping') return here(bomb())
    return here(finding('broken', 'เสียหรืออ่านรายการไฟล์ข้างในไม่ได้', 'กรุณาบีบอัดใหม่แล้วแนบอีกครั้ง'))
  }
  const { entries } = directory
  if (entries.length > ARCHIVE_LIMITS.maxEntries) {
    return here(
      finding('archive', `มีไฟล์ข้างในมากกว่า ${ARCHIVE_LIMITS.maxEntries.toLocaleString('en-US')} ไฟล์`, 'กรุณาแบ่งเป็นหลายไฟล์ ZIP แล้วแนบใหม่'),
    )
  }

  // What the directory says, checked before anything is inflated.
  let claimed = 0
  let compressed = 0
  for (const entry of entries) {
    const problem = nameProblem(entry)
    if (problem) return here(problem)
    if (entry.flags & 0x41 || entry.method === 99) {
      return here(
        finding(
          'archive',
          `มีไฟล์ข้างใน ("${visibleName(entry.name)}") ที่ตั้งรหัสผ่านไว้ ระบบจึงตรวจสอบเนื้อหาไม่ได้`,
          'กรุณาบีบอัดใหม่โดยไม่ตั้งรหัสผ่าน แล้วแนบอีกครั้ง',
        ),
      )
    }
    if (entry.method !== 0 && entry.method !== 8) {
      return here(finding('archive', `ใช้วิธีบีบอัดที่ระบบตรวจสอบไม่ได้ (วิธีที่ ${entry.method})`, `${REZIP} (แบบ Deflate)`))
    }
    if (entry.method === 0 && entry.compressedSize !== entry.uncompressedSize) {
      return here(finding('broken', 'เสีย (ขนาดของไฟล์ข้างในไม่ตรงกับที่ระบุไว้)', 'กรุณาบีบอัดใหม่แล้วแนบอีกครั้ง'))
    }
    if (isBomb(entry.uncompressedSize, entry.compressedSize)) return here(bomb())
    claimed += entry.uncompressedSize
    compressed += entry.compressedSize
  }
  if (walk.inflated + claimed > ARCHIVE_LIMITS.maxTotalBytes) return here(tooLarge())
  if (isBomb(claimed, compressed)) return here(bomb())

  const kind = packageOf(entries, bytes)
  const files = entries.filter((entry) => !entry.isFolder)
  for (const entry of files) {
    const extension = extensionOf(entry.name)
    if (DANGEROUS_EXTENSIONS.has(extension) && !(kind !== 'other' && OFFICE_PICTURES.has(extension))) {
      return { finding: dangerousName(extension), path: visibleName(entry.name) }
    }
  }
  if (kind === 'ooxml' && files.some((entry) => OOXML_CODE_PART.test(entry.name))) return here(MACROS(saveAs ?? '.docx หรือ .xlsx'))
  if (kind === 'odf') {
    const code = files.some((entry) => {
      const match = /^(?:Basic|Scripts)\/(?:.*\/)?([^/]+)$/.exec(entry.name)
      return match !== null && !ODF_CONTAINER.test(match[1])
    })
    if (code) return here(MACROS(saveAs ?? '.odt หรือ .ods'))
  }

  const kml = files.some((entry) => /\.kml$/i.test(entry.name)) && !isShapefile(files.map((e) => e.name))
  for (const entry of files) {
    const limit = Math.min(
      ARCHIVE_LIMITS.maxTotalBytes - walk.inflated,
      Math.max(ARCHIVE_LIMITS.ratioFloor, entry.compressedSize * ARCHIVE_LIMITS.maxRatio),
    )
    const needsAll = (head: Uint8Array) =>
      isZip(head) ||
      startsWith(head, OLE2_SIGNATURE) ||
      startsWith(head, ascii('%PDF-')) ||
      /\.(?:xml|rels|kml)$/i.test(entry.name)
    const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize)
    const inflated = inflateBounded(data, entry.method as 0 | 8, limit, needsAll)
    if (inflated.overLimit) {
      return here(limit === ARCHIVE_LIMITS.maxTotalBytes - walk.inflated ? tooLarge() : bomb())
    }
    walk.inflated += inflated.size
    if (inflated.damaged || inflated.size !== entry.uncompressedSize) {
      return here(finding('broken', `เสีย (ไฟล์ข้างใน "${visibleName(entry.name)}" แตกไฟล์ไม่ได้หรือขนาดไม่ตรงกับที่ระบุไว้)`, 'กรุณาบีบอัดใหม่แล้วแนบอีกครั้ง'))
    }
    const path = visibleName(entry.name)
    const located = inspectEntry(entry, inflated.head, inflated.data, kind, kml, depth, walk)
    if (located) return { finding: located.finding, path: located.path ? `${path}/${located.path}` : path }
    if (kind === 'ooxml' && isContentTypes(entry.name) && inflated.data && OOXML_CODE_TYPE.test(latin1(inflated.data))) {
      return here(MACROS(saveAs ?? '.docx หรือ .xlsx'))
    }
    if (kind === 'odf' && /^(?:content|styles)\.xml$/.test(entry.name) && inflated.data && ODF_EVENT_SCRIPT.test(latin1(inflated.data))) {
      return here(MACROS(saveAs ?? '.odt หรือ .ods'))
    }
  }
  return null
}

const isBomb = (inflated: number, compressed: number) =>
  inflated > ARCHIVE_LIMITS.ratioFloor && inflated > compressed * ARCHIVE_LIMITS.maxRatio

const OFFICE_XML_DTD = /<!(?:DOCTYPE|ENTITY)\b/i

/** One file inside an archive, by its content. */
function inspectEntry(
  entry: ZipEntry,
  head: Uint8Array,
  data: Uint8Array | null,
  kind: Package,
  kml: boolean,
  depth: number,
  walk: Walk,
): Located | null {
  const at = (f: Finding): Located => ({ finding: f, path: null })
  const program = executableKind(head)
  if (program) return at(dangerousFinding(program))
  const other = otherArchiveKind(head)
  if (other) {
    return at(
      finding('archive', `เป็นไฟล์บีบอัดแบบ ${other} ซึ่งระบบตรวจสอบเนื้อหาข้างในไม่ได้`, 'กรุณาแตกไฟล์นั้นออกแล้วบีบอัดรวมเป็น ZIP'),
    )
  }
  if (kind === 'other' && looksLikeWebPage(head)) return at(WEB_PAGE)
  if (!data) return null
  if (isZip(head)) {
    if (depth + 1 > ARCHIVE_LIMITS.maxDepth) {
      return at(
        finding(
          'archive',
          `เป็นไฟล์บีบอัดที่ซ้อนกันเกิน ${ARCHIVE_LIMITS.maxDepth} ชั้น ระบบจึงไม่ตรวจต่อ`,
          'กรุณาแตกไฟล์ที่ซ้อนกันออก แล้วบีบอัดรวมเป็น ZIP ชั้นเดียว',
        ),
      )
    }
    return inspectLevel(data, depth + 1, walk, /\.xlsx$/i.test(entry.name) ? '.xlsx' : /\.docx$/i.test(entry.name) ? '.docx' : undefined)
  }
  if (startsWith(head, OLE2_SIGNATURE)) {
    const problem = compoundFileFinding(data, /\.xls$/i.test(entry.name) ? '.xlsx' : /\.doc$/i.test(entry.name) ? '.docx' : undefined)
    return problem && at(problem)
  }
  if (startsWith(head, ascii('%PDF-'))) {
    const problem = pdfFinding(data, false)
    return problem && at(problem)
  }
  if (kml && /\.kml$/i.test(entry.name)) {
    const problem = xmlProblem(data, 'KML', 'kml')
    return problem && at(problem)
  }
  if (kind === 'ooxml' && /\.(?:xml|rels)$/i.test(entry.name) && OFFICE_XML_DTD.test(latin1(data.subarray(0, 4096)))) {
    return at(
      finding(
        'dangerous',
        'มีการประกาศ <!DOCTYPE> หรือ <!ENTITY> ซึ่ง Office ไม่เคยเขียน และใช้โจมตีโปรแกรมที่อ่าน XML ได้',
        'กรุณาเปิดไฟล์ด้วย Office แล้วบันทึกใหม่',
      ),
    )
  }
  return null
}
