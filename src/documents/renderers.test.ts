/**
 * The general renderers: one DocumentSpec → PDF and DOCX; the shared Chromium; escaping; no network.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { renderDocx } from './docx'
import { escapeHtml, officialHtmlDocument, renderSpecHtml } from './official-html'
import { closePdfRenderer, renderDocumentPdf, renderPdf } from './pdf'
import type { DocumentSpec } from './spec'
import { textWidthTwips } from './layout'
import { toThaiDigits } from '../domain/thai/format'
import { pdfPages as pagesOf } from '../../test/support/documents'

const OUT = path.resolve(process.cwd(), 'test-results', 'documents')

/** Write the PDF to test-results/documents/<name>.pdf and read its pages back. */
function pdfPages(pdf: Buffer, name: string): string[] {
  mkdirSync(OUT, { recursive: true })
  const file = path.join(OUT, `${name}.pdf`)
  writeFileSync(file, pdf)
  return pagesOf(file)
}

const ROWS = 70
const longSpec: DocumentSpec = {
  heading: { agencyName: 'สำนักงานสาธารณสุขอำเภอกะพ้อ', documentTitle: 'บันทึกรายงานผลการเผยแพร่ข้อมูลผ่านเว็บไซต์' },
  blocks: [
    {
      kind: 'paragraph',
      indent: true,
      text: [
        { text: 'ตามที่', bold: false },
        { text: 'สำนักงานปลัดกระทรวงสาธารณสุข', bold: true },
        { text: ' ได้ดำเนินโครงการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ผู้ใหญ่ ที่นี่ กฎหมาย ปฏิบัติ น้ำ ญี่ปุ่น ฐาน ศึกษาธิการ' },
      ],
    },
    {
      kind: 'table',
      columns: ['วัน/เดือน/ปี', 'หัวข้อ', 'รายละเอียดโดยสรุป', 'ผู้บริหารรับทราบ'],
      widths: [20, 25, 35, 20],
      rows: Array.from({ length: ROWS }, (_, i) => [`แถวที่ ${i + 1}`, 'ข่าวประชาสัมพันธ์', 'รายละเอียด\nบรรทัดที่สอง', 'รับทราบ']),
    },
    { kind: 'signature', lines: ['(นายมะยาก็ สมะแอ)', 'สาธารณสุขอำเภอกะพ้อ'] },
    { kind: 'pageBreak' },
    { kind: 'paragraph', text: 'หน้าสุดท้าย', align: 'center', bold: true },
  ],
}

afterAll(async () => {
  vi.restoreAllMocks()
  await closePdfRenderer()
})

describe('renderSpecHtml / escapeHtml', () => {
  it('escapes every text, so data cannot inject markup', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
    const html = renderSpecHtml({
      heading: { agencyName: 'a', documentTitle: 'b' },
      blocks: [
        { kind: 'paragraph', text: '<img src=x onerror=alert(1)>' },
        { kind: 'table', columns: ['<th>'], rows: [['<td>']], keepWords: [true] },
        { kind: 'fields', rows: [{ label: '<l>', value: '<v>' }] },
        { kind: 'signatures', signers: [['<s>']] },
      ],
    })
    for (const raw of ['<img', '<l>', '<v>', '<s>']) expect(html).not.toContain(raw)
    expect(html.match(/<th>/g)).toHaveLength(1) // the renderer's own header cell, holding "&lt;th&gt;"
    expect(html.match(/<td\b/g)).toHaveLength(1 + 2 + 1) // table cell, two field cells, one signer
    // The words are wrapped so that lines break only between them; the text inside is escaped.
    const text = html.replace(/<wbr>|<span class="w">|<\/span>/g, '')
    for (const escaped of ['&lt;img src=x onerror=alert(1)&gt;', '&lt;th&gt;', '&lt;td&gt;', '&lt;l&gt;', '&lt;v&gt;', '&lt;s&gt;'])
      expect(text).toContain(escaped)
  })
})

describe('PDF', () => {
  it('shares one Chromium launch between concurrent first calls, and relaunches after close', async () => {
    await closePdfRenderer()
    const launch = vi.spyOn(chromium, 'launch')
    const pdfs = await Promise.all([1, 2, 3].map((n) => renderDocumentPdf({ heading: { agencyName: 'ก', documentTitle: `เอกสาร ${n}` }, blocks: [] })))
    expect(launch).toHaveBeenCalledTimes(1)
    for (const pdf of pdfs) expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    await closePdfRenderer()
    await renderPdf('<p>อีกครั้ง</p>')
    expect(launch).toHaveBeenCalledTimes(2)
    launch.mockRestore()
  }, 60_000)

  it('repeats table headers on every page, keeps rows whole, numbers pages in Thai from page 2', async () => {
    const pages = pdfPages(await renderDocumentPdf(longSpec), 'long-table')
    expect(pages.length).toBeGreaterThanOrEqual(3)
    expect(pages[0]).not.toMatch(/- ?๑ ?-/)
    pages.slice(1).forEach((page, i) => expect(page).toMatch(new RegExp(`- ?${'๒๓๔๕๖๗๘๙'[i]} ?-`)))
    const tablePages = pages.filter((page) => page.includes('แถวที่'))
    expect(tablePages.length).toBeGreaterThanOrEqual(2)
    for (const page of tablePages) expect(page).toContain('รายละเอียดโดยสรุป')
    // every row, both its lines, on one page
    for (let i = 1; i <= ROWS; i++) {
      // Official documents print the digits of running text as Thai numerals.
      const row = new RegExp(`แถวที่ ${toThaiDigits(i)}(?![๐-๙])`)
      const page = tablePages.find((p) => row.test(p))
      expect(page, `row ${i}`).toBeDefined()
      const lines = page!.split('\n')
      const at = lines.findIndex((line) => row.test(line))
      expect(lines[at + 1], `row ${i} second line`).toContain('บรรทัดที่สอง')
    }
    expect(pages.at(-1)).toContain('หน้าสุดท้าย')
    expect(pages.join('\n')).toContain('สำนักงานปลัดกระทรวงสาธารณสุข')
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '2', '-l', '2', path.join(OUT, 'long-table.pdf'), path.join(OUT, 'long-table')])
  }, 60_000)

  it('prints each document alone on pages that printed others before, one after another and at once', async () => {
    const long = await renderDocumentPdf(longSpec)
    const short = pdfPages(await renderDocumentPdf({ heading: { agencyName: 'ก', documentTitle: 'เอกสารสั้น' }, blocks: [] }), 'short-after-long')
    expect(pdfPages(long, 'long-before-short').length).toBeGreaterThanOrEqual(3)
    expect(short).toHaveLength(1)
    expect(short[0]).toContain('เอกสารสั้น')
    expect(short[0]).not.toContain('แถวที่')
    const titles = ['เอกสารหนึ่ง', 'เอกสารสอง', 'เอกสารสาม', 'เอกสารสี่']
    const atOnce = await Promise.all(titles.map((title) => renderDocumentPdf({ heading: { agencyName: 'ก', documentTitle: title }, blocks: [] })))
    atOnce.forEach((pdf, i) => {
      const [page] = pdfPages(pdf, `at-once-${i}`)
      expect(page).toContain(titles[i])
      for (const other of titles.filter((_, j) => j !== i)) expect(page).not.toContain(other)
    })
  }, 60_000)

  it('prints markup in the data as text', async () => {
    const [page] = pdfPages(
      await renderDocumentPdf({
        heading: { agencyName: 'ก', documentTitle: '<b>หัวเรื่อง</b>' },
        blocks: [{ kind: 'paragraph', text: '<script>alert(1)</script> & ข้อความ' }],
      }),
      'escaped',
    )
    expect(page).toContain('<b>หัวเรื่อง</b>')
    expect(page).toContain('<script>alert(1)</script> & ข้อความ')
  }, 60_000)

  describe('without network', () => {
    let server: Server
    let hits = 0
    let connections = 0
    beforeAll(async () => {
      server = createServer((_req, res) => {
        hits++
        res.end('x')
      })
      server.on('connection', () => connections++)
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    })
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

    it('never fetches what the HTML refers to, nor connects to where it is', async () => {
      const { port } = server.address() as AddressInfo
      const url = `http://127.0.0.1:${port}`
      const pdf = await renderPdf(
        officialHtmlDocument({
          title: 't',
          heading: { agencyName: 'ก', documentTitle: 'ข' },
          bodyHtml: `<img src="${url}/img.png"><link rel="stylesheet" href="${url}/a.css"><iframe src="${url}/f"></iframe><p>ยังพิมพ์ได้</p>`,
        }),
      )
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
      expect(hits).toBe(0)
      expect(connections).toBe(0)
    }, 60_000)
  })

  it('says in Thai to install chromium when it is missing', async () => {
    await closePdfRenderer()
    const saved = process.env.CHROMIUM_PATH
    process.env.CHROMIUM_PATH = '/nonexistent/chromium'
    try {
      await expect(renderPdf('<p>x</p>')).rejects.toThrow(/ติดตั้งแพ็กเกจ chromium/)
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH
      else process.env.CHROMIUM_PATH = saved
    }
    // and works again once it is there
    const pdf = await renderPdf('<p>กลับมาแล้ว</p>')
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  }, 60_000)
})

describe('DOCX from the same spec', () => {
  it('has the texts, Thai justification, the official indent, the signature and the page break', async () => {
    mkdirSync(OUT, { recursive: true })
    const file = path.join(OUT, 'long-table.docx')
    writeFileSync(file, await renderDocx(longSpec))
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 })
    const has = (needle: string) => expect(xml.includes(needle), needle).toBe(true)
    has('บันทึกรายงานผลการเผยแพร่ข้อมูลผ่านเว็บไซต์')
    has('>สำนักงานปลัดกระทรวงสาธารณสุข</w:t>')
    has(`แถวที่ ${toThaiDigits(ROWS)}`)
    has('(นายมะยาก็ สมะแอ)')
    has('<w:jc w:val="thaiDistribute"/>')
    has('<w:ind w:firstLine="1417"/>')
    has('<w:br w:type="page"/>')
    has('<w:tblHeader/>')
    expect(xml.match(/<w:tr>/g)?.length).toBe(ROWS + 1)
  })
})

describe('a landscape page (DocumentSpec.landscape)', () => {
  const wide: DocumentSpec = {
    heading: { agencyName: 'ก', documentTitle: 'ตารางหลายคอลัมน์' },
    landscape: true,
    blocks: [{ kind: 'table', columns: ['ก', 'ข'], rows: [['ค', 'ง']] }],
  }

  it('is A4 on its side in the PDF and in the DOCX, whose table is as wide as the longer line', async () => {
    mkdirSync(OUT, { recursive: true })
    const pdf = path.join(OUT, 'landscape.pdf')
    writeFileSync(pdf, await renderDocumentPdf(wide))
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.\d+ x 594\.\d+ pts/)
    const docx = path.join(OUT, 'landscape.docx')
    writeFileSync(docx, await renderDocx(wide))
    const xml = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8' })
    expect(xml).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>')
    expect(xml).toContain(`<w:tblW w:type="dxa" w:w="${textWidthTwips(true)}"/>`)
    expect(textWidthTwips(true)).toBeGreaterThan(textWidthTwips())
  }, 60_000)
})
