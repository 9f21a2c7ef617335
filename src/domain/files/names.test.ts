import { describe, expect, it } from 'vitest'
import { MAX_FILE_NAME_BYTES, safeFileName, visibleName } from './names'

const bytes = (text: string) => new TextEncoder().encode(text).length

describe('safeFileName', () => {
  it('keeps Thai names as they are', () => {
    expect(safeFileName('ประกาศ ราคากลาง.pdf')).toBe('ประกาศ ราคากลาง.pdf')
    expect(safeFileName('รายงานผลการดำเนินงาน ปี 2568 (ฉบับแก้ไข).docx')).toBe('รายงานผลการดำเนินงาน ปี 2568 (ฉบับแก้ไข).docx')
  })

  it('composes to NFC', () => {
    const decomposed = 'Cafe\u0301.pdf'
    expect(safeFileName(decomposed)).toBe('Café.pdf')
    expect(safeFileName(decomposed).length).toBe(8)
  })

  it('keeps only the last path segment, with either slash', () => {
    expect(safeFileName('C:\\Users\\สมชาย\\Desktop\\ประกาศ.pdf')).toBe('ประกาศ.pdf')
    expect(safeFileName('../../etc/passwd')).toBe('passwd')
    expect(safeFileName('\\\\server\\share\\x.pdf')).toBe('x.pdf')
    expect(safeFileName('folder/')).toBe('ไฟล์')
  })

  it('removes NUL, control characters, DEL, direction marks and zero-width characters', () => {
    expect(safeFileName('ประกาศ\u0000.pdf')).toBe('ประกาศ.pdf')
    expect(safeFileName('a\u0007b\u001fc\u007fd\u0085e.pdf')).toBe('abcde.pdf')
    expect(safeFileName('รายงาน\u202efdp.exe')).toBe('รายงานfdp.exe')
    expect(safeFileName('\u200e\u200f\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069\u061cชื่อ.pdf')).toBe('ชื่อ.pdf')
    expect(safeFileName('ประ\u200bกาศ\u200c\u200d\ufeff.pdf')).toBe('ประกาศ.pdf')
  })

  it('replaces the characters Windows does not allow', () => {
    expect(safeFileName('ประกาศ: "ด่วน" <ที่ 1> | เรื่อง? *.pdf')).toBe('ประกาศ_ _ด่วน_ _ที่ 1_ _ เรื่อง_ _.pdf')
  })

  it('trims dots and spaces at both ends', () => {
    expect(safeFileName('  ..ประกาศ.pdf. . ')).toBe('ประกาศ.pdf')
    expect(safeFileName('ประกาศ .pdf')).toBe('ประกาศ.pdf')
    expect(safeFileName('...')).toBe('ไฟล์')
  })

  it('puts "_" before Windows device names, with any extension and in any case', () => {
    for (const name of ['CON', 'prn', 'Aux', 'NUL', 'COM1', 'com9', 'LPT1', 'lpt9']) {
      expect(safeFileName(`${name}.pdf`)).toBe(`_${name}.pdf`)
    }
    expect(safeFileName('con.tar.gz')).toBe('_con.tar.gz')
    expect(safeFileName('CON')).toBe('_CON')
    expect(safeFileName('CONSOLE.pdf')).toBe('CONSOLE.pdf')
    expect(safeFileName('COM10.pdf')).toBe('COM10.pdf')
    expect(safeFileName('ประกาศ.con')).toBe('ประกาศ.con')
  })

  it('caps the name at 150 UTF-8 bytes, keeping the extension and never cutting a Thai cluster', () => {
    const long = `${'ที่ตั้งสำนักงานเทศบาลตำบล'.repeat(20)}.pdf`
    const safe = safeFileName(long)
    expect(bytes(safe)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES)
    expect(bytes(safe)).toBeGreaterThan(MAX_FILE_NAME_BYTES - 12) // at most one cluster short
    expect(safe.endsWith('.pdf')).toBe(true)
    expect(long.startsWith(safe.slice(0, -4))).toBe(true)
    // Each cluster kept whole: a name of "ที่" (consonant, vowel, tone mark: 9 bytes) repeated is cut between them.
    const clusters = safeFileName(`${'ที่'.repeat(100)}.docx`)
    expect(clusters).toBe(`${'ที่'.repeat(16)}.docx`) // 16 × 9 + 5 = 149 bytes
  })

  it('gives an empty name a name, with the extension', () => {
    expect(safeFileName('.pdf')).toBe('ไฟล์.pdf')
    expect(safeFileName(' \u202e .pdf')).toBe('ไฟล์.pdf')
    expect(safeFileName('')).toBe('ไฟล์')
    expect(safeFileName('\u0000')).toBe('ไฟล์')
  })
})

describe('visibleName', () => {
  it('shows what the computer sees: the real extension', () => {
    expect(visibleName('รายงาน\u202efdp.exe')).toBe('รายงานfdp.exe')
    expect(visibleName('ประกาศ.pdf\u0000.exe')).toBe('ประกาศ.pdf.exe')
  })
})
