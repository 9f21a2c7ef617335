/**
 * Office 97–2003 files (.doc, .xls) are OLE2 compound files: a small file system of "storages" (folders)
 * and "streams" (files) in fixed-size sectors, chained through a file allocation table (FAT). Macros live
 * in their own storages and streams (Word: Macros/VBA, Excel: _VBA_PROJECT_CUR/VBA), so reading the
 * directory is enough to see them; Excel 4.0 macro sheets are named in the workbook stream.
 * [MS-CFB] https://learn.microsoft.com/openspecs/windows_protocols/ms-cfb
 */
import { startsWith, uint16, uint32 } from './bytes'
import { finding, type Finding } from './findings'

export const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

const END_OF_CHAIN = 0xfffffffe
const FREE = 0xffffffff

export interface CompoundEntry {
  name: string
  type: 'storage' | 'stream' | 'root'
  /** The class id as text, "000c1084-0000-0000-c000-000000000046" */
  clsid: string
  start: number
  size: number
}

export interface CompoundFile {
  entries: CompoundEntry[]
  /** The bytes of a stream, or null when its chain is broken */
  read(entry: CompoundEntry): Uint8Array | null
}

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
function clsidOf(bytes: Uint8Array): string {
  const b = [...bytes]
  const part = (from: number, to: number, reverse: boolean) => {
    const slice = b.slice(from, to)
    return hex(new Uint8Array(reverse ? slice.reverse() : slice))
  }
  return `${part(0, 4, true)}-${part(4, 6, true)}-${part(6, 8, true)}-${part(8, 10, false)}-${part(10, 16, false)}`
}

/**
 * Reads the header, the FAT (through the DIFAT when it has more than 109 sectors) and the directory's
 * sector chain. Returns null for anything that does not hold together: a wrong byte order or sector size,
 * a sector outside the file, a chain that loops, a first entry that is not the root.
 */
export function readCompoundFile(bytes: Uint8Array): CompoundFile | null {
  if (!startsWith(bytes, OLE2_SIGNATURE) || bytes.length < 512) return null
  if (uint16(bytes, 28) !== 0xfffe) return null
  const shift = uint16(bytes, 30)
  if (shift !== 9 && shift !== 12) return null
  const sectorSize = 1 << shift
  const miniShift = uint16(bytes, 32)
  if (miniShift < 1 || miniShift >= shift) return null
  const miniSize = 1 << miniShift
  const fatSectorCount = uint32(bytes, 44)
  const firstDirectory = uint32(bytes, 48)
  const miniCutoff = uint32(bytes, 56)
  const firstMiniFat = uint32(bytes, 60)
  const firstDifat = uint32(bytes, 68)
  const difatSectorCount = uint32(bytes, 72)
  const sectorCount = Math.ceil((bytes.length - sectorSize) / sectorSize)
  if (sectorCount <= 0 || fatSectorCount > sectorCount || difatSectorCount > sectorCount) return null

  const perSector = sectorSize / 4
  const sector = (id: number) => bytes.subarray((id + 1) * sectorSize, (id + 2) * sectorSize)
  const valid = (id: number) => id < sectorCount

  // Where the FAT is: 109 sector numbers in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = []
  for (let i = 0; i < 109 && fatSectors.length < fatSectorCount; i++) fatSectors.push(uint32(bytes, 76 + i * 4))
  let difat = firstDifat
  const seenDifat = new Set<number>()
  while (fatSectors.length < fatSectorCount) {
    if (!valid(difat) || seenDifat.has(difat)) return null
    seenDifat.add(difat)
    const data = sector(difat)
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatSectorCount; i++) fatSectors.push(uint32(data, i * 4))
    difat = uint32(data, (perSector - 1) * 4)
  }
  if (fatSectors.some((id) => !valid(id))) return null
  const fat: number[] = []
  for (const id of fatSectors) {
    const data = sector(id)
    for (let i = 0; i < perSector; i++) fat.push(i * 4 + 4 <= data.length ? uint32(data, i * 4) : FREE)
  }

  const chain = (start: number, table: readonly number[], limit: number): number[] | null => {
    const ids: number[] = []
    const seen = new Set<number>()
    for (let id = start; id !== END_OF_CHAIN; id = table[id]) {
      if (id >= table.length || id >= limit || seen.has(id)) return null
      seen.add(id)
      ids.push(id)
    }
    return ids
  }
  /** The bytes of a sector chain: `size` of them, or the whole chain */
  const readChain = (start: number, size?: number): Uint8Array | null => {
    if (size !== undefined && size > bytes.length) return null
    const ids = chain(start, fat, sectorCount)
    if (!ids || (size !== undefined && ids.length * sectorSize < size)) return null
    const out = new Uint8Array(ids.length * sectorSize)
    ids.forEach((id, i) => out.set(sector(id), i * sectorSize))
    return out.subarray(0, size ?? out.length)
  }

  const directoryIds = chain(firstDirectory, fat, sectorCount)
  if (!directoryIds || directoryIds.length === 0) return null
  const entries: CompoundEntry[] = []
  const utf16 = new TextDecoder('utf-16le')
  for (const [index, id] of directoryIds.entries()) {
    const data = sector(id)
    for (let at = 0; at + 128 <= data.length; at += 128) {
      const type = data[at + 66]
      const first = index === 0 && at === 0
      if (first && type !== 5) return null
      if (type !== 1 && type !== 2 && type !== 5) continue // unallocated, or the legacy lock-bytes and property types
      const nameLength = uint16(data, at + 64)
      if (nameLength > 64 || nameLength % 2 !== 0) return null
      entries.push({
        name: utf16.decode(data.subarray(at, at + Math.max(0, nameLength - 2))),
        type: type === 1 ? 'storage' : type === 2 ? 'stream' : 'root',
        clsid: clsidOf(data.subarray(at + 80, at + 96)),
        start: uint32(data, at + 116),
        size: uint32(data, at + 120),
      })
    }
  }

  const root = entries[0]
  let miniStream: Uint8Array | null | undefined
  let miniFat: number[] | null | undefined
  const read = (entry: CompoundEntry): Uint8Array | null => {
    if (entry.type === 'storage') return null
    if (entry.size === 0) return new Uint8Array()
    if (entry.type === 'root' || entry.size >= miniCutoff) return readChain(entry.start, entry.size)
    miniStream ??= readChain(root.start, root.size)
    if (miniFat === undefined) {
      const table = firstMiniFat === END_OF_CHAIN ? new Uint8Array() : readChain(firstMiniFat)
      miniFat = table && Array.from({ length: table.length / 4 }, (_, i) => uint32(table, i * 4))
    }
    if (!miniStream || !miniFat) return null
    const ids = chain(entry.start, miniFat, Math.floor(miniStream.length / miniSize))
    if (!ids || ids.length * miniSize < entry.size) return null
    const out = new Uint8Array(ids.length * miniSize)
    ids.forEach((id, i) => out.set(miniStream!.subarray(id * miniSize, (id + 1) * miniSize), i * miniSize))
    return out.subarray(0, entry.size)
  }
  return { entries, read }
}

/** The storages and streams that hold a VBA project: Word's Macros, Excel's _VBA_PROJECT_CUR, the VBA inside, the project stream. */
const VBA_NAMES = new Set(['_vba_project_cur', 'vba', 'macros', '_vba_project'])

/** Windows Installer packages (.msi), patches (.msp) and transforms (.mst) are compound files too. */
const INSTALLER_CLASSES = new Set([
  '000c1084-0000-0000-c000-000000000046',
  '000c1086-0000-0000-c000-000000000046',
  '000c1082-0000-0000-c000-000000000046',
])

/** True when an Excel workbook stream names a sheet that is an Excel 4.0 macro sheet or a VBA module. */
export function workbookHasMacroSheets(workbook: Uint8Array): boolean {
  for (let at = 0, records = 0; at + 4 <= workbook.length && records < 100_000; records++) {
    const type = uint16(workbook, at)
    const length = uint16(workbook, at + 2)
    if (type === 0x000a) return false // EOF of the workbook globals: the sheet list is behind us
    if (type === 0x0085 && length >= 6 && at + 10 <= workbook.length) {
      const sheetType = workbook[at + 4 + 5] // BoundSheet8: lbPlyPos (4), hsState (1), dt (1)
      if (sheetType === 0x01 || sheetType === 0x06) return true
    }
    at += 4 + length
  }
  return false
}

/**
 * What makes an Office 97–2003 file unacceptable: a structure that does not hold together, a VBA project,
 * an Excel 4.0 macro sheet, encryption (a password-protected .docx or .xlsx is a compound file holding
 * the encrypted package, whose macros cannot be seen), or a Windows Installer package.
 * `saveAs` names the format to suggest: ".docx" for a .doc, ".xlsx" for a .xls.
 */
export function compoundFileFinding(bytes: Uint8Array, saveAs = '.docx หรือ .xlsx'): Finding | null {
  const file = readCompoundFile(bytes)
  if (!file) {
    return finding(
      'broken',
      'เสียหรือมีโครงสร้างไม่ถูกต้อง (อ่านโครงสร้างของไฟล์ Office 97–2003 ไม่ได้)',
      `กรุณาเปิดไฟล์ด้วย Word หรือ Excel แล้วบันทึกใหม่เป็น ${saveAs} แล้วแนบอีกครั้ง`,
    )
  }
  const [root] = file.entries
  if (INSTALLER_CLASSES.has(root.clsid)) {
    return finding('dangerous', 'เป็นไฟล์ติดตั้งโปรแกรม Windows (MSI) ซึ่งไม่อนุญาตให้แนบ', 'กรุณาแนบเฉพาะเอกสาร')
  }
  const names = new Set(file.entries.map((entry) => entry.name.toLowerCase()))
  if (names.has('encryptedpackage') || names.has('encryptioninfo')) {
    return finding(
      'unsupported',
      'ถูกตั้งรหัสผ่านไว้ ระบบจึงตรวจสอบเนื้อหาข้างในไม่ได้',
      'กรุณาเอารหัสผ่านออก (ใน Office: ไฟล์ > ข้อมูล > ป้องกันเอกสาร) แล้วแนบใหม่',
    )
  }
  const macros = finding(
    'active-content',
    'มีมาโคร (โค้ดที่สั่งงานได้) ซึ่งไม่อนุญาตให้แนบ',
    `กรุณาบันทึกเป็น ${saveAs} ที่ไม่มีมาโครแล้วแนบใหม่`,
  )
  if (file.entries.some((entry) => entry.type !== 'root' && VBA_NAMES.has(entry.name.toLowerCase()))) return macros
  const workbook = file.entries.find((entry) => entry.type === 'stream' && /^(?:workbook|book)$/i.test(entry.name))
  const data = workbook && file.read(workbook)
  if (data && workbookHasMacroSheets(data)) return macros
  return null
}
