/** Debian's Chromium driven by playwright-core: never a downloaded browser. */
import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { totpCode } from '../../src/domain/auth/second-factor'
import { DEMO_TOTP_SECRET } from '../../src/server/demo-accounts'

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  })

/** Signs in through the admin's own login form. */
export async function signInToAdmin(browser: Browser, origin: string, email: string, password = 'khaosan-demo'): Promise<Page> {
  const context = await browser.newContext({ locale: 'th-TH', viewport: { width: 1366, height: 900 } }) // the staff's common desktop width
  const page = await context.newPage()
  await page.goto(`${origin}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.click('button[type=submit]')
  // Administrators and webmasters are asked for the authenticator's code next (the demo's shared secret).
  const asked = await Promise.race([page.waitForSelector('#field-code', { timeout: 60_000 }).then(() => true), page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 }).then(() => false)])
  if (asked) {
    await page.fill('#field-code', totpCode(DEMO_TOTP_SECRET))
    await page.click('button[type=submit]')
  }
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
  return page
}

const AXE = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8')

/** The page's serious and critical WCAG 2.1 AA violations by axe-core, each as "rule: where". */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE) // evaluated by the browser's debugger, as the site's CSP forbids inline scripts
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe
    return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations
  })) as { id: string; impact: string; nodes: { target: string[] }[] }[]
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}
