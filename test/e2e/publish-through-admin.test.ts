/**
 * End to end in Chromium at 1366 px, using only what the screens offer: a data owner files a procurement
 * announcement (picked from the grouped categories, a PDF attached on the form), the head approves, the division
 * head endorses (procurement), a webmaster publishes, a citizen reads and downloads it; then the round's report is
 * issued by a webmaster and acknowledged by the executive, each from their first screen. Screenshots of every
 * step are kept in test-results/walk/.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatDateInput } from '@/domain/thai/date-input'
import { thaiMonthYear } from '@/domain/thai/months'
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

    // The round's report: due ten days from now (a setting, so the reporting window is open), issued by a
    // webmaster from the first screen, then acknowledged by the executive from theirs, confirmed.
    const { round } = currentRound(new Date())
    const admin = await Client.signIn(system.origin, 'admin@khaosan.test')
    const due = new Date(Date.now() + 10 * 86_400_000 + 7 * 3_600_000)
    expect((await admin.post('/api/globals/settings', { monitoring: { [`round${round}DueDay`]: due.getUTCDate(), [`round${round}DueMonth`]: String(due.getUTCMonth() + 1) } })).status).toBe(200)
    await webmaster.goto(`${system.origin}/admin`)
    const webmasterRow = webmaster.locator('.khaosan-monitoring tr', { hasText: `รอบ ${round} เดือน` })
    await webmasterRow.getByRole('button', { name: 'ออกรายงาน' }).click()
    await expect.poll(() => webmaster.locator('.khaosan-monitoring tr', { hasText: `รอบ ${round} เดือน` }).textContent(), { timeout: 30_000 }).toContain('ออกรายงานแล้ว')

    const executive = await signInToAdmin(browser, system.origin, 'executive@khaosan.test')
    const row = () => executive.locator('.khaosan-monitoring tr', { hasText: `รอบ ${round} เดือน` })
    await expect.poll(() => row().textContent(), { timeout: 30_000 }).toContain('ยังไม่รับทราบ')
    await shot(executive, '09-executive-first-screen')
    await row().getByRole('button', { name: 'รับทราบรายงาน' }).click()
    await row().locator('textarea').fill('รับทราบ ขอให้เผยแพร่ข้อมูลให้ครบทุกหมวด')
    await row().getByRole('button', { name: 'ยืนยันรับทราบรายงาน' }).click()
    await expect.poll(() => row().textContent(), { timeout: 30_000 }).toContain('รับทราบแล้ว โดย นายสมศักดิ์ ปลัดเทศบาล')
    expect(await row().textContent()).toContain('ขอให้เผยแพร่ข้อมูลให้ครบทุกหมวด')
    expect(await row().getByRole('button', { name: 'รับทราบรายงาน' }).count()).toBe(0)
    await shot(executive, '10-executive-acknowledged')
  })
})
