/**
 * The citizen channels other than complaints and e-forms (test/e2e/complaints.test.ts), end to end in Chromium with a
 * real SMTP listener, using only what the screens and the e-mails offer: a subscriber on a 1366 px screen asks for
 * alerts and confirms from the e-mail; a citizen on a 360 px phone asks on the Q&A board, a webmaster answers in the
 * admin, the citizen reads the answer and the subscriber's alert arrives with its one-click unsubscribe, which ends
 * the subscription; a citizen comments on an open hearing from the phone and a webmaster shows it; a request for
 * information filed at 1366 px is answered with a file the citizen downloads from the status page; the footer's
 * survey is answered and counted. Screenshots are kept in test-results/citizen-channels/.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, seriousAxeViolations, signInToAdmin } from '../support/browser'
import { startSystem, type RunningSystem } from '../support/server'
import { decodeMail, startSmtp } from '../support/smtp'
import { pdfBytes } from '../support/files'

const SHOTS = 'test-results/citizen-channels'

describe('the citizen channels, from the citizen’s screen to the staff’s and back', () => {
  let system: RunningSystem
  let browser: Browser
  let smtp: Awaited<ReturnType<typeof startSmtp>>
  let phone: Page, desk: Page, webmaster: Page
  const contexts: BrowserContext[] = []
  beforeAll(async () => {
    smtp = await startSmtp()
    ;[system, browser] = await Promise.all([startSystem({ database: 'sqlite', smtpUrl: smtp.url }), launchBrowser()])
    fs.mkdirSync(SHOTS, { recursive: true })
    for (const width of [360, 1366]) contexts.push(await browser.newContext({ locale: 'th-TH', viewport: { width, height: width === 360 ? 780 : 900 }, acceptDownloads: true }))
    ;[phone, desk] = await Promise.all(contexts.map((context) => context.newPage()))
    webmaster = await signInToAdmin(browser, system.origin, 'webmaster1@khaosan.test')
    await webmaster.setViewportSize({ width: 1366, height: 900 })
  })
  afterAll(async () => {
    await browser?.close()
    await system?.stop()
    await smtp?.close()
  })

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
  const fitsTheScreen = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
  /** A step on a record's page in the admin, confirmed with its note. */
  async function act(label: string, note: string) {
    await webmaster.click(`.khaosan-workflow__buttons button:has-text("${label}")`)
    await webmaster.fill('textarea[name=reason]', note)
    await webmaster.click(`button:has-text("ยืนยัน: ${label}")`)
  }
  const subscriber = 'subscriber-e2e@example.com'

  it('takes a subscription to Q&A answers, kept only once the link in the e-mail is opened', async () => {
    await desk.goto(`${system.origin}/alerts`)
    await desk.fill('#subscribe-email', subscriber)
    await desk.check('#topic-questions')
    await desk.check('#subscribe-consent')
    await shot(desk, '01-subscribe-1366')
    await desk.click('button:has-text("ขอรับข่าวสาร")')
    await desk.waitForSelector('text=กรุณายืนยันอีเมลของท่าน')
    const mail = decodeMail((await smtp.waitFor(subscriber, 'ยืนยัน')).raw)
    const link = /https?:\/\/\S+\/api\/subscriptions\/confirm\?t=[A-Za-z0-9_.-]+/.exec(mail)![0]
    await desk.goto(link)
    await desk.waitForSelector('text=ยืนยันอีเมลแล้ว')
    expect(await desk.isChecked('#topic-questions')).toBe(true)
    await shot(desk, '02-subscription-confirmed-1366')
  })

  it('publishes a question from a phone with the agency’s answer, tells the asker and alerts the subscriber, who leaves with one POST', async () => {
    const question = 'ต่อใบอนุญาตจำหน่ายอาหารได้ที่ไหน ใช้เอกสารอะไรบ้าง'
    await phone.goto(`${system.origin}/questions`)
    await phone.fill('#question-question', question)
    await phone.fill('#question-email', 'asker-e2e@example.com')
    await phone.check('#question-consent')
    await shot(phone, '03-question-form-360')
    await phone.click('button:has-text("ส่งคำถาม")')
    await phone.waitForURL(/\/questions\/asked$/)
    expect(await fitsTheScreen(phone)).toBe(true)
    await phone.goto(`${system.origin}/questions`)
    expect(await phone.textContent('main')).not.toContain(question) // nothing public before the webmaster answers

    await webmaster.goto(`${system.origin}/admin/collections/questions`)
    await webmaster.click(`tr:has-text("ต่อใบอนุญาตจำหน่ายอาหาร") a >> nth=0`)
    await act('ตอบและเผยแพร่', 'ยื่นที่กองสาธารณสุขและสิ่งแวดล้อม ชั้น 1 พร้อมสำเนาบัตรประชาชนและใบอนุญาตเดิม')
    await webmaster.waitForSelector('[data-testid=question-state]:has-text("เผยแพร่")', { timeout: 60_000 })
    await shot(webmaster, '04-question-answered-1366')

    await phone.goto(`${system.origin}/questions`)
    await phone.waitForSelector(`text=${question}`)
    expect(await phone.textContent('main')).toContain('ยื่นที่กองสาธารณสุขและสิ่งแวดล้อม ชั้น 1')
    expect(await phone.textContent('main')).not.toContain('asker-e2e@example.com')
    await shot(phone, '05-question-answered-360')
    await smtp.waitFor('asker-e2e@example.com', 'ได้รับคำตอบ')

    const alert = await smtp.waitFor(subscriber, question.slice(0, 20))
    const unsubscribe = /^List-Unsubscribe:\s*<([^>]+)>/m.exec(alert.raw)![1].replace(/^https?:\/\/[^/]+/, system.origin)
    expect(alert.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m)
    // What a mail program does with the one-click header (RFC 8058): one POST, no page.
    const oneClick = await fetch(unsubscribe, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' })
    expect(oneClick.status).toBeLessThan(300)
    const manage = /https?:\/\/\S+\/subscription\/[0-9a-f]{64}/.exec(decodeMail(alert.raw))![0].replace(/^https?:\/\/[^/]+/, system.origin)
    await desk.goto(manage)
    await desk.waitForSelector('text=ไม่พบการรับข่าวสารนี้')
  })

  it('takes a comment on an open hearing from a phone, shown only once a webmaster shows it', async () => {
    const text = 'ขอให้มีทางลาดสำหรับรถเข็นรอบบึงด้วย'
    await phone.goto(`${system.origin}/public-hearing`)
    await phone.click('a:has-text("โครงการปรับปรุงสวนสาธารณะหนองบัว")')
    await phone.fill('#comment-text', text)
    await phone.check('#comment-consent')
    await shot(phone, '06-hearing-comment-360')
    await phone.click('#comment-form button[type=submit]')
    await phone.waitForLoadState()
    expect(await phone.textContent('main')).not.toContain(text)
    const hearing = phone.url().replace(/[?#].*$/, '')

    await webmaster.goto(`${system.origin}/admin/collections/hearing-comments`)
    await webmaster.click(`tr:has-text("ทางลาดสำหรับรถเข็น") a >> nth=0`)
    await webmaster.click('.khaosan-workflow__buttons button >> nth=0')
    await webmaster.click('button:has-text("ยืนยัน:")')
    await webmaster.waitForSelector('[data-testid=comment-state]:has-text("แสดง")', { timeout: 60_000 })

    await phone.goto(hearing)
    expect(await phone.textContent('main')).toContain(text)
    expect(await fitsTheScreen(phone)).toBe(true)
    await shot(phone, '07-hearing-comment-shown-360')
  })

  it('answers a request for information with a file the citizen downloads from the status page', async () => {
    await desk.goto(`${system.origin}/information-request`)
    await desk.fill('#complaint-topic', 'รายงานการประชุมสภาเทศบาล สมัยสามัญที่ 1/2569')
    await desk.fill('#complaint-details', 'ขอสำเนารายงานการประชุมฉบับที่รับรองแล้ว เป็นไฟล์ PDF')
    await desk.fill('#complaint-name', 'นายวิชาญ ใฝ่รู้')
    await desk.fill('#complaint-email', 'requester-e2e@example.com')
    await desk.check('#complaint-consent')
    await shot(desk, '08-information-request-1366')
    await desk.click('button:has-text("ส่งคำขอข้อมูลข่าวสาร")')
    await desk.waitForURL(/\/track\/R\d{4}-/)
    const status = desk.url().replace(/[?#].*$/, '')

    await webmaster.goto(`${system.origin}/admin/collections/complaints`)
    await webmaster.click(`tr:has-text("รายงานการประชุมสภาเทศบาล") a >> nth=0`)
    await webmaster.click('.khaosan-workflow__buttons button:has-text("เปิดเผยข้อมูลให้ผู้ขอ")')
    await webmaster.fill('textarea[name=reason]', 'แนบรายงานการประชุมฉบับรับรองแล้ว')
    await webmaster.setInputFiles('input[name=files]', { name: 'รายงานการประชุม.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdfBytes('minutes')) })
    await webmaster.click('button:has-text("ยืนยัน: เปิดเผยข้อมูลให้ผู้ขอ")')
    await webmaster.waitForSelector('[data-testid=complaint-state]:has-text("ยุติเรื่อง")', { timeout: 60_000 })
    await shot(webmaster, '09-information-provided-1366')

    await desk.goto(status)
    expect(await desk.textContent('main')).toContain('แนบรายงานการประชุมฉบับรับรองแล้ว')
    const [download] = await Promise.all([desk.waitForEvent('download'), desk.click('a:has-text("รายงานการประชุม.pdf")')])
    expect(fs.readFileSync((await download.path())!).equals(Buffer.from(pdfBytes('minutes')))).toBe(true)
    await shot(desk, '10-information-status-1366')
  })

  it('draws a request the server refuses again, without JavaScript too: the message beside its field, what was typed kept', async () => {
    // The browser's own checks pass (every required field is filled); only the server knows a request needs a way to answer it.
    const noScript = await (await browser.newContext({ locale: 'th-TH', viewport: { width: 360, height: 780 }, javaScriptEnabled: false })).newPage()
    const topic = 'ข้อบัญญัติงบประมาณรายจ่ายประจำปี พ.ศ. 2570'
    for (const [page, width] of [[noScript, 360], [desk, 1366]] as const) {
      await page.goto(`${system.origin}/information-request`)
      await page.fill('#complaint-topic', topic)
      await page.fill('#complaint-details', 'ขอสำเนาข้อบัญญัติฉบับที่ประกาศใช้แล้ว เป็นไฟล์ PDF')
      await page.fill('#complaint-name', 'นางสาวมาลี ขอดู')
      await page.check('#complaint-consent')
      await page.click('button:has-text("ส่งคำขอข้อมูลข่าวสาร")')
      await page.waitForSelector('#complaint-email-error')
      expect(await page.title()).toMatch(/^แก้ไขข้อมูล: /)
      expect(await page.textContent('#complaint-email-error')).toContain('กรุณาระบุอีเมลหรือหมายเลขโทรศัพท์')
      expect(await page.getAttribute('#complaint-email', 'aria-invalid')).toBe('true')
      expect(await page.getAttribute('#complaint-email', 'aria-describedby')).toContain('complaint-email-error')
      expect(await page.textContent('.form-reply a[href="#complaint-email"]')).toContain('กรุณาระบุอีเมลหรือหมายเลขโทรศัพท์')
      expect(await page.inputValue('#complaint-topic')).toBe(topic)
      expect(await page.inputValue('#complaint-name')).toBe('นางสาวมาลี ขอดู')
      expect(await page.isChecked('#complaint-consent')).toBe(true)
      expect(await page.getAttribute('#complaint-topic', 'aria-invalid')).toBeNull()
      await shot(page, `10b-information-refused-${width}`)
    }
    expect(await fitsTheScreen(desk)).toBe(true)
    expect(await seriousAxeViolations(desk)).toEqual([])

    // Corrected where the message says, and sent again: filed.
    await noScript.fill('#complaint-phone', '081 234 5678')
    await noScript.click('button:has-text("ส่งคำขอข้อมูลข่าวสาร")')
    await noScript.waitForURL(/\/track\/R\d{4}-/)
    await noScript.context().close()
  })

  it('takes the footer’s satisfaction answer from a phone and counts it on the statistics page', async () => {
    const answered = async () => Number(((await phone.locator('[data-stat=survey-count]').textContent({ timeout: 2000 }).catch(() => null)) ?? '0').replace(/,/g, ''))
    await phone.goto(`${system.origin}/statistics`)
    const before = await answered()
    await phone.check('.survey input[name=rating][value="5"]')
    await phone.click('.survey button[type=submit]')
    await phone.waitForLoadState()
    await phone.goto(`${system.origin}/statistics#satisfaction`)
    expect(await answered()).toBe(before + 1)
    await shot(phone, '11-satisfaction-360')
  })
})
