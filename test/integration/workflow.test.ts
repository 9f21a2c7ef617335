/**
 * The publishing workflow through the HTTP contract, against the production build, on a temporary SQLite
 * file and on a fresh PostgreSQL database; mail is received by a real SMTP listener on 127.0.0.1.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Client } from '../support/api'
import { pdfBytes, htmlPretendingToBePdf, oversizedPdf } from '../support/files'
import { startSmtp } from '../support/smtp'
import { startSystem, type DatabaseKind, type RunningSystem } from '../support/server'

const pdfText = (bytes: Uint8Array): string => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'khaosan-pdf-')), 'form.pdf')
  fs.writeFileSync(file, bytes)
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
}

const DATABASES: DatabaseKind[] = (process.env.KHAOSAN_TEST_DATABASES?.split(',') as DatabaseKind[]) ?? ['sqlite', 'postgres']

describe.each(DATABASES)('publishing workflow on %s', (database) => {
  let system: RunningSystem
  let smtp: Awaited<ReturnType<typeof startSmtp>>
  let owner: Client, head: Client, division: Client, webmaster: Client, executive: Client
  let anonymous: Client
  let categories: Record<string, { id: number; sensitive: boolean }>

  beforeAll(async () => {
    smtp = await startSmtp()
    system = await startSystem({ database, smtpUrl: smtp.url })
    ;[owner, head, division, webmaster, executive] = await Promise.all(
      ['owner', 'head', 'division', 'webmaster1', 'executive'].map((who) => Client.signIn(system.origin, `${who}@khaosan.test`)),
    )
    anonymous = new Client(system.origin)
    const list = await anonymous.get('/api/categories?limit=100')
    categories = Object.fromEntries(list.json.docs.map((c: { slug: string; id: number; sensitive: boolean }) => [c.slug, c]))
  })
  afterAll(async () => {
    await system?.stop()
    await smtp?.close()
  })

  const isoIn = (ms: number) => new Date(Date.now() + ms).toISOString()
  const submit = async (over: Record<string, unknown> = {}, as = owner) => {
    const uploaded = await as.upload('ประกาศ.pdf', pdfBytes())
    expect(uploaded.status).toBe(201)
    const response = await as.post('/api/publish-requests', {
      title: 'ประกาศรับสมัครพนักงานจ้างทั่วไป',
      summary: 'รับสมัครพนักงานจ้างทั่วไป จำนวน ๒ อัตรา',
      category: categories.news.id,
      sourceOwner: 'กองคลัง เทศบาลตำบลบ้านสวน',
      coverageFrom: '2026-10-01T00:00:00.000Z',
      coverageTo: '2026-12-31T00:00:00.000Z',
      publishFrom: isoIn(-60_000),
      publishUntil: isoIn(30 * 24 * 3600_000),
      channel: 'letter',
      urgent: false,
      emergency: false,
      attachments: [uploaded.json.doc.id],
      ...over,
    })
    expect(response.status, response.text).toBe(201)
    return response.json.doc as { id: number; state: string; attachments: unknown[] }
  }

  // Started first, checked last: the expiry job runs once a minute inside the running server.
  let expiring: { id: number; url: string }
  it('an item whose period is about to end is published', async () => {
    const request = await submit({ title: 'ข่าวที่จะหมดอายุ', publishUntil: isoIn(40_000) })
    await head.transition(request.id, 'approve')
    const published = await webmaster.transition(request.id, 'publish')
    expect(published.status).toBe(200)
    expiring = { id: request.id, url: published.json.doc.publicUrl }
    expect((await anonymous.get(new URL(expiring.url).pathname)).status).toBe(200)
  })

  it('uploads an allowed file and reports its type and size', async () => {
    const response = await owner.upload('รายงาน.pdf', pdfBytes('รายงาน'))
    expect(response.status).toBe(201)
    expect(response.json.doc).toMatchObject({ mimeType: 'application/pdf', filesize: pdfBytes('รายงาน').length })
    expect(response.json.doc.filename).toMatch(/\.pdf$/)
  })

  it('refuses a file whose content is not what its name says, and one that is too big, keeping nothing', async () => {
    const before = (await webmaster.get('/api/attachments?limit=0')).json.totalDocs
    const filesBefore = fs.readdirSync(path.join(system.dataDir, 'uploads')).length
    const fake = await owner.upload('ประกาศ.pdf', htmlPretendingToBePdf())
    expect(fake.status).toBe(400)
    expect(fake.json.errors[0].message).toMatch(/ประกาศ\.pdf/)
    expect(fake.json.errors[0].message).toMatch(/[\u0E00-\u0E7F]/)
    const big = await owner.upload('ใหญ่.pdf', oversizedPdf(5))
    expect(big.status).toBe(413)
    expect(big.json.errors[0].message).toMatch(/4 MB/)
    expect((await webmaster.get('/api/attachments?limit=0')).json.totalDocs).toBe(before)
    expect(fs.readdirSync(path.join(system.dataDir, 'uploads')).length).toBe(filesBefore)
  })

  /** A small request that the rules refuse: 400, with the Thai message expected. */
  const refused = async (over: Record<string, unknown>, message: string) => {
    const response = await owner.post('/api/publish-requests', {
      title: 'คำขอที่ไม่ถูกต้อง', summary: 'x', category: categories.news.id, sourceOwner: 'x', channel: 'letter',
      coverageFrom: '2026-01-01T00:00:00.000Z', coverageTo: '2026-01-31T00:00:00.000Z', ...over,
    })
    expect(response.status).toBe(400)
    expect(response.text).toContain(message)
  }

  it('refuses a request with the coverage dates the wrong way round, in Thai', async () => {
    await refused({ coverageFrom: '2026-12-31T00:00:00.000Z', coverageTo: '2026-01-01T00:00:00.000Z' }, 'วันที่สิ้นสุดของข้อมูลต้องไม่ก่อนวันที่เริ่มต้น')
  })

  it('refuses a request to a category the site generates (the site map), in Thai', async () => {
    await refused({ category: categories.sitemap.id }, 'ไม่รับคำขอเผยแพร่')
  })

  it('goes from the owner through the head to the webmaster, and the public page shows it', async () => {
    const request = await submit()
    expect(request.state).toBe('awaiting-approval')

    expect((await owner.transition(request.id, 'approve')).status).toBe(403) // wrong role
    expect((await webmaster.transition(request.id, 'publish')).status).toBe(409) // wrong state
    expect((await head.transition(request.id, 'reject')).status).toBe(400) // reason missing
    expect((await head.transition(request.id, 'fly')).status).toBe(400)

    const approved = await head.transition(request.id, 'approve')
    expect(approved.status).toBe(200)
    expect(approved.json.doc.state).toBe('ready-to-publish')
    const published = await webmaster.transition(request.id, 'publish')
    expect(published.status).toBe(200)
    expect(published.json.doc.state).toBe('published')

    const read = await owner.get(`/api/publish-requests/${request.id}`)
    expect(read.json.history.map((h: { action: string }) => h.action)).toEqual(['submit', 'approve', 'publish'])
    expect(read.json.history[1]).toMatchObject({ by: 'นางวิไล หัวหน้าฝ่าย', role: 'head' })
    expect(read.json.history[2].at).toBeTruthy()
    const publicUrl: string = read.json.publicUrl
    expect(publicUrl).toMatch(new RegExp(`^${system.origin}/news/${request.id}$`))

    const page = await anonymous.get(new URL(publicUrl).pathname)
    expect(page.status).toBe(200)
    expect(page.text).toContain('ประกาศรับสมัครพนักงานจ้างทั่วไป')
    expect(page.text).toContain('กองคลัง เทศบาลตำบลบ้านสวน')
    expect(page.text).toContain('1 ตุลาคม 2569') // the dates the information covers, Buddhist era
    expect(page.text).toMatch(/PDF/)
    const link = /href="(\/files\/\d+\/[^"]+)"/.exec(page.text)?.[1] // the public download route
    expect(link).toBeTruthy()
    const file = await fetch(new URL(link!, system.origin))
    expect(file.status).toBe(200)
    expect(new TextDecoder().decode(await file.arrayBuffer())).toContain('%PDF')

    // The filled form with its history, printed as the paper form was (PDF, Thai, Buddhist era).
    const pdf = await fetch(`${system.origin}/api/publish-requests/${request.id}/form?format=pdf`, { headers: { Authorization: owner.authorization } })
    expect(pdf.status).toBe(200)
    const text = pdfText(new Uint8Array(await pdf.arrayBuffer()))
    expect(text).toContain('แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์')
    expect(text).toContain('ประกาศรับสมัครพนักงานจ้างทั่วไป')
    expect(text).toContain('นางวิไล หัวหน้าฝ่าย')
    expect(text.indexOf('ยื่นคำขอ')).toBeGreaterThan(-1)
    expect(text.indexOf('ยื่นคำขอ')).toBeLessThan(text.lastIndexOf('เผยแพร่บน')) // history in order
    expect(text).toMatch(/[๐-๙]{4}/) // Buddhist-era year in Thai numerals
    expect((await anonymous.get(`/api/publish-requests/${request.id}/form?format=pdf`)).status).toBe(401)

    const mail = await smtp.waitFor('owner@khaosan.test', publicUrl)
    expect(mail.raw).toBeTruthy()
    const notices = await owner.get('/api/notifications?limit=50')
    expect(notices.json.docs.some((n: { kind: string; link: string }) => n.kind === 'published' && n.link === publicUrl)).toBe(true)

    // Taken down with a reason: gone from the public site, the owner is told.
    expect((await webmaster.transition(request.id, 'unpublish')).status).toBe(400)
    expect((await webmaster.transition(request.id, 'unpublish', { reason: 'ข้อมูลคลาดเคลื่อน' })).status).toBe(200)
    expect([404, 410]).toContain((await anonymous.get(new URL(publicUrl).pathname)).status)
    expect([403, 404]).toContain((await fetch(new URL(link!, system.origin))).status)
    await smtp.waitFor('owner@khaosan.test', 'ข้อมูลคลาดเคลื่อน')
  })

  it('sensitive categories need the division head before a webmaster may publish', async () => {
    const request = await submit({ category: categories.procurement.id, title: 'ประกาศแผนจัดซื้อจัดจ้าง' })
    expect((await head.transition(request.id, 'approve')).json.doc.state).toBe('awaiting-endorsement')
    expect((await webmaster.transition(request.id, 'publish')).status).toBe(409)
    expect((await head.transition(request.id, 'endorse')).status).toBe(403)
    expect((await division.transition(request.id, 'endorse')).json.doc.state).toBe('ready-to-publish')
  })

  it('an emergency goes to the executive first; an urgent one may be approved verbally and confirmed later', async () => {
    const emergency = await submit({ emergency: true, title: 'แจ้งเตือนภัยน้ำท่วม' })
    expect(emergency.state).toBe('awaiting-screening')
    expect((await head.transition(emergency.id, 'approve')).status).toBe(409)
    expect((await executive.transition(emergency.id, 'screen')).json.doc.state).toBe('awaiting-approval')

    const urgent = await submit({ urgent: true, title: 'ประกาศด่วน' })
    const noDetails = await head.transition(urgent.id, 'record-verbal-approval', { reason: 'ด่วนมาก' })
    expect(noDetails.status).toBe(400)
    const verbal = await head.transition(urgent.id, 'record-verbal-approval', {
      reason: 'ต้องประกาศภายในวันนี้',
      verbalApproval: { givenBy: 'นายกเทศมนตรี', givenAt: new Date().toISOString(), means: 'โทรศัพท์' },
    })
    expect(verbal.status).toBe(200)
    expect(verbal.json.doc).toMatchObject({ state: 'ready-to-publish', verbalApprovalPending: true })
    expect(verbal.json.doc.verbalApproval).toMatchObject({ givenBy: 'นายกเทศมนตรี', means: 'โทรศัพท์' })
    const confirmed = await head.transition(urgent.id, 'confirm-verbal-approval')
    expect(confirmed.json.doc.verbalApprovalPending).toBe(false)
  })

  it('a webmaster sends back with a reason and the owner hears it; the owner fixes and resubmits', async () => {
    const request = await submit({ title: 'เอกสารที่ต้องแก้ไข' })
    await head.transition(request.id, 'approve')
    const back = await webmaster.transition(request.id, 'send-back', { reason: 'กรุณาแนบไฟล์ฉบับลงนาม' })
    expect(back.json.doc.state).toBe('sent-back')
    await smtp.waitFor('owner@khaosan.test', 'กรุณาแนบไฟล์ฉบับลงนาม')
    const edited = await owner.request('PATCH', `/api/publish-requests/${request.id}`, { summary: 'แนบฉบับลงนามแล้ว' })
    expect(edited.status).toBe(200)
    expect((await owner.transition(request.id, 'resubmit')).json.doc.state).toBe('awaiting-approval')
    // The state is the workflow's: a direct edit cannot set it.
    await owner.request('PATCH', `/api/publish-requests/${request.id}`, { state: 'published' })
    expect((await owner.get(`/api/publish-requests/${request.id}`)).json.state).toBe('awaiting-approval')
  })

  it('no one approves their own request', async () => {
    const own = await submit({ title: 'คำขอของหัวหน้าเอง' }, head)
    expect((await head.transition(own.id, 'approve')).status).toBe(403)
  })

  it('nothing unpublished is readable anonymously: REST, GraphQL or file URLs', async () => {
    const request = await submit({ title: 'ร่างที่ยังไม่เผยแพร่' })
    const attachmentId = (request.attachments[0] as { id: number } | number)
    const id = typeof attachmentId === 'object' ? attachmentId.id : attachmentId
    const attachment = (await owner.get(`/api/attachments/${id}`)).json
    for (const url of [`/api/publish-requests/${request.id}`, '/api/publish-requests', `/api/attachments/${id}`, `/api/users`, `/api/users/1`, `/api/notifications`]) {
      const response = await anonymous.get(url)
      const leaked = response.status === 200 && (response.json?.docs?.some((d: { title?: string }) => d.title === 'ร่างที่ยังไม่เผยแพร่') || response.json?.id)
      expect(leaked, url).toBeFalsy()
    }
    expect((await anonymous.get('/api/attachments?limit=100')).json?.docs?.some((d: { id: number }) => d.id === id) ?? false).toBe(false)
    expect([403, 404]).toContain((await fetch(`${system.origin}${attachment.url}`)).status)
    const graphql = await anonymous.post('/api/graphql', { query: '{ PublishRequests { docs { id title } } Users { docs { email } } }' })
    expect(graphql.text).not.toContain('ร่างที่ยังไม่เผยแพร่')
    expect(graphql.text).not.toContain('owner@khaosan.test')
    expect([404, 410]).toContain((await anonymous.get(`/news/${request.id}`)).status)
  })

  it('an item leaves the public site when its period ends, and the job records it as expired', async () => {
    const deadline = Date.now() + 180_000
    let state = ''
    while (Date.now() < deadline) {
      state = (await owner.get(`/api/publish-requests/${expiring.id}`)).json.state
      if (state === 'expired') break
      await new Promise((r) => setTimeout(r, 2_000))
    }
    expect(state).toBe('expired')
    expect([404, 410]).toContain((await anonymous.get(new URL(expiring.url).pathname)).status)
    await smtp.waitFor('owner@khaosan.test', 'ข่าวที่จะหมดอายุ')
  }, 240_000)
})
