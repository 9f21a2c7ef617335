/** Debian's Chromium driven by playwright-core: never a downloaded browser. */
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
  const context = await browser.newContext({ locale: 'th-TH', viewport: { width: 1280, height: 900 } })
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
