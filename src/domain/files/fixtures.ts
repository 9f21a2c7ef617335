/** Test files built byte by byte, so each test shows exactly what the sniffer is given. */

export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text)

export const concat = (...parts: (Uint8Array | number[])[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

const le16 = (n: number) => [n & 0xff, (n >> 8) & 0xff]
const le32 = (n: number) => [...le16(n & 0xffff), ...le16(n >>> 16)]

/** A ZIP archive of stored (uncompressed) entries, with its central directory, as any zip tool writes it. */
export function zipOf(entries: Record<string, string>): Uint8Array {
  const locals: Uint8Array[] = []
  const directory: Uint8Array[] = []
  let offset = 0
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = bytesOf(name)
    const data = bytesOf(content)
    // version, flags, method 0 (stored), time, date, crc (unchecked), sizes, name length, extra length
    const fields = [...le16(20), ...le16(0), ...le16(0), ...le16(0), ...le16(0), ...le32(0)]
    const sizes = [...le32(data.length), ...le32(data.length), ...le16(nameBytes.length), ...le16(0)]
    const local = concat([0x50, 0x4b, 0x03, 0x04], fields, sizes, nameBytes, data)
    // made-by version, the same fields, comment length, disk, attributes, offset of the local header
    const tail = [...le16(0), ...le16(0), ...le16(0), ...le32(0), ...le32(offset)]
    directory.push(concat([0x50, 0x4b, 0x01, 0x02], le16(20), fields, sizes, tail, nameBytes))
    locals.push(local)
    offset += local.length
  }
  const directorySize = directory.reduce((n, entry) => n + entry.length, 0)
  const count = Object.keys(entries).length
  const end = [0x50, 0x4b, 0x05, 0x06, ...le16(0), ...le16(0), ...le16(count), ...le16(count)]
  return concat(...locals, ...directory, end, le32(directorySize), le32(offset), le16(0))
}

export const PDF = bytesOf('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n')
export const PNG = concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13], bytesOf('IHDR'))
export const JPEG = concat([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], bytesOf('JFIF\0'))
export const OLE2 = concat([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], new Uint8Array(504))
export const RAR4 = concat(bytesOf('Rar!\x1a\x07\x00'), [0xcf, 0x90, 0x73, 0x00])
export const RAR5 = concat(bytesOf('Rar!\x1a\x07\x01\x00'), [0x33, 0x92, 0xb5, 0xe5])
export const DOCX = zipOf({
  '[Content_Types].xml': '<Types/>',
  '_rels/.rels': '<Relationships/>',
  'word/document.xml': '<w:document/>',
})
export const XLSX = zipOf({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' })
export const ODS = zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' })
export const ODT = zipOf({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' })
export const PLAIN_ZIP = zipOf({ 'รายงาน/ผลการดำเนินงาน.pdf': '%PDF-1.4', 'อ่านก่อน.txt': 'สวัสดี' })
export const HTML = bytesOf('<!DOCTYPE html><html><body><a href="https://example.com">สล็อต</a></body></html>')
