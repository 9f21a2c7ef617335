import { Document, Packer, Paragraph } from 'docx'
import ExcelJS from 'exceljs'
import { deflateSync, zipSync, type Zippable } from 'fflate'
import { describe, expect, it } from 'vitest'
import { ARCHIVE_LIMITS, inspectArchive, otherArchiveKind } from './archive'
import { checkAttachment } from './attachments'
import { bytesOf, concat, le16, le32, ole2Of, zipOf } from './fixtures'
import { inflateBounded, readZipDirectory } from './zip'

const MB = 1024 * 1024
const zip = (files: Zippable) => zipSync(files, { mtime: new Date('2025-01-01T00:00:00Z') })
const PE = concat(bytesOf('MZ'), [0x90, 0, 3, 0, 0, 0, 4, 0], new Uint8Array(120))

/** One deflated entry whose directory may say what it likes. */
function lyingZip(data: Uint8Array, claimed: number, name = 'a.txt', flags = 0x800): Uint8Array {
  const stored = deflateSync(data)
  const nameBytes = bytesOf(name)
  const fields = concat(le16(20), le16(flags), le16(8), le16(0), le16(0), le32(0), le32(stored.length), le32(claimed), le16(nameBytes.length), le16(0))
  const local = concat([0x50, 0x4b, 3, 4], fields, nameBytes, stored)
  const central = concat([0x50, 0x4b, 1, 2], le16(20), fields, le16(0), le16(0), le16(0), le32(0), le32(0), nameBytes)
  return concat(local, central, [0x50, 0x4b, 5, 6], le16(0), le16(0), le16(1), le16(1), le32(central.length), le32(local.length), le16(0))
}

describe('readZipDirectory', () => {
  it('reads names, methods, flags and sizes', () => {
    const directory = readZipDirectory(zip({ 'รายงาน/': new Uint8Array(), 'รายงาน/ข้อมูล.csv': [bytesOf('a,b\n'.repeat(100)), { level: 9 }] }))
    expect(directory).toMatchObject({
      ok: true,
      entries: [
        { name: 'รายงาน/', isFolder: true },
        { name: 'รายงาน/ข้อมูล.csv', method: 8, uncompressedSize: 400, isFolder: false },
      ],
    })
  })

  it('reads a Thai name written in TIS-620 without the UTF-8 flag', () => {
    const name = new Uint8Array([0xbb, 0xc3, 0xd0, 0xa1, 0xd2, 0xc8, 0x2e, 0x74, 0x78, 0x74]) // "ประกาศ.txt"
    const directory = readZipDirectory(tis620Zip(name))
    expect(directory.ok && directory.entries[0].name).toBe('ประกาศ.txt')
  })

  it('refuses a truncated archive, ZIP64 and overlapping entries', () => {
    const sound = zipOf({ 'a.txt': 'x' })
    expect(readZipDirectory(sound.subarray(0, 20))).toEqual({ ok: false, problem: 'unreadable' })
    const zip64 = sound.slice()
    zip64.set([0xff, 0xff, 0xff, 0xff], sound.length - 6) // the directory's offset
    expect(readZipDirectory(zip64)).toEqual({ ok: false, problem: 'zip64' })
  })
})

/** The single entry of `archive` three times over, under three names. */
function threeOf(archive: Uint8Array): Uint8Array {
  const nameLength = archive[26] | (archive[27] << 8)
  const localLength = 30 + nameLength + (archive[18] | (archive[19] << 8) | (archive[20] << 16) | (archive[21] << 24))
  const local = archive.subarray(0, localLength)
  const central = archive.subarray(localLength, archive.length - 22)
  const locals: Uint8Array[] = []
  const centrals: Uint8Array[] = []
  for (let i = 0; i < 3; i++) {
    const l = local.slice()
    l[30] = 0x61 + i // a different first letter of the name in each copy
    const c = central.slice()
    c[46] = 0x61 + i
    c.set(le32(i * localLength), 42)
    locals.push(l)
    centrals.push(c)
  }
  const directory = concat(...centrals)
  return concat(...locals, directory, [0x50, 0x4b, 5, 6], le16(0), le16(0), le16(3), le16(3), le32(directory.length), le32(3 * localLength), le16(0))
}

function tis620Zip(name: Uint8Array): Uint8Array {
  const data = bytesOf('x')
  const fields = concat(le16(20), le16(0), le16(0), le16(0), le16(0), le32(0), le32(1), le32(1), le16(name.length), le16(0))
  const local = concat([0x50, 0x4b, 3, 4], fields, name, data)
  const central = concat([0x50, 0x4b, 1, 2], le16(20), fields, le16(0), le16(0), le16(0), le32(0), le32(0), name)
  return concat(local, central, [0x50, 0x4b, 5, 6], le16(0), le16(0), le16(1), le16(1), le32(central.length), le32(local.length), le16(0))
}

describe('inflateBounded', () => {
  it('counts what it inflates and stops past the limit, whatever the directory says', () => {
    const data = deflateSync(new Uint8Array(10 * MB))
    expect(inflateBounded(data, 8, 20 * MB)).toMatchObject({ size: 10 * MB, overLimit: false, damaged: false })
    const stopped = inflateBounded(data, 8, MB)
    expect(stopped.overLimit).toBe(true)
    expect(stopped.size).toBeLessThan(6 * MB) // stopped within one pushed chunk of the limit
  })

  it('keeps only the first kilobyte when asked to', () => {
    const result = inflateBounded(deflateSync(new Uint8Array(100_000).fill(65)), 8, MB, () => false)
    expect(result.head.length).toBe(1024)
    expect(result.data).toBeNull()
  })

  it('reports damaged data', () => {
    expect(inflateBounded(deflateSync(bytesOf('สวัสดี'.repeat(100))).subarray(0, 10), 8, MB).damaged).toBe(true)
  })
})

describe('inspectArchive', () => {
  it('passes ordinary archives and Office files written by real libraries', async () => {
    expect(inspectArchive(zip({ 'ประกาศ.pdf': bytesOf('%PDF-1.7\n%%EOF\n'), 'ภาพ/': new Uint8Array(), 'ภาพ/a.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0]) }))).toBeNull()
    const docx = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('ประกาศเทศบาล')] }] })))
    expect(checkAttachment({ filename: 'ประกาศ.docx', bytes: docx })).toMatchObject({ ok: true, kind: 'office' })
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('งบประมาณ').addRow(['รายการ', 1500])
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer())
    expect(checkAttachment({ filename: 'งบ.xlsx', bytes: xlsx })).toMatchObject({ ok: true, kind: 'office' })
  })

  it('refuses more than 1,000 entries', () => {
    const files = Object.fromEntries(Array.from({ length: ARCHIVE_LIMITS.maxEntries + 1 }, (_, i) => [`${i}.txt`, bytesOf('')]))
    expect(inspectArchive(zip(files))).toMatchObject({ code: 'archive', reason: 'มีไฟล์ข้างในมากกว่า 1,000 ไฟล์' })
    expect(inspectArchive(zip(Object.fromEntries(Object.entries(files).slice(1))))).toBeNull()
  })

  it('refuses an entry that inflates over 100 times, by the directory or by counting', () => {
    expect(inspectArchive(zip({ 'a.txt': [new Uint8Array(2 * MB), { level: 9 }] }))).toMatchObject({ code: 'archive' })
    expect(inspectArchive(lyingZip(new Uint8Array(5 * MB), 1000))).toMatchObject({ code: 'archive' })
    // Below 1 MB no ratio is a bomb: a small, very regular file compresses well.
    expect(inspectArchive(zip({ 'ว่าง.csv': [new Uint8Array(500_000).fill(0x2c), { level: 9 }] }))).toBeNull()
  })

  it('refuses more than 200 MB in all, before inflating anything', () => {
    // Three entries of 1 MB of noise, each claiming 70 MB: no ratio over 100, 210 MB in all.
    let seed = 1
    const noise = Uint8Array.from({ length: MB }, () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24)
    const entry = lyingZip(noise, 70 * MB)
    const directory = readZipDirectory(entry)
    expect(directory.ok && directory.entries[0].compressedSize).toBeGreaterThan(MB * 0.99)
    const three = threeOf(entry)
    const finding = inspectArchive(three)
    expect(finding).toMatchObject({ code: 'archive' })
    expect(finding?.reason).toMatch(/^เมื่อแตกไฟล์แล้วมีขนาดเกิน 200 MB/)
  })

  it('refuses a size that does not match the directory', () => {
    expect(inspectArchive(lyingZip(bytesOf('สวัสดี'), 3))).toMatchObject({ code: 'broken' })
  })

  it.each([
    ['../../etc/passwd', 'ออกไปนอกโฟลเดอร์'],
    ['ok/../../x.txt', 'ออกไปนอกโฟลเดอร์'],
    ['..\\..\\x.txt', 'ออกไปนอกโฟลเดอร์'],
    ['/etc/passwd', 'ระบุตำแหน่งเต็ม'],
    ['\\\\server\\share\\x.txt', 'ระบุตำแหน่งเต็ม'],
    ['C:\\x.txt', 'ระบุตำแหน่งเต็ม'],
    ['c:/x.txt', 'ระบุตำแหน่งเต็ม'],
    ['a\u0001b.txt', 'อักขระควบคุม'],
  ])('refuses an entry named %j', (name, why) => {
    expect(inspectArchive(zipOf({ [name]: 'x' }))?.reason).toContain(why)
  })

  it('accepts names with two dots that are not a parent folder', () => {
    expect(inspectArchive(zipOf({ 'รายงาน..ฉบับย่อ.txt': 'x', '..ชื่อ/a.txt': 'y' }))).toBeNull()
  })

  it('refuses encrypted entries and methods it cannot inflate', () => {
    const encrypted = zipOf({ 'a.txt': 'x' })
    encrypted[6] = 1 // local header flags
    encrypted[encrypted.length - 22 - 46 - 5 + 8] = 1 // directory flags
    expect(inspectArchive(encrypted)?.reason).toContain('รหัสผ่าน')
    const bzip2 = zipOf({ 'a.txt': 'x' })
    bzip2[8] = 12
    bzip2[bzip2.length - 22 - 46 - 5 + 10] = 12
    expect(inspectArchive(bzip2)?.reason).toContain('วิธีบีบอัด')
  })

  it('refuses programs, scripts and web pages by name or content, at any depth', () => {
    for (const name of ['setup.EXE', 'run.bat', 'x.ps1', 'a.vbs', 'app.jar', 'x.apk', 'หน้า.html', 'ภาพ.svg', 'ทางลัด.lnk', 'x.hta', 'x.msi', 'คำสั่ง.docm']) {
      expect(inspectArchive(zip({ [name]: bytesOf('x') })), name).toMatchObject({ code: 'dangerous' })
    }
    expect(inspectArchive(zip({ 'รูป.jpg': PE }))?.reason).toContain('โปรแกรม Windows')
    expect(inspectArchive(zip({ 'readme.txt': bytesOf('<html><script>alert(1)</script>') }))).toMatchObject({ code: 'dangerous' })
    const deep = inspectArchive(zip({ 'ชั้นใน.zip': zip({ 'โปรแกรม/a.txt': PE }) }))
    expect(deep).toMatchObject({ code: 'dangerous' })
    expect(deep?.reason).toMatch(/^มีไฟล์ "ชั้นใน.zip\/โปรแกรม\/a.txt" อยู่ข้างใน/)
  })

  it('lets Office keep its SVG pictures', () => {
    const docx = zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>', 'word/media/image1.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' })
    expect(inspectArchive(docx, { saveAs: '.docx' })).toBeNull()
  })

  it('goes two levels deep and no further', () => {
    expect(inspectArchive(zip({ 'a.zip': zip({ 'x.txt': bytesOf('x') }) }))).toBeNull()
    expect(inspectArchive(zip({ 'a.zip': zip({ 'b.zip': zip({ 'x.txt': bytesOf('x') }) }) }))?.reason).toContain('ซ้อนกันเกิน 2 ชั้น')
  })

  it('refuses archives of other formats inside', () => {
    expect(otherArchiveKind(new Uint8Array([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]))).toBe('7-Zip')
    expect(inspectArchive(zip({ 'a.gz': new Uint8Array([0x1f, 0x8b, 8, 0]) }))).toMatchObject({ code: 'archive' })
  })

  it('finds macros in Office Open XML: parts and content types', () => {
    const base = { '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }
    for (const part of ['word/vbaProject.bin', 'word/vbaData.xml', 'word/activeX/activeX1.xml', 'xl/macrosheets/sheet1.xml', 'XL/VBAPROJECT.BIN']) {
      expect(inspectArchive(zipOf({ ...base, [part]: 'x' }), { saveAs: '.docx' }), part).toMatchObject({ code: 'active-content' })
    }
    for (const type of ['application/vnd.ms-word.document.macroEnabled.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml', 'application/vnd.ms-office.vbaProject']) {
      const archive = zipOf({ ...base, '[Content_Types].xml': `<Types><Override PartName="/word/document.xml" ContentType="${type}"/></Types>` })
      expect(inspectArchive(archive, { saveAs: '.docx' }), type).toEqual({
        code: 'active-content',
        reason: 'มีมาโคร (โค้ดที่สั่งงานได้) ซึ่งไม่อนุญาตให้แนบ',
        fix: 'กรุณาบันทึกเป็น .docx ที่ไม่มีมาโครแล้วแนบใหม่',
      })
    }
  })

  it('finds macros in OpenDocument files, not empty library containers', () => {
    const odt = (extra: Record<string, string>) => zipOf({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>', ...extra })
    expect(inspectArchive(odt({ 'Basic/': '', 'Basic/script-lc.xml': '<l/>', 'Basic/Standard/script-lb.xml': '<l/>', 'Basic/Standard/dialog-lb.xml': '<l/>' }))).toBeNull()
    expect(inspectArchive(odt({ 'Basic/Standard/Module1.xml': '<m/>' }))).toMatchObject({ code: 'active-content' })
    expect(inspectArchive(odt({ 'Scripts/python/a.py': 'import os' }))).toMatchObject({ code: 'active-content' })
    expect(inspectArchive(odt({ 'content.xml': '<office:event-listeners><script:event-listener script:language="ooo:script"/></office:event-listeners>' }))).toMatchObject({
      code: 'active-content',
    })
  })

  it('finds macros in Office 97–2003 files and JavaScript in PDFs inside an archive', () => {
    const doc = ole2Of([{ name: 'WordDocument', type: 'stream' }, { name: 'Macros', type: 'storage' }])
    expect(inspectArchive(zip({ 'คำสั่ง.doc': doc }))).toMatchObject({ code: 'active-content' })
    const pdf = bytesOf('%PDF-1.7\n1 0 obj << /OpenAction << /S /JavaScript /JS (x) >> >> endobj\n%%EOF\n')
    expect(inspectArchive(zip({ 'ประกาศ.pdf': pdf }))).toMatchObject({ code: 'active-content' })
  })
})
