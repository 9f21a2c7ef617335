/**
 * A complaint end to end in Chromium, using only what the screens offer: a citizen on a 360 px phone files it on
 * the public form (no account), lands on its status page with the tracking code; the officer designated for
 * general complaints (1366 px) opens it in the admin, passes it to a unit and answers it; the citizen opens the
 * status page again and reads the answer, then rates the handling once the officer closes it. Screenshots are
 * kept in test-results/complaints/.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, signInToAdmin } from '../support/browser'
import { startSystem, type RunningSystem } from '../support/server'
import { pdfBytes } from '../support/files'

const SHOTS = 'test-results/complaints'

describe('a complaint from a citizen’s phone to the agency’s answer', () => {
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

  /** A step on the complaint's page in the admin, confirmed with its note. */
  async function act(page: Page, label: string, note: string, stateAfter: string, unit?: string) {
    await page.click(`.khaosan-workflow__buttons button:has-text("${label}")`)
    if (unit) await page.selectOption('select[name=unit]', { label: unit })
    await page.fill('textarea[name=reason]', note)
    await page.click(`button:has-text("ยืนยัน: ${label}")`)
    await page.waitForSelector(`[data-testid=complaint-state]:has-text("${stateAfter}")`, { timeout: 60_000 })
  }

  it('is filed on the phone, handled in the admin, and answered where the citizen follows it', async () => {
    const topic = 'ฝาท่อระบายน้ำหายหน้าโรงเรียน'
    const phone = await (await browser.newContext({ locale: 'th-TH', viewport: { width: 360, height: 780 } })).newPage()
    await phone.goto(`${system.origin}/complaints`)
    await phone.fill('#complaint-topic', topic)
    await phone.fill('#complaint-details', 'ฝาท่อหายไปสองฝา เด็กนักเรียนเดินผ่านทุกเช้า อันตรายมาก')
    await phone.fill('#complaint-place', 'หน้าโรงเรียนบ้านสวน')
    await phone.check('#complaint-consent')
    await shot(phone, '01-citizen-form-360')
    await phone.click('button:has-text("ส่งเรื่องร้องเรียน")')
    await phone.waitForURL(/\/track\/G\d{4}-/)
    const code = /\/track\/([^?]+)/.exec(phone.url())![1]
    expect(await phone.textContent('[role=status]')).toContain(code)
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    await shot(phone, '02-citizen-status-360')

    const officer = await signInToAdmin(browser, system.origin, 'webmaster1@khaosan.test')
    await officer.setViewportSize({ width: 1366, height: 900 })
    await officer.goto(`${system.origin}/admin/collections/complaints`)
    await officer.click(`tr:has-text("${topic}") a >> nth=0`)
    await officer.waitForSelector('[data-testid=complaint-state]')
    await shot(officer, '03-officer-complaint-1366')
    await act(officer, 'ส่งหน่วยงานที่รับผิดชอบ', 'ตรวจสอบและติดตั้งฝาท่อทดแทนโดยด่วน', 'ส่งหน่วยงานที่รับผิดชอบแล้ว', 'ฝ่ายการโยธา')
    await act(officer, 'ตอบผู้ร้อง', 'กองช่างติดตั้งฝาท่อใหม่ทั้งสองจุดแล้วเมื่อเช้านี้', 'ตอบผู้ร้องแล้ว')
    await act(officer, 'ยุติเรื่อง (แก้ไขแล้ว)', '', 'ยุติเรื่อง')
    await shot(officer, '04-officer-closed-1366')

    await phone.goto(`${system.origin}/track/${code}`)
    const status = await phone.textContent('main')
    expect(status).toContain('กองช่างติดตั้งฝาท่อใหม่ทั้งสองจุดแล้วเมื่อเช้านี้')
    expect(status).not.toContain('ตรวจสอบและติดตั้งฝาท่อทดแทนโดยด่วน') // the note to the unit stays inside
    await phone.check('input[name=rating][value="5"]')
    await phone.click('button:has-text("ส่งผลประเมิน")')
    await phone.waitForSelector('text=ท่านประเมินความพึงพอใจแล้ว')
    await shot(phone, '05-citizen-answered-360')
  })
  it('an e-form is filled on the phone without downloading anything, kept as a receipt with its PDF, and marked by the unit’s staff', async () => {
    const phone = await (await browser.newContext({ locale: 'th-TH', viewport: { width: 360, height: 780 }, acceptDownloads: true })).newPage()
    await phone.goto(`${system.origin}/forms`)
    await phone.click('a:has-text("ใบสมัครพนักงานจ้างทั่วไป")')
    await phone.check('label:has-text("พนักงานขับรถยนต์") input')
    await phone.getByLabel('ชื่อ-นามสกุล (จำเป็น)').fill('นายสมปอง ขับดี')
    // A date in another shape is stopped beside the field, before sending, without JavaScript.
    await phone.getByLabel('วันเกิด (จำเป็น)').fill('2530-06-05')
    expect(await phone.getByLabel('วันเกิด (จำเป็น)').evaluate((input: HTMLInputElement) => input.validity.patternMismatch)).toBe(true)
    await phone.getByLabel('วันเกิด (จำเป็น)').fill('5/6/2530')
    expect(await phone.getByLabel('วันเกิด (จำเป็น)').evaluate((input: HTMLInputElement) => input.validity.valid)).toBe(true)
    await phone.getByLabel('หมายเลขโทรศัพท์ (จำเป็น)').fill('089-000-1111')
    await phone.getByLabel('วุฒิการศึกษาและประสบการณ์ทำงาน (จำเป็น)').fill('ม.6 ใบขับขี่ชนิดที่ 2')
    await phone.getByLabel('สำเนาวุฒิการศึกษา').setInputFiles({ name: 'วุฒิ.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdfBytes()) })
    await phone.check('text=ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริงทุกประการ')
    await phone.check('#form-consent')
    await shot(phone, '06-citizen-e-form-360')
    await phone.click('button:has-text("ส่งแบบฟอร์ม")')
    await phone.waitForURL(/\/form-receipt\/F\d{4}-/)
    const reference = await phone.textContent('[data-testid=form-reference]')
    expect(await phone.textContent('main')).toContain('5 มิถุนายน 2530')
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    await shot(phone, '07-citizen-e-form-receipt-360')
    const [download] = await Promise.all([phone.waitForEvent('download'), phone.click('a:has-text("บันทึกหรือพิมพ์เป็น PDF")')])
    expect(fs.readFileSync((await download.path())!).subarray(0, 5).toString()).toBe('%PDF-')

    const clerk = await signInToAdmin(browser, system.origin, 'office@khaosan.test')
    await clerk.setViewportSize({ width: 1366, height: 900 })
    await clerk.goto(`${system.origin}/admin/collections/form-submissions`)
    await clerk.click(`tr:has-text("${reference}") a >> nth=0`)
    await clerk.waitForSelector('[data-testid=submission-state]:has-text("ยังไม่ได้เปิดอ่าน")')
    expect(await clerk.textContent('.khaosan-answers')).toContain('นายสมปอง ขับดี')
    await clerk.click('.khaosan-workflow__buttons button:has-text("รับเรื่อง")')
    await clerk.click('button:has-text("ยืนยัน: รับเรื่อง")')
    await clerk.waitForSelector('[data-testid=submission-state]:has-text("รับเรื่องแล้ว")', { timeout: 60_000 })
    await shot(clerk, '08-clerk-submission-1366')
  })
})
