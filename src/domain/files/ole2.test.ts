import { describe, expect, it } from 'vitest'
import { concat, ole2Of } from './fixtures'
import { compoundFileFinding, readCompoundFile, workbookHasMacroSheets } from './ole2'

const le16 = (n: number) => [n & 0xff, n >> 8]
const workbook = (sheetType: number) =>
  new Uint8Array([...le16(0x0809), ...le16(4), 0, 6, 5, 0, ...le16(0x0085), ...le16(8), 0, 0, 0, 0, 0, sheetType, 1, 0, ...le16(0x000a), ...le16(0)])

describe('readCompoundFile', () => {
  it('reads the directory through the FAT, with names, types and class ids', () => {
    const file = readCompoundFile(ole2Of([{ name: 'WordDocument', type: 'stream', data: new Uint8Array(5000) }, { name: 'ObjectPool', type: 'storage' }]))
    expect(file?.entries.map((e) => [e.name, e.type])).toEqual([
      ['Root Entry', 'root'],
      ['WordDocument', 'stream'],
      ['ObjectPool', 'storage'],
    ])
  })

  it('reads streams from sectors and from the mini stream', () => {
    const big = Uint8Array.from({ length: 6000 }, (_, i) => i & 0xff)
    const small = Uint8Array.from({ length: 100 }, (_, i) => 255 - i)
    const file = readCompoundFile(ole2Of([{ name: 'Big', type: 'stream', data: big }, { name: 'Small', type: 'stream', data: small }]))!
    expect(file.read(file.entries[1])).toEqual(big)
    expect(file.read(file.entries[2])).toEqual(small)
  })

  it('refuses what does not hold together', () => {
    const sound = ole2Of([{ name: 'WordDocument', type: 'stream' }])
    expect(readCompoundFile(concat(sound.subarray(0, 8), new Uint8Array(1000)))).toBeNull() // no byte order, no sector size
    const loop = sound.slice()
    loop.set([1, 0, 0, 0], 512 + 4) // FAT: sector 1 continues to sector 1
    loop.set([1, 0, 0, 0], 48) // the directory starts at sector 1
    expect(readCompoundFile(loop)).toBeNull()
    const outside = sound.slice()
    outside.set([0x99, 0, 0, 0], 48) // the directory in a sector past the end
    expect(readCompoundFile(outside)).toBeNull()
    expect(readCompoundFile(sound.subarray(0, 511))).toBeNull()
  })
})

describe('compoundFileFinding', () => {
  it('passes a document without macros', () => {
    expect(compoundFileFinding(ole2Of([{ name: 'WordDocument', type: 'stream' }, { name: '1Table', type: 'stream' }]))).toBeNull()
    expect(compoundFileFinding(ole2Of([{ name: 'Workbook', type: 'stream', data: workbook(0) }]))).toBeNull()
  })

  it.each(['Macros', '_VBA_PROJECT_CUR', 'VBA', '_VBA_PROJECT', 'vba'])('finds a VBA project by its %s entry', (name) => {
    const found = compoundFileFinding(ole2Of([{ name: 'WordDocument', type: 'stream' }, { name, type: name === '_VBA_PROJECT' ? 'stream' : 'storage' }]), '.docx')
    expect(found).toEqual({
      code: 'active-content',
      reason: 'มีมาโคร (โค้ดที่สั่งงานได้) ซึ่งไม่อนุญาตให้แนบ',
      fix: 'กรุณาบันทึกเป็น .docx ที่ไม่มีมาโครแล้วแนบใหม่',
    })
  })

  it('finds Excel 4.0 macro sheets named in the workbook stream', () => {
    expect(workbookHasMacroSheets(workbook(1))).toBe(true)
    expect(workbookHasMacroSheets(workbook(2))).toBe(false) // a chart
    expect(compoundFileFinding(ole2Of([{ name: 'Workbook', type: 'stream', data: workbook(1) }]), '.xlsx')).toMatchObject({ code: 'active-content' })
  })

  it('refuses Windows Installer packages, password-protected Office files and broken structure', () => {
    const msi = [0x84, 0x10, 0x0c, 0x00, 0, 0, 0, 0, 0xc0, 0, 0, 0, 0, 0, 0, 0x46]
    expect(compoundFileFinding(ole2Of([{ name: 'x', type: 'stream' }], msi))).toMatchObject({ code: 'dangerous' })
    expect(compoundFileFinding(ole2Of([{ name: 'EncryptionInfo', type: 'stream' }, { name: 'EncryptedPackage', type: 'stream' }]))).toMatchObject({ code: 'unsupported' })
    expect(compoundFileFinding(concat([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], new Uint8Array(504)))).toMatchObject({ code: 'broken' })
  })
})
