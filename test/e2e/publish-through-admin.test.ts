/**
 * End to end in Chromium: a data owner submits through the admin UI, the head approves, a webmaster
 * publishes, and the public page shows the item with its metadata.
 */
import fs from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, signInToAdmin } from '../support/browser'
import { startSystem, type RunningSystem } from '../support/server'

describe('publishing through the admin UI', () => {
  let system: RunningSystem
  let browser: Browser
  beforeAll(async () => {
    ;[system, browser] = await Promise.all([startSystem({ database: 'sqlite' }), launchBrowser()])
    fs.mkdirSync('test-results', { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
    await system?.stop()
  })

  it('owner submits, head approves, webmaster publishes, citizen reads', async () => {
    const title = 'ประกาศผลการคัดเลือกพนักงานจ้าง ประจำปี 2570'
    const owner = await signInToAdmin(browser, system.origin, 'owner@khaosan.test')
    await owner.goto(`${system.origin}/admin/collections/publish-requests/create`)
    await owner.fill('#field-title', title)
    await owner.fill('#field-summary', 'รายชื่อผู้ผ่านการคัดเลือกและวันรายงานตัว')
    await owner.fill('#field-sourceOwner', 'สำนักปลัด เทศบาลตำบลบ้านสวน')
    await owner.click('#field-category .rs__control')
    await owner.keyboard.type('ข่าวประชาสัมพันธ์')
    await owner.click('.rs__option:has-text("ข่าวประชาสัมพันธ์")')
    // The data's date range is required (000 §3.2): both ends picked from the calendar, today.
    for (const field of ['coverageFrom', 'coverageTo']) {
      await owner.click(`#field-${field} input`)
      await owner.click('.react-datepicker__day--today:not(.react-datepicker__day--outside-month)')
    }
    await owner.click('#action-save')
    await owner.waitForURL(/\/admin\/collections\/publish-requests\/\d+$/, { timeout: 60_000 })
    const id = /\/(\d+)$/.exec(owner.url())![1]
    await owner.screenshot({ path: 'test-results/e2e-owner-submitted.png', fullPage: true })

    const head = await signInToAdmin(browser, system.origin, 'head@khaosan.test')
    await expect.poll(() => head.textContent('.khaosan-waiting')).toContain(title) // what waits for the head
    await head.goto(`${system.origin}/admin/collections/publish-requests/${id}`)
    await head.click('button:has-text("อนุมัติ")')
    await head.waitForSelector('[data-testid=request-state]:has-text("รอผู้ดูแลเว็บไซต์เผยแพร่")', { timeout: 60_000 })

    const webmaster = await signInToAdmin(browser, system.origin, 'webmaster1@khaosan.test')
    await expect.poll(() => webmaster.textContent('.khaosan-waiting')).toContain(title)
    await webmaster.goto(`${system.origin}/admin/collections/publish-requests/${id}`)
    await webmaster.click('button:has-text("เผยแพร่บนเว็บไซต์")')
    await webmaster.waitForSelector('[data-testid=request-state]:has-text("เผยแพร่แล้ว")', { timeout: 60_000 })

    const citizen = await browser.newPage()
    await citizen.goto(`${system.origin}/`)
    await citizen.click(`a:has-text("${title}")`)
    await expect.poll(() => citizen.textContent('h1')).toBe(title)
    expect(citizen.url()).toBe(`${system.origin}/news/${id}`)
    expect(await citizen.textContent('[data-field=source]')).toBe('สำนักปลัด เทศบาลตำบลบ้านสวน')
    expect(await citizen.textContent('[data-field=published]')).toMatch(/25\d\d$/) // Buddhist-era year
    await citizen.screenshot({ path: 'test-results/e2e-public-item.png', fullPage: true })
  })
})
