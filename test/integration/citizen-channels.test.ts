/**
 * The citizen channels through the HTTP contract, on the production build, on SQLite and PostgreSQL with a real
 * SMTP listener. Complaints: a citizen files without an account (JSON, and a form sent without JavaScript), follows
 * it by its code, staff handle it through the table, corruption complaints stay with the people designated for them
 * (and every read is recorded), the statistics count it, and no input gets a 5xx. The satisfaction survey: answered
 * from any page's footer, counted on the statistics page, comments kept from the public.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fiscalYearOf } from '@/domain/thai/calendar'
import { Client } from '../support/api'
import { decodeMail, startSmtp } from '../support/smtp'
import { htmlPretendingToBePdf, pdfBytes, pngBytes } from '../support/files'
import { startSystem, type DatabaseKind, type RunningSystem } from '../support/server'
import { executeSql } from '../support/database'

const DATABASES: DatabaseKind[] = (process.env.KHAOSAN_TEST_DATABASES?.split(',') as DatabaseKind[]) ?? ['sqlite', 'postgres']
const THAI = /[\u0E00-\u0E7F]/
const CODE = /^[GT]\d{4}-[0-9A-Z]{5}-[0-9A-Z]{5}$/

describe.each(DATABASES)('citizen channels on %s', (database) => {
  let system: RunningSystem
  let smtp: Awaited<ReturnType<typeof startSmtp>>
  let officer: Client, integrity: Client, head: Client, webmaster2: Client, admin: Client, anonymous: Client

  beforeAll(async () => {
    smtp = await startSmtp()
    // The test is its own reverse proxy: it says which address each citizen writes from.
    system = await startSystem({ database, smtpUrl: smtp.url, env: { KHAOSAN_TRUSTED_PROXIES: '127.0.0.1', KHAOSAN_SWEEP_CRON: '*/5 * * * * *' } })
    ;[officer, integrity, head, webmaster2, admin] = await Promise.all(['webmaster1', 'integrity', 'head', 'webmaster2', 'admin'].map((who) => Client.signIn(system.origin, `${who}@khaosan.test`)))
    anonymous = new Client(system.origin)
  })
  afterAll(async () => {
    await system?.stop()
    await smtp?.close()
  })

  const file = (body: Record<string, unknown>, address = '198.51.100.1') =>
    fetch(`${system.origin}/api/complaints`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address }, body: JSON.stringify(body) })
  /** A general complaint as its officer reads it (nobody else may: not even the administrator). */
  const complaintOf = async (code: string) => (await officer.get(`/api/complaints?where[trackingCode][equals]=${code}&depth=0`)).json.docs[0]
  const sound = { track: 'general', topic: 'ท่อระบายน้ำอุดตันหน้าบ้าน', details: 'ฝนตกแล้วน้ำท่วมขังทุกครั้ง', place: 'ซอย 4', email: 'citizen@example.com', consent: true }

  it('takes a complaint without an account, gives its tracking code at once and by e-mail, and tells the officers', async () => {
    const response = await file(sound)
    expect(response.status).toBe(201)
    const { trackingCode, statusUrl } = await response.json()
    expect(trackingCode).toMatch(CODE)
    expect(statusUrl).toBe(`/track/${trackingCode}`)
    await smtp.waitFor('citizen@example.com', trackingCode)
    await smtp.waitFor('webmaster1@khaosan.test', sound.topic)
    const page = await fetch(`${system.origin}${statusUrl}`)
    expect(page.status).toBe(200)
    expect(page.headers.get('cache-control')).toBe('private, no-store')
    const html = await page.text()
    expect(html).toContain('รับเรื่องแล้ว')
    expect(html).toContain(sound.topic)
    expect(html).not.toContain('citizen@example.com') // the status page never shows the complainant
    expect(html).toContain('noindex')
  })

  it('refuses what is missing or wrong field by field in Thai, and a form sent without JavaScript gets a page, not JSON', async () => {
    const response = await file({ track: 'gossip', topic: '', details: 'x', email: 'nobody@', consent: false })
    expect(response.status).toBe(400)
    const { errors } = await response.json()
    expect(errors.map((e: { field: string }) => e.field).sort()).toEqual(['consent', 'email', 'topic', 'track'])
    for (const error of errors) expect(error.message).toMatch(THAI)

    const form = await fetch(`${system.origin}/api/complaints`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': '198.51.100.2' },
      body: new URLSearchParams({ track: 'general', topic: 'ต้นไม้ล้มขวางถนน', details: 'ต้นไม้ใหญ่ล้มหลังพายุ', consent: 'yes' }).toString(),
    })
    expect(form.status).toBe(303)
    expect(form.headers.get('location')).toMatch(/^\/track\/G\d{4}-[0-9A-Z]{5}-[0-9A-Z]{5}\?filed=1$/)
    // Refused: the channel's own page again, the message beside its field, what was typed kept.
    const refused = await fetch(`${system.origin}/api/complaints`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': '198.51.100.2' },
      body: new URLSearchParams({ track: 'corruption', topic: '', details: 'เจ้าหน้าที่เรียกรับเงิน <b>ค่าดำเนินการ</b>' }).toString(),
    })
    expect(refused.status).toBe(400)
    expect(refused.headers.get('content-type')).toContain('text/html')
    expect(refused.headers.get('cache-control')).toContain('no-store')
    const page = await refused.text()
    expect(page).toContain('<title>แก้ไขข้อมูล: ')
    expect(page).toContain('action="/api/complaints"')
    expect(page).toContain('name="track" value="corruption"')
    expect(page).toMatch(/<p id="complaint-topic-error" class="field-error">.*กรุณาระบุเรื่องที่ร้องเรียน<\/p>/)
    expect(page).toMatch(/<input[^>]*id="complaint-topic"[^>]*aria-invalid="true"[^>]*aria-describedby="complaint-topic-error"/)
    expect(page).toContain('เจ้าหน้าที่เรียกรับเงิน &lt;b&gt;ค่าดำเนินการ&lt;/b&gt;</textarea>')
    expect(page).toMatch(/<p id="complaint-consent-error" class="field-error">/)
    // The next visitor gets the page as it always is.
    const fresh = await (await fetch(`${system.origin}/complaints/corruption`)).text()
    expect(fresh).not.toContain('class="field-error"')
    expect(fresh).not.toContain('เรียกรับเงิน')
  })

  it('never answers 5xx to malformed or hostile bodies, and keeps nothing a robot filled in', async () => {
    const before = (await officer.get('/api/complaints?limit=0')).json.totalDocs
    const bodies: [string, string][] = [
      ['application/json', '{"track":'],
      ['application/json', '[1,2,3]'],
      ['application/json', 'null'],
      ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="topic"\r\n\r\nabc'],
      ['text/plain', 'hello'],
      ['application/json', JSON.stringify({ ...sound, topic: 'ก'.repeat(100_000) })],
      ['application/json', JSON.stringify({ ...sound, topic: { $gt: '' }, details: ['a'] })],
    ]
    for (const [type, body] of bodies) {
      const response = await fetch(`${system.origin}/api/complaints`, { method: 'POST', headers: { 'Content-Type': type, 'X-Forwarded-For': '198.51.100.3' }, body })
      expect(response.status, `${type} ${body.slice(0, 40)}`).toBeGreaterThanOrEqual(400)
      expect(response.status, `${type} ${body.slice(0, 40)}`).toBeLessThan(500)
    }
    const robot = await file({ ...sound, website: 'https://casino.example' }, '198.51.100.4')
    expect(robot.status).toBe(202)
    expect(before).toBeGreaterThan(0)
    expect((await officer.get('/api/complaints?limit=0')).json.totalDocs).toBe(before)
  })

  it('tells an address that sends too often to wait (429 in Thai), without stopping others', async () => {
    const address = '203.0.113.77'
    const statuses: number[] = []
    for (let i = 0; i < 21; i++) statuses.push((await file({ track: 'general', topic: '', details: '', consent: true }, address)).status)
    expect(statuses.slice(0, 20).every((s) => s === 400)).toBe(true)
    const limited = await file(sound, address)
    expect(limited.status).toBe(429)
    expect((await limited.json()).errors[0].message).toMatch(/กรุณาลองใหม่ในอีก \d+ นาที/)
    expect((await file(sound, '203.0.113.78')).status).toBe(201)
  })

  it('is handled through the table: assigned to a unit, answered, closed; the citizen sees each public step, reopens it, and rates it', async () => {
    const { trackingCode } = await (await file({ ...sound, email: 'handled@example.com' }, '198.51.100.5')).json()
    const complaint = await complaintOf(trackingCode)
    const units = (await admin.get('/api/units?limit=100&depth=0')).json.docs as { id: number; name: string }[]
    const finance = units.find((u) => u.name === 'ฝ่ายบริหารงานคลัง')!.id

    expect((await head.get(`/api/complaints/${complaint.id}`)).status).toBe(404) // not yet their unit's
    const early = await officer.post(`/api/complaints/${complaint.id}/transition`, { action: 'close' })
    expect(early.status).toBe(409)
    expect(early.json.errors[0].message).toMatch(THAI)
    expect((await officer.post(`/api/complaints/${complaint.id}/transition`, { action: 'assign' })).status).toBe(400) // no unit
    const assigned = await officer.post(`/api/complaints/${complaint.id}/transition`, { action: 'assign', unit: finance, note: 'ภายในทีม: ดูงบซ่อม' })
    expect(assigned.status, assigned.text).toBe(200)
    expect(assigned.json.doc.state).toBe('assigned')
    await smtp.waitFor('head@khaosan.test', sound.topic) // the unit is told

    expect((await head.get(`/api/complaints/${complaint.id}`)).status).toBe(200) // now the unit's
    expect((await head.post(`/api/complaints/${complaint.id}/transition`, { action: 'answer' })).status).toBe(400) // an answer needs its text
    const answered = await head.post(`/api/complaints/${complaint.id}/transition`, { action: 'answer', note: 'ล้างท่อระบายน้ำเรียบร้อยแล้ว' })
    expect(answered.status, answered.text).toBe(200)
    expect((await head.post(`/api/complaints/${complaint.id}/transition`, { action: 'close' })).status).toBe(403) // closing is the officer's
    await smtp.waitFor('handled@example.com', 'ล้างท่อระบายน้ำเรียบร้อยแล้ว')

    const status = await (await fetch(`${system.origin}/track/${trackingCode}`)).text()
    expect(status).toContain('ตอบผู้ร้องแล้ว')
    expect(status).toContain('ล้างท่อระบายน้ำเรียบร้อยแล้ว')
    expect(status).not.toContain('ภายในทีม') // a note for staff stays with staff

    const reopened = await anonymous.post(`/api/complaints/track/${trackingCode.toLowerCase()}/reopen`, { note: 'น้ำยังท่วมอยู่' })
    expect(reopened.status, reopened.text).toBe(200)
    expect(reopened.json.state).toBe('in-progress')
    await head.post(`/api/complaints/${complaint.id}/transition`, { action: 'answer', note: 'ขุดลอกท่อทั้งสายแล้ว' })
    expect((await anonymous.post(`/api/complaints/track/${trackingCode}/rating`, { rating: 5 })).status).toBe(409) // not closed yet
    expect((await officer.post(`/api/complaints/${complaint.id}/transition`, { action: 'close' })).status).toBe(200)
    expect((await anonymous.post(`/api/complaints/track/${trackingCode}/rating`, { rating: 9 })).status).toBe(400)
    expect((await anonymous.post(`/api/complaints/track/${trackingCode}/rating`, { rating: 4 })).status).toBe(200)
    expect((await anonymous.post(`/api/complaints/track/${trackingCode}/rating`, { rating: 5 })).status).toBe(409) // once
    expect((await complaintOf(trackingCode)).rating).toBe(4)
    expect((await anonymous.post('/api/complaints/track/G2569-AAAAA-AAAAA/reopen', { note: 'x' })).status).toBe(404)
  })

  /** A complaint or request sent as the page's form sends it, with files. */
  const fileWithFiles = (fields: Record<string, string>, files: [string, Uint8Array, string][], address: string) => {
    const form = new FormData()
    for (const [name, value] of Object.entries(fields)) form.append(name, value)
    for (const [name, bytes, type] of files) form.append('files', new Blob([new Uint8Array(bytes)], { type }), name)
    return fetch(`${system.origin}/api/complaints`, { method: 'POST', redirect: 'manual', headers: { 'X-Forwarded-For': address }, body: form })
  }

  it('takes the citizen’s files with a complaint, read only by who reads the complaint; a hostile file refuses the whole complaint and nothing is kept', async () => {
    const fields = { track: 'general', topic: 'ป้ายจราจรล้ม', details: 'ป้ายหยุดล้มทับทางเท้า', consent: 'yes' }
    const filed = await fileWithFiles(fields, [['ป้ายล้ม.png', pngBytes(), 'image/png']], '198.51.100.20')
    expect(filed.status).toBe(303)
    const code = /\/track\/([^?]+)/.exec(filed.headers.get('location') ?? '')![1]
    const complaint = await complaintOf(code)
    const files = await officer.get(`/api/case-files?where[case][equals]=${complaint.id}&depth=0`)
    expect(files.json.docs.map((f: { filename: string; from: string }) => [f.filename, f.from])).toEqual([['ป้ายล้ม.png', 'citizen']])
    const fileId = files.json.docs[0].id
    const stored = await fetch(`${system.origin}${files.json.docs[0].url}`, { headers: { Authorization: officer.authorization } })
    expect(stored.status).toBe(200)
    expect(Buffer.from(await stored.arrayBuffer()).equals(Buffer.from(pngBytes()))).toBe(true)
    for (const other of [webmaster2, head, anonymous]) {
      expect((await other.get(`/api/case-files/${fileId}`)).status, 'someone who does not read the complaint').toBeGreaterThanOrEqual(403)
      expect((await fetch(`${system.origin}${files.json.docs[0].url}`, { headers: other === anonymous ? {} : { Authorization: other.authorization } })).status).toBeGreaterThanOrEqual(403)
    }
    // The citizen's own file is not handed back by the status page's downloads: those are the agency's.
    expect((await fetch(`${system.origin}/api/complaints/track/${code}/files/${fileId}`)).status).toBe(404)

    const before = (await officer.get('/api/complaints?limit=0')).json.totalDocs
    const hostile = await fileWithFiles(fields, [['ภาพ.png', pngBytes(), 'image/png'], ['หนังสือ.pdf', htmlPretendingToBePdf(), 'application/pdf']], '198.51.100.21')
    expect(hostile.status).toBe(400)
    expect(await hostile.text()).toContain('หนังสือ.pdf')
    const tooMany = await fileWithFiles(fields, [1, 2, 3, 4].map((n): [string, Uint8Array, string] => [`ภาพ${n}.png`, pngBytes(), 'image/png']), '198.51.100.21')
    expect(tooMany.status).toBe(400)
    expect(await tooMany.text()).toContain('ไม่เกิน 3 ไฟล์')
    const huge = await fetch(`${system.origin}/api/complaints`, { method: 'POST', headers: { 'Content-Type': 'multipart/form-data; boundary=x', 'Content-Length': String(200 * 1024 * 1024), 'X-Forwarded-For': '198.51.100.21' }, body: new Uint8Array(1024), duplex: 'half' } as RequestInit).catch(() => null)
    if (huge) expect(huge.status).toBe(413) // or the connection is closed as soon as the length says so
    expect((await officer.get('/api/complaints?limit=0')).json.totalDocs).toBe(before)
  })

  it('takes a request for official information (e-Service): who asks is required, the information is given as files the citizen downloads by the code, a refusal says why and how to appeal', async () => {
    const request = { track: 'information', topic: 'งบประมาณโครงการถนนคอนกรีต', details: 'ขอสำเนาสัญญาจ้างและงบประมาณโครงการถนนคอนกรีต ปี 2569', consent: true }
    const nameless = await file(request, '198.51.100.30')
    expect(nameless.status).toBe(400)
    expect((await nameless.json()).errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'name'])
    const filed = await file({ ...request, name: 'นายสมชาย ขอข้อมูล', email: 'asker@example.com' }, '198.51.100.30')
    expect(filed.status).toBe(201)
    const { trackingCode } = await filed.json()
    expect(trackingCode).toMatch(/^R\d{4}-/)
    await smtp.waitFor('webmaster1@khaosan.test', request.topic) // the information officer
    const asked = await complaintOf(trackingCode)
    expect((await officer.post(`/api/complaints/${asked.id}/transition`, { action: 'answer', note: 'x' })).status).toBe(400) // a complaint's step

    const form = new FormData()
    form.append('action', 'provide')
    form.append('note', 'แนบสำเนาสัญญาจ้างตามที่ขอ')
    form.append('files', new Blob([new Uint8Array(pdfBytes('contract'))], { type: 'application/pdf' }), 'สัญญาจ้าง.pdf')
    const provided = await fetch(`${system.origin}/api/complaints/${asked.id}/transition`, { method: 'POST', headers: { Authorization: officer.authorization }, body: form })
    expect(provided.status, await provided.clone().text()).toBe(200)
    expect((await provided.json()).doc).toMatchObject({ state: 'closed', outcome: 'provided' })
    await smtp.waitFor('asker@example.com', 'แนบสำเนาสัญญาจ้างตามที่ขอ')

    const status = await (await fetch(`${system.origin}/track/${trackingCode}`)).text()
    expect(status).toContain('เปิดเผยข้อมูลให้ผู้ขอแล้ว')
    const link = /href="(\/api\/complaints\/track\/[^"]+\/files\/\d+)"/.exec(status)![1]
    const download = await fetch(`${system.origin}${link}`)
    expect(download.status).toBe(200)
    expect(download.headers.get('content-disposition')).toMatch(/^attachment;/)
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdfBytes('contract'))
    expect((await fetch(`${system.origin}${link.replace(trackingCode, 'R2569-AAAAA-AAAAA')}`)).status).toBe(404) // only with its own code

    const { trackingCode: second } = await (await file({ ...request, topic: 'ทะเบียนบ้านของผู้อื่น', name: 'นายสมชาย ขอข้อมูล', phone: '081-234-5678' }, '198.51.100.31')).json()
    const refused = await officer.post(`/api/complaints/${(await complaintOf(second)).id}/transition`, { action: 'refuse', note: 'เป็นข้อมูลข่าวสารส่วนบุคคลของผู้อื่น (มาตรา 15 (5))' })
    expect(refused.status, refused.text).toBe(200)
    const refusal = await (await fetch(`${system.origin}/track/${second}`)).text()
    expect(refusal).toContain('มาตรา 15 (5)')
    expect(refusal).toContain('อุทธรณ์')

    const statistics = await (await fetch(`${system.origin}/complaints/statistics`)).text()
    expect(statistics).toContain('คำขอข้อมูลข่าวสารของราชการ (e-Service)')
    expect(statistics).not.toContain('งบประมาณโครงการถนนคอนกรีต')
    const page = await (await fetch(`${system.origin}/information-request`)).text()
    expect(page).toContain('name="track" value="information"')
    const ita = await officer.get(`/api/compliance/ita/${fiscalYearOf(new Date())}`)
    const o10 = (ita.json.indicators as { code: string; evidence: { url: string }[] }[]).find((r) => r.code === 'O10')!
    expect(o10.evidence.map((link) => link.url)).toContain(`${system.origin}/information-request`)
  })

  it('reminds whoever a case waits for, once, when its step is overdue', async () => {
    const response = await file({ ...sound, topic: 'ไฟถนนดับทั้งซอย', email: '' }, '198.51.100.30')
    const { trackingCode } = await response.json()
    // Time passes: the case has waited ten days for an officer to pass it on (set outside the application, as the clock would).
    const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000).toISOString()
    await executeSql(database, system.databaseUrl, 'UPDATE complaints SET received_at = ?, state_changed_at = ? WHERE tracking_code = ?', [tenDaysAgo, tenDaysAgo, trackingCode])
    await smtp.waitFor('webmaster1@khaosan.test', `เกินกำหนด: เรื่องร้องเรียน/ร้องทุกข์ทั่วไป รหัส ${trackingCode}`, 30_000)
    // The notice is an effect of its own beside the mail: it may come a moment after it.
    const overdue = async () => (await officer.get(`/api/notifications?where[title][contains]=${trackingCode}&limit=10`)).json.docs.filter((n: { kind: string }) => n.kind === 'complaint-overdue')
    for (let tries = 0; tries < 50 && (await overdue()).length === 0; tries++) await new Promise((r) => setTimeout(r, 200))
    expect(await overdue()).toHaveLength(1)
    await new Promise((r) => setTimeout(r, 7_000)) // another sweep or two: still one reminder for this step
    expect(await overdue()).toHaveLength(1)
  })

  it('keeps corruption complaints with the people designated for them, and records every read', async () => {
    const { trackingCode } = await (await file({ ...sound, track: 'corruption', topic: 'เรียกรับเงินค่าอนุญาต' }, '198.51.100.6')).json()
    expect(trackingCode).toMatch(/^T/)
    await smtp.waitFor('integrity@khaosan.test', 'เรียกรับเงินค่าอนุญาต')
    expect(smtp.count('webmaster1@khaosan.test', 'เรียกรับเงินค่าอนุญาต')).toBe(0)
    for (const other of [officer, webmaster2, head, admin]) {
      const list = await other.get('/api/complaints?limit=100&depth=0')
      expect(list.json.docs.some((c: { trackingCode: string }) => c.trackingCode === trackingCode)).toBe(false)
    }
    const mine = await integrity.get(`/api/complaints?where[trackingCode][equals]=${trackingCode}&depth=0`)
    const id = mine.json.docs[0].id
    const reads = async () => (await admin.get(`/api/complaint-reads?where[complaint][equals]=${id}&limit=0`)).json.totalDocs as number
    const before = await reads()
    expect(before).toBeGreaterThanOrEqual(1) // the list read just now, and the admin's own lookup below count too
    expect((await integrity.get(`/api/complaints/${id}`)).status).toBe(200)
    expect(await reads()).toBeGreaterThan(before)
    expect((await officer.post(`/api/complaints/${id}/transition`, { action: 'no-action', note: 'x' })).status).toBe(404)
  })

  it('counts every complaint in the public statistics, generated, corruption ones only as numbers', async () => {
    const page = await fetch(`${system.origin}/complaints/statistics`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('สถิติเรื่องร้องเรียน')
    expect(html).toContain('เรื่องร้องเรียนการทุจริต')
    expect(html).not.toContain('เรียกรับเงินค่าอนุญาต')
    for (const path of ['/complaints', '/complaints/corruption', '/complaints/guideline', '/track']) expect((await fetch(`${system.origin}${path}`)).status, path).toBe(200)
    const unknown = await fetch(`${system.origin}/track/not-a-code`)
    expect(unknown.status).toBe(200)
    expect(await unknown.text()).toContain('ไม่พบเรื่องตามรหัส')
  })

  it('stands as the ITA evidence of the corruption-complaint guideline, channel and statistics, linking to them', async () => {
    const ita = await officer.get(`/api/compliance/ita/${fiscalYearOf(new Date())}`)
    expect(ita.status, ita.text).toBe(200)
    const byCode = new Map((ita.json.indicators as { code: string; status: string; evidence: { url: string }[] }[]).map((r) => [r.code, r]))
    const expected = { O16: '/complaints/guideline', O17: '/complaints/corruption', O18: `/complaints/statistics?fy=${fiscalYearOf(new Date()) - 1}` }
    for (const [code, path] of Object.entries(expected)) {
      expect(byCode.get(code)?.status, code).toBe('met')
      expect(byCode.get(code)?.evidence.map((link) => link.url), code).toContain(`${system.origin}${path}`)
    }
  })

  it('takes a satisfaction answer from any page’s footer without an account, and shows the year’s results but not the comment', async () => {
    const home = await (await fetch(`${system.origin}/news`)).text()
    expect(home).toContain('action="/api/survey-answers"')
    expect(home).toContain('name="page" value="/news"')
    const answer = (body: Record<string, string>, address: string) =>
      fetch(`${system.origin}/api/survey-answers`, { method: 'POST', redirect: 'manual', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': address }, body: new URLSearchParams(body).toString() })
    const sent = await answer({ rating: '5', comment: 'ความเห็นส่วนตัวถึงผู้ดูแล', page: '/news' }, '192.0.2.10')
    expect(sent.status).toBe(303)
    expect(sent.headers.get('location')).toBe('/statistics?thanks=1#satisfaction')
    expect((await answer({ rating: '3' }, '192.0.2.11')).status).toBe(303)
    const refused = await answer({ rating: '9' }, '192.0.2.12')
    expect(refused.status).toBe(400)
    expect(await refused.text()).toContain('กรุณาเลือกระดับความพึงพอใจ 1 ถึง 5')
    for (let i = 0; i < 2; i++) await answer({ rating: '4' }, '192.0.2.13')
    expect((await answer({ rating: '4' }, '192.0.2.13')).status).toBe(303)
    expect((await answer({ rating: '4' }, '192.0.2.13')).status).toBe(429) // a few answers an address in half an hour

    const stats = await (await fetch(`${system.origin}/statistics?thanks=1`)).text()
    expect(stats).toContain('ขอบคุณที่ร่วมประเมิน')
    expect(stats).toMatch(/data-stat="survey-count">5</)
    expect(stats).toMatch(/data-stat="survey-average">4\.00</)
    expect(stats).not.toContain('ความเห็นส่วนตัวถึงผู้ดูแล')
    expect((await anonymous.get('/api/survey-answers')).status).toBe(403)
    const read = await webmaster2.get('/api/survey-answers?limit=10')
    expect(read.json.docs.map((d: { comment?: string }) => d.comment)).toContain('ความเห็นส่วนตัวถึงผู้ดูแล')
  })

  describe('the Q&A board and e-mail alerts', () => {
    const subscriber = 'subscriber@example.com'
    let unsubscribeUrl = ''

    it('sends a confirmation link and keeps nothing until it is clicked; the link makes the subscription', async () => {
      const asked = await fetch(`${system.origin}/api/subscriptions`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': '192.0.2.40' },
        body: new URLSearchParams([['email', subscriber], ['topics', 'questions'], ['topics', 'news'], ['frequency', 'immediate'], ['consent', 'yes']]).toString(),
      })
      expect(asked.status).toBe(303)
      expect(asked.headers.get('location')).toBe('/alerts/sent')
      const subscriptions = async () => (await admin.get(`/api/subscriptions?where[email][equals]=${subscriber}&depth=0`)).json.docs as { state: string; topics: string[]; endReason?: string }[]
      expect(await subscriptions()).toEqual([])
      const mail = decodeMail((await smtp.waitFor(subscriber, 'ยืนยัน')).raw)
      const link = /https?:\/\/\S+\/api\/subscriptions\/confirm\?t=[A-Za-z0-9_.-]+/.exec(mail)![0]
      const tampered = await fetch(link.replace(/t=(.)/, (_m, c: string) => `t=${c === 'A' ? 'B' : 'A'}`), { redirect: 'manual' })
      expect(tampered.status).toBe(400)
      expect(await tampered.text()).toContain('ลิงก์ยืนยันใช้ไม่ได้')
      const confirmed = await fetch(link.replace(/^https?:\/\/[^/]+/, system.origin), { redirect: 'manual' })
      expect(confirmed.status).toBe(303)
      expect(confirmed.headers.get('location')).toMatch(/^\/subscription\/[0-9a-f]{64}\?confirmed=1$/)
      const page = await fetch(`${system.origin}${confirmed.headers.get('location')}`)
      expect(page.headers.get('cache-control')).toBe('private, no-store')
      expect(await page.text()).toContain('ยืนยันอีเมลแล้ว')
      expect((await subscriptions()).map((s) => [s.state, s.topics])).toEqual([['active', ['news', 'questions']]])
    })

    it('publishes a question only with the webmaster’s answer, tells the asker, and alerts the subscribers with one-click unsubscribe', async () => {
      const asked = await anonymous.post('/api/questions', { question: 'ชำระภาษีป้ายออนไลน์ได้หรือไม่', details: 'ร้านอยู่หมู่ 4', email: 'asker@example.com', consent: true })
      expect(asked.status, asked.text).toBe(201)
      expect(await (await fetch(`${system.origin}/questions`)).text()).not.toContain('ชำระภาษีป้ายออนไลน์ได้หรือไม่')
      expect((await anonymous.post('/api/questions', { question: '', consent: true })).json.errors[0].message).toMatch(THAI)
      expect((await head.post(`/api/questions/${asked.json.id}/transition`, { action: 'answer', note: 'ได้' })).status).toBe(403)
      expect((await webmaster2.post(`/api/questions/${asked.json.id}/transition`, { action: 'answer', note: ' ' })).status).toBe(400)
      const answered = await webmaster2.post(`/api/questions/${asked.json.id}/transition`, { action: 'answer', note: 'ชำระได้ที่ระบบ e-Tax ของเทศบาล หรือที่กองคลัง' })
      expect(answered.status, answered.text).toBe(200)
      expect((await webmaster2.post(`/api/questions/${asked.json.id}/transition`, { action: 'reject', note: 'x' })).status).toBe(409)
      const board = await (await fetch(`${system.origin}/questions`)).text()
      expect(board).toContain('ชำระภาษีป้ายออนไลน์ได้หรือไม่')
      expect(board).toContain('ชำระได้ที่ระบบ e-Tax ของเทศบาล หรือที่กองคลัง')
      expect(board).not.toContain('asker@example.com')
      await smtp.waitFor('asker@example.com', 'ได้รับคำตอบ')
      const alert = await smtp.waitFor(subscriber, 'ชำระภาษีป้ายออนไลน์ได้หรือไม่')
      const unsubscribe = /^List-Unsubscribe:\s*<([^>]+)>/m.exec(alert.raw) // folded onto the next line when long
      expect(unsubscribe, alert.raw.slice(0, 600)).not.toBeNull()
      expect(alert.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m)
      unsubscribeUrl = unsubscribe![1].replace(/^https?:\/\/[^/]+/, system.origin)
    })

    it('alerts the subscribers of news when a news item is published through the workflow', async () => {
      const owner = await Client.signIn(system.origin, 'owner@khaosan.test')
      const news = (await anonymous.get('/api/categories?limit=100')).json.docs.find((c: { code: string }) => c.code === 'C15').id
      const title = 'ประชาสัมพันธ์วันรับชำระภาษีนอกสถานที่'
      const created = await owner.post('/api/publish-requests', {
        title, summary: 'เจ้าหน้าที่กองคลังออกรับชำระภาษีที่ศาลาประชาคม', category: news, sourceOwner: 'กองคลัง', channel: 'letter',
        coverageFrom: new Date(Date.now() - 86_400_000).toISOString(), coverageTo: new Date().toISOString(),
      })
      expect(created.status, created.text).toBe(201)
      expect((await head.transition(created.json.doc.id, 'approve')).status).toBe(200)
      expect((await webmaster2.transition(created.json.doc.id, 'publish')).status).toBe(200)
      const alert = decodeMail((await smtp.waitFor(subscriber, title)).raw)
      expect(alert).toContain('/news/')
    })

    it('asks before unsubscribing on a GET, and unsubscribes at once on the one-click POST, recording why', async () => {
      const ask = await fetch(unsubscribeUrl)
      expect(ask.status).toBe(200)
      expect(await ask.text()).toContain('ยืนยันยกเลิกการรับข่าวสาร')
      const clicked = await fetch(unsubscribeUrl, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' })
      expect(clicked.status).toBe(200)
      const [ended] = (await admin.get(`/api/subscriptions?where[email][equals]=${subscriber}&depth=0`)).json.docs
      expect([ended.state, ended.endReason]).toEqual(['ended', 'one-click'])
      expect(ended.endedAt).toBeTruthy()
      expect((await fetch(unsubscribeUrl)).status).toBe(404)
    })
  })

  it('holds a public hearing: comments shown only by a moderator, hidden again by three readers’ flags, closed only with a published outcome', async () => {
    const hour = 3_600_000
    const sitemapHas = async (path: string) => (await (await fetch(`${system.origin}/sitemap.xml`)).text()).includes(`${system.origin}${path}<`)
    expect(await sitemapHas('/forms/job-application')).toBe(true) // and the sitemap is now kept by the page cache
    const created = await webmaster2.post('/api/hearings', { title: 'รับฟังความคิดเห็นการจัดระเบียบตลาดนัด', description: 'ขอความเห็นเรื่องการย้ายตลาดนัดวันพุธ', opensAt: new Date(Date.now() - hour).toISOString(), closesAt: new Date(Date.now() + hour).toISOString() })
    expect(created.status, created.text).toBe(201)
    const id = created.json.doc.id
    const page = async () => (await fetch(`${system.origin}/hearings/${id}`)).text()
    // A new hearing is a new address in the sitemap as soon as its creation has committed.
    for (let tries = 0; !(await sitemapHas(`/hearings/${id}`)) && tries < 50; tries++) await new Promise((r) => setTimeout(r, 200))
    expect(await sitemapHas(`/hearings/${id}`)).toBe(true)
    const comment = (body: Record<string, unknown>, address = '192.0.2.60') =>
      fetch(`${system.origin}/api/hearing-comments`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address }, body: JSON.stringify({ hearing: id, consent: true, ...body }) })
    const sent = await comment({ text: 'ควรย้ายไปลานจอดรถเทศบาล', email: 'commenter@example.com' })
    expect(sent.status).toBe(201)
    const commentId = (await sent.json()).id
    expect(await page()).not.toContain('ควรย้ายไปลานจอดรถเทศบาล') // nothing public before a moderator shows it
    expect((await comment({ text: '' })).status).toBe(400)
    expect((await head.post(`/api/hearing-comments/${commentId}/transition`, { action: 'show' })).status).toBe(403)
    expect((await webmaster2.post(`/api/hearing-comments/${commentId}/transition`, { action: 'show' })).status).toBe(200)
    expect(await page()).toContain('ควรย้ายไปลานจอดรถเทศบาล')

    const flag = (address: string) =>
      fetch(`${system.origin}/api/hearing-comments/${commentId}/flag`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address }, body: JSON.stringify({ reason: 'spam' }) })
    expect((await flag('192.0.2.61')).status).toBe(200)
    expect((await flag('192.0.2.61')).status).toBe(409) // one flag an address
    expect((await flag('192.0.2.62')).status).toBe(200)
    expect(await page()).toContain('ควรย้ายไปลานจอดรถเทศบาล')
    expect((await flag('192.0.2.63')).status).toBe(200)
    expect(await page()).not.toContain('ควรย้ายไปลานจอดรถเทศบาล') // the third flag takes it off for review
    expect((await webmaster2.post(`/api/hearing-comments/${commentId}/transition`, { action: 'hide', note: '' })).status).toBe(400)
    expect((await webmaster2.post(`/api/hearing-comments/${commentId}/transition`, { action: 'hide', note: 'เป็นโฆษณา' })).status).toBe(200)
    await smtp.waitFor('commenter@example.com', 'เป็นโฆษณา') // the author is told why

    expect((await webmaster2.post(`/api/hearings/${id}/outcome`, { summary: 'ส่วนใหญ่เห็นด้วย', changes: 'ย้ายตลาดนัด' })).status).toBe(409) // still open
    const past = await webmaster2.post('/api/hearings', { title: 'รับฟังความคิดเห็นเรื่องเวลาเปิดปิดสวนสาธารณะ', description: 'เสนอเวลาใหม่ 05.00–21.00 น.', opensAt: new Date(Date.now() - 48 * hour).toISOString(), closesAt: new Date(Date.now() - hour).toISOString() })
    const pastId = past.json.doc.id
    expect((await comment({ hearing: pastId, text: 'ช้าไปแล้ว' })).status).toBe(409)
    expect((await webmaster2.post(`/api/hearings/${pastId}/outcome`, { summary: 'เห็นด้วย 12 ความคิดเห็น', changes: '' })).status).toBe(400)
    const concluded = await webmaster2.post(`/api/hearings/${pastId}/outcome`, { summary: 'เห็นด้วย 12 ความคิดเห็น', changes: 'ขยายเวลาปิดเป็น 21.00 น. ตั้งแต่เดือนหน้า' })
    expect(concluded.status, concluded.text).toBe(200)
    const outcome = await (await fetch(`${system.origin}/hearings/${pastId}`)).text()
    expect(outcome).toContain('ขยายเวลาปิดเป็น 21.00 น. ตั้งแต่เดือนหน้า')
    expect(outcome).toContain('สรุปผลแล้ว')
    expect(await (await fetch(`${system.origin}/public-hearing`)).text()).toContain('รับฟังความคิดเห็นเรื่องเวลาเปิดปิดสวนสาธารณะ')
  })
  describe('e-forms', () => {
    let clerk: Client // staff of สำนักปลัด, the unit the demo's job application goes to
    let jobForm: { id: number; fields: { id: string; label: string; type: string }[] }
    const aged: string[] = []
    beforeAll(async () => {
      clerk = await Client.signIn(system.origin, 'office@khaosan.test')
      jobForm = (await admin.get('/api/e-forms?where[slug][equals]=job-application&depth=0')).json.docs[0]
    })
    /** The demo job application's answers, by field label → by the field's key (its input's name). */
    const answers = (byLabel: Record<string, string | string[]>) => Object.fromEntries(jobForm.fields.flatMap((f) => (f.label in byLabel ? [[f.id, byLabel[f.label]]] : [])))
    const keyOf = (label: string) => jobForm.fields.find((f) => f.label === label)!.id
    const complete = { ตำแหน่งที่สมัคร: 'คนงานทั่วไป', 'ชื่อ-นามสกุล': 'นายสมหวัง ตั้งใจ', วันเกิด: '๑/๒/๒๕๓๕', หมายเลขโทรศัพท์: '081-234-5678', อีเมล: 'applicant@example.com', วุฒิการศึกษาและประสบการณ์ทำงาน: 'ปวช. ช่างยนต์', ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริงทุกประการ: 'yes' }
    const send = (body: Record<string, unknown>, address = '192.0.2.90', slug = 'job-application') =>
      fetch(`${system.origin}/api/form-submissions/form/${slug}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address }, body: JSON.stringify(body) })
    const submissionOf = async (reference: string, who = clerk) => (await who.get(`/api/form-submissions?where[reference][equals]=${reference}&depth=0`)).json?.docs?.[0]

    it('is filled on its page without an account: a reference at once, the answers to print and save as PDF, the unit’s staff told', async () => {
      const page = await (await fetch(`${system.origin}/forms/job-application`)).text()
      expect(page).toContain('ใบสมัครพนักงานจ้างทั่วไป')
      expect(page).toContain(`name="${keyOf('วันเกิด')}"`)
      expect(await (await fetch(`${system.origin}/forms`)).text()).toContain('/forms/tax-certificate')
      const response = await send({ ...answers(complete), consent: true })
      expect(response.status).toBe(201)
      const { reference, receiptUrl, receiptPdfUrl } = await response.json()
      expect(reference).toMatch(/^F\d{4}-[0-9A-Z]{5}-[0-9A-Z]{5}$/)
      const receipt = await fetch(`${system.origin}${receiptUrl}`)
      expect(receipt.status).toBe(200)
      expect(receipt.headers.get('cache-control')).toBe('private, no-store')
      const html = await receipt.text()
      for (const text of [reference, 'นายสมหวัง ตั้งใจ', '1 กุมภาพันธ์ 2535', 'noindex']) expect(html).toContain(text)
      const pdf = await anonymous.download(receiptPdfUrl)
      expect(pdf.type).toBe('application/pdf')
      expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-')
      await smtp.waitFor('applicant@example.com', reference)
      await smtp.waitFor('office@khaosan.test', 'ใบสมัครพนักงานจ้างทั่วไป')
      // Read by the form's unit, and by nobody else: not another unit's webmaster, never the public.
      const submission = await submissionOf(reference)
      expect(submission.answers.find((a: { label: string }) => a.label === 'ชื่อ-นามสกุล').value).toBe('นายสมหวัง ตั้งใจ')
      expect(await submissionOf(reference, officer)).toBeUndefined()
      expect((await anonymous.get(`/api/form-submissions/${submission.id}`)).status).toBeGreaterThanOrEqual(403)
      expect((await fetch(`${system.origin}/sitemap.xml`).then((r) => r.text())).includes(reference)).toBe(false)
      aged.push(reference)
    })

    it('checks every answer against the form’s definition, field by field in Thai; a form sent without JavaScript gets a page and its receipt', async () => {
      const wrong = await send({ ...answers({ ...complete, ตำแหน่งที่สมัคร: 'นายกเทศมนตรี', วันเกิด: '31/02/2535', หมายเลขโทรศัพท์: '12', 'ชื่อ-นามสกุล': '' }) })
      expect(wrong.status).toBe(400)
      const { errors } = await wrong.json()
      expect(errors.map((e: { label: string }) => e.label).sort()).toEqual(['ความยินยอม', 'ชื่อ-นามสกุล', 'ตำแหน่งที่สมัคร', 'วันเกิด', 'หมายเลขโทรศัพท์'].sort())
      for (const error of errors) expect(error.message).toMatch(THAI)

      const form = new URLSearchParams({ ...answers(complete), consent: 'yes' } as Record<string, string>)
      const sent = await fetch(`${system.origin}/api/form-submissions/form/job-application`, { method: 'POST', redirect: 'manual', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': '192.0.2.91' }, body: form.toString() })
      expect(sent.status).toBe(303)
      expect(sent.headers.get('location')).toMatch(/^\/form-receipt\/F\d{4}-/)
      const refused = await fetch(`${system.origin}/api/form-submissions/form/job-application`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': '192.0.2.91' }, body: 'consent=yes' })
      expect(refused.status).toBe(400)
      const page = await refused.text()
      expect(page).toContain('กรุณากรอกชื่อ-นามสกุล')
      expect(page).toContain(`<a href="#form-${keyOf('ชื่อ-นามสกุล')}">`)
      expect(page).toContain(`id="form-${keyOf('ชื่อ-นามสกุล')}-error"`)
    })

    it('takes a file where the form asks for one, read only by the unit’s staff; a hostile file refuses the whole form', async () => {
      const form = new FormData()
      for (const [name, value] of Object.entries({ ...answers(complete), consent: 'yes' })) form.append(name, String(value))
      form.append(keyOf('สำเนาวุฒิการศึกษา'), new Blob([new Uint8Array(pdfBytes())], { type: 'application/pdf' }), 'วุฒิการศึกษา.pdf')
      const sent = await fetch(`${system.origin}/api/form-submissions/form/job-application`, { method: 'POST', redirect: 'manual', headers: { 'X-Forwarded-For': '192.0.2.92' }, body: form })
      expect(sent.status).toBe(303)
      const reference = /\/form-receipt\/(.+)$/.exec(sent.headers.get('location')!)![1]
      const submission = await submissionOf(reference)
      expect(submission.answers.find((a: { label: string }) => a.label === 'สำเนาวุฒิการศึกษา').value).toBe('วุฒิการศึกษา.pdf')
      const files = await clerk.get(`/api/case-files?where[submission][equals]=${submission.id}&depth=0`)
      expect(files.json.docs.map((f: { filename: string }) => f.filename)).toEqual(['วุฒิการศึกษา.pdf'])
      expect((await officer.get(`/api/case-files/${files.json.docs[0].id}`)).status).toBeGreaterThanOrEqual(403)
      aged.push(reference)

      const before = (await clerk.get('/api/form-submissions?limit=0')).json.totalDocs
      form.set(keyOf('สำเนาวุฒิการศึกษา'), new Blob([new Uint8Array(htmlPretendingToBePdf())], { type: 'application/pdf' }), 'วุฒิ.pdf')
      const hostile = await fetch(`${system.origin}/api/form-submissions/form/job-application`, { method: 'POST', headers: { 'X-Forwarded-For': '192.0.2.92' }, body: form })
      expect(hostile.status).toBe(400)
      expect(await hostile.text()).toContain('วุฒิ.pdf')
      expect((await clerk.get('/api/form-submissions?limit=0')).json.totalDocs).toBe(before)
    })

    it('never answers 5xx, keeps nothing a robot filled in, and knows no form that is not open', async () => {
      const before = (await clerk.get('/api/form-submissions?limit=0')).json.totalDocs
      for (const [type, body] of [['application/json', '{"x":'], ['application/json', '[]'], ['text/plain', 'hi'], ['multipart/form-data; boundary=x', '--x\r\nbroken'], ['application/json', JSON.stringify({ [keyOf('ชื่อ-นามสกุล')]: { $ne: 1 }, consent: true })], ['application/json', JSON.stringify({ [keyOf('ชื่อ-นามสกุล')]: 'ก'.repeat(200_000) })]]) {
        const response = await fetch(`${system.origin}/api/form-submissions/form/job-application`, { method: 'POST', headers: { 'Content-Type': type, 'X-Forwarded-For': '192.0.2.93' }, body })
        expect(response.status, `${type} ${body.slice(0, 30)}`).toBeGreaterThanOrEqual(400)
        expect(response.status, `${type} ${body.slice(0, 30)}`).toBeLessThan(500)
      }
      expect((await send({ ...answers(complete), consent: true, website: 'https://slot.example' }, '192.0.2.94')).status).toBe(202)
      expect((await send({ consent: true }, '192.0.2.94', 'no-such-form')).status).toBe(404)
      expect((await send({ consent: true }, '192.0.2.94', '../etc')).status).toBe(404)
      expect((await fetch(`${system.origin}/forms/no-such-form`)).status).toBe(404)
      expect((await fetch(`${system.origin}/form-receipt/F2569-AAAAA-BBBBB`)).status).toBe(404)
      expect((await fetch(`${system.origin}/api/form-submissions/receipt/not-a-reference/pdf`)).status).toBe(404)
      expect((await clerk.get('/api/form-submissions?limit=0')).json.totalDocs).toBe(before)
    })

    it('is marked by the unit’s staff and exported as CSV with only what they may read', async () => {
      const reference = aged[0]
      const submission = await submissionOf(reference)
      expect(submission.state).toBe('new')
      expect((await officer.post(`/api/form-submissions/${submission.id}/transition`, { action: 'seen' })).status).toBe(404)
      expect((await clerk.post(`/api/form-submissions/${submission.id}/transition`, { action: 'approve' })).status).toBe(400)
      const seen = await clerk.post(`/api/form-submissions/${submission.id}/transition`, { action: 'seen' })
      expect(seen.status, seen.text).toBe(200)
      expect(seen.json.doc.state).toBe('seen')
      expect((await clerk.post(`/api/form-submissions/${submission.id}/transition`, { action: 'seen' })).status).toBe(409)
      const csv = await clerk.get(`/api/form-submissions/export?form=${jobForm.id}`)
      expect(csv.status).toBe(200)
      expect(csv.headers.get('content-type')).toContain('text/csv')
      const [header, ...rows] = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n')
      expect(header).toContain('เลขที่อ้างอิง')
      expect(header).toContain('วันเกิด')
      expect(rows.some((row) => row.startsWith(reference) && row.includes('รับเรื่องแล้ว') && row.includes('นายสมหวัง ตั้งใจ'))).toBe(true)
      const elsewhere = await officer.get(`/api/form-submissions/export?form=${jobForm.id}`)
      expect(elsewhere.text).not.toContain(reference)
      expect((await anonymous.get(`/api/form-submissions/export?form=${jobForm.id}`)).status).toBe(401)
    })

    it('deletes the answers and their files once the form’s retention has passed, and records only how many', async () => {
      // Time passes: the retention of two submissions ends (set outside the application, as the clock would).
      for (const reference of aged) await executeSql(database, system.databaseUrl, 'UPDATE form_submissions SET delete_after = ? WHERE reference = ?', [new Date(Date.now() - 60_000).toISOString(), reference])
      // The sweep deletes them one at a time: wait until none of them is left (or the minute is up).
      const deadline = Date.now() + 60_000
      const left = async () => (await Promise.all(aged.map((reference) => submissionOf(reference)))).some(Boolean)
      while ((await left()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 1000))
      for (const reference of aged) expect(await submissionOf(reference), reference).toBeUndefined()
      expect((await clerk.get('/api/case-files?where[submission][exists]=true&limit=0')).json.totalDocs).toBe(0)
      const events = await admin.get(`/api/events?where[kind][equals]=e-form&sort=-createdAt&limit=5`)
      expect(events.json.docs.some((e: { summary: string }) => e.summary.includes(aged[1]) && e.summary.startsWith('ลบแบบฟอร์ม'))).toBe(true)
    })
  })
})
