/**
 * End to end in Chromium: every demo role walks every admin screen its navigation offers (the dashboard, each
 * list, the first record of each, the create form where it may create, its account) at 1366 px and 360 px.
 * Fails on English interface text (proper names and standard terms are in the short allowlist below) and on any
 * request that leaves the host (no gravatar, no fonts or scripts from elsewhere).
 */
import fs from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Client } from '../support/api'
import { formatDateInput } from '../../src/domain/thai/date-input'
import { launchBrowser, signInToAdmin } from '../support/browser'
import { startSystem, type RunningSystem } from '../support/server'

/**
 * Latin words an interface in Thai still uses: product and standard names (e-bidding is the Comptroller General's own
 * name for electronic bidding, in procurement titles), file formats, units, codes. "Copy" is
 * Payload's own tooltip on a file's address ("Copy URL"), which it does not translate; "Notifications" is the label
 * of Payload's toast region as the server sends it (its toaster's default, which no setting reaches): a screen read
 * before the page is live may still carry it; ThaiToastRegion names it in Thai from then on.
 */
const ALLOWED = new Set(
  'Khaosan ITA MOIT OIT GWS PDF DOCX XLSX CSV JSON XML URL PDPA CIO LINE No Gift Policy E-Service e-Service e-Form e-bidding FAQ Open Data KB MB SHA Word Excel Copy Notifications'.split(' '),
)

/** File formats, named by their extensions where the agency chooses which it accepts. */
const FILE_FORMATS = new Set('pdf doc docx xls xlsx ppt pptx odt ods odp csv txt json xml kml kmz shp jpg jpeg png gif zip'.split(' '))
const isAllowed = (word: string) => ALLOWED.has(word) || FILE_FORMATS.has(word.toLowerCase())

const ROLES = ['admin', 'owner', 'head', 'division', 'webmaster1', 'executive'] as const

/** The visible text and the text read aloud (aria-label, title, placeholder, alt) of the page, as words. */
async function interfaceWords(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const parts = [document.body.innerText, document.title]
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')) {
      // Payload titles each checkbox with its field's name (a hover hint it gives every checkbox): not ours to word.
      const attributes = el.matches('input[type=checkbox]') ? ['aria-label', 'placeholder'] : ['aria-label', 'title', 'placeholder', 'alt']
      for (const name of attributes) {
        const value = el.getAttribute(name)
        if (value) parts.push(value)
      }
    }
    return parts.join('\n')
  })
  // Addresses, host names, e-mail addresses, file names, media types and codes (MOIT12) are not interface text.
  const prose = text
    .replace(/\S+@\S+/g, ' ')
    .replace(/\b(?:application|image|text|video|audio)\/[\w.+-]+/g, ' ')
    .replace(/(?:https?:\/\/|\/)\S*/g, ' ')
    .replace(/\b(?:[a-z\d-]+\.)+[a-z]{2,}\b/gi, ' ') // host names (an agency's www.bansuan.go.th)
    .replace(/\S+\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|csv|png|jpe?g|gif|zip|txt)\b/gi, ' ')
    .replace(/\b[A-Z]+\d[\w-]*/g, ' ')
    .replace(/\balt\+\w\b/g, ' ') // a keyboard shortcut
  return prose.match(/[A-Za-z][A-Za-z&-]*[A-Za-z]/g) ?? []
}

/** Loaded and drawn: Payload's admin keeps a connection open, so "network idle" may never come. */
async function settled(page: Page) {
  await page.waitForLoadState('load')
  await page.waitForSelector('.template-default, .template-minimal', { timeout: 30_000 })
  await page.waitForTimeout(300)
}

async function navigationLinks(page: Page): Promise<string[]> {
  const hrefs = await page.$$eval('nav a[href^="/admin"]:not([href$="/logout"])', (links) => links.map((a) => a.getAttribute('href') ?? ''))
  return [...new Set(hrefs)]
}

describe('the admin in Thai, on this host only', () => {
  let system: RunningSystem
  let browser: Browser
  beforeAll(async () => {
    ;[system, browser] = await Promise.all([startSystem({ database: 'sqlite' }), launchBrowser()])
    fs.mkdirSync('test-results/admin', { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
    await system?.stop()
  })

  it('shows every role only Thai and never asks another host', { timeout: 900_000 }, async () => {
    const english: string[] = []
    const commonEra: string[] = []
    const elsewhere = new Set<string>()
    const loginPage = await browser.newPage()
    loginPage.on('request', (request) => {
      if (!request.url().startsWith(system.origin) && !request.url().startsWith('data:')) elsewhere.add(`login: ${request.url()}`)
    })
    await loginPage.goto(`${system.origin}/admin/login`)
    await loginPage.waitForSelector('#field-email')
    for (const word of await interfaceWords(loginPage)) if (!isAllowed(word)) english.push(`login: ${word}`)
    await loginPage.screenshot({ path: 'test-results/admin/login.png' })
    await loginPage.close()

    /** One role's walk: each screen loaded once, its words read and its screenshots taken, the lists' first record and create form after them. */
    async function walk(role: (typeof ROLES)[number]) {
      const page = await signInToAdmin(browser, system.origin, `${role}@khaosan.test`)
      await page.setViewportSize({ width: 1366, height: 900 })
      page.on('request', (request) => {
        const url = request.url()
        if (!url.startsWith(system.origin) && !url.startsWith('data:') && !url.startsWith('blob:')) elsewhere.add(`${role}: ${url}`)
      })
      const seen = new Set<string>()
      const look = async (screen: string) => {
        if (seen.has(screen)) return
        seen.add(screen)
        await page.goto(`${system.origin}${screen}`)
        await settled(page)
        // The document's "API" tab is for administrators (and named so); nobody else has it.
        for (const word of await interfaceWords(page)) if (!isAllowed(word) && !(role === 'admin' && word === 'API')) english.push(`${role} ${screen}: ${word}`)
        // Years are written in the Buddhist era (25xx) on every screen: a common-era year (20xx) is Payload's own.
        for (const year of (await page.locator('body').innerText()).match(/(?<![\d/.:-])20\d\d(?![\d/.:-])|(?<!\d)\d{1,2}\/\d{1,2}\/20\d\d(?!\d)/g) ?? []) commonEra.push(`${role} ${screen}: ${year}`)
        // A screen's address may carry a long Thai query (a prefilled request): the file is named by its path.
        const [path, query] = screen.split('?')
        const name = `${role}${path.replaceAll('/', '_')}${query ? '_prefilled' : ''}`
        await page.screenshot({ path: `test-results/admin/${name}-1366.png`, fullPage: true })
        await page.setViewportSize({ width: 360, height: 780 })
        await page.screenshot({ path: `test-results/admin/${name}-360.png`, fullPage: true })
        await page.setViewportSize({ width: 1366, height: 900 })
      }
      await settled(page)
      const lists = await navigationLinks(page)
      const more: string[] = []
      for (const href of ['/admin', ...lists]) {
        await look(href)
        if (href === '/admin') continue
        const first = await page.$('table tbody tr a[href^="/admin/"]')
        const firstHref = first && (await first.getAttribute('href'))
        if (firstHref) more.push(firstHref)
        if (await page.$('a[href$="/create"]')) more.push(`${href.replace(/\/$/, '')}/create`)
      }
      for (const screen of [...more, '/admin/account']) await look(screen)
      await page.context().close()
    }
    // Two roles at a time: the server has two cores, and a screen mostly waits for it.
    await Promise.all([0, 1].map(async (lane) => {
      for (let i = lane; i < ROLES.length; i += 2) await walk(ROLES[i])
    }))
    // Each English word once, with the first screen it was seen on.
    const words = new Map<string, string>()
    for (const found of english) words.set(found.slice(found.lastIndexOf(': ') + 2), words.get(found.slice(found.lastIndexOf(': ') + 2)) ?? found)
    expect([...words.values()]).toEqual([])
    expect([...new Set(commonEra)]).toEqual([])
    expect([...elsewhere]).toEqual([])
  })

  it('dates an agency page’s versions in the Buddhist era and shows what a draft changes beside the page on the site', { timeout: 120_000 }, async () => {
    const webmaster = await Client.signIn(system.origin, 'webmaster1@khaosan.test')
    const drafted = await webmaster.request('POST', '/api/globals/agency-profile?draft=true', { vision: 'บ้านสวนน่าอยู่ ชุมชนเข้มแข็ง เศรษฐกิจพอเพียง' })
    expect(drafted.status, drafted.text).toBe(200)
    const page = await signInToAdmin(browser, system.origin, 'webmaster1@khaosan.test')
    const buddhistYear = String(new Date().getFullYear() + 543)
    const gregorianYear = new RegExp(`\\b${new Date().getFullYear()}\\b`)
    for (const width of [1366, 360]) {
      await page.setViewportSize({ width, height: 900 })
      await page.goto(`${system.origin}/admin/globals/agency-profile/versions`)
      await settled(page)
      const list = await page.locator('.khaosan-versions').innerText()
      expect(list).toContain(buddhistYear)
      expect(list).toMatch(/ร่าง \(รออนุมัติ\)\s+นายธนา ผู้ดูแลเว็บไซต์\s+วิสัยทัศน์/)
      expect(list).toContain('อยู่บนเว็บไซต์ขณะนี้')
      expect(await page.locator('body').innerText()).not.toMatch(gregorianYear)
      await page.screenshot({ path: `test-results/admin/agency-page-versions-${width}.png`, fullPage: true })
      await page.locator('.khaosan-versions table a').first().click()
      await page.waitForSelector('.khaosan-versions__changes')
      const version = await page.locator('.khaosan-versions').innerText()
      expect(version).toContain(buddhistYear)
      expect(version).toMatch(/วิสัยทัศน์\s+บ้านสวนน่าอยู่ เศรษฐกิจชุมชนเข้มแข็ง.*\s+บ้านสวนน่าอยู่ ชุมชนเข้มแข็ง เศรษฐกิจพอเพียง/)
      expect(await page.locator('body').innerText()).not.toMatch(gregorianYear)
      await page.screenshot({ path: `test-results/admin/agency-page-version-${width}.png`, fullPage: true })
    }
    await page.context().close()
  })

  it('offers no common-era date picker in a list’s filters: date fields are narrowed by a period above the list', { timeout: 120_000 }, async () => {
    const page = await signInToAdmin(browser, system.origin, 'webmaster1@khaosan.test')
    await page.goto(`${system.origin}/admin/collections/publish-requests`)
    await settled(page)
    await page.getByRole('button', { name: 'กรอง', exact: true }).click()
    await page.getByRole('button', { name: 'เพิ่มการกรอง' }).click()
    await page.locator('.condition__field').click()
    const options = await page.locator('.condition__field [role="option"], .condition__field .rs__option').allInnerTexts()
    expect(options).toContain('เรื่อง')
    for (const dateField of ['วันที่ยื่นคำขอ', 'วันที่เผยแพร่', 'วันที่ต้องการให้เผยแพร่']) expect(options).not.toContain(dateField)
    await page.screenshot({ path: 'test-results/admin/list-filter-1366.png' })
    await page.context().close()
  })

  it('narrows a list to a period typed in the Buddhist era, as the API does with the same address, and names it in the filters', { timeout: 120_000 }, async () => {
    const page = await signInToAdmin(browser, system.origin, 'webmaster1@khaosan.test')
    await page.goto(`${system.origin}/admin/collections/publish-requests?limit=100`)
    await settled(page)
    const all = await page.locator('table tbody tr').count()
    const period = page.getByRole('form', { name: 'ช่วงวันที่' })
    await period.getByRole('combobox').selectOption({ label: 'วันที่เผยแพร่' })
    // The last 30 days, typed as staff type them.
    const typed = (days: number) => formatDateInput(new Date(Date.now() - days * 86_400_000), false)
    await period.getByLabel('ตั้งแต่', { exact: true }).fill(typed(30))
    await period.getByLabel('ถึง', { exact: true }).fill(typed(0))
    await period.getByRole('button', { name: 'ใช้ช่วงวันที่' }).click()
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('publishedAt')
    await expect.poll(() => page.locator('table tbody tr').count(), { timeout: 15_000 }).toBeLessThan(all)
    const shown = await page.locator('table tbody tr').count()
    expect(shown).toBeGreaterThan(0)
    // The API answers the same filter with the same items.
    const where = new URL(page.url()).search
    const webmaster = await Client.signIn(system.origin, 'webmaster1@khaosan.test')
    const api = (await webmaster.get(`/api/publish-requests${where}&depth=0`)).json
    expect(api.totalDocs).toBe(shown)
    for (const doc of api.docs) expect(Date.parse(doc.publishedAt)).toBeGreaterThanOrEqual(Date.now() - 31 * 86_400_000)
    await page.screenshot({ path: 'test-results/admin/list-period-1366.png', fullPage: false })
    // In the filter builder the period's rows name the period, not a common-era date.
    await page.getByRole('button', { name: 'กรอง', exact: true }).click()
    await page.locator('.khaosan-period-condition').first().waitFor()
    expect(await page.locator('body').innerText()).not.toMatch(new RegExp(`\\b${new Date().getFullYear()}\\b`))
    await page.setViewportSize({ width: 360, height: 780 })
    await page.screenshot({ path: 'test-results/admin/list-period-360.png', fullPage: true })
    await page.setViewportSize({ width: 1366, height: 900 })
    // A wrong date is refused in Thai, and the period can be cleared.
    await period.getByLabel('ถึง', { exact: true }).fill('31/2/2569')
    await period.getByRole('button', { name: 'ใช้ช่วงวันที่' }).click()
    await period.getByRole('alert').waitFor()
    expect(await period.getByRole('alert').innerText()).toBe('วันที่สิ้นสุด: ไม่มีวันที่ 31/2/2569')
    await period.getByRole('button', { name: 'ล้างช่วงวันที่' }).click()
    await expect.poll(() => page.locator('table tbody tr').count(), { timeout: 15_000 }).toBe(all)
    await page.context().close()
  })
})
