import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { closePdfRenderer } from '@/documents/pdf'
import { onePagePdf } from '../../test/support/files'
import { thaiDocx, thaiPdf, thaiXlsx } from '../../test/support/office-files'
import { extractFileText, extractText, hiddenTextOfFile, tidy } from './extract-text'
import { bdcSpans, pageText } from './pdf-text'

afterAll(() => closePdfRenderer())

const PARAGRAPHS = ['งบประมาณรายจ่ายประจำปี พ.ศ. ๒๕๖๘', 'โครงการก่อสร้างศูนย์พัฒนาเด็กเล็กบ้านหนองบัว ผู้ใหญ่บ้าน น้ำใจ ที่นี่ ปีนี้']

describe('extractText', () => {
  it('reads Thai from a PDF printed by Chromium exactly as written, tone marks and all', async () => {
    expect(await extractText(await thaiPdf(PARAGRAPHS), 'pdf')).toBe(PARAGRAPHS.join('\n'))
  })

  it('reads the paragraphs of a DOCX, one a line, with XML entities decoded', async () => {
    expect(await extractText(await thaiDocx([...PARAGRAPHS, 'ค่าน้ำ & ค่าไฟ <ประมาณการ>']), 'docx')).toBe(
      [...PARAGRAPHS, 'ค่าน้ำ & ค่าไฟ <ประมาณการ>'].join('\n'),
    )
  })

  it('reads the text cells of an XLSX', async () => {
    const text = await extractText(await thaiXlsx([['รายการ', 'จำนวนเงิน'], ['ค่าจ้างเหมาบริการกำจัดขยะมูลฝอย', 120000]]), 'xlsx')
    expect(text.split('\n')).toEqual(expect.arrayContaining(['รายการ', 'จำนวนเงิน', 'ค่าจ้างเหมาบริการกำจัดขยะมูลฝอย']))
  })

  it('stops at maxChars', async () => {
    const text = await extractText(await thaiDocx(Array.from({ length: 50 }, () => PARAGRAPHS[1])), 'docx', { maxChars: 100 })
    expect(text).toHaveLength(100)
  })

  it('refuses a zip that is not the kind it claims', async () => {
    await expect(extractText(await thaiDocx(PARAGRAPHS), 'xlsx')).rejects.toThrow(/not an Excel workbook/)
  })
})

describe('extractFileText', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khaosan-extract-'))
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('gives "" and a warning for a broken file, never an error', async () => {
    const file = path.join(dir, 'เสีย.pdf')
    fs.writeFileSync(file, '%PDF-1.4 not really')
    const warn = vi.fn()
    expect(await extractFileText(file, { warn })).toBe('')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('เสีย.pdf'))
  })

  it('gives "" without reading a kind of file it does not extract', async () => {
    const warn = vi.fn()
    expect(await extractFileText(path.join(dir, 'ไม่มีไฟล์นี้.zip'), { warn })).toBe('')
    expect(warn).not.toHaveBeenCalled()
  })

  it('reads a stored file by its extension', async () => {
    const file = path.join(dir, 'a.docx')
    fs.writeFileSync(file, await thaiDocx(PARAGRAPHS))
    expect(await extractFileText(file)).toBe(PARAGRAPHS.join('\n'))
  })
})

describe('hiddenTextOfFile', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khaosan-hidden-'))
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('reads a stored PDF’s hidden text as a DOCX’s', async () => {
    const file = path.join(dir, 'ประกาศ.pdf')
    fs.writeFileSync(file, onePagePdf('BT /F1 12 Tf 72 700 Td (Khaosan) Tj 1 1 1 rg 0 -20 Td (UFABET slot) Tj ET'))
    expect(await hiddenTextOfFile(file)).toEqual([{ text: 'UFABET slot', why: 'white', page: 1 }])
  })

  it('gives [] for a broken PDF', async () => {
    const file = path.join(dir, 'เสีย.pdf')
    fs.writeFileSync(file, '%PDF-1.4 not really')
    expect(await hiddenTextOfFile(file)).toEqual([])
  })
})

describe('tidy', () => {
  it('composes sara am written as nikhahit + sara aa, also around a tone mark', () => {
    expect(tidy('นํ้า จํานวน')).toBe('น้ำ จำนวน')
  })

  it('collapses spaces within lines and drops blank lines', () => {
    expect(tidy('  ก  ข \n\n\n  ค ')).toBe('ก ข\nค')
  })
})

describe('bdcSpans', () => {
  it('reads each BDC tag and its /ActualText, hex UTF-16 or literal with escapes, skipping strings and inline images', () => {
    const content = [
      '/Span <</ActualText <FEFF0E080E48>>> BDC (\\(BDC\\)) Tj EMC',
      'BI /W 1 /H 1 ID \x00BDC\xff EI',
      '/P <</MCID 3>> BDC /Span<</ActualText (a\\051b\\\\)/Lang (th)>>BDC EMC EMC',
      '% /X <</ActualText (comment)>> BDC',
    ].join('\n')
    expect(bdcSpans(content)).toEqual([
      { tag: 'Span', actualText: 'จ่' },
      { tag: 'P', actualText: null },
      { tag: 'Span', actualText: 'a)b\\' },
    ])
  })
})

describe('pageText', () => {
  const items = [
    { str: 'ราย', hasEOL: false },
    { type: 'beginMarkedContentProps', tag: 'Span' },
    { str: ' จ', hasEOL: false },
    { type: 'endMarkedContent' },
    { str: 'าย', hasEOL: true },
  ]

  it('replaces the text drawn inside a span by its /ActualText, keeping the spaces around it', () => {
    expect(pageText(items, [{ tag: 'Span', actualText: 'จ่' }])).toBe('ราย จ่าย\n')
  })

  it('keeps the drawn text when the spans do not line up with those pdf.js reports', () => {
    expect(pageText(items, [{ tag: 'Span', actualText: 'จ่' }, { tag: 'Span', actualText: 'x' }])).toBe('ราย จาย\n')
    expect(pageText(items, null)).toBe('ราย จาย\n')
  })
})
