/**
 * The public site through HTTP, against the production build served as in production (scripts/serve.ts):
 * what citizens see, that a publication or a take-down shows at once (the page cache is invalidated, not
 * left to expire), that nothing unpublished leaks, downloads are safe, the sitemap is valid, views are counted.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CATEGORY_DEFINITIONS } from '@/domain/categories'
import { monthParam } from '@/domain/site/calendar'
import { bangkokDay, fiscalYearOf } from '@/domain/thai/calendar'
import { Client } from '../support/api'
import { pdfBytes } from '../support/files'
import { sitePidOf, startSystem, type RunningSystem } from '../support/server'

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe('public site', () => {
  let system: RunningSystem
  let owner: Client, head: Client, webmaster: Client, admin: Client, anonymous: Client
  let categories: Record<string, { id: number }>

  beforeAll(async () => {
    system = await startSystem({ database: 'sqlite' })
    ;[owner, head, webmaster, admin] = await Promise.all(['owner', 'head', 'webmaster1', 'admin'].map((who) => Client.signIn(system.origin, `${who}@khaosan.test`)))
    anonymous = new Client(system.origin)
    const list = await webmaster.get('/api/categories?limit=100')
    categories = Object.fromEntries(list.json.docs.map((c: { slug: string; id: number }) => [c.slug, c]))
  })
  afterAll(async () => {
    await system?.stop()
  })

  const page = async (p: string) => {
    const response = await fetch(`${system.origin}${p}`)
    return { status: response.status, html: await response.text(), headers: response.headers }
  }

  /** Submitted by the owner and approved by the head; published by the webmaster unless told otherwise. */
  async function request(title: string, over: Record<string, unknown> = {}, publish = true) {
    const file = await owner.upload('ประกาศ.pdf', pdfBytes(title))
    expect(file.status).toBe(201)
    const created = await owner.post('/api/publish-requests', {
      title, summary: `รายละเอียดของ${title}`, category: categories.news.id, sourceOwner: 'สำนักปลัด เทศบาลตำบลบ้านสวน', channel: 'letter',
      coverageFrom: '2026-10-01T00:00:00.000Z', coverageTo: '2026-12-31T00:00:00.000Z', attachments: [file.json.doc.id], ...over,
    })
    expect(created.status, created.text).toBe(201)
    const id = created.json.doc.id as number
    expect((await head.transition(id, 'approve')).status).toBe(200)
    if (publish) expect((await webmaster.transition(id, 'publish')).status).toBe(200)
    return { id, fileId: file.json.doc.id as number, path: `/news/${id}` }
  }

  it('serves the home page in Thai with the footer every page carries', async () => {
    const { status, html, headers } = await page('/')
    expect(status).toBe(200)
    expect(html).toContain('<html lang="th"')
    for (const policy of ['/policies/website', '/policies/privacy', '/policies/cookies', '/policies/security']) expect(html).toContain(`href="${policy}"`)
    expect(html).toMatch(/รองรับเบราว์เซอร์.*Chrome/)
    expect(html).toMatch(/PDF/)
    expect(html).toMatch(/ปรับปรุงข้อมูลล่าสุด.*25\d\d/)
    expect(html).toContain('ประกาศประกวดราคาจ้างก่อสร้างอาคารศูนย์พัฒนาเด็กเล็กบ้านสวน') // the newest procurement announcements
    expect(html).toContain('ขอเชิญร่วมกิจกรรมรณรงค์') // news
    expect(html).toContain('ประชุมประชาคม') // calendar
    expect(html).toMatch(/<img [^>]*alt="แบนเนอร์เชิญชวนชำระภาษี/) // banner with Thai alt text
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="${system.origin}/?"`))
    expect(html).toContain('property="og:site_name"')
    expect(html).toContain(`<link rel="alternate" type="application/rss+xml" title="ข่าวประชาสัมพันธ์" href="${system.origin}/feeds/news.xml"/>`)
    expect(html).not.toContain('/_next/') // no framework assets: the stylesheet is inline, fonts and script are the site's own
    expect(headers.get('set-cookie')).toBeNull()
    // Sarabun from the site itself, at the addresses the page's @font-face rules name
    const fonts = [...html.matchAll(/url\((\/fonts\/[^)]+\.woff2)\)/g)].map((m) => m[1])
    expect(fonts).toHaveLength(4)
    for (const font of fonts) {
      const response = await fetch(`${system.origin}${font}`)
      expect(response.status, font).toBe(200)
      expect(response.headers.get('content-type')).toBe('font/woff2')
      expect(Buffer.from(await response.arrayBuffer()).subarray(0, 4).toString('latin1')).toBe('wOF2')
    }
    expect((await fetch(`${system.origin}/icon.svg`)).headers.get('content-type')).toBe('image/svg+xml')
    expect((await page('/procurement')).html).toContain('type="application/rss+xml" title="ประกาศจัดซื้อจัดจ้าง"')
    expect((await page('/agency')).html).not.toContain('application/rss+xml')
    for (const policy of ['website', 'privacy', 'cookies', 'security']) expect((await page(`/policies/${policy}`)).status).toBe(200)
  })

  it('gives every category C1–C22 its own page', async () => {
    for (const category of CATEGORY_DEFINITIONS) {
      const { status, html } = await page(`/${category.slug}`)
      expect(status, category.slug).toBe(200)
      expect(html).toContain(`<h1>${category.title.replace(/&/g, '&amp;')}</h1>`)
    }
    expect((await page('/no-such-category')).status).toBe(404)
  })

  it('shows the agency, the CIO, a manual with its total time, the calendar, links, FAQ and the site map', async () => {
    const agency = (await page('/agency')).html
    for (const text of ['ประวัติความเป็นมา', 'วิสัยทัศน์', 'อำนาจหน้าที่', 'ทำเนียบผู้บริหาร', 'นายวีระ ใจดี', 'กองคลัง', '0 3827 0001', 'saraban@bansuan.go.th', 'เวลาทำการ']) expect(agency).toContain(text)
    const photo = /<img src="(\/images\/site\/\d+)" alt="ภาพถ่ายนายวีระ/.exec(agency)
    expect(photo).not.toBeNull()
    const image = await fetch(`${system.origin}${photo![1]}`)
    expect(image.headers.get('content-type')).toBe('image/png')
    expect((await page('/cio')).html).toContain('ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง')

    const manuals = (await page('/citizen-manuals')).html
    const manualPath = /href="(\/citizen-manuals\/\d+)"/.exec(manuals)![1]
    const manual = (await page(manualPath)).html
    expect(manual).toContain('ยื่นคำขอและเอกสารหลักฐาน')
    expect(manual).toMatch(/รวมระยะเวลาทั้งสิ้น <strong>1 ชั่วโมง 30 นาที<\/strong>/)

    const calendar = (await page('/calendar')).html
    expect(calendar).toMatch(/<table class="calendar[ "]/) // the month as a table on wide screens (a list on phones)
    // The demo's market day is six days ahead: in the month after this one near a month's end.
    const list = (await page(`/calendar?view=list&month=${monthParam(bangkokDay(new Date(Date.now() + 6 * 86_400_000)))}`)).html
    expect(list).toContain('ตลาดนัดสินค้าเกษตรชุมชน')

    const links = (await page('/links')).html
    expect(links).toContain('href="https://www.oic.go.th/"') // links to real government sites
    expect(links).toContain('www.damrongdhama.moi.go.th')
    expect((await page('/faq')).html).toContain('<details>')
    const sitemap = (await page('/sitemap')).html
    for (const category of CATEGORY_DEFINITIONS) expect(sitemap).toContain(`href="/${category.slug}"`)
  })

  it('lists newest first and filters by Buddhist-era year and fiscal year', async () => {
    const { html } = await page('/news')
    expect(html).toContain('<select name="year"')
    expect(html).toContain('<select name="fy"')
    const thisYear = new Date().getFullYear() + 543
    expect((await page(`/news?year=${thisYear}`)).html).toContain('ขอเชิญร่วมกิจกรรมรณรงค์')
    expect((await page(`/news?year=${thisYear - 5}`)).html).not.toContain('ขอเชิญร่วมกิจกรรมรณรงค์')
  })

  let published: { id: number; fileId: number; path: string }
  it('shows a publication at once, and with it everything SPEC §2 asks of an item', async () => {
    expect((await page('/news')).status).toBe(200) // the listing is in the cache now
    expect((await page('/sitemap.xml')).status).toBe(200)
    published = await request('ประกาศรับสมัครพนักงานจ้างตามภารกิจ')
    // No waiting: the pages that were cached before the publication already show it.
    expect((await page('/news')).html).toContain('ประกาศรับสมัครพนักงานจ้างตามภารกิจ')
    expect((await page('/sitemap.xml')).html).toContain(`${system.origin}${published.path}</loc>`)
    const { status, html } = await page(published.path)
    expect(status).toBe(200)
    expect(html).toContain('สำนักปลัด เทศบาลตำบลบ้านสวน') // source / data owner
    expect(html).toMatch(/data-field="coverage">1 ตุลาคม 2569 ถึง 31 ธันวาคม 2569/)
    expect(html).toMatch(/data-field="published">\d+ \S+ 25\d\d/)
    expect(html).toMatch(/data-field="modified">\d+ \S+ 25\d\d/)
    expect(html).toMatch(/data-field="type">ประเภทไฟล์ PDF/)
    expect(html).toMatch(/data-field="size">ขนาด [\d.,]+ (ไบต์|KB|กิโลไบต์)/)
    expect(html).toContain(`<link rel="canonical" href="${system.origin}${published.path}"`)
    expect(html).toContain('<meta property="og:title" content="ประกาศรับสมัครพนักงานจ้างตามภารกิจ"')
    expect(html).toContain('<meta property="og:type" content="article"')
    expect((await page('/feeds/news.xml')).html).toContain('<title>ประกาศรับสมัครพนักงานจ้างตามภารกิจ</title>')
  })

  it('shows each attachment under the Thai name given at upload, or else its file name', async () => {
    const named = await owner.upload('scan-0042.pdf', pdfBytes('ประกาศผลผู้ชนะ'), 'application/pdf', { title: 'ประกาศผลผู้ชนะการเสนอราคา (ฉบับลงนาม)' })
    expect(named.status, JSON.stringify(named.json)).toBe(201)
    expect(named.json.doc.title).toBe('ประกาศผลผู้ชนะการเสนอราคา (ฉบับลงนาม)')
    const unnamed = await owner.upload('ราคากลาง.pdf', pdfBytes('ราคากลาง'), 'application/pdf')
    const item = await request('ประกาศผลการจัดซื้อวัสดุสำนักงาน', { attachments: [named.json.doc.id, unnamed.json.doc.id] })
    const html = (await page(item.path)).html
    expect(html).toMatch(/href="\/files\/\d+\/scan-0042\.pdf"[^>]*>ประกาศผลผู้ชนะการเสนอราคา \(ฉบับลงนาม\)<\/a>/)
    expect(html).toMatch(/href="\/files\/\d+\/[^"]+"[^>]*>ราคากลาง\.pdf<\/a>/)
    expect(html).not.toMatch(/>scan-0042\.pdf</)
  })

  it('serves attachments as downloads only, never as pages', async () => {
    const href = new RegExp(`href="(/files/${published.fileId}/[^"]+)"`).exec((await page(published.path)).html)![1]
    const response = await fetch(`${system.origin}${href}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toMatch(/^attachment;/)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('finds a new publication in search at once, though the same search was answered before it', async () => {
    const search = `/search?q=${encodeURIComponent('สะพานไม้ไผ่')}`
    expect((await page(search)).html).toContain('ไม่พบข้อมูลที่ตรงกับคำค้น')
    expect((await page(search)).html).toContain('ไม่พบข้อมูลที่ตรงกับคำค้น') // now from memory
    await request('ประกาศซ่อมแซมสะพานไม้ไผ่ข้ามลำห้วย')
    expect((await page(search)).html).toMatch(/<mark>สะพาน<\/mark>|ประกาศซ่อมแซมสะพานไม้ไผ่/)
    expect((await page(search)).html).not.toContain('ไม่พบข้อมูลที่ตรงกับคำค้น')
  })

  it('renders a search page whole: the layout every page has, the query and the filters chosen', async () => {
    const { html } = await page(`/search?q=${encodeURIComponent('สะพานไม้ไผ่')}&category=news&page=1`)
    expect(html).toMatch(/^<!DOCTYPE html><html lang="th">/)
    expect(html).toContain('<title>ค้นหาข้อมูล | เทศบาลตำบลบ้านสวน</title>')
    expect(html).toContain('<link rel="canonical" href="http://127.0.0.1')
    expect(html).toContain('ข้ามไปยังเนื้อหา')
    expect(html).toContain('นโยบายคุ้มครองข้อมูลส่วนบุคคล') // the footer
    expect(html).toContain('<input type="search" name="q" value="สะพานไม้ไผ่"/>')
    expect(html).toContain('<option value="news" selected="">')
    expect(html).toMatch(/<a href="\/news\/\d+">ประกาศซ่อมแซมสะพานไม้ไผ่ข้ามลำห้วย<\/a>/)
    expect(html.match(/<main\b/g)).toHaveLength(1)
    expect(html).not.toMatch(/<script(?! src="\/text-size\.js")/)
    const hostile = (await page(`/search?q=${encodeURIComponent('<script>alert(1)</script>')}`)).html
    expect(hostile).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;"')
    expect(hostile).not.toContain('<script>alert')
    expect(hostile).toContain('<meta name="robots" content="noindex"/>')
  })

  it("shows a renamed category and the agency's new name on the next request", async () => {
    expect((await page('/faq')).html).toContain('<h1>คำถามที่พบบ่อย')
    expect((await page('/search?q=x')).html).toContain('<option value="faq">คำถามที่พบบ่อย')
    const faq = (await admin.get('/api/categories?where[slug][equals]=faq')).json.docs[0]
    expect((await admin.request('PATCH', `/api/categories/${faq.id}`, { title: 'ถาม–ตอบ' })).status).toBe(200)
    expect((await page('/faq')).html).toContain('<h1>ถาม–ตอบ</h1>')
    expect((await page('/search?q=x')).html).toContain('<option value="faq">ถาม–ตอบ</option>')
    expect((await admin.request('PATCH', `/api/categories/${faq.id}`, { title: faq.title })).status).toBe(200)

    const settings = (await admin.get('/api/globals/settings')).json
    expect((await admin.post('/api/globals/settings', { agencyName: 'เทศบาลเมืองบ้านสวนใหม่' })).status).toBe(200)
    expect((await page('/')).html).toContain('เทศบาลเมืองบ้านสวนใหม่')
    const search = (await page(`/search?q=${encodeURIComponent('สะพาน')}`)).html
    expect(search).toContain('<title>ค้นหาข้อมูล | เทศบาลเมืองบ้านสวนใหม่</title>')
    expect(search).toMatch(/ติดต่อ(<!-- -->)?เทศบาลเมืองบ้านสวนใหม่/) // the footer
    expect((await admin.post('/api/globals/settings', { agencyName: settings.agencyName })).status).toBe(200)
    expect((await page('/')).html).not.toContain('เทศบาลเมืองบ้านสวนใหม่')
  })

  it('takes an item down at once, with its attachment', async () => {
    const href = new RegExp(`href="(/files/${published.fileId}/[^"]+)"`).exec((await page(published.path)).html)![1]
    expect((await webmaster.transition(published.id, 'unpublish', { reason: 'ข้อมูลไม่เป็นปัจจุบัน' })).status).toBe(200)
    const gone = await page(published.path)
    expect(gone.status).toBe(410) // it was here: gone, not unknown
    expect(gone.html).toContain('ไม่พบหน้าที่ต้องการ')
    expect(gone.html).not.toContain('ประกาศรับสมัครพนักงานจ้างตามภารกิจ')
    expect((await page('/news')).html).not.toContain('ประกาศรับสมัครพนักงานจ้างตามภารกิจ')
    expect((await page('/sitemap.xml')).html).not.toContain(published.path)
    expect((await fetch(`${system.origin}${href}`)).status).toBe(404)
  })

  it('never shows a request that is not published, nor its files', async () => {
    const waiting = await request('เรื่องที่ยังรอผู้ดูแลเว็บไซต์', {}, false)
    expect((await page(waiting.path)).status).toBe(404) // not 410: nothing is told of it before it is published
    const ahead = await request('เรื่องที่เผยแพร่ล่วงหน้า', { publishFrom: new Date(Date.now() + 2 * 86_400_000).toISOString() })
    expect((await page(ahead.path)).status).toBe(404)
    expect((await fetch(`${system.origin}/files/${waiting.fileId}/x.pdf`)).status).toBe(404)
    for (const p of ['/', '/news', '/sitemap.xml', '/feeds/news.xml']) expect((await page(p)).html).not.toContain('เรื่องที่ยังรอผู้ดูแลเว็บไซต์')
    expect((await anonymous.get('/api/globals/agency-profile')).status).toBe(403)
    expect((await anonymous.get('/api/page-views')).status).toBe(403)
  })

  it('drops an item exactly when its publication period ends, before the expiry job runs', async () => {
    const ending = await request('ข่าวที่หมดเวลาเผยแพร่', { publishUntil: new Date(Date.now() + 4_000).toISOString() })
    expect((await page(ending.path)).status).toBe(200)
    expect((await page('/news')).html).toContain('ข่าวที่หมดเวลาเผยแพร่')
    await expect.poll(async () => (await page(ending.path)).status, { timeout: 20_000, interval: 500 }).toBe(410)
    expect((await page('/news')).html).not.toContain('ข่าวที่หมดเวลาเผยแพร่')
  })

  it('answers any address, however malformed, with a Thai page in the site’s frame, never a 5xx', async () => {
    const addresses = [
      '/%E0%B8', '/news/%E0%B8', '/policies/%E0', '/%', '/news/%zz', '/%C0%AF', '/search?q=%E0', '/news?page=%E0', '/search?q=' + 'ก'.repeat(1000),
      '/news?page=-1', '/news?page=99999999999999', '/news?year=abc', '/news?fy=0', '/calendar?month=9999-99', '/calendar?month=%00', '/search?category=%00&year=x',
      '/news/99999999999999', '/news/abc', '/news/1/2', '/a/b/c/d', '/policies/none', '/feeds/none.xml', '/sitemaps/999.xml', '/sitemaps/x.xml',
      '/files/abc', '/files/999999/x.pdf', '/images/site/abc', '/ita/abc', '/ita/99999', '/..%2f..%2fetc/passwd', '/news/%2e%2e', '/agency?x=%ZZ',
    ]
    for (const address of addresses) {
      const { status, html } = await page(address)
      expect([200, 400, 404], `${address} → ${status}`).toContain(status)
      if (status !== 200) expect(html, address).toMatch(/ไม่พบหน้าที่ต้องการ|ที่อยู่เว็บไซต์ไม่ถูกต้อง|ไม่ถูกต้อง|ไม่พบ/)
    }
    const missing = await page('/no/such/page/here')
    expect(missing.status).toBe(404)
    expect(missing.html).toContain('ไม่พบหน้าที่ต้องการ')
    expect(missing.html).toContain('action="/search"')
    expect(missing.html).toContain('ข้ามไปยังเนื้อหา') // the site's header
    expect(missing.html).toMatch(/ติดต่อ(<!-- -->)?เทศบาล/) // and its footer
    expect(missing.html).not.toContain('__next_error__')
    const probe = await page('/wp-login.php')
    expect(probe.status).toBe(404)
    expect(probe.html).toContain('ไม่พบหน้าที่ต้องการ')
    const posted = await fetch(`${system.origin}/news`, { method: 'POST', body: 'x=1', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })
    expect(posted.status).toBe(405)
    expect(await posted.text()).toContain('อ่านได้อย่างเดียว')
    const malformed = await page('/news/%E0%B8')
    expect(malformed.status).toBe(400)
    expect(malformed.html).toContain('ที่อยู่เว็บไซต์ไม่ถูกต้อง')
  })

  it('publishes a sitemap valid against the sitemaps.org schema, robots.txt and RSS', async () => {
    const { html: xml, headers } = await page('/sitemap.xml')
    expect(headers.get('content-type')).toMatch(/xml/)
    for (const category of CATEGORY_DEFINITIONS) expect(xml).toContain(`<loc>${system.origin}/${category.slug}</loc>`)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitemap-'))
    fs.writeFileSync(path.join(dir, 'sitemap.xml'), xml)
    execFileSync('xmllint', ['--noout', '--schema', path.resolve('node_modules/sitemap/schema/sitemap.xsd'), path.join(dir, 'sitemap.xml')], { stdio: 'pipe' })
    fs.rmSync(dir, { recursive: true })
    const robots = (await page('/robots.txt')).html
    expect(robots).toContain(`Sitemap: ${system.origin}/sitemap.xml`)
    expect(robots).toContain('Disallow: /admin')
    expect((await page('/feeds/procurement.xml')).html).toMatch(/<rss version="2.0"[\s\S]*ประกาศแผนการจัดซื้อจัดจ้าง/)
  })

  it('serves cached pages compressed, with validators', async () => {
    const plain = await fetch(`${system.origin}/news`, { headers: { 'Accept-Encoding': 'identity' } })
    const bytes = Buffer.from(await plain.arrayBuffer())
    expect(plain.headers.get('content-length')).toBe(String(bytes.length))
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(bytes.toString()).toContain('<h1>ข่าวประชาสัมพันธ์')
    for (const [name, value] of [['content-type', 'text/html; charset=utf-8'], ['x-content-type-options', 'nosniff'], ['x-frame-options', 'SAMEORIGIN'], ['vary', 'Accept-Encoding'], ['connection', 'keep-alive']]) {
      expect(plain.headers.get(name), name).toBe(value)
    }
    expect(Date.now() - Date.parse(plain.headers.get('date')!)).toBeLessThan(60_000)
    const first = await fetch(`${system.origin}/news`, { headers: { 'Accept-Encoding': 'br' } })
    expect(first.headers.get('content-encoding')).toBe('br')
    const etag = first.headers.get('etag')!
    expect(etag).toBeTruthy()
    const again = await fetch(`${system.origin}/news`, { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
  })

  it('keeps serving cached pages while the site process is down, and starts it again', async () => {
    const before = await fetch(`${system.origin}/news`)
    expect(before.status).toBe(200)
    const site = sitePidOf(system.pid)
    expect(site).toBeGreaterThan(0)
    process.kill(site, 'SIGKILL')
    await expect.poll(() => isRunning(site), { timeout: 5_000, interval: 20 }).toBe(false)
    // The site process is gone: the page still comes, from the front server's memory.
    const during = await fetch(`${system.origin}/news`)
    expect(during.status).toBe(200)
    expect(during.headers.get('etag')).toBe(before.headers.get('etag'))
    // What only the site process can answer waits for it to come back.
    const api = await fetch(`${system.origin}/api/categories?limit=1`)
    expect(api.status).toBe(200)
    const again = sitePidOf(system.pid)
    expect(again).not.toBe(site)
    expect((await page('/news')).html).toContain('<h1>ข่าวประชาสัมพันธ์')
  })

  it('counts visits on the server, without cookies, and shows the most-read items', async () => {
    const manualPath = /href="(\/citizen-manuals\/\d+)"/.exec((await page('/citizen-manuals')).html)![1]
    for (let i = 0; i < 5; i++) await page(manualPath)
    await expect
      .poll(async () => (await page('/statistics')).html, { timeout: 30_000, interval: 1_000 })
      .toMatch(/class="most-read"[\s\S]*คู่มือการขอรับบริการจดทะเบียนพาณิชย์/)
    const stats = (await page('/statistics')).html
    expect(Number(/data-stat="total">([\d,]+)</.exec(stats)![1].replace(/,/g, ''))).toBeGreaterThanOrEqual(5)
    expect(stats).toContain('<svg class="chart"')
    // Two dated charts: the days of this month (1, 2, … up to today) and the months of this fiscal year (ต.ค. first),
    // each with the same numbers as a table; today's bar carries the visits just made.
    const today = bangkokDay(new Date())
    expect(stats).toContain(`จำนวนการเข้าชมรายเดือน ปีงบประมาณ ${fiscalYearOf(new Date())}`)
    expect(stats).toMatch(/<text class="label"[^>]*>ต\.ค\.<\/text>/)
    expect(stats).toMatch(new RegExp(`<text class="label"[^>]*>${today.day}</text>`))
    expect((stats.match(/<table class="data">/g) ?? []).length).toBe(2)
    expect(stats).not.toMatch(/ทั้งหมด(<!-- -->)?\s*0(<!-- -->)?\s*รายการ/) // no listing under the statistics
  })
})
