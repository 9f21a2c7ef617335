/**
 * The public site in Chromium at phone (360 px) and desktop sizes: every category reachable from the menu
 * and the site map, an item opened and its attachment downloaded, a Thai word found inside an attached PDF,
 * keyboard use; axe-core (WCAG 2.1 AA) and the Nu Html Checker on the home page, a listing, an item and search.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closePdfRenderer } from '@/documents/pdf'
import { CATEGORY_DEFINITIONS } from '@/domain/categories'
import { Client } from '../support/api'
import { launchBrowser, seriousAxeViolations } from '../support/browser'
import { thaiPdf } from '../support/office-files'
import { startSystem, type RunningSystem } from '../support/server'

const VNU = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar')
const SIZES = { phone: { width: 360, height: 740 }, desktop: { width: 1280, height: 900 } } as const
const PDF_ONLY_WORD = 'ศูนย์พัฒนาเด็กเล็ก'

describe('the public site in a browser', () => {
  let system: RunningSystem
  let browser: Browser
  let item: { path: string; title: string }

  beforeAll(async () => {
    ;[system, browser] = await Promise.all([startSystem({ database: 'sqlite' }), launchBrowser()])
    const [owner, head, webmaster] = await Promise.all(['owner', 'head', 'webmaster1'].map((who) => Client.signIn(system.origin, `${who}@khaosan.test`)))
    const categories = (await webmaster.get('/api/categories?limit=100')).json.docs as { id: number; slug: string }[]
    const pdf = await thaiPdf(['งบประมาณรายจ่ายประจำปี', `โครงการก่อสร้าง${PDF_ONLY_WORD}บ้านหนองบัว`])
    const file = await owner.upload('รายงานการประชุม.pdf', pdf, 'application/pdf')
    expect(file.status).toBe(201)
    const title = 'รายงานการประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 3'
    const created = await owner.post('/api/publish-requests', {
      title, summary: 'สรุปมติที่ประชุมสภาเทศบาลตามเอกสารแนบ', category: categories.find((c) => c.slug === 'news')!.id,
      sourceOwner: 'สำนักปลัด', channel: 'letter', attachments: [file.json.doc.id],
      coverageFrom: new Date(Date.now() - 7 * 86_400_000).toISOString(), coverageTo: new Date().toISOString(),
    })
    expect(created.status, created.text).toBe(201)
    expect((await head.transition(created.json.doc.id, 'approve')).status).toBe(200)
    const published = await webmaster.transition(created.json.doc.id, 'publish')
    expect(published.status).toBe(200)
    item = { path: new URL(published.json.doc.publicUrl).pathname, title }
    fs.mkdirSync('test-results/public', { recursive: true })
  })
  afterAll(async () => {
    await closePdfRenderer()
    await browser?.close()
    await system?.stop()
  })

  /** Every page type a citizen meets. */
  const PAGES = () => ({
    home: '/', listing: '/news', procurement: '/procurement', manuals: '/citizen-manuals', item: item.path, agency: '/agency', cio: '/cio',
    calendar: '/calendar', 'calendar-list': '/calendar?view=list', statistics: '/statistics', 'site-map': '/sitemap', ita: '/ita',
    search: `/search?q=${encodeURIComponent('ประชุม')}`, 'search-none': `/search?q=${encodeURIComponent('ไม่มีคำนี้ในเว็บไซต์แน่นอน')}`,
    policy: '/policies/privacy', 'not-found': '/no-such-page/here',
    complaints: '/complaints', 'complaints-corruption': '/complaints/corruption', 'complaint-guideline': '/complaints/guideline',
    'complaint-statistics': '/complaints/statistics', 'complaint-tracking': '/track', questions: '/questions', alerts: '/alerts', hearings: '/public-hearing',
    'e-forms': '/forms', 'e-form': '/forms/job-application', 'information-request': '/information-request', hearing: '/hearings/1',
  })

  describe.each(Object.keys(SIZES) as (keyof typeof SIZES)[])('on a %s', (size) => {
    let context: BrowserContext
    let page: Page
    beforeAll(async () => {
      context = await browser.newContext({ locale: 'th-TH', viewport: SIZES[size], acceptDownloads: true })
      page = await context.newPage()
    })
    afterAll(() => context?.close())

    /** The main menu as its reader finds it: on a phone folded behind its button, opened from the keyboard. */
    async function openMenu() {
      const button = page.locator('nav[aria-label="เมนูหลัก"] summary')
      if (!(await button.isVisible())) return
      await button.focus()
      await page.keyboard.press('Enter')
      expect(await page.locator('nav[aria-label="เมนูหลัก"] details').getAttribute('open')).not.toBeNull()
    }
    const menuLink = (href: string) => page.locator(`nav[aria-label="เมนูหลัก"] a[href="${href}"]:visible`)

    it('reaches every category from the site map and back to the home page', async () => {
      await page.goto(`${system.origin}/`)
      if (size === 'phone') {
        const menuHeight = await page.locator('header').evaluate((header) => header.getBoundingClientRect().height)
        expect(menuHeight).toBeLessThan(260) // the content starts on the first screen, not after the menu
      }
      await openMenu()
      await menuLink('/sitemap').click()
      for (const category of CATEGORY_DEFINITIONS) {
        await page.goto(`${system.origin}/sitemap`)
        await page.click(`main a[href="/${category.slug}"]`)
        await expect.poll(() => page.textContent('h1')).toBe(category.title)
      }
      await page.click('a.site-name')
      await page.waitForURL(`${system.origin}/`)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow).toBeLessThanOrEqual(0) // no sideways scrolling, even at 360 px
      await page.screenshot({ path: `test-results/public-home-${size}.png`, fullPage: true })
    })

    it('opens an item from its listing and downloads its attachment', async () => {
      await page.goto(`${system.origin}/news`)
      await page.click(`a:has-text("${item.title}")`)
      await expect.poll(() => page.textContent('h1')).toBe(item.title)
      expect(await page.textContent('[data-field=type]')).toContain('PDF')
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-attachment] a')])
      expect(download.suggestedFilename()).toBe('รายงานการประชุม.pdf')
      const saved = path.join(os.tmpdir(), `khaosan-download-${size}.pdf`)
      await download.saveAs(saved)
      expect(fs.readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-')
      fs.rmSync(saved)
    })

    it('finds a Thai word that appears only inside the attached PDF', async () => {
      await page.goto(`${system.origin}/`)
      await page.fill('#site-search', PDF_ONLY_WORD)
      await page.press('#site-search', 'Enter')
      await page.waitForURL(/\/search\?q=/)
      await expect.poll(() => page.textContent('ol.results')).toContain(item.title)
      expect(await page.innerHTML('ol.results')).toContain('<mark>')
      await page.click(`ol.results a:has-text("${item.title}")`)
      await page.waitForURL(`${system.origin}${item.path}`)
    })

    it('works from the keyboard: the skip link first, then the menu', async () => {
      await page.goto(`${system.origin}/`)
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('ข้ามไปยังเนื้อหา')
      await page.keyboard.press('Enter')
      expect(new URL(page.url()).hash).toBe('#main')
      await openMenu()
      await menuLink('/news').focus()
      await page.keyboard.press('Enter')
      await page.waitForURL(/\/news$/)
      await expect.poll(() => page.textContent('h1')).toBe('ข่าวประชาสัมพันธ์')
    })

    it('shows Thai in Sarabun served by the site itself, as WOFF2', async () => {
      const fonts: string[] = []
      const seen = (response: { url: () => string }) => void (/\.woff2(\?|$)/.test(response.url()) && fonts.push(response.url()))
      page.on('response', seen)
      await page.goto(`${system.origin}/`)
      const loaded = await page.evaluate(async () => {
        await document.fonts.ready
        return [...document.fonts].filter((face) => face.family.replace(/["']/g, '') === 'Sarabun' && face.status === 'loaded').map((face) => face.weight)
      })
      page.off('response', seen)
      expect(loaded).toEqual(expect.arrayContaining(['400', '700']))
      expect(fonts.length).toBeGreaterThan(0)
      for (const url of fonts) expect(url.startsWith(system.origin), url).toBe(true)
    })

    it('has a text-size switch that enlarges the text', async () => {
      await page.goto(`${system.origin}/`)
      const before = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))
      await page.click('.text-size button[data-size="larger"]')
      const after = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))
      expect(after).toBeGreaterThan(before)
      await page.click('.text-size button[data-size="normal"]')
    })

    it('has no serious or critical WCAG 2.1 AA violation (axe-core) and no sideways scroll on any page type', async () => {
      const bad: string[] = []
      for (const [name, address] of Object.entries(PAGES())) {
        await page.goto(`${system.origin}${address}`)
        await page.evaluate(() => document.fonts.ready)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        if (overflow > 0) bad.push(`${name}: scrolls sideways by ${overflow} px`)
        await page.screenshot({ path: `test-results/public/${name}-${size}.png`, fullPage: true })
        bad.push(...(await seriousAxeViolations(page)).map((violation) => `${name}: ${violation}`))
        const images = await page.$$eval('img', (imgs) => imgs.map((img) => img.getAttribute('alt') ?? ''))
        for (const alt of images) expect(alt).toMatch(/[\u0E00-\u0E7F]/) // Thai alt text on every image
      }
      expect(bad).toEqual([])
    })
  })

  it('is valid HTML (Nu Html Checker, no errors)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnu-'))
    const files = await Promise.all(
      Object.entries(PAGES()).map(async ([name, address]) => {
        const file = path.join(dir, `${name}.html`)
        fs.writeFileSync(file, await (await fetch(`${system.origin}${address}`)).text())
        return file
      }),
    )
    let report = ''
    try {
      execFileSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], { stdio: 'pipe' })
    } catch (error) {
      report = String((error as { stderr?: Buffer }).stderr ?? error)
    }
    fs.rmSync(dir, { recursive: true })
    const messages = report ? (JSON.parse(report).messages as { type: string; message: string; url: string; extract?: string }[]) : []
    expect(messages.filter((m) => m.type === 'error').map((m) => `${path.basename(m.url)}: ${m.message} ${m.extract ?? ''}`)).toEqual([])
  })
})
