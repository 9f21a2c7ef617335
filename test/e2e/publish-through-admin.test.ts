/**
 * End to end in Chromium at 1366 px, using only what the screens offer: a data owner files a procurement
 * announcement (picked from the grouped categories, a PDF attached on the form), the head approves, the division
 * head endorses (procurement), a webmaster publishes, a citizen reads and downloads it; then the round's report is
 * issued by a webmaster and acknowledged by the executive, each from their first screen; and a webmaster's draft of
 * the agency profile is approved by the executive from theirs. Screenshots of every step are kept in test-results/walk/.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatDateInput } from '@/domain/thai/date-input'
import { THAI_MONTH_NAMES, thaiMonthYear } from '@/domain/thai/months'
import { bangkokDay, toBuddhistYear } from '@/domain/thai/calendar'
import { thaiDate } from '@/domain/thai/format'
import { currentRound } from '@/domain/reports/rounds'
import { Client } from '../support/api'
import { launchBrowser, signInToAdmin } from '../support/browser'
import { pdfBytes } from '../support/files'
import { startSystem, type RunningSystem } from '../support/server'

const SHOTS = 'test-results/walk'

describe('a request’s whole way through the admin', () => {
  let system: RunningSystem
  let browser: Browser
  beforeAll(async () => {
    ;[system, browser] = await Promise.all([startSystem({ database: 'sqlite' }), launchBrowser()])
    fs.mkdirSync(SHOTS, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
    await system?.stop()
  })

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })

  /** The person's first screen lists the request as waiting for them; they open it from there. */
  async function openFromFirstScreen(page: Page, title: string) {
    await expect.poll(() => page.textContent('.khaosan-waiting'), { timeout: 30_000 }).toContain(title)
    await page.click(`.khaosan-waiting a:has-text("${title}")`)
    await page.waitForSelector('[data-testid=request-state]', { timeout: 60_000 })
  }

  /** Takes a workflow action, confirmed with a comment. */
  async function act(page: Page, label: string, comment: string, stateAfter: string) {
    await page.click(`.khaosan-workflow__buttons button:has-text("${label}")`)
    await page.fill('textarea[name=reason]', comment)
    await page.click(`button:has-text("ยืนยัน: ${label}")`)
    await page.waitForSelector(`[data-testid=request-state]:has-text("${stateAfter}")`, { timeout: 60_000 })
  }

  it('owner files, head approves, division head endorses, webmaster publishes, citizen reads, executive acknowledges the report', async () => {
    const title = 'ประกาศจัดซื้อครุภัณฑ์สำนักงาน ประจำปีงบประมาณ 2570'
    const owner = await signInToAdmin(browser, system.origin, 'owner@khaosan.test')
    await shot(owner, '01-owner-first-screen')
    await owner.click('a:has-text("ยื่นคำขอเผยแพร่ใหม่")')
    await owner.waitForSelector('#field-title')
    await owner.fill('#field-title', title)
    await owner.fill('#field-summary', 'ประกาศจัดซื้อครุภัณฑ์สำนักงาน จำนวน ๕ รายการ ด้วยวิธีเฉพาะเจาะจง')
    await owner.fill('#field-sourceOwner', 'กองคลัง เทศบาลตำบลบ้านสวน')
    // Categories are grouped as the agency's work is; procurement under plans, budget and procurement.
    await owner.click('#field-category .rs__control')
    expect(await owner.locator('.rs__group-heading').allTextContents()).toContain('แผน งบประมาณ และการจัดซื้อจัดจ้าง')
    await owner.click('.rs__option:has-text("การจัดซื้อจัดจ้างและการเงินการคลัง")')
    expect(await owner.textContent('#field-category')).toContain('หมวดนี้สำหรับ')
    // The data's date range is required (000 §3.2), typed in the Buddhist era; a common-era year is refused in Thai.
    const today = formatDateInput(new Date(), false)
    await owner.fill('#field-coverageFrom input', '1/12/2026')
    expect(await owner.textContent('#field-coverageFrom')).toContain('ปีพุทธศักราช 2569')
    await owner.fill('#field-coverageFrom input', today)
    // Or picked from a month calendar headed in the Buddhist era, each day named in full for screen readers.
    await owner.click('#field-coverageTo button:has-text("เลือกจากปฏิทิน")')
    const calendar = owner.locator('#field-coverageTo [role=dialog]')
    expect(await calendar.getAttribute('aria-label')).toBe(`เลือกวันที่ ${thaiMonthYear(bangkokDay(new Date()))}`)
    expect(await calendar.textContent()).toContain(String(toBuddhistYear(bangkokDay(new Date()).year)))
    await shot(owner, '02-owner-month-calendar')
    await calendar.locator(`button[aria-label="${thaiDate(new Date())}"]`).click()
    expect(await owner.inputValue('#field-coverageTo input')).toBe(today)
    expect(await owner.locator('#field-coverageTo [role=dialog]').count()).toBe(0)
    // A file attached right on the form: checked and listed with its type and size, no drawer.
    const pdf = path.join(system.dataDir, 'ประกาศจัดซื้อ.pdf')
    fs.writeFileSync(pdf, pdfBytes('ประกาศจัดซื้อครุภัณฑ์สำนักงาน'))
    await owner.setInputFiles('#field-attachments input[type=file]', pdf)
    await expect.poll(() => owner.textContent('#field-attachments'), { timeout: 60_000 }).toMatch(/ประกาศจัดซื้อ.*\.pdf\s*PDF/)
    expect(await owner.textContent('#action-save')).toContain('ส่งคำขอ')
    expect(await owner.textContent('#action-save-draft')).toContain('บันทึกร่าง')
    await shot(owner, '02-owner-request-form')
    await owner.click('#action-save')
    await owner.waitForURL(/\/admin\/collections\/publish-requests\/\d+$/, { timeout: 60_000 })
    const id = /\/(\d+)$/.exec(owner.url())![1]
    await expect.poll(() => owner.inputValue('#field-coverageFrom input')).toBe(today)
    await shot(owner, '03-owner-submitted')

    const head = await signInToAdmin(browser, system.origin, 'head@khaosan.test')
    await shot(head, '04-head-first-screen')
    await openFromFirstScreen(head, title)
    await act(head, 'อนุมัติ', 'ตรวจสอบแล้ว เผยแพร่ได้', 'รอหัวหน้ากองรับรอง')

    const division = await signInToAdmin(browser, system.origin, 'division@khaosan.test')
    await openFromFirstScreen(division, title)
    await shot(division, '05-division-request')
    await act(division, 'หัวหน้ากองรับรอง', 'เป็นไปตามระเบียบพัสดุ', 'รอผู้ดูแลเว็บไซต์เผยแพร่')

    const webmaster = await signInToAdmin(browser, system.origin, 'webmaster1@khaosan.test')
    await shot(webmaster, '06-webmaster-first-screen')
    await openFromFirstScreen(webmaster, title)
    await act(webmaster, 'เผยแพร่บนเว็บไซต์', 'ตรวจความครบถ้วนแล้ว', 'เผยแพร่แล้ว')
    // The timeline says who did what, in what role, when (พ.ศ.), with each comment.
    const timeline = await webmaster.textContent('.khaosan-timeline')
    for (const said of ['ตรวจสอบแล้ว เผยแพร่ได้', 'เป็นไปตามระเบียบพัสดุ', 'ตรวจความครบถ้วนแล้ว', '(หัวหน้าหน่วยงานระดับกอง)']) expect(timeline).toContain(said)
    expect(timeline).toMatch(/25\d\d เวลา/)
    // Who asked for it (name, position, unit), and the item on the public site, a link once published.
    expect(await webmaster.textContent('[data-testid=requester]')).toMatch(/นางสาวสุดา เจ้าของข้อมูล.*นักวิชาการเงินและบัญชี.*ฝ่ายบริหารงานคลัง/)
    expect(await webmaster.locator(`.khaosan-workflow a[href$="/procurement/${id}"]`).count()).toBe(1)
    await shot(webmaster, '07-webmaster-published')

    const citizen = await browser.newPage()
    await citizen.goto(`${system.origin}/procurement`)
    await citizen.click(`a:has-text("${title}")`)
    await expect.poll(() => citizen.textContent('h1')).toBe(title)
    expect(citizen.url()).toBe(`${system.origin}/procurement/${id}`)
    expect(await citizen.textContent('[data-field=source]')).toBe('กองคลัง เทศบาลตำบลบ้านสวน')
    expect(await citizen.textContent('[data-field=published]')).toMatch(/25\d\d$/)
    const [download] = await Promise.all([citizen.waitForEvent('download'), citizen.click('[data-attachment] a')])
    expect(download.suggestedFilename()).toMatch(/\.pdf$/)
    await shot(citizen, '08-citizen-item')

    // The round's report: due ten days from now (the administrator sets it on the settings screen, so the reporting
    // window is open), issued by a webmaster from the first screen, then acknowledged by the executive from the
    // list of what waits for them, confirmed.
    const { round } = currentRound(new Date())
    const due = new Date(Date.now() + 10 * 86_400_000 + 7 * 3_600_000)
    const admin = await signInToAdmin(browser, system.origin, 'admin@khaosan.test')
    await admin.goto(`${system.origin}/admin/globals/settings`)
    await admin.fill(`#field-monitoring__round${round}DueDay`, String(due.getUTCDate()))
    await admin.click(`#field-monitoring__round${round}DueMonth .rs__control`)
    await admin.click(`.rs__option:text-is("${THAI_MONTH_NAMES[due.getUTCMonth()]}")`)
    await admin.click('#action-save')
    await expect.poll(async () => (await Client.signIn(system.origin, 'owner@khaosan.test').then((c) => c.get('/api/globals/settings'))).json.monitoring?.[`round${round}DueDay`], { timeout: 30_000 }).toBe(due.getUTCDate())
    await webmaster.goto(`${system.origin}/admin`)
    const webmasterRow = webmaster.locator('.khaosan-monitoring tr', { hasText: `รอบ ${round} เดือน` })
    await webmasterRow.getByRole('button', { name: 'ออกรายงาน' }).click()
    await expect.poll(() => webmaster.locator('.khaosan-monitoring tr', { hasText: `รอบ ${round} เดือน` }).textContent(), { timeout: 30_000 }).toContain('ออกรายงานแล้ว')

    const executive = await signInToAdmin(browser, system.origin, 'executive@khaosan.test')
    const row = () => executive.locator('.khaosan-monitoring tr', { hasText: `รอบ ${round} เดือน` })
    await expect.poll(() => row().textContent(), { timeout: 30_000 }).toContain('ยังไม่รับทราบ')
    // The issued report is what waits for the executive, first on their screen, with the report to read.
    const waiting = executive.locator('.khaosan-waiting .khaosan-report-waiting', { hasText: `รอบ ${round} เดือน` })
    expect(await waiting.textContent()).toContain('ออกโดย นายธนา ผู้ดูแลเว็บไซต์')
    expect(await executive.textContent('#khaosan-waiting-title')).not.toContain('(0)')
    await shot(executive, '09-executive-first-screen')
    await waiting.getByRole('button', { name: 'รับทราบรายงาน' }).click()
    await waiting.locator('textarea').fill('รับทราบ ขอให้เผยแพร่ข้อมูลให้ครบทุกหมวด')
    await waiting.getByRole('button', { name: 'ยืนยันรับทราบรายงาน' }).click()
    await expect.poll(() => row().textContent(), { timeout: 30_000 }).toContain('รับทราบแล้ว โดย นายสมศักดิ์ ปลัดเทศบาล')
    expect(await row().textContent()).toContain('ขอให้เผยแพร่ข้อมูลให้ครบทุกหมวด')
    expect(await row().getByRole('button', { name: 'รับทราบรายงาน' }).count()).toBe(0)
    expect(await executive.locator('.khaosan-report-waiting').count()).toBe(0)
    await shot(executive, '10-executive-acknowledged')

    // The agency's own pages go through approval too: a webmaster saves a change to the profile as a draft; the
    // executive finds it waiting on the first screen, opens the page from there (the webmaster still on it: no lock
    // stands in the way) and publishes it; then the site shows it.
    const fax = '0 4321 9999'
    await webmaster.goto(`${system.origin}/admin/globals/agency-profile`)
    await webmaster.click('button:has-text("ติดต่อ")')
    await webmaster.fill('#field-fax', fax)
    await webmaster.click('#action-save-draft')
    await expect.poll(() => webmaster.textContent('.khaosan-awaits-approval'), { timeout: 30_000 }).toContain('รอผู้อนุมัติเผยแพร่')
    expect(await (await fetch(`${system.origin}/agency`)).text()).not.toContain(fax)
    await executive.goto(`${system.origin}/admin`)
    await expect.poll(() => executive.textContent('.khaosan-waiting'), { timeout: 30_000 }).toContain('การแก้ไขข้อมูลหน่วยงาน')
    await executive.click('.khaosan-waiting a:has-text("การแก้ไขข้อมูลหน่วยงาน")')
    await executive.waitForSelector('#action-save', { timeout: 60_000 })
    // Beside the page: what the draft changes and who proposed it.
    expect(await executive.textContent('[data-testid=pending-draft]')).toMatch(/โทรสาร.*เสนอโดย นายธนา ผู้ดูแลเว็บไซต์/)
    await executive.click('button:has-text("ติดต่อ")')
    expect(await executive.inputValue('#field-fax')).toBe(fax)
    await shot(executive, '11-executive-agency-page-draft')
    await executive.click('#action-save')
    await expect.poll(async () => (await fetch(`${system.origin}/agency`)).text(), { timeout: 30_000 }).toContain(fax)
    await executive.goto(`${system.origin}/admin`)
    await expect.poll(() => executive.textContent('.khaosan-waiting'), { timeout: 30_000 }).not.toContain('การแก้ไขข้อมูลหน่วยงาน')
  })
})
