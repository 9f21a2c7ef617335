/**
 * End to end in Chromium: the executive sees the monitoring block on the admin dashboard, acknowledges the
 * current round's report with a comment, and the dashboard then shows who acknowledged it and when.
 */
import fs from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { currentRound } from '@/domain/reports/rounds'
import { Client } from '../support/api'
import { launchBrowser, signInToAdmin } from '../support/browser'
import { startSystem, type RunningSystem } from '../support/server'

describe('the monitoring dashboard', () => {
  let system: RunningSystem
  let browser: Browser
  beforeAll(async () => {
    ;[system, browser] = await Promise.all([startSystem({ database: 'sqlite' }), launchBrowser()])
    fs.mkdirSync('test-results/monitoring', { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
    await system?.stop()
  })

  it('lets the executive acknowledge the round’s report from the dashboard', async () => {
    const { fiscalYear, round } = currentRound(new Date())
    // Only an issued report is acknowledged: the round falls due ten days from now (a setting), and a webmaster issues it.
    const [admin, webmaster] = await Promise.all(['admin', 'webmaster1'].map((who) => Client.signIn(system.origin, `${who}@khaosan.test`)))
    const due = new Date(Date.now() + 10 * 86_400_000 + 7 * 3_600_000)
    expect((await admin.post('/api/globals/settings', { monitoring: { [`round${round}DueDay`]: due.getUTCDate(), [`round${round}DueMonth`]: String(due.getUTCMonth() + 1) } })).status).toBe(200)
    const issued = await webmaster.post(`/api/monitoring-reports/${fiscalYear}/${round}/issue`, {})
    expect(issued.status, issued.text).toBe(200)
    const executive = await signInToAdmin(browser, system.origin, 'executive@khaosan.test')
    const block = executive.locator('.khaosan-monitoring')
    await expect.poll(() => block.textContent(), { timeout: 60_000 }).toContain(`ปีงบประมาณ ${fiscalYear}`)
    const row = block.locator('tr', { hasText: `รอบ ${round} เดือน` })
    await expect.poll(() => row.textContent()).toContain('ยังไม่รับทราบ')
    await row.locator('textarea').fill('รับทราบ ขอให้เผยแพร่ข้อมูลให้ครบทุกหมวด')
    await row.getByRole('button', { name: 'รับทราบรายงาน' }).click()
    await expect.poll(() => block.locator('tr', { hasText: `รอบ ${round} เดือน` }).textContent(), { timeout: 30_000 }).toContain(
      'รับทราบแล้ว โดย นายสมศักดิ์ ปลัดเทศบาล',
    )
    const acknowledged = block.locator('tr', { hasText: `รอบ ${round} เดือน` })
    expect(await acknowledged.textContent()).toContain('ขอให้เผยแพร่ข้อมูลให้ครบทุกหมวด')
    expect(await acknowledged.getByRole('button', { name: 'รับทราบรายงาน' }).count()).toBe(0)
    await executive.screenshot({ path: 'test-results/monitoring/dashboard-executive.png', fullPage: true })
  })
})
