/**
 * Every official document printed both ways, and read back as a reader gets it: the PDF as Chromium prints it, and the
 * DOCX as LibreOffice prints it (a word processor's own layout of the same spec: page breaks, keeps, widths). For
 * each: page 1's text in order, Sarabun embedded, signatures on the page of what they sign, no "พ.ศ." at a line's end,
 * no ink outside the text area. Every page of both is written to test-results/documents/ as PNG, to look at.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { libreOfficePdfs, pdfPages, pdfPngs, pdfWords, positionsIn } from '../../test/support/documents'
import { renderDocx } from './docx'
import { sampleAnnouncement, samplePublishRequest, sampleSixMonthReport } from './fixtures'
import { LAYOUT } from './layout'
import { closePdfRenderer, renderDocumentPdf } from './pdf'
import { publishRequestFormSpec } from './publish-request-form'
import type { DocumentBlock, DocumentSpec } from './spec'

const OUT = path.resolve(process.cwd(), 'test-results', 'documents')
const POINTS_PER_CM = 72 / 2.54

interface Printed {
  name: string
  spec: () => DocumentSpec | Promise<DocumentSpec>
  /** Page 1 from top to bottom. */
  page1: string[]
  /** Groups of texts that must share a page: a signature and what it signs; the last one found once in the document. */
  together: string[][]
}

/** Signers after paragraphs of 1 to 16 lines: whatever the layout, some of them fall at a page's foot. */
const SIGNERS = 16
const signedParagraphs: DocumentSpec = {
  heading: { agencyName: 'เทศบาลตำบลบ้านสวน', documentTitle: 'บันทึกข้อความ' },
  blocks: Array.from({ length: SIGNERS }, (_, i): DocumentBlock[] => [
    { kind: 'paragraph', indent: true, text: `เรื่องที่ ${i + 1} ${'ผู้ใหญ่บ้านที่นี่ปฏิบัติตามกฎหมายว่าด้วยข้อมูลข่าวสารของราชการ '.repeat(2 * i + 1)}` },
    { kind: 'paragraph', indent: true, text: `จึงเรียนมาเพื่อโปรดทราบ ครั้งที่ ${i + 1}` },
    { kind: 'signature', lines: ['ลงชื่อ ..............................', `(ผู้ลงนามคนที่ ${i + 1})`, 'ผู้รายงาน'] },
  ]).flat(),
}

const DOCUMENTS: Printed[] = [
  {
    name: 'publish-request-form',
    spec: () => publishRequestFormSpec(samplePublishRequest()),
    page1: [
      'เลขที่คำขอ ๑๒๘', 'แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์', 'สำนักงานสาธารณสุขอำเภอกะพ้อ', 'ส่วนที่ ๑ ข้อมูลผู้ขอเผยแพร่',
      'ชื่อ-สกุล', 'นางสาวโซเฟีย หะแวง', 'โทรศัพท์', '๐๗๓-๔๙๔๐๖๔', 'ส่วนที่ ๒ ข้อมูลที่ขอเผยแพร่', 'ไตรมาสที่ ๒', 'ปีงบประมาณ ๒๕๖๘',
      'พ.ศ. ๒๕๔๐', 'มาตรา ๙', '๑๕ มีนาคม ๒๕๖๘ ถึง ๓๐ มิถุนายน ๒๕๖๘', 'ส่วนที่ ๓ เอกสารแนบ', 'สขร1-ไตรมาส2-2568.pdf', 'summary-q2-2568.xlsx',
    ],
    together: [['ลิงก์ที่เผยแพร่', '(นางสาวโซเฟีย หะแวง)', '(นายมะยาก็ สมะแอ)', '(นายอับดุลเลาะ ดือราแม)', 'วันที่ ๑ กรกฎาคม ๒๕๖๘']],
  },
  {
    name: 'policy-announcement',
    spec: sampleAnnouncement,
    page1: [
      'ประกาศเทศบาลตำบลบ้านสวน', 'เรื่อง แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน', 'พ.ศ. ๒๕๖๘',
      'ตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐', 'MOIT ๑', 'เทศบาลตำบลบ้านสวน จึงกำหนด', '๑. หมวดหมู่ข้อมูลที่เผยแพร่',
      '๑.๑ ข้อมูลหน่วยงาน', '๑.๒ กฎหมาย ระเบียบ ข้อบังคับ', '๑.๑๐ การจัดซื้อจัดจ้าง',
    ],
    // The signed page carries the end of the text, not the closing alone.
    together: [['ของผู้ให้บริการ', 'จึงประกาศให้ทราบโดยทั่วกัน', 'ประกาศ ณ วันที่ ๙ พฤศจิกายน พ.ศ. ๒๕๖๘', '(นายสมศักดิ์ ปลัดเทศบาล)']],
  },
  {
    name: 'monitoring-report-6',
    spec: sampleSixMonthReport,
    page1: [
      'บันทึกข้อความ', 'ส่วนราชการ', 'เทศบาลตำบลบ้านสวน', 'ที่', 'วันที่', '๒๐ กุมภาพันธ์ ๒๕๖๙', 'เรื่อง', 'บันทึกรายงานผลการเผยแพร่ข้อมูลผ่านเว็บไซต์',
      'เรียน ปลัดเทศบาล', 'ตามประกาศเทศบาลตำบลบ้านสวน', 'ระหว่างวันที่ ๑ ตุลาคม ๒๕๖๘', 'ออกรายงานเมื่อวันที่ ๒๐ กุมภาพันธ์ ๒๕๖๙ โดย นายธนา ผู้ดูแลเว็บไซต์',
      'ชื่อกลุ่มงาน งานประชาสัมพันธ์', 'วัน/เดือน/ปี', 'หัวข้อ', 'รายละเอียดโดยสรุปหรือ', 'ยังไม่',
    ],
    // The executive's acknowledgement with the reporter's signature (it was alone on the last page).
    together: [['จึงเรียนมาเพื่อโปรดทราบ', '(นายธนา ผู้ดูแลเว็บไซต์)', 'ผู้รายงาน', 'ผู้บริหารยังไม่ได้รับทราบรายงานฉบับนี้', '(นายสมศักดิ์ ปลัดเทศบาล)']],
  },
  {
    name: 'signed-paragraphs',
    spec: () => signedParagraphs,
    page1: ['บันทึกข้อความ', 'เรื่องที่ ๑', 'จึงเรียนมาเพื่อโปรดทราบ ครั้งที่ ๑', '(ผู้ลงนามคนที่ ๑)', 'เรื่องที่ ๒'],
    together: Array.from({ length: SIGNERS }, (_, i) => [`ครั้งที่ ${toThai(i + 1)}`, 'ลงชื่อ', `(ผู้ลงนามคนที่ ${toThai(i + 1)})`]),
  },
]

function toThai(n: number): string {
  return String(n).replace(/[0-9]/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)])
}

/** PDFs by document and renderer. */
const printed = new Map<string, { chromium: string; libreoffice: string }>()

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true })
  const docx: string[] = []
  for (const document of DOCUMENTS) {
    const spec = await document.spec()
    const chromium = path.join(OUT, `${document.name}-pdf.pdf`)
    writeFileSync(chromium, await renderDocumentPdf(spec))
    const file = path.join(OUT, `${document.name}-docx.docx`)
    writeFileSync(file, await renderDocx(spec))
    docx.push(file)
    printed.set(document.name, { chromium, libreoffice: '' })
  }
  libreOfficePdfs(docx, OUT).forEach((pdf, i) => (printed.get(DOCUMENTS[i].name)!.libreoffice = pdf))
  for (const { chromium, libreoffice } of printed.values()) {
    pdfPngs(chromium, chromium.replace(/\.pdf$/, ''))
    pdfPngs(libreoffice, libreoffice.replace(/\.pdf$/, ''))
  }
}, 180_000)

afterAll(() => closePdfRenderer())

/** The page (1-based) each text is on, by its letters; 0 when on none. */
const pageOf = (pages: string[], text: string): number => pages.findIndex((page) => positionsIn(page, [text])[0] >= 0) + 1

describe.each(DOCUMENTS)('$name', (document) => {
  describe.each(['chromium', 'libreoffice'] as const)('printed by %s', (renderer) => {
    const file = () => printed.get(document.name)![renderer]
    let pages: string[] = []
    beforeAll(() => {
      pages = pdfPages(file())
    })

    it('has page 1’s texts in order', () => {
      const at = positionsIn(pages[0], document.page1)
      document.page1.forEach((text, i) => expect(at[i], `“${text}” in order on page 1`).toBeGreaterThanOrEqual(0))
    })

    it('keeps each signature on the page of what it signs', () => {
      for (const group of document.together) {
        const last = pageOf(pages, group.at(-1)!)
        expect(last, `“${group.at(-1)}” printed`).toBeGreaterThan(0)
        for (const text of group) expect(positionsIn(pages[last - 1], [text])[0], `“${text}” on page ${last} with “${group.at(-1)}”`).toBeGreaterThanOrEqual(0)
      }
    })

    it('embeds Sarabun and no other font', () => {
      const fonts = execFileSync('pdffonts', [file()], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim())
      expect(fonts.length).toBeGreaterThan(0)
      for (const font of fonts) expect(font).toMatch(/^\S+\+Sarabun-(Regular|Bold)\s.*\byes\s+yes\s+yes\b/)
    })

    it('never ends a line with an era apart from its year', () => {
      for (const page of pages) for (const line of page.split('\n')) expect(line.trimEnd(), line).not.toMatch(/[พค]\.ศ\.$/)
    })

    it('prints no ink outside the text area (a mark cut off at a page break)', () => {
      const top = LAYOUT.margin.top * POINTS_PER_CM
      const bottom = (LAYOUT.page.height - LAYOUT.margin.bottom) * POINTS_PER_CM
      // The page number "- ๒ -" is above the text area, on its own.
      const outside = pdfWords(file()).filter((word) => word.yMin > bottom || (word.yMin < top - 2 && !/^[-๐-๙0-9]+$/.test(word.text)))
      expect(outside).toEqual([])
    })
  })
})
