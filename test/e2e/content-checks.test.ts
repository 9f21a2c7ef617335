/**
 * End to end in Chromium: a request whose summary carries a citizen's national ID and mobile number. The webmaster
 * sees the ID masked on the request's page as what blocks, the number apart as what to look at (it does not block),
 * publishing is refused with the finding listed, and publishing anyway asks for a reason, which the history keeps. Screenshots at 1366 and 360 px in test-results/content-checks.
 */
import fs from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Client } from '../support/api'
import { launchBrowser, signInToAdmin } from '../support/browser'
import { startSystem, type RunningSystem } from '../support/server'

const NATIONAL_ID = '1-1017-00203-45-0'
const SHOTS = 'test-results/content-checks'

describe('the content checks on a request’s page', () => {
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

  it('shows a national ID masked, refuses to publish it, and publishes with a recorded reason', async () => {
    const [owner, head] = await Promise.all(['owner', 'head'].map((who) => Client.signIn(system.origin, `${who}@khaosan.test`)))
    const category = (await owner.get('/api/categories?limit=100')).json.docs.find((c: { code: string }) => c.code === 'C15').id
    const created = await owner.post('/api/publish-requests', {
      title: 'ประกาศรายชื่อผู้มีสิทธิรับเบี้ยยังชีพผู้สูงอายุ', summary: `นางสมศรี ใจดี เลขประจำตัวประชาชน ${NATIONAL_ID} โทร 081-234-5678`, category, sourceOwner: 'กองสวัสดิการสังคม', channel: 'letter',
      coverageFrom: '2026-10-01T00:00:00.000Z', coverageTo: '2026-12-31T00:00:00.000Z',
    })
    expect(created.status, created.text).toBe(201)
    expect((await head.transition(created.json.doc.id, 'approve')).status).toBe(200)

    const webmaster = await signInToAdmin(browser, system.origin, 'webmaster1@khaosan.test')
    await webmaster.setViewportSize({ width: 1366, height: 900 })
    await webmaster.goto(`${system.origin}/admin/collections/publish-requests/${created.json.doc.id}`)
    const alert = webmaster.locator('.khaosan-workflow [role=alert]').first()
    await expect.poll(() => alert.textContent(), { timeout: 60_000 }).toContain('เลขประจำตัวประชาชน')
    // The summary itself shows what is to be fixed; the finding shows only the masked number.
    expect(await alert.textContent()).toContain('*-****-****3-45-0')
    expect(await alert.textContent()).not.toContain(NATIONAL_ID)
    // A mobile number does not block (the agency's setting), but is shown, masked, for the webmaster to look at.
    const toLookAt = await webmaster.textContent('[data-testid=findings-to-look-at]')
    expect(toLookAt).toContain('หมายเลขโทรศัพท์')
    expect(toLookAt).not.toContain('081-234-5678')
    expect(await alert.textContent()).not.toContain('หมายเลขโทรศัพท์')
    await expect.poll(() => webmaster.inputValue('#field-title'), { timeout: 30_000 }).toContain('เบี้ยยังชีพ')
    await webmaster.screenshot({ path: `${SHOTS}/request-1366.png`, fullPage: true })
    await webmaster.setViewportSize({ width: 360, height: 800 })
    await webmaster.screenshot({ path: `${SHOTS}/request-360.png`, fullPage: true })
    await webmaster.setViewportSize({ width: 1366, height: 900 })

    await webmaster.click('.khaosan-workflow__buttons button:has-text("เผยแพร่")')
    await webmaster.fill('textarea[name=overrideFindings]', 'ผู้สูงอายุยินยอมให้เผยแพร่ และเป็นประกาศตามระเบียบ')
    await webmaster.click('button:has-text("ยืนยัน: เผยแพร่")')
    await webmaster.waitForSelector('[data-testid=request-state]:has-text("เผยแพร่แล้ว")', { timeout: 60_000 })
    const history = (await webmaster.request.get(`${system.origin}/api/publish-requests/${created.json.doc.id}`)).json()
    expect((await history).history.at(-1).changes).toContain('ผู้สูงอายุยินยอมให้เผยแพร่')
    await webmaster.screenshot({ path: `${SHOTS}/published-1366.png`, fullPage: true })
  })

  it('records a verbal approval with its time typed in the Buddhist era, Bangkok time, refusing a common-era year in Thai', async () => {
    const owner = await Client.signIn(system.origin, 'owner@khaosan.test')
    const category = (await owner.get('/api/categories?limit=100')).json.docs.find((c: { code: string }) => c.code === 'C15').id
    const created = await owner.post('/api/publish-requests', {
      title: 'ประกาศงดจ่ายน้ำประปาชั่วคราว', summary: 'งดจ่ายน้ำเพื่อซ่อมท่อเมนหลัก', category, sourceOwner: 'กองช่าง', channel: 'letter', urgent: true,
      coverageFrom: '2026-12-01T00:00:00.000Z', coverageTo: '2026-12-31T00:00:00.000Z',
    })
    expect(created.status, created.text).toBe(201)
    const webmaster = await signInToAdmin(browser, system.origin, 'webmaster1@khaosan.test')
    await webmaster.goto(`${system.origin}/admin/collections/publish-requests/${created.json.doc.id}`)
    await webmaster.click('.khaosan-workflow__buttons button:has-text("บันทึกการอนุมัติด้วยวาจา")')
    await webmaster.fill('textarea[name=reason]', 'ท่อแตก ต้องแจ้งประชาชนทันที')
    await webmaster.fill('input[name=givenBy]', 'นางวิไล หัวหน้าฝ่าย')
    await webmaster.fill('input[name=means]', 'โทรศัพท์')
    await webmaster.fill('input[name=givenAt]', '7/12/2026 08:15')
    await webmaster.click('button:has-text("ยืนยัน: บันทึกการอนุมัติด้วยวาจา")')
    await expect.poll(() => webmaster.textContent('.khaosan-workflow'), { timeout: 30_000 }).toContain('ปีพุทธศักราช 2569')
    await webmaster.fill('input[name=givenAt]', '7/12/2569 08:15')
    await webmaster.screenshot({ path: `${SHOTS}/verbal-approval-1366.png`, fullPage: true })
    await webmaster.click('button:has-text("ยืนยัน: บันทึกการอนุมัติด้วยวาจา")')
    await expect.poll(async () => (await owner.get(`/api/publish-requests/${created.json.doc.id}`)).json.verbalApproval?.givenAt, { timeout: 30_000 }).toBe('2026-12-07T01:15:00.000Z')
  })
})
