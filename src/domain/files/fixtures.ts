/** Test files built byte by byte, so each test shows exactly what the sniffer is given. */
import { concatBytes } from './bytes'

export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text)

export const concat = (...parts: (Uint8Array | number[])[]): Uint8Array => concatBytes(parts)

export const le16 = (n: number) => [n & 0xff, (n >> 8) & 0xff]
export const le32 = (n: number) => [...le16(n & 0xffff), ...le16(n >>> 16)]

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
export const OLE2 = ole2Of([{ name: 'WordDocument', type: 'stream' }])
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

export interface CompoundEntrySpec {
  name: string
  type: 'storage' | 'stream'
  /** The stream's bytes (at least 4,096 of them are kept in ordinary sectors, smaller ones in the mini stream) */
  data?: Uint8Array
}

/**
 * A minimal but well-formed OLE2 compound file (version 3, 512-byte sectors) as [MS-CFB] describes it:
 * header, one FAT sector, the streams' sectors, the mini FAT and mini stream, then the directory.
 * Every entry is a child of the root, chained as right siblings. `rootClsid` marks e.g. an MSI package.
 */
export function ole2Of(entries: readonly CompoundEntrySpec[], rootClsid: readonly number[] = new Array(16).fill(0)): Uint8Array {
  const SECTOR = 512
  const END = 0xfffffffe
  const FREE = 0xffffffff
  const sectors: Uint8Array[] = [] // sector 0 is the FAT, filled in last
  const fat: number[] = [0xfffffffd]
  sectors.push(new Uint8Array(SECTOR))
  const chainOf = (data: Uint8Array): number => {
    if (data.length === 0) return END
    const first = sectors.length
    for (let at = 0; at < data.length; at += SECTOR) {
      const sector = new Uint8Array(SECTOR)
      sector.set(data.subarray(at, at + SECTOR))
      sectors.push(sector)
      fat.push(at + SECTOR < data.length ? sectors.length : END)
    }
    return first
  }
  // Small streams go to the mini stream, 64 bytes a mini sector.
  const mini: Uint8Array[] = []
  const miniFat: number[] = []
  const placed = entries.map((entry) => {
    const data = entry.data ?? new Uint8Array()
    if (entry.type === 'storage' || data.length === 0) return { start: entry.type === 'storage' ? 0 : END, size: 0 }
    if (data.length >= 4096) return { start: chainOf(data), size: data.length }
    const first = mini.length
    for (let at = 0; at < data.length; at += 64) {
      const part = new Uint8Array(64)
      part.set(data.subarray(at, at + 64))
      mini.push(part)
      miniFat.push(at + 64 < data.length ? mini.length : END)
    }
    return { start: first, size: data.length }
  })
  const miniStream = concat(...mini)
  const miniStreamStart = chainOf(miniStream)
  const miniFatBytes = concat(...miniFat.map((n) => le32(n)))
  const miniFatStart = chainOf(miniFatBytes)

  const directoryEntry = (name: string, type: number, child: number, right: number, start: number, size: number, clsid: readonly number[]) => {
    const entry = new Uint8Array(128)
    const units = [...name].map((c) => c.charCodeAt(0))
    units.forEach((unit, i) => entry.set(le16(unit), i * 2))
    entry.set(le16((units.length + 1) * 2), 64)
    entry[66] = type
    entry[67] = 1 // black
    entry.set(le32(FREE), 68) // left sibling
    entry.set(le32(right), 72)
    entry.set(le32(child), 76)
    entry.set(clsid, 80)
    entry.set(le32(start), 116)
    entry.set(le32(size), 120)
    return entry
  }
  const directory = [
    directoryEntry('Root Entry', 5, entries.length ? 1 : FREE, FREE, miniStream.length ? miniStreamStart : END, miniStream.length, rootClsid),
    ...entries.map((entry, i) =>
      directoryEntry(entry.name, entry.type === 'storage' ? 1 : 2, FREE, i + 2 <= entries.length ? i + 2 : FREE, placed[i].start, placed[i].size, new Array(16).fill(0)),
    ),
  ]
  while (directory.length % 4) directory.push(new Uint8Array(128)) // unallocated
  const directoryStart = chainOf(concat(...directory))

  const fatSector = sectors[0]
  for (let i = 0; i < SECTOR / 4; i++) fatSector.set(le32(i < fat.length ? fat[i] : FREE), i * 4)
  const header = new Uint8Array(SECTOR)
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
  header.set(le16(0x3e), 24) // minor version
  header.set(le16(3), 26) // major version
  header.set(le16(0xfffe), 28) // byte order
  header.set(le16(9), 30) // 512-byte sectors
  header.set(le16(6), 32) // 64-byte mini sectors
  header.set(le32(1), 44) // one FAT sector
  header.set(le32(directoryStart), 48)
  header.set(le32(4096), 56) // mini stream cutoff
  header.set(le32(miniFat.length ? miniFatStart : END), 60)
  header.set(le32(miniFat.length ? Math.ceil(miniFatBytes.length / SECTOR) : 0), 64)
  header.set(le32(END), 68) // no DIFAT sectors
  header.set(le32(0), 72)
  header.set(le32(0), 76) // the FAT is sector 0
  for (let i = 1; i < 109; i++) header.set(le32(FREE), 76 + i * 4)
  if (fat.length > SECTOR / 4) throw new Error('ole2Of: one FAT sector only (up to 127 sectors)')
  return concat(header, ...sectors)
}
