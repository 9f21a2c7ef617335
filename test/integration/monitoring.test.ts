/**
 * Monitoring (SPEC §4, §6) through the HTTP contract against the production build on SQLite: compliance per
 * indicator set and its CSV/XLSX export, the monitoring report as PDF and DOCX and the executive's
 * acknowledgement, the policy announcement from live settings and its way through the workflow, warnings,
 * and the link and file checker (links only to a local server on 127.0.0.1).
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportRows, toCsv } from '@/domain/compliance'
import { fiscalYearOf, fiscalYearRange } from '@/domain/thai/calendar'
import { currentRound } from '@/domain/reports/rounds'
import { Client } from '../support/api'
import { pdfBytes } from '../support/files'
import { startSmtp } from '../support/smtp'
import { startSystem, type DatabaseKind, type RunningSystem } from '../support/server'

const DATABASES: DatabaseKind[] = (process.env.KHAOSAN_TEST_DATABASES?.split(',') as DatabaseKind[]) ?? ['sqlite', 'postgres']
const ARTIFACTS = path.resolve(import.meta.dirname, '../../test-results/monitoring')

function pdfText(bytes: Buffer, name: string): string {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  const file = path.join(ARTIFACTS, `${name}.pdf`)
  fs.writeFileSync(file, bytes)
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ')
}

function docxText(bytes: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khaosan-docx-'))
  const file = path.join(dir, 'document.docx')
  fs.writeFileSync(file, bytes)
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  fs.rmSync(dir, { recursive: true, force: true })
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
}

/** Each text appears, in this order. */
function expectInOrder(text: string, parts: string[]) {
  let from = 0
  for (const part of parts) {
    const at = text.indexOf(part, from)
    expect(at, `“${part}” after position ${from}`).toBeGreaterThanOrEqual(0)
    from = at + part.length
  }
}

describe.each(DATABASES)('monitoring on %s', (database) => {
  let system: RunningSystem
  let smtp: Awaited<ReturnType<typeof startSmtp>>
  let owner: Client, head: Client, division: Client, webmaster1: Client, webmaster2: Client, executive: Client, admin: Client
  let anonymous: Client
  let categories: Record<string, { id: number }>
  let links: http.Server
  let linkOrigin: string
  const fiscalYear = fiscalYearOf(new Date())
  /** A day two fiscal years back: evidence too old for an indicator that wants the previous year. */
  const twoYearsBack = new Date(fiscalYearRange(fiscalYear - 2).start.getTime() + 40 * 86_400_000).toISOString()

  beforeAll(async () => {
    links = http.createServer((req, res) => {
      res.statusCode = req.url === '/ok' ? 200 : 404
      res.end(req.url === '/ok' ? 'ok' : 'not found')
    })
    await new Promise<void>((resolve) => links.listen(0, '127.0.0.1', resolve))
    linkOrigin = `http://127.0.0.1:${(links.address() as AddressInfo).port}`
    smtp = await startSmtp()
    system = await startSystem({ database, smtpUrl: smtp.url })
    ;[owner, head, division, webmaster1, webmaster2, executive, admin] = await Promise.all(
      ['owner', 'head', 'division', 'webmaster1', 'webmaster2', 'executive', 'admin'].map((who) => Client.signIn(system.origin, `${who}@khaosan.test`)),
    )
    anonymous = new Client(system.origin)
    const list = await anonymous.get('/api/categories?limit=100')
    categories = Object.fromEntries(list.json.docs.map((c: { slug: string; id: number }) => [c.slug, c]))
  })
  afterAll(async () => {
    await system?.stop()
    await smtp?.close()
    await new Promise((resolve) => links?.close(resolve))
  })

  /** Submitted by the data owner, approved by the head (endorsed when sensitive), published by a webmaster. */
  async function publish(title: string, category: string, over: Record<string, unknown> = {}) {
    const uploaded = await owner.upload(`${title}.pdf`, pdfBytes(title))
    expect(uploaded.status).toBe(201)
    const created = await owner.post('/api/publish-requests', {
      title,
      summary: `รายละเอียดของ${title}`,
      category: categories[category].id,
      sourceOwner: 'กองคลัง',
      coverageFrom: new Date(Date.now() - 86_400_000).toISOString(),
      coverageTo: new Date().toISOString(),
      channel: 'letter',
      publishFrom: new Date(Date.now() - 60_000).toISOString(),
      attachments: [uploaded.json.doc.id],
      ...over,
    })
    expect(created.status, created.text).toBe(201)
    const id = created.json.doc.id
    expect((await head.transition(id, 'approve')).status).toBe(200)
    if (category === 'procurement' || category === 'laws') expect((await division.transition(id, 'endorse')).status).toBe(200)
    const published = await webmaster1.transition(id, 'publish')
    expect(published.status, published.text).toBe(200)
    return { id, url: published.json.doc.publicUrl as string, attachment: uploaded.json.doc as { id: number; filename: string } }
  }

  let news: { id: number; url: string }
  let oldReport: { id: number; url: string }

  describe('compliance', () => {
    beforeAll(async () => {
      news = await publish('ข่าวที่หนึ่ง', 'news')
      // The demo publishes last fiscal year's procurement report; taken down here, only a report two years back is left.
      const demoReports = await webmaster1.get(`/api/publish-requests?limit=10&where[state][equals]=published&where[title][contains]=${encodeURIComponent('รายงานสรุปผลการจัดซื้อจัดจ้าง')}`)
      expect(demoReports.json.docs.length).toBeGreaterThan(0)
      for (const report of demoReports.json.docs) expect((await webmaster1.transition(report.id, 'unpublish', { reason: 'ทดสอบรายงานที่ล้าสมัย' })).status).toBe(200)
      oldReport = await publish('รายงานจัดซื้อเก่า', 'procurement', { tags: ['รายงานผลการจัดซื้อจัดจ้างประจำปี'], coverageFrom: twoYearsBack, coverageTo: twoYearsBack })
    })

    it('refuses the anonymous (401), owners (403) and a bad set, year or format (400, Thai); heads monitor (002 §4.5)', async () => {
      expect((await anonymous.get(`/api/compliance/ita/${fiscalYear}`)).status).toBe(401)
      expect((await owner.get(`/api/compliance/ita/${fiscalYear}`)).status).toBe(403)
      expect((await head.get(`/api/compliance/ita/${fiscalYear}`)).status).toBe(200)
      const badSet = await webmaster1.get(`/api/compliance/abc/${fiscalYear}`)
      expect(badSet.status).toBe(400)
      expect(badSet.json.errors[0].message).toContain('ไม่รู้จักชุดตัวชี้วัด')
      const badYear = await webmaster1.get('/api/compliance/ita/2026')
      expect(badYear.status).toBe(400)
      expect(badYear.json.errors[0].message).toContain('ปีงบประมาณ')
      expect((await webmaster1.get(`/api/compliance/ita/${fiscalYear}/export?format=pdf`)).status).toBe(400)
    })

    it('says per indicator met, missing or stale, with reasons and the evidence URLs', async () => {
      const response = await executive.get(`/api/compliance/ita/${fiscalYear}`)
      expect(response.status).toBe(200)
      const byCode = Object.fromEntries(response.json.indicators.map((i: { code: string }) => [i.code, i]))
      expect(byCode.O4).toMatchObject({ status: 'met' })
      expect(byCode.O4.evidence).toContainEqual({ title: 'ข่าวที่หนึ่ง', url: news.url })
      expect(byCode.O12).toMatchObject({ status: 'stale' })
      expect(byCode.O12.reason).toContain(`ปีงบประมาณ ${fiscalYear - 1}`)
      expect(byCode.O13).toMatchObject({ status: 'missing', evidence: [] })
      for (const indicator of response.json.indicators) expect(indicator.reason).toMatch(/[ก-๙]/)
    })

    it('carries the latest earlier set forward to a year that has none, and says so', async () => {
      const response = await webmaster1.get('/api/compliance/ita/2575')
      expect(response.status).toBe(200)
      expect(response.json.carriedFrom).toBe(2569)
      expect(response.json.notice).toContain('ยังไม่มีชุดของปี 2575')
    })

    it('exports the indicator → URL list as CSV and as XLSX with the same rows', async () => {
      const json = (await webmaster1.get(`/api/compliance/ita/${fiscalYear}`)).json
      const csv = await webmaster1.download(`/api/compliance/ita/${fiscalYear}/export?format=csv`)
      expect(csv.status).toBe(200)
      expect(csv.type).toContain('text/csv')
      expect(csv.bytes.toString('utf8')).toBe(toCsv(exportRows(json.indicators)))
      expect(csv.bytes.toString('utf8')).toContain(news.url)

      const xlsx = await webmaster1.download(`/api/compliance/ita/${fiscalYear}/export?format=xlsx`)
      expect(xlsx.status).toBe(200)
      expect(xlsx.type).toContain('spreadsheetml')
      fs.mkdirSync(ARTIFACTS, { recursive: true })
      fs.writeFileSync(path.join(ARTIFACTS, `ita-${fiscalYear}.xlsx`), xlsx.bytes)
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(xlsx.bytes as never)
      const rows: string[][] = []
      workbook.worksheets[0].eachRow((row) => {
        rows.push((row.values as unknown[]).slice(1).map((v) => (v && typeof v === 'object' && 'text' in v ? String((v as { text: string }).text) : String(v ?? ''))))
      })
      expect(rows).toEqual(exportRows(json.indicators).map((row) => row.map(String)))
    })
  })

  describe('monitoring report and the executive’s acknowledgement', () => {
    const round = () => currentRound(new Date()).round

    beforeAll(async () => {
      await publish('ข่าวที่สอง', 'news')
    })

    it('refuses a bad round, format or unit with a Thai 400, and other roles with 401/403', async () => {
      expect((await anonymous.get(`/api/monitoring-reports/${fiscalYear}/6`)).status).toBe(401)
      expect((await owner.get(`/api/monitoring-reports/${fiscalYear}/6`)).status).toBe(403)
      const badRound = await webmaster1.get(`/api/monitoring-reports/${fiscalYear}/7?format=pdf`)
      expect(badRound.status).toBe(400)
      expect(badRound.json.errors[0].message).toContain('รอบ')
      expect((await webmaster1.get(`/api/monitoring-reports/${fiscalYear}/6?format=html`)).status).toBe(400)
      expect((await webmaster1.get(`/api/monitoring-reports/${fiscalYear}/6?format=pdf&unit=999999`)).status).toBe(400)
    })

    it('renders the rows of the round in order, with the seed’s columns, as PDF and DOCX', async () => {
      const r = round()
      const pdf = await webmaster1.download(`/api/monitoring-reports/${fiscalYear}/${r}?format=pdf`)
      expect(pdf.status).toBe(200)
      expect(pdf.type).toBe('application/pdf')
      const text = pdfText(pdf.bytes, `report-${fiscalYear}-${r}`)
      expect(text).toContain('เทศบาลตำบลบ้านสวน')
      expect(text).toContain('บันทึกรายงานผลการเผยแพร่ข้อมูลผ่านเว็บไซต์')
      // Cells wrap in the PDF's narrow columns: whole rows are checked in the DOCX below.
      expectInOrder(text, ['ชื่อกลุ่มงาน ฝ่ายบริหารงานคลัง', 'วัน/เดือน/ปี', 'ข่าวที่หนึ่ง', 'รายงานจัดซื้อเก่า', 'ข่าวที่สอง', 'สรุปผลการเผยแพร่ข้อมูล'])
      expect(text).toContain('ผู้บริหารยังไม่ได้รับทราบรายงานฉบับนี้')
      expect(text).toMatch(/[๐-๙]{4}/) // Thai numerals, Buddhist-era years

      // One page as an image for a reviewer to look at (kept in test-results/monitoring/).
      execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', path.join(ARTIFACTS, `report-${fiscalYear}-${r}.pdf`), path.join(ARTIFACTS, 'report-page')])
      const png = fs.readdirSync(ARTIFACTS).find((f) => f.startsWith('report-page') && f.endsWith('.png'))
      expect(png).toBeDefined()
      expect(fs.statSync(path.join(ARTIFACTS, png!)).size).toBeGreaterThan(5_000)

      const docx = await webmaster1.download(`/api/monitoring-reports/${fiscalYear}/${r}?format=docx`)
      expect(docx.status).toBe(200)
      expect(docx.type).toContain('wordprocessingml')
      expectInOrder(docxText(docx.bytes), [
        'ชื่อกลุ่มงาน ฝ่ายบริหารงานคลัง',
        'วัน/เดือน/ปี', 'หัวข้อ', 'รายละเอียดโดยสรุปหรือเอกสารแนบ', 'เผยแพร่บนเว็บไซต์ วัน/เดือน/ปี', 'ผู้บริหารรับทราบ',
        'ข่าวที่หนึ่ง', 'รายละเอียดของข่าวที่หนึ่ง', 'เอกสารแนบ: ข่าวที่หนึ่ง.pdf', 'ยังไม่รับทราบ',
        'รายงานจัดซื้อเก่า', 'ข่าวที่สอง', 'สรุปผลการเผยแพร่ข้อมูล', 'รวม',
      ])
      // The unit's summary row, counted by the database: submitted, published, pending, rejected, withdrawn.
      const lines = docxText(docx.bytes).split('\n').map((line) => line.trim())
      const at = lines.indexOf('ฝ่ายบริหารงานคลัง', lines.indexOf('สรุปผลการเผยแพร่ข้อมูล'))
      expect(at, 'the unit in the summary').toBeGreaterThan(0)
      const [submitted, published, ...others] = lines.slice(at + 1, at + 6).map((cell) => Number(cell.replace(/[๐-๙]/g, (d) => String('๐๑๒๓๔๕๖๗๘๙'.indexOf(d)))))
      expect(published).toBeGreaterThanOrEqual(3) // the three items published above
      expect(submitted).toBe(published + others.reduce((a, b) => a + b, 0))
    })

    it('reports on one work group when asked', async () => {
      const other = (await admin.get('/api/units?where[name][equals]=ฝ่ายการโยธา&limit=1')).json.docs[0]
      const text = docxText((await webmaster1.download(`/api/monitoring-reports/${fiscalYear}/${round()}?format=docx&unit=${other.id}`)).bytes)
      expect(text).toContain('ฝ่ายการโยธา')
      expect(text).not.toContain('ข่าวที่หนึ่ง')
    })

    it('is issued by a webmaster once its window opens, and only then acknowledged by the executive', async () => {
      const r = round()
      const issue = () => webmaster1.post(`/api/monitoring-reports/${fiscalYear}/${r}/issue`, {})
      const notIssued = await executive.post(`/api/monitoring-reports/${fiscalYear}/${r}/acknowledge`, {})
      expect(notIssued.status).toBe(409)
      expect(notIssued.json.errors[0].message).toContain('ยังไม่ได้ออก')
      const early = await webmaster1.post(`/api/monitoring-reports/${fiscalYear + 1}/6/issue`, {})
      expect(early.status).toBe(409)
      expect(early.json.errors[0].message).toContain('ยังไม่ถึงช่วงออกรายงาน')
      expect((await owner.post(`/api/monitoring-reports/${fiscalYear}/${r}/issue`, {})).status).toBe(403)
      // The round falls due ten days from now (a setting), so its reporting window is open today.
      const due = new Date(Date.now() + 10 * 86_400_000 + 7 * 3_600_000)
      const setDue = await admin.post('/api/globals/settings', { monitoring: { [`round${r}DueDay`]: due.getUTCDate(), [`round${r}DueMonth`]: String(due.getUTCMonth() + 1) } })
      expect(setDue.status, setDue.text).toBe(200)
      const issued = await issue()
      expect(issued.status, issued.text).toBe(200)
      expect(issued.json.doc).toMatchObject({ fiscalYear, round: String(r), late: false })
      expect((await issue()).status).toBe(409)
      const text = docxText((await webmaster1.download(`/api/monitoring-reports/${fiscalYear}/${r}?format=docx`)).bytes)
      expect(text).toContain('ออกรายงานเมื่อวันที่')
      await smtp.waitFor('executive@khaosan.test', 'รอท่านรับทราบ')
      // A unit head issues the report of their own unit (002 §4.5), not another's; the executive is told which unit's
      // it is, finds it waiting on the first screen with the agency's, and acknowledges it there.
      const idOf = (unit: number | { id: number }) => Number(typeof unit === 'object' ? unit.id : unit)
      const headUnitId = idOf((await head.get('/api/users/me')).json.user.unit)
      const otherUnit = (await admin.get('/api/units?where[name][equals]=ฝ่ายการโยธา&limit=1')).json.docs[0]
      expect((await head.post(`/api/monitoring-reports/${fiscalYear}/${r}/issue`, { unit: otherUnit.id })).status).toBe(403)
      const byHead = await head.post(`/api/monitoring-reports/${fiscalYear}/${r}/issue`, {})
      expect(byHead.status, byHead.text).toBe(200)
      expect(idOf(byHead.json.doc.unit)).toBe(headUnitId)
      await smtp.waitFor('executive@khaosan.test', 'ของฝ่ายบริหารงานคลัง ออกแล้ว รอท่านรับทราบ')
      // The first screen's HTML as rendered, without React's markers between pieces of text.
      const firstScreen = async () => (await executive.get('/admin')).text.replaceAll('<!-- -->', '')
      const unitReport = 'ของฝ่ายบริหารงานคลัง — ออกโดย นางวิไล หัวหน้าฝ่าย'
      const waiting = await firstScreen()
      expect(waiting.includes(unitReport), unitReport).toBe(true)
      expect(waiting.includes('ของหน่วยงาน — ออกโดย นายธนา ผู้ดูแลเว็บไซต์'), 'the agency-wide report').toBe(true)
      const unitAck = await executive.post(`/api/monitoring-reports/${fiscalYear}/${r}/acknowledge`, { unit: headUnitId })
      expect(unitAck.status, unitAck.text).toBe(200)
      expect((await firstScreen()).includes(unitReport), 'acknowledged, no longer waiting').toBe(false)
      // Back to the seed's due dates (28 February, 31 July), which the policy announcement's test reads.
      const restored = await admin.post('/api/globals/settings', { monitoring: { round6DueDay: 28, round6DueMonth: '2', round12DueDay: 31, round12DueMonth: '7' } })
      expect(restored.status, restored.text).toBe(200)
    })

    it('lets only the executive acknowledge; the next rendering shows who, when and the comment', async () => {
      const r = round()
      expect((await webmaster1.post(`/api/monitoring-reports/${fiscalYear}/${r}/acknowledge`, {})).status).toBe(403)
      const ack = await executive.post(`/api/monitoring-reports/${fiscalYear}/${r}/acknowledge`, { comment: 'รับทราบ ให้ดำเนินการต่อ' })
      expect(ack.status, ack.text).toBe(200)
      expect(ack.json.doc).toMatchObject({ byName: 'นายสมศักดิ์ ปลัดเทศบาล', comment: 'รับทราบ ให้ดำเนินการต่อ' })
      const text = pdfText((await webmaster1.download(`/api/monitoring-reports/${fiscalYear}/${r}?format=pdf`)).bytes, `report-${fiscalYear}-${r}-acknowledged`)
      expectInOrder(text, ['ข่าวที่หนึ่ง', 'สรุปผลการเผยแพร่ข้อมูล', 'ผู้บริหารรับทราบ', 'ความเห็น: รับทราบ ให้ดำเนินการต่อ', '(นายสมศักดิ์ ปลัดเทศบาล)'])
      expect(text).not.toContain('ผู้บริหารยังไม่ได้รับทราบรายงานฉบับนี้')
      const docx = docxText((await webmaster1.download(`/api/monitoring-reports/${fiscalYear}/${r}?format=docx`)).bytes)
      expectInOrder(docx, ['ข่าวที่หนึ่ง', 'รับทราบแล้ว', 'ข่าวที่สอง', 'รับทราบแล้ว', 'ความเห็น: รับทราบ ให้ดำเนินการต่อ', '(นายสมศักดิ์ ปลัดเทศบาล)'])
      expect(docx).not.toContain('ยังไม่รับทราบ')
      await smtp.waitFor('webmaster1@khaosan.test', 'นายสมศักดิ์ ปลัดเทศบาล รับทราบรายงานเมื่อ')
    })
  })

  describe('policy announcement', () => {
    it('is generated from the live settings as PDF and DOCX, and follows a change of setting', async () => {
      const pdf = await executive.download('/api/policy-announcement?format=pdf')
      expect(pdf.status).toBe(200)
      const text = pdfText(pdf.bytes, 'policy-announcement')
      expect(text).toContain('ประกาศเทศบาลตำบลบ้านสวน')
      expect(text).toContain('๒๘ กุมภาพันธ์')

      const before = docxText((await executive.download('/api/policy-announcement?format=docx')).bytes)
      expect(before).toContain('เรื่อง แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน')
      expect(before).toContain('ผู้ดูแลเว็บไซต์ ได้แก่ นางสาวกมล ผู้ดูแลเว็บไซต์ และนายธนา ผู้ดูแลเว็บไซต์ มีหน้าที่')
      expect(before).toContain('ไม่เกินไฟล์ละ ๔ MB')
      expect(before).toContain('ข่าวประชาสัมพันธ์')
      expect(before).toContain('(นายสมศักดิ์ ปลัดเทศบาล)')
      const changed = await admin.post('/api/globals/settings', { maxMegabytes: 7, monitoring: { round6DueDay: 15, round6DueMonth: '2' } })
      expect(changed.status, changed.text).toBe(200)
      const after = docxText((await executive.download('/api/policy-announcement?format=docx')).bytes)
      expect(after).toContain('ไม่เกินไฟล์ละ ๗ MB')
      expect(after).toContain('ภายในวันที่ ๑๕ กุมภาพันธ์')
      expect((await anonymous.get('/api/policy-announcement?format=pdf')).status).toBe(401)
      expect((await webmaster1.get('/api/policy-announcement?format=txt')).status).toBe(400)
    })

    it('goes through the normal workflow: a webmaster submits, the agency head whose name it carries approves, another webmaster publishes; MOIT1 is met', async () => {
      expect((await executive.post('/api/policy-announcement/submit', {})).status).toBe(403)
      const submitted = await webmaster1.post('/api/policy-announcement/submit', {})
      expect(submitted.status, submitted.text).toBe(201)
      const request = submitted.json.doc
      expect(request.state).toBe('awaiting-approval')
      expect(request.attachments).toHaveLength(2)
      expect(request.tags).toContain('มาตรการเผยแพร่ข้อมูลต่อสาธารณะ')
      expect(request.agencyHeadApproves).toBe(true)

      // Not the head over the webmasters' unit, whom the approval setting names for their other requests: the agency head.
      const unit = (await admin.get('/api/units?where[name][equals]=งานประชาสัมพันธ์&limit=1')).json.docs[0]
      const created = await admin.post('/api/users', { email: 'pr-head@khaosan.test', password: 'khaosan-demo', name: 'นางสาวปราณี หัวหน้างาน', role: 'head', unit: unit.id, active: true })
      expect(created.status, created.text).toBe(201)
      const prHead = await Client.signIn(system.origin, 'pr-head@khaosan.test')
      expect((await prHead.transition(request.id, 'approve')).status).toBe(403)
      const waiting = await executive.get('/api/publish-requests/waiting')
      expect(waiting.json.docs.map((d: { id: number }) => d.id)).toContain(request.id)
      expect((await executive.transition(request.id, 'approve')).status).toBe(200)
      expect((await webmaster1.transition(request.id, 'publish')).status).toBe(403) // not one's own
      const published = await webmaster2.transition(request.id, 'publish')
      expect(published.status, published.text).toBe(200)

      const moit = await webmaster1.get(`/api/compliance/moit/${fiscalYear}`)
      const moit1 = moit.json.indicators.find((i: { code: string }) => i.code === 'MOIT1')
      expect(moit1.status).toBe('met')
      expect(moit1.evidence.map((e: { url: string }) => e.url)).toContain(published.json.doc.publicUrl)
    })
  })

  describe('link and file checker', () => {
    it('finds broken links and missing files with the page they are on, and not the working ones', async () => {
      const broken = await publish('ลิงก์เสีย', 'links', { linkUrl: `${linkOrigin}/gone` })
      const working = await publish('ลิงก์ใช้ได้', 'links', { linkUrl: `${linkOrigin}/ok` })
      const lost = await publish('ไฟล์หาย', 'news')
      fs.rmSync(path.join(system.dataDir, 'uploads', lost.attachment.filename))
      // Tests reach no outside host: items (e.g. demo data) linking anywhere but 127.0.0.1 leave the site first.
      const onSite = (await webmaster1.get('/api/publish-requests?where[state][equals]=published&limit=500&depth=0')).json.docs
      for (const item of onSite as Array<{ id: number; linkUrl?: string; summary?: string }>) {
        const urls = [item.linkUrl ?? '', ...(item.summary?.match(/https?:\/\/\S+/g) ?? [])].filter(Boolean)
        if (urls.some((url) => !url.startsWith('http://127.0.0.1:'))) {
          expect((await webmaster1.transition(item.id, 'unpublish', { reason: 'ทดสอบ: ลิงก์ภายนอก' })).status).toBe(200)
        }
      }

      expect((await executive.post('/api/link-checks/start', {})).status).toBe(403)
      const started = await webmaster1.post('/api/link-checks/start', {})
      expect(started.status, started.text).toBe(202)
      let check = started.json.doc
      const deadline = Date.now() + 90_000
      while (!['done', 'failed'].includes(check.status) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 500))
        check = (await webmaster1.get(`/api/link-checks/${check.id}`)).json
      }
      expect(check.status).toBe('done')
      expect(check.checked).toBe(check.total)
      expect(check.total).toBeGreaterThanOrEqual(3)
      const problems = check.problems.map((p: { page: string; link: string; problem: string }) => ({ page: p.page, link: p.link, problem: p.problem }))
      expect(problems).toContainEqual({ page: broken.url, link: `${linkOrigin}/gone`, problem: 'ลิงก์เสีย: ตอบกลับด้วยรหัส 404' })
      expect(problems.find((p: { page: string }) => p.page === lost.url)?.problem).toContain('ไม่พบไฟล์')
      expect(problems.find((p: { page: string }) => p.page === working.url)).toBeUndefined()
    })
  })

  describe('dashboard and monitoring page', () => {
    /** An admin page's server-rendered HTML, without React's text separators. */
    const page = async (client: Client, path = '/admin') => (await client.get(path)).text.replaceAll('<!-- -->', '')

    it('shows the executive the rounds and the scores on the first screen, and everything on the monitoring page; not data owners', async () => {
      const html = await page(executive)
      expect(html).toContain(`การกำกับติดตามการเผยแพร่ข้อมูล ปีงบประมาณ ${fiscalYear}`)
      expect(html).toContain('รับทราบแล้ว โดย นายสมศักดิ์ ปลัดเทศบาล')
      expect(html).toContain(`ปีงบประมาณ ${fiscalYear - 1}`) // last year's score beside this year's
      // A municipality is not assessed on MOPH's MOIT; a health office is (the agency's type, a setting).
      const moit = 'href="/admin/monitoring#set-moit"'
      expect(html).toContain('href="/admin/monitoring#set-ita"')
      expect(html).not.toContain(moit)
      expect((await admin.post('/api/globals/settings', { agencyType: 'moph' })).status).toBe(200)
      expect(await page(executive)).toContain(moit)
      expect((await admin.post('/api/globals/settings', { agencyType: 'local-government' })).status).toBe(200)
      expect(await page(executive)).not.toContain(moit)
      const monitoring = await page(executive, '/admin/monitoring')
      expect(monitoring).toContain(`/api/compliance/ita/${fiscalYear}/export?format=xlsx`)
      expect(monitoring).toContain('/api/policy-announcement?format=docx')
      expect(monitoring).toContain('ข่าวที่หนึ่ง')
      expect(monitoring).toContain('ผลการดำเนินงานรายหน่วยงาน')
      expect(monitoring).toContain('กองคลัง')
      expect(await page(owner)).not.toContain('การกำกับติดตามการเผยแพร่ข้อมูล ปีงบประมาณ')
      expect(await page(owner, '/admin/monitoring')).toContain('หน้านี้สำหรับหัวหน้าหน่วยงาน ผู้ดูแลเว็บไซต์ และผู้บริหาร')
    })

    it('links each indicator not met to a new request in its category with its tag, which the create form fills in', async () => {
      const monitoring = await page(webmaster1, '/admin/monitoring')
      const fix = /href="(\/admin\/collections\/publish-requests\/create\?category=C\d+[^"]*)"/.exec(monitoring)
      expect(fix, 'a fix link').not.toBeNull()
      const address = fix![1].replaceAll('&amp;', '&')
      const code = new URL(address, system.origin).searchParams.get('category')!
      const form = await page(owner, address)
      const category = (await anonymous.get(`/api/categories?where[code][equals]=${code}`)).json.docs[0]
      expect(form).toContain(category.title)
      // A link for an indicator counted by a tag carries it, and the form starts with that tag (not with any tag).
      const tagged = [...monitoring.matchAll(/href="(\/admin\/collections\/publish-requests\/create\?[^"]*tag=[^"]+)"/g)].map((m) => new URL(m[1].replaceAll('&amp;', '&'), system.origin))
      const blank = await page(owner, '/admin/collections/publish-requests/create')
      const link = tagged.find((url) => !blank.includes(url.searchParams.get('tag')!))
      expect(link, 'a fix link with a tag that a blank form does not show').toBeDefined()
      expect(await page(owner, link!.pathname + link!.search)).toContain(link!.searchParams.get('tag'))
    })

    it('lets a webmaster fill in a placeholder indicator from the monitoring page, which is scored from then on', async () => {
      expect(await page(webmaster1, '/admin/monitoring')).toContain('กรอกรายละเอียดตัวชี้วัด O7')
      const o7 = async () => ((await webmaster1.get(`/api/compliance/ita/${fiscalYear}`)).json.indicators as { code: string; status: string; title: string }[]).find((i) => i.code === 'O7')!
      expect((await o7()).status).toBe('unspecified')
      const fill = (who: Client, body: Record<string, unknown>) => who.post('/api/indicator-sets/fill', { set: 'ita', fiscalYear, code: 'O7', ...body })
      expect((await fill(owner, { title: 'การเปิดโอกาสให้เกิดการมีส่วนร่วม', category: 'C18' })).status).toBe(403)
      const refused = await fill(webmaster1, { title: 'การเปิดโอกาสให้เกิดการมีส่วนร่วม', category: 'C7' })
      expect(refused.status).toBe(400)
      expect(refused.json.errors[0].message).toContain('ไม่รับคำขอเผยแพร่')
      const filled = await fill(webmaster1, { title: 'การเปิดโอกาสให้เกิดการมีส่วนร่วม', category: 'C18' })
      expect(filled.status, filled.text).toBe(200)
      expect(await o7()).toMatchObject({ title: 'การเปิดโอกาสให้เกิดการมีส่วนร่วม', status: expect.stringMatching(/^(met|missing|stale)$/) })
      expect((await fill(webmaster1, { title: 'อีกครั้ง', category: 'C18' })).json.errors[0].message).toContain('ไม่ใช่ข้อที่รอหน่วยงานกรอก')
    })
  })

  describe('the measure reviewed every year (003 §4.3)', () => {
    it('is recorded by a webmaster with what changed and why, acknowledged by the executive, and shown on the website policy page as MOIT1 evidence', async () => {
      const url = `/api/rule-reviews/${fiscalYear}`
      expect((await executive.post(`${url}/acknowledge`, {})).status).toBe(409) // nothing reviewed yet
      expect((await owner.post(`${url}/review`, { outcome: 'unchanged', reasons: 'x' })).status).toBe(403)
      const missing = await webmaster1.post(`${url}/review`, { outcome: 'changed', reasons: 'ข้อมูลเปิด' })
      expect(missing.status).toBe(400)
      expect(missing.json.errors[0].message).toBe('กรุณาระบุสิ่งที่ปรับปรุง')
      const reviewed = await webmaster1.post(`${url}/review`, { outcome: 'changed', changes: 'เพิ่มไฟล์ ODS และ CSV ในหมวดข้อมูลเปิดภาครัฐ', reasons: 'ให้สอดคล้องกับมาตรฐานข้อมูลเปิด' })
      expect(reviewed.status, reviewed.text).toBe(201)
      expect((await webmaster2.post(`${url}/review`, { outcome: 'unchanged', reasons: 'ซ้ำ' })).status).toBe(409)
      expect((await anonymous.get('/policies/website')).text).not.toContain('เพิ่มไฟล์ ODS') // not until acknowledged
      const acknowledged = await executive.post(`${url}/acknowledge`, { comment: 'รับทราบ' })
      expect(acknowledged.status, acknowledged.text).toBe(200)
      expect((await executive.post(`${url}/acknowledge`, {})).status).toBe(409)
      await expect.poll(async () => (await anonymous.get('/policies/website')).text, { timeout: 10_000 }).toContain('เพิ่มไฟล์ ODS และ CSV')
      const moit = await webmaster1.get(`/api/compliance/moit/${fiscalYear}`)
      const moit1 = moit.json.indicators.find((i: { code: string }) => i.code === 'MOIT1')
      expect(moit1.evidence.map((e: { url: string }) => e.url)).toContain(`${system.origin}/policies/website#review`)
    })
  })

  describe('the agency’s own pages go through approval (000 §3.2.1)', () => {
    it('keeps a webmaster’s change as a draft until the executive approves it, tells the approver, and records who approved what', async () => {
      const before = (await anonymous.get('/agency')).text
      expect(before).not.toContain('วิสัยทัศน์ฉบับทบทวนใหม่')
      const refused = await webmaster1.post('/api/globals/agency-profile', { vision: 'วิสัยทัศน์ฉบับทบทวนใหม่' })
      expect(refused.status).toBe(403)
      expect(refused.json.errors[0].message).toContain('ต้องได้รับอนุมัติ')
      const drafted = await webmaster1.post('/api/globals/agency-profile?draft=true', { vision: 'วิสัยทัศน์ฉบับทบทวนใหม่' })
      expect(drafted.status, drafted.text).toBe(200)
      expect((await anonymous.get('/agency')).text).not.toContain('วิสัยทัศน์ฉบับทบทวนใหม่')
      await expect.poll(async () => (await executive.get('/api/notifications?limit=50')).json.docs.map((n: { title: string }) => n.title), { timeout: 10_000 }).toContain('มีการแก้ไขข้อมูลหน่วยงาน รอท่านอนุมัติ')
      expect((await owner.post('/api/globals/agency-profile?draft=true', { vision: 'ไม่ใช่หน้าที่' })).status).toBe(403)
      const latestDraft = (await executive.get('/api/globals/agency-profile?draft=true')).json
      const approved = await executive.post('/api/globals/agency-profile', { ...latestDraft, _status: 'published' })
      expect(approved.status, approved.text).toBe(200)
      await expect.poll(async () => (await anonymous.get('/agency')).text, { timeout: 10_000 }).toContain('วิสัยทัศน์ฉบับทบทวนใหม่')
      const history = (await webmaster1.get('/api/agency-page-approvals?where[page][equals]=agency-profile')).json.docs
      expect(history[0]).toMatchObject({ changedFields: 'วิสัยทัศน์', proposedByName: 'นายธนา ผู้ดูแลเว็บไซต์', approvedByName: 'นายสมศักดิ์ ปลัดเทศบาล' })
      // The year's report (not issued yet, so up to now) says what changed on the agency's pages, who proposed it
      // and who approved it. (The current round's report was issued earlier in this file: its list stopped then.)
      const report = docxText((await executive.download(`/api/monitoring-reports/${fiscalYear}/12?format=docx`)).bytes)
      expectInOrder(report, ['การแก้ไขหน้าข้อมูลหน่วยงานบนเว็บไซต์', 'ข้อมูลหน่วยงาน', 'วิสัยทัศน์', 'นายธนา ผู้ดูแลเว็บไซต์', 'นายสมศักดิ์ ปลัดเทศบาล'])
    })
  })

  describe('warnings', () => {
    it('warns of items leaving the site within 7 days and of fewer than two active webmasters', async () => {
      await publish('ประกาศใกล้หมดเวลา', 'news', { publishUntil: new Date(Date.now() + 3 * 86_400_000).toISOString() })
      const first = await executive.get('/api/monitoring-warnings')
      expect(first.status).toBe(200)
      const kinds = first.json.warnings.map((w: { kind: string }) => w.kind)
      expect(kinds).toContain('expiring-soon')
      expect(kinds).not.toContain('webmaster-shortage')
      expect(first.json.warnings.find((w: { kind: string }) => w.kind === 'expiring-soon').message).toContain('ประกาศใกล้หมดเวลา')

      const me = (await webmaster2.get('/api/users/me')).json.user
      expect((await admin.request('PATCH', `/api/users/${me.id}`, { active: false })).status).toBe(200)
      const after = await executive.get('/api/monitoring-warnings')
      expect(after.json.warnings.map((w: { kind: string }) => w.kind)).toContain('webmaster-shortage')
    })
  })
})

describe('indicator sets as data in the admin', () => {
  let system: RunningSystem
  let admin: Client, webmaster: Client

  beforeAll(async () => {
    system = await startSystem({ database: 'sqlite', env: { KHAOSAN_DEMO: 'on' } })
    ;[admin, webmaster] = await Promise.all(['admin', 'webmaster1'].map((who) => Client.signIn(system.origin, `${who}@khaosan.test`)))
  })
  afterAll(async () => {
    await system?.stop()
  })

  it('are seeded from the bundled files on first start', async () => {
    const sets = await webmaster.get('/api/indicator-sets?limit=100&depth=0')
    expect(sets.status).toBe(200)
    const names = sets.json.docs.map((d: { set: string; fiscalYear: number | null }) => `${d.set}-${d.fiscalYear ?? 'all'}`).sort()
    expect(names).toEqual(['gws-all', 'ita-2568', 'ita-2569', 'moit-2568', 'moit-2569', 'oia-all'])
  })

  it('copy forward to a new year (admin only, once), then the evaluator uses the edited copy', async () => {
    const ita = (await admin.get('/api/indicator-sets?where[set][equals]=ita&where[fiscalYear][equals]=2569&depth=0')).json.docs[0]
    expect((await webmaster.post(`/api/indicator-sets/${ita.id}/copy-forward`, {})).status).toBe(403)
    const copied = await admin.post(`/api/indicator-sets/${ita.id}/copy-forward`, {})
    expect(copied.status, copied.text).toBe(201)
    expect(copied.json.doc.fiscalYear).toBe(2570)
    expect(copied.json.doc.source).toContain('คัดลอกจากชุดตัวชี้วัดปี 2569')
    const again = await admin.post(`/api/indicator-sets/${ita.id}/copy-forward`, {})
    expect(again.status).toBe(400)
    expect(again.json.errors[0].message).toContain('มีชุดตัวชี้วัด')

    const indicators = copied.json.doc.indicators.map((i: { code: string; title: string }) => (i.code === 'O4' ? { ...i, title: 'ข่าวประชาสัมพันธ์ (ปี 2570)' } : i))
    expect((await admin.request('PATCH', `/api/indicator-sets/${copied.json.doc.id}`, { indicators })).status).toBe(200)
    const result = await webmaster.get('/api/compliance/ita/2570')
    expect(result.json.carriedFrom).toBeNull()
    expect(result.json.indicators.find((i: { code: string }) => i.code === 'O4').title).toBe('ข่าวประชาสัมพันธ์ (ปี 2570)')
  })

  it('refuses an invalid edit or import with Thai messages naming the field', async () => {
    const moit = (await admin.get('/api/indicator-sets?where[set][equals]=moit&where[fiscalYear][equals]=2569&depth=0')).json.docs[0]
    const broken = moit.indicators.map((i: object, n: number) => (n === 0 ? { ...i, currency: { kind: 'weekly' } } : i))
    const edit = await admin.request('PATCH', `/api/indicator-sets/${moit.id}`, { indicators: broken })
    expect(edit.status).toBe(400)
    expect(edit.text).toContain('indicators[0].currency.kind')
    const imported = await admin.post('/api/indicator-sets/import', { set: 'ita', fiscalYear: 2026, title: 'ชุดใหม่', source: 'ทดสอบ', indicators: [] })
    expect(imported.status).toBe(400)
    expect(imported.text).toContain('ปีพุทธศักราช 2569')
    const good = await admin.post('/api/indicator-sets/import', { set: 'ita', fiscalYear: 2571, title: 'ITA 2571', source: 'ทดสอบ', indicators: [{ code: 'O1', title: 'โครงสร้าง', categories: ['C1'], currency: { kind: 'current' } }] })
    expect(good.status, good.text).toBe(201)
    expect((await webmaster.get('/api/compliance/ita/2571')).json.indicators).toHaveLength(1)
  })
})
