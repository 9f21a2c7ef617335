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
})
