/**
 * The filled publish-request form rendered as PDF (Chromium) and DOCX (docx 9), checked through what a
 * reader gets: pdftotext for the PDF, word/document.xml for the DOCX. Page 1 is also written to
 * test-results/documents/ as a PNG to look at.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closePdfRenderer, renderDocumentPdf } from './pdf'
import { renderDocumentDocx } from './docx'
import { publishRequestFormSpec, PUBLISH_REQUEST_FORM_TITLE, type PublishRequestFormData } from './publish-request-form'
import { bangkok, samplePublishRequest } from './fixtures'

const OUT = path.resolve(process.cwd(), 'test-results', 'documents')

/** pdftotext -layout, with runs of spaces collapsed so phrases can be searched. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
}
const collapse = (text: string) => text.replace(/[ \t\u00a0]+/g, ' ')

function unzipEntry(file: string, entry: string): string {
  return execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
}
function unzipList(file: string): string {
  return execFileSync('unzip', ['-l', file], { encoding: 'utf8' })
}
/** The text of word/document.xml: every <w:t>, one paragraph per line. */
function docxText(file: string): string {
  const xml = unzipEntry(file, 'word/document.xml')
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/\u00a0/g, ' ') // no-break spaces (a date, an era and its year) read as spaces
}

/** Assert a (large) XML text contains `needle` without printing the whole XML on failure. */
function expectXml(xml: string, needle: string | RegExp) {
  const found = typeof needle === 'string' ? xml.includes(needle) : needle.test(xml)
  expect(found, `XML should contain ${String(needle)}`).toBe(true)
}

/** Positions of `needles` in `haystack`; each must be found. */
function positions(haystack: string, needles: string[]): number[] {
  return needles.map((needle) => {
    const at = haystack.indexOf(needle)
    expect(at, `"${needle}" not found`).toBeGreaterThanOrEqual(0)
    return at
  })
}

const data: PublishRequestFormData = samplePublishRequest()
/** History texts, oldest first (the fixture lists them out of order). */
const historyInOrder = ['ยื่นคำขอ', 'ไม่อนุมัติ', 'ยื่นคำขอใหม่', 'อนุมัติทางวาจา', 'เผยแพร่แล้ว']
const timesInOrder = ['๐๘.๓๐ น.', '๑๔.๑๐ น.', '๑๐.๐๐ น.', '๑๖.๔๕ น.', '๐๙.๐๕ น.']

describe('publish-request form as PDF', () => {
  const pdfFile = path.join(OUT, 'publish-request-form.pdf')
  let text = ''
  const timings: Record<string, number> = {}

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true })
    const spec = publishRequestFormSpec(data)
    let started = performance.now()
    const pdf = await renderDocumentPdf(spec)
    timings.cold = Math.round(performance.now() - started)
    started = performance.now()
    await renderDocumentPdf(spec)
    timings.warm = Math.round(performance.now() - started)
    console.info(`publish-request form PDF: cold ${timings.cold} ms, warm ${timings.warm} ms`)
    writeFileSync(pdfFile, pdf)
    text = collapse(pdfText(pdfFile))
  }, 60_000)

  afterAll(async () => {
    await closePdfRenderer()
  })

  it('is a PDF whose text has the title, agency, requester and number', () => {
    expect(text).toContain(PUBLISH_REQUEST_FORM_TITLE)
    expect(text).toContain('สำนักงานสาธารณสุขอำเภอกะพ้อ')
    expect(text).toContain('นางสาวโซเฟีย หะแวง')
    expect(text).toContain('นักวิชาการสาธารณสุขปฏิบัติการ')
    expect(text).toContain('เลขที่คำขอ ๑๒๘')
    expect(text).toContain('๐๗๓-๔๙๔๐๖๔')
  })

  it('writes dates in the Buddhist era with Thai numerals', () => {
    expect(text).toContain('๑๕ มีนาคม ๒๕๖๘') // coverageFrom 2025-03-15
    expect(text).toContain('๓๐ มิถุนายน ๒๕๖๙') // publishUntil 2026-06-30
    expect(text).toContain('วันที่ ๒๕ มิถุนายน ๒๕๖๘') // the approver's signature date
    expect(text).not.toMatch(/\b20(25|26)\b/)
  })

  it('lists the attachments and the history with its reasons, oldest first', () => {
    expect(text).toContain('summary-q2-2568.xlsx')
    expect(text).toContain('๑.๒ MB')
    expect(text).toContain('ไฟล์แนบเป็น .exe')
    const history = text.slice(text.indexOf('ส่วนที่ ๕'))
    const at = positions(history, timesInOrder)
    expect(at).toEqual([...at].sort((a, b) => a - b))
    const actions = positions(history, historyInOrder)
    expect(actions).toEqual([...actions].sort((a, b) => a - b))
  })

  it('numbers pages from the second in Thai numerals', () => {
    const pages = pdfText(pdfFile).split('\f').filter((page) => page.trim())
    expect(pages.length).toBeGreaterThanOrEqual(2)
    expect(collapse(pages[0])).not.toMatch(/- ?๑ ?-/)
    expect(collapse(pages[1])).toMatch(/- ?๒ ?-/)
  })

  it('embeds Sarabun', () => {
    const fonts = execFileSync('pdffonts', [pdfFile], { encoding: 'utf8' })
    expect(fonts).toMatch(/Sarabun/)
    expect(fonts.split('\n').filter((line) => /Sarabun/.test(line)).every((line) => /\byes\s+yes\b/.test(line))).toBe(
      true,
    )
  })

  it('renders page 1 as PNG for a look (test-results/documents/publish-request-form-1.png)', () => {
    const prefix = path.join(OUT, 'publish-request-form')
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdfFile, prefix])
    const png = `${prefix}-1.png`
    expect(existsSync(png)).toBe(true)
    expect(statSync(png).size).toBeGreaterThan(20_000)
  })
})

describe('publish-request form as DOCX', () => {
  const docxFile = path.join(OUT, 'publish-request-form.docx')
  let text = ''

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true })
    const docx = await renderDocumentDocx(publishRequestFormSpec(data))
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK')
    writeFileSync(docxFile, docx)
    text = docxText(docxFile)
  })

  it('has the same texts as the PDF', () => {
    expect(text).toContain(PUBLISH_REQUEST_FORM_TITLE)
    expect(text).toContain('นางสาวโซเฟีย หะแวง')
    expect(text).toContain('เลขที่คำขอ ๑๒๘')
    expect(text).toContain('๑๕ มีนาคม ๒๕๖๘')
    expect(text).toContain('ไฟล์แนบเป็น .exe ไม่อนุญาต')
    const history = text.slice(text.indexOf('ส่วนที่ ๕'))
    const at = positions(history, timesInOrder)
    expect(at).toEqual([...at].sort((a, b) => a - b))
  })

  it('embeds Sarabun regular and bold, Thai charset, Thai language and complex-script size', () => {
    const entries = unzipList(docxFile)
    expect(entries.match(/word\/fonts\/\S+\.odttf/g)?.length).toBe(2)
    const fontTable = unzipEntry(docxFile, 'word/fontTable.xml')
    expectXml(fontTable, 'w:name="Sarabun"')
    expectXml(fontTable, '<w:charset w:val="DE"/>')
    expectXml(fontTable, /<w:embedRegular /)
    expectXml(fontTable, /<w:embedBold /)
    const styles = unzipEntry(docxFile, 'word/styles.xml')
    const defaults = styles.slice(styles.indexOf('<w:docDefaults>'), styles.indexOf('</w:docDefaults>'))
    expectXml(
      defaults,
      /<w:rFonts (?=[^>]*w:ascii="Sarabun")(?=[^>]*w:hAnsi="Sarabun")(?=[^>]*w:cs="Sarabun")(?=[^>]*w:eastAsia="Sarabun")/,
    )
    expectXml(defaults, /<w:szCs w:val="\d+"\/>/)
    expectXml(defaults, 'w:val="th-TH"')
  })

  it('repeats table header rows, keeps rows whole and numbers pages in Thai from page 2', () => {
    const xml = unzipEntry(docxFile, 'word/document.xml')
    expect(xml.match(/<w:tblHeader\/>/g)?.length).toBe(2) // attachments and history
    expectXml(xml, '<w:cantSplit/>')
    expectXml(xml, 'w:fmt="thaiNumbers"')
    expectXml(xml, '<w:titlePg/>')
    expectXml(xml, /<w:b\/><w:bCs\/>/) // bold applies to Thai (complex script) too
  })
})

describe('publish-request form spec', () => {
  it('shows missing values plainly and an empty attachment list', () => {
    const spec = publishRequestFormSpec({
      ...data,
      requester: { name: 'นายทดสอบ ระบบ', unit: 'กลุ่มงานทดสอบ' },
      coverageFrom: null,
      coverageTo: bangkok('2025-03-15T00:00:00'),
      publishFrom: null,
      publishUntil: null,
      attachments: [],
      history: [],
      signatures: [{ label: 'ผู้ขอเผยแพร่' }],
    })
    const json = JSON.stringify(spec)
    expect(json).toContain('ถึง ๑๕ มีนาคม ๒๕๖๘')
    expect(json).toContain('ไม่มีไฟล์แนบ')
    expect(json).toContain('ไม่กำหนด')
    expect(json).toContain('ยังไม่มีการดำเนินการ')
    expect(json).toContain('วันที่ ..............................')
  })
})
