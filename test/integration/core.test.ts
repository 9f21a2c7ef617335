/**
 * The workflow core through the HTTP contract, on SQLite and on PostgreSQL: nothing readable before its date or
 * after it, an action's effects after its commit (even across a crash), retries when mail fails, the rules of
 * the seeds (on behalf of a data owner, who approves, endorsement, placement, verbal approval, true dates),
 * revisions of published items, the work list and the notices, categories known by their codes.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Client } from '../support/api'
import { pdfBytes, pngBytes } from '../support/files'
import { startSmtp } from '../support/smtp'
import { executeSql } from '../support/database'
import { sleep, until } from '../support/wait'
import { startSystem, type DatabaseKind, type RunningSystem } from '../support/server'

const DATABASES: DatabaseKind[] = (process.env.KHAOSAN_TEST_DATABASES?.split(',') as DatabaseKind[]) ?? ['sqlite', 'postgres']
const root = path.resolve(import.meta.dirname, '../..')

const pdfText = (bytes: Uint8Array): string => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'khaosan-pdf-')), 'form.pdf')
  fs.writeFileSync(file, bytes)
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
}

/** The title of the request whose publication the site process is killed after, once (KHAOSAN_TEST_CRASH_AFTER_COMMIT). */
const CRASH_TITLE = 'ประกาศก่อนระบบหยุดทำงาน'
/** The current fiscal year, Buddhist era (1 October – 30 September). */
const fiscalYearNow = () => {
  const now = new Date(Date.now() + 7 * 3600_000)
  return now.getUTCFullYear() + 543 + (now.getUTCMonth() >= 9 ? 1 : 0)
}

/** What a database edited by hand, or a crash in the middle of indexing, leaves: no search rows at all. */
const deleteSearchRows = (database: DatabaseKind, url: string) => executeSql(database, url, 'DELETE FROM search_index')

describe.each(DATABASES)('the workflow core on %s', (database) => {
  let system: RunningSystem
  let smtp: Awaited<ReturnType<typeof startSmtp>>
  let owner: Client, head: Client, division: Client, webmaster: Client, webmaster2: Client, executive: Client, admin: Client, office: Client
  let outsider: Client // an owner in another unit (กองช่าง)
  let anonymous: Client
  let categories: Record<string, { id: number; code: string; slug: string; sensitive: boolean }>
  let units: Record<string, number>
  let word = 0
  /** A word no other item has: what a search for this item looks for. */
  const unique = () => `คำเฉพาะ${database}${++word}ทดสอบ`.replace(/[0-9]/g, (d) => 'กขคงจฉชซฌญ'[Number(d)])

  beforeAll(async () => {
    smtp = await startSmtp()
    system = await startSystem({ database, smtpUrl: smtp.url, env: { KHAOSAN_TEST_CRASH_AFTER_COMMIT: `publish:${CRASH_TITLE}`, KHAOSAN_EFFECT_RETRY_MS: '500' } })
    ;[owner, head, division, webmaster, webmaster2, executive, admin, office] = await Promise.all(
      ['owner', 'head', 'division', 'webmaster1', 'webmaster2', 'executive', 'admin', 'office'].map((who) => Client.signIn(system.origin, `${who}@khaosan.test`)),
    )
    anonymous = new Client(system.origin)
    const list = await anonymous.get('/api/categories?limit=100')
    categories = Object.fromEntries(list.json.docs.map((c: { code: string }) => [c.code, c]))
    units = Object.fromEntries((await admin.get('/api/units?limit=100')).json.docs.map((u: { name: string; id: number }) => [u.name, u.id]))
    const created = await admin.post('/api/users', { email: 'engineer@khaosan.test', password: 'khaosan-demo', name: 'นายช่าง ต่างหน่วย', role: 'owner', unit: units['ฝ่ายการโยธา'], active: true })
    expect(created.status, created.text).toBe(201)
    outsider = await Client.signIn(system.origin, 'engineer@khaosan.test')
  })
  afterAll(async () => {
    await system?.stop()
    await smtp?.close()
  })

  const isoIn = (ms: number) => new Date(Date.now() + ms).toISOString()
  const body = (over: Record<string, unknown> = {}) => ({
    title: 'ประกาศทดสอบ',
    summary: 'รายละเอียดโดยสรุป',
    category: categories.C15.id,
    sourceOwner: 'กองคลัง',
    coverageFrom: '2026-10-01T00:00:00.000Z',
    coverageTo: '2026-12-31T00:00:00.000Z',
    channel: 'letter',
    ...over,
  })
  async function upload(as: Client, name = 'ประกาศ.pdf', text = 'ไฟล์ทดสอบ') {
    const uploaded = await as.upload(name, pdfBytes(text), 'application/pdf')
    expect(uploaded.status, JSON.stringify(uploaded.json)).toBe(201)
    return uploaded.json.doc as { id: number; filename: string; url: string }
  }
  async function submit(over: Record<string, unknown> = {}, as = owner) {
    const response = await as.post('/api/publish-requests', body(over))
    expect(response.status, response.text).toBe(201)
    return response.json.doc as { id: number; state: string }
  }
  async function act(as: Client, id: number, action: string, extra: Record<string, unknown> = {}) {
    const response = await as.transition(id, action, extra)
    expect(response.status, `${action}: ${response.text}`).toBe(200)
    return response.json.doc
  }
  /** Approved by the head (endorsed where needed) and published by a webmaster. */
  async function publish(id: number, publisher = webmaster2) {
    const approved = await act(head, id, 'approve')
    if (approved.state === 'awaiting-endorsement') await act(division, id, 'endorse')
    return act(publisher, id, 'publish')
  }
  const publicPage = (id: number) => anonymous.get(`/news/${id}`)

  describe('nothing is readable before its publication date, or after it', () => {
    it('an item, its attachment and its picture: hidden before, public during, hidden after, everywhere a reader looks', async () => {
      const word = unique()
      const file = await upload(owner, 'ประกาศตามเวลา.pdf')
      const picture = (await owner.upload('ภาพ.png', pngBytes(), 'image/png')).json.doc as { id: number }
      const from = Date.now() + 12_000
      const ends = from + 12_000
      const request = await submit({ title: `ประกาศตามเวลา ${word}`, summary: word, attachments: [file.id], image: picture.id, imageAlt: 'ภาพประกอบ', publishFrom: new Date(from).toISOString(), publishUntil: new Date(ends).toISOString() })
      const published = await publish(request.id)
      expect(published.publishedAt).toBe(new Date(from).toISOString()) // the date it becomes public, not the click

      const readers = async () => {
        const [page, search, sitemap, feed, byId, list, graphql, fileUrl, publicFile, pictureById, otherUnit] = await Promise.all([
          publicPage(request.id),
          anonymous.get(`/search?q=${encodeURIComponent(word)}`),
          anonymous.get('/sitemap.xml'),
          anonymous.get('/feeds/news.xml'),
          anonymous.get(`/api/attachments/${file.id}`),
          anonymous.get(`/api/attachments?where[id][equals]=${file.id}`),
          anonymous.post('/api/graphql', { query: `{ Attachments(where: { id: { equals: ${file.id} } }) { docs { id } } }` }),
          fetch(`${system.origin}${file.url}`),
          fetch(`${system.origin}/files/${file.id}/x.pdf`),
          anonymous.get(`/api/attachments/${picture.id}`),
          outsider.get(`/api/attachments/${file.id}`),
        ])
        return {
          page: page.status === 200,
          search: search.text.includes(`/news/${request.id}`),
          sitemap: sitemap.text.includes(`/news/${request.id}<`),
          feed: feed.text.includes(`/news/${request.id}<`),
          byId: byId.status === 200 && byId.json?.id === file.id,
          list: list.json?.docs?.some((d: { id: number }) => d.id === file.id) ?? false,
          graphql: graphql.json?.data?.Attachments?.docs?.some((d: { id: number }) => d.id === file.id) ?? false,
          fileUrl: fileUrl.status === 200,
          publicFile: publicFile.status === 200,
          picture: pictureById.status === 200,
          otherUnit: otherUnit.status === 200,
        }
      }
      const nowhere = { page: false, search: false, sitemap: false, feed: false, byId: false, list: false, graphql: false, fileUrl: false, publicFile: false, picture: false, otherUnit: false }
      const everywhere = Object.fromEntries(Object.keys(nowhere).map((k) => [k, true]))
      expect(await readers()).toEqual(nowhere) // published, but its date has not come
      // Staff of another unit read neither the request nor its file before its date.
      expect([403, 404]).toContain((await outsider.get(`/api/publish-requests/${request.id}`)).status)
      await until('the publication date', async () => Date.now() > from + 500)
      expect(await readers()).toEqual(everywhere)
      expect([403, 404]).toContain((await outsider.get(`/api/publish-requests/${request.id}`)).status)
      await until('the end of the publication period', async () => Date.now() > ends + 500)
      expect(await readers()).toEqual(nowhere)
    }, 90_000)

    it('a file two items carry stays public while either is, and is hidden once both have gone', async () => {
      const file = await upload(owner, 'ใช้ร่วม.pdf')
      const first = await submit({ title: 'รายการแรก', attachments: [file.id] })
      const second = await submit({ title: 'รายการที่สอง', attachments: [file.id] })
      await publish(first.id)
      await publish(second.id)
      const readable = async () => (await anonymous.get(`/api/attachments/${file.id}`)).status === 200
      expect(await readable()).toBe(true)
      await act(webmaster2, first.id, 'unpublish', { reason: 'ข้อมูลซ้ำ' })
      expect(await readable()).toBe(true)
      await act(webmaster2, second.id, 'unpublish', { reason: 'สิ้นสุดการใช้งาน' })
      expect(await readable()).toBe(false)
    })

    it('staff read the files of the requests they may read, not every file', async () => {
      const file = await upload(owner, 'ยังไม่เผยแพร่.pdf')
      await submit({ title: 'คำขอของฝ่ายคลัง', attachments: [file.id] })
      expect((await head.get(`/api/attachments/${file.id}`)).status).toBe(200) // the owner's unit head
      expect((await webmaster.get(`/api/attachments/${file.id}`)).status).toBe(200)
      expect([403, 404]).toContain((await outsider.get(`/api/attachments/${file.id}`)).status)
      expect((await outsider.get('/api/attachments?limit=100')).json.docs.some((d: { id: number }) => d.id === file.id)).toBe(false)
    })
  })

  describe('a workflow action is one transaction, and what follows happens after it commits', () => {
    it('a crash between the commit and its effects: after the restart the page, the notice and the mail are there, once', async () => {
      const title = CRASH_TITLE
      const request = await submit({ title })
      await act(head, request.id, 'approve')
      const crashed = await webmaster2.transition(request.id, 'publish').catch(() => null)
      expect(crashed?.status ?? 502).not.toBe(200) // the site process was killed before it could answer
      await until('the site process to come back', async () => (await fetch(`${system.origin}/api/categories?limit=1`).catch(() => null))?.ok)
      expect((await owner.get(`/api/publish-requests/${request.id}`)).json.state).toBe('published')
      await until('the page', async () => (await publicPage(request.id)).status === 200)
      await smtp.waitFor('owner@khaosan.test', title)
      const notices = async () => {
        const answer = await owner.get(`/api/notifications?where[request][equals]=${request.id}&where[kind][equals]=published`)
        expect(answer.status, answer.text).toBe(200) // once (of four runs) something else came back here: say what
        return answer.json.totalDocs as number
      }
      await until('the notice', async () => (await notices()) >= 1)
      await sleep(6_000) // a sweep of the effects more: still once
      expect(await notices()).toBe(1)
      expect(smtp.count('owner@khaosan.test', title)).toBe(1)
    }, 120_000)

    it('a failing mail server: the mail is kept, tried again, shown to webmasters, and delivered once it is back', async () => {
      smtp.state.refusing = true
      const title = `ส่งกลับระหว่างอีเมลขัดข้อง ${unique()}`
      const request = await submit({ title })
      await act(head, request.id, 'approve')
      await act(webmaster2, request.id, 'send-back', { reason: 'แนบไฟล์ไม่ครบ' })
      const failing = await until('a failed attempt', async () => {
        const { json } = await webmaster.get(`/api/effects?where[kind][equals]=mail&where[status][equals]=pending&where[attempts][greater_than]=0&limit=100`)
        return json.docs.find((e: { description: string }) => e.description.includes(title) && e.description.includes('owner@khaosan.test'))
      })
      expect(failing.lastError).toMatch(/451|ขัดข้อง/)
      expect((await owner.get(`/api/effects`)).status).toBe(403) // not for everyone
      // The in-app notice does not wait for the mail.
      expect((await owner.get(`/api/notifications?where[request][equals]=${request.id}&where[kind][equals]=sent-back`)).json.totalDocs).toBe(1)
      smtp.state.refusing = false
      await smtp.waitFor('owner@khaosan.test', title, 30_000)
      const effect = await until('the effect done', async () => {
        const { json } = await webmaster.get(`/api/effects/${failing.id}`)
        return json.status === 'done' && json
      })
      expect(effect.attempts).toBeGreaterThan(0)
      expect(smtp.count('owner@khaosan.test', title)).toBe(1)
    }, 90_000)

    it('an edit of a category drops the public pages once it is committed', async () => {
      const before = await anonymous.get('/')
      const renamed = await admin.request('PATCH', `/api/categories/${categories.C21.id}`, { title: 'ป้ายประกาศเด่น' })
      expect(renamed.status).toBe(200)
      await until('the new title on the public site', async () => (await anonymous.get(`/${categories.C21.slug}`)).text.includes('ป้ายประกาศเด่น'))
      expect(before.status).toBe(200)
      await admin.request('PATCH', `/api/categories/${categories.C21.id}`, { title: 'แบนเนอร์' })
    })
  })

  describe('every workflow rule in one place', () => {
    it('a request can be saved as a draft and submitted later; the owner edits it only until it is approved', async () => {
      const draft = await submit({ title: 'ร่างคำขอ', saveAsDraft: true })
      expect(draft.state).toBe('draft')
      expect((await head.get('/api/publish-requests/waiting')).json.docs.some((d: { id: number }) => d.id === draft.id)).toBe(false)
      expect((await owner.request('PATCH', `/api/publish-requests/${draft.id}`, { summary: 'แก้ไขร่าง' })).status).toBe(200)
      expect((await act(owner, draft.id, 'submit')).state).toBe('awaiting-approval')
      await act(head, draft.id, 'approve')
      const late = await owner.request('PATCH', `/api/publish-requests/${draft.id}`, { summary: 'แก้หลังอนุมัติ' })
      expect(late.status).not.toBe(200)
      const read = (await owner.get(`/api/publish-requests/${draft.id}`)).json
      expect(read.summary).toBe('แก้ไขร่าง')
      expect(read.history.map((h: { action: string }) => h.action)).toEqual(['edit', 'submit', 'approve'])
    })

    it('the data’s date range is required', async () => {
      const response = await owner.post('/api/publish-requests', body({ coverageFrom: undefined, coverageTo: undefined }))
      expect(response.status).toBe(400)
      expect(response.text).toMatch(/[\u0E00-\u0E7F]/)
    })

    it('whoever may take the next step is told, and sees it in their work list; the notice is done once anyone takes it', async () => {
      const request = await submit({ title: `รออนุมัติ ${unique()}` })
      const waiting = async (as: Client) => (await as.get('/api/publish-requests/waiting')).json.docs.map((d: { id: number }) => d.id)
      expect(await waiting(head)).toContain(request.id)
      expect(await waiting(division)).toContain(request.id) // a division head may approve too, and is told
      expect(await waiting(webmaster)).not.toContain(request.id)
      const noticeOf = async (as: Client) => (await as.get(`/api/notifications?where[request][equals]=${request.id}&where[awaits][equals]=awaiting-approval`)).json.docs[0]
      const headNotice = await until('the head’s notice', () => noticeOf(head))
      await until('the division head’s notice', () => noticeOf(division))
      const unreadBefore = (await head.get('/api/notifications/unread-count')).json.unread
      await act(division, request.id, 'approve')
      expect((await noticeOf(head)).done).toBe(true)
      expect((await head.get('/api/notifications/unread-count')).json.unread).toBe(unreadBefore - 1)
      expect(await waiting(head)).not.toContain(request.id)
      expect(await waiting(webmaster)).toContain(request.id)
      // A webmaster's list holds what waits to be published, not what is already on the site.
      await act(webmaster2, request.id, 'publish')
      expect(await waiting(webmaster)).not.toContain(request.id)
      const read = await head.post(`/api/notifications/${headNotice.id}/read`, {})
      expect(read.json.doc.read).toBe(true)
    })

    it('categories are known by their codes: a renamed news category keeps the home page and ITA O4', async () => {
      const news = categories.C15
      const request = await submit({ title: `ข่าวก่อนเปลี่ยนชื่อหมวด ${unique()}` })
      await publish(request.id)
      const o4 = async () => (await webmaster.get(`/api/compliance/ita/${fiscalYearNow()}`)).json.indicators.find((i: { code: string }) => i.code === 'O4')
      expect((await o4()).status).toBe('met')
      expect((await admin.request('PATCH', `/api/categories/${news.id}`, { slug: 'khao', title: 'ข่าวสารเทศบาล' })).status).toBe(200)
      try {
        await until('the home page under the new name', async () => (await anonymous.get('/')).text.includes(`/khao/${request.id}`))
        expect((await anonymous.get(`/khao/${request.id}`)).status).toBe(200)
        expect((await fetch(`${system.origin}/news/${request.id}`, { redirect: 'manual' })).headers.get('location')).toContain(`/khao/${request.id}`)
        expect((await o4()).status).toBe('met')
      } finally {
        await admin.request('PATCH', `/api/categories/${news.id}`, { slug: 'news', title: 'ข่าวประชาสัมพันธ์' })
      }
    })
  })

  describe('what the seeds ask of a request', () => {
    it('filed on behalf of a data owner without an account: their unit’s head approves, the form names them, they hear by e-mail', async () => {
      const title = `หนังสือจากกองคลัง ${unique()}`
      const request = await submit(
        { title, channel: 'letter', onBehalf: true, requester: { name: 'นางสาวมาลี ใจงาม', position: 'เจ้าพนักงานการเงินและบัญชี', unit: units['ฝ่ายบริหารงานคลัง'], email: 'malee@example.test' } },
        webmaster,
      )
      const read = (await webmaster.get(`/api/publish-requests/${request.id}`)).json
      expect(read.requester.name).toBe('นางสาวมาลี ใจงาม')
      expect(read.unitPath).toContain(`/${units['ฝ่ายบริหารงานคลัง']}/`)
      expect((await webmaster.transition(request.id, 'publish')).status).toBe(409)
      await act(head, request.id, 'approve')
      expect((await webmaster.transition(request.id, 'publish')).status).toBe(403) // who typed it in does not publish it
      await act(webmaster2, request.id, 'publish')
      await smtp.waitFor('malee@example.test', title)
      const form = await webmaster.download(`/api/publish-requests/${request.id}/form?format=pdf`)
      const text = pdfText(form.bytes)
      expect(text).toContain('นางสาวมาลี ใจงาม')
      expect(text).toContain('เจ้าพนักงานการเงินและบัญชี')
    })

    it('an on-behalf request without the requester’s name, position and unit is refused in Thai', async () => {
      const response = await webmaster.post('/api/publish-requests', body({ onBehalf: true, requester: { email: 'x@example.test' } }))
      expect(response.status).toBe(400)
      expect(response.text).toContain('ชื่อ-นามสกุล')
    })

    it('who approves is the agency’s setting: the agency head', async () => {
      const set = (approvalBy: string) => admin.post('/api/globals/settings', { approvalBy })
      expect((await set('agency-head')).status).toBe(200)
      try {
        const request = await submit({ title: 'อนุมัติโดยหัวหน้าส่วนราชการ' })
        expect((await head.transition(request.id, 'approve')).status).toBe(403)
        expect((await executive.get('/api/publish-requests/waiting')).json.docs.some((d: { id: number }) => d.id === request.id)).toBe(true)
        expect((await act(executive, request.id, 'approve')).state).toBe('ready-to-publish')
      } finally {
        await set('owner-unit')
      }
    })

    it('the division head endorses anything flagged, whatever its category, and a webmaster may send it there', async () => {
      const flagged = await submit({ title: 'รายงานการเงินในหมวดข้อมูลหน่วยงาน', category: categories.C1.id, needsEndorsement: true })
      expect((await act(head, flagged.id, 'approve')).state).toBe('awaiting-endorsement')
      const byHead = await submit({ title: 'ข่าวที่หัวหน้าขอให้หัวหน้ากองรับรอง' })
      expect((await act(head, byHead.id, 'approve', { needsEndorsement: true })).state).toBe('awaiting-endorsement')
      const plain = await submit({ title: 'ข่าวที่ผู้ดูแลเว็บไซต์ส่งให้หัวหน้ากอง' })
      await act(head, plain.id, 'approve')
      expect((await webmaster2.transition(plain.id, 'refer-for-endorsement')).status).toBe(400)
      expect((await act(webmaster2, plain.id, 'refer-for-endorsement', { reason: 'มีตัวเลขงบประมาณ' })).state).toBe('awaiting-endorsement')
      expect((await division.get('/api/publish-requests/waiting')).json.docs.map((d: { id: number }) => d.id)).toEqual(expect.arrayContaining([flagged.id, byHead.id, plain.id]))
    })

    it('placement is the webmaster’s: category and keywords corrected before publishing, with a reason, in the history', async () => {
      const request = await submit({ title: 'บทความที่ยื่นผิดหมวด' })
      await act(head, request.id, 'approve')
      expect((await webmaster2.transition(request.id, 'correct-placement', { changes: { category: categories.C4.id } })).status).toBe(400)
      const corrected = await act(webmaster2, request.id, 'correct-placement', { reason: 'เป็นบทความความรู้', changes: { category: categories.C4.id, tags: ['ความรู้'] } })
      expect(corrected.category.code).toBe('C4')
      expect(corrected.state).toBe('ready-to-publish')
      expect(corrected.history.at(-1)).toMatchObject({ action: 'correct-placement', reason: 'เป็นบทความความรู้', changes: 'หมวดหมู่, คำสำคัญ' })
      const toProcurement = await act(webmaster2, request.id, 'correct-placement', { reason: 'เป็นประกาศจัดซื้อ', changes: { category: categories.C10.id } })
      expect(toProcurement.state).toBe('awaiting-endorsement') // a category the division head endorses
    })

    it('a verbal approval recorded by whoever took the call, confirmed later by the approver, printed on the form', async () => {
      const request = await submit({ title: 'ประกาศด่วนทางโทรศัพท์', urgent: true })
      const recorded = await act(owner, request.id, 'record-verbal-approval', { reason: 'ต้องประกาศวันนี้', verbalApproval: { givenBy: 'นางวิไล หัวหน้าฝ่าย', givenAt: new Date().toISOString(), means: 'โทรศัพท์' } })
      expect(recorded).toMatchObject({ state: 'ready-to-publish', verbalApprovalPending: true })
      expect((await head.get('/api/publish-requests/waiting')).json.docs.some((d: { id: number }) => d.id === request.id)).toBe(true)
      const confirmed = await act(head, request.id, 'confirm-verbal-approval')
      expect(confirmed.verbalApproval).toMatchObject({ givenBy: 'นางวิไล หัวหน้าฝ่าย', means: 'โทรศัพท์', recordedBy: 'นางสาวสุดา เจ้าของข้อมูล', confirmedBy: 'นางวิไล หัวหน้าฝ่าย' })
      const text = pdfText((await owner.download(`/api/publish-requests/${request.id}/form?format=pdf`)).bytes)
      expect(text).toContain('โทรศัพท์')
      expect(text).toContain('ยืนยัน')
    })
  })

  describe('revising a published item', () => {
    it('the revision takes the item’s address once published; until then the published version stays', async () => {
      const keep = await upload(owner, 'ฉบับเดิม.pdf')
      const drop = await upload(owner, 'ไฟล์ที่ยกเลิก.pdf')
      const request = await submit({ title: 'ประกาศรับสมัคร ฉบับแรก', attachments: [keep.id, drop.id] })
      const first = await publish(request.id)
      expect((await owner.post(`/api/publish-requests/${request.id}/revise`, { title: 'ไม่มีหมายเหตุ' })).status).toBe(400)
      const revised = await owner.post(`/api/publish-requests/${request.id}/revise`, { title: 'ประกาศรับสมัคร ฉบับแก้ไข', attachments: [keep.id], changeNote: 'ขยายเวลารับสมัคร' })
      expect(revised.status, revised.text).toBe(201)
      expect(revised.json.doc).toMatchObject({ revisionOf: expect.anything(), state: 'awaiting-approval' })
      const revision = revised.json.doc.id as number
      expect((await owner.post(`/api/publish-requests/${request.id}/revise`, { changeNote: 'อีกฉบับ' })).status).toBe(409)
      expect((await owner.post(`/api/publish-requests/${revision}/revise`, { changeNote: 'ยังไม่เผยแพร่' })).status).toBe(409)
      // While the revision is on its way, the published version is what citizens see.
      expect((await publicPage(request.id)).text).toContain('ประกาศรับสมัคร ฉบับแรก')
      await sleep(1_100) // a later "last modified"
      await publish(revision)
      const [earlier, later] = await Promise.all([owner.get(`/api/publish-requests/${request.id}`), owner.get(`/api/publish-requests/${revision}`)])
      expect(earlier.json.state).toBe('superseded')
      expect(later.json.state).toBe('published')
      expect(later.json.publicUrl).toBe(earlier.json.publicUrl)
      expect(later.json.publicUrl).toBe(first.publicUrl)
      const page = await publicPage(request.id)
      expect(page.text).toContain('ประกาศรับสมัคร ฉบับแก้ไข')
      expect(page.text).not.toContain('ประกาศรับสมัคร ฉบับแรก')
      expect(page.text).toContain('ประวัติการแก้ไข')
      expect(page.text).toContain('ขยายเวลารับสมัคร')
      expect(later.json.publishedAt).toBe(first.publishedAt) // first publication
      expect(later.json.lastModifiedAt > first.publishedAt).toBe(true)
      expect((await anonymous.get(`/api/attachments/${drop.id}`)).status).not.toBe(200)
      expect((await anonymous.get(`/api/attachments/${keep.id}`)).status).toBe(200)
      const sitemap = (await anonymous.get('/sitemap.xml')).text
      expect(sitemap.match(new RegExp(`/news/${request.id}</loc>`, 'g'))).toHaveLength(1)
      const search = await anonymous.get(`/search?q=${encodeURIComponent('ฉบับแก้ไข')}`)
      expect(search.text).toContain(`/news/${request.id}`)
      const form = pdfText((await owner.download(`/api/publish-requests/${revision}/form?format=pdf`)).bytes)
      expect(form).toContain('ขยายเวลารับสมัคร')
      expect(form).toContain('เรื่อง, ไฟล์แนบ')
    })

    it('a rejected revision leaves the published item untouched', async () => {
      const request = await submit({ title: 'ประกาศที่ไม่ต้องแก้' })
      await publish(request.id)
      const revised = await owner.post(`/api/publish-requests/${request.id}/revise`, { title: 'ฉบับแก้ที่ไม่ผ่าน', changeNote: 'ลองแก้' })
      await act(head, revised.json.doc.id, 'reject', { reason: 'ไม่จำเป็นต้องแก้' })
      expect((await owner.get(`/api/publish-requests/${request.id}`)).json.state).toBe('published')
      expect((await publicPage(request.id)).text).toContain('ประกาศที่ไม่ต้องแก้')
      expect((await owner.post(`/api/publish-requests/${request.id}/revise`, { changeNote: 'แก้อีกครั้ง' })).status).toBe(201) // the rejected one is no longer open
    })
  })

  it('npm run reindex rebuilds the search index from the database', async () => {
    const word = unique()
    const request = await submit({ title: `ก่อนทำดัชนีใหม่ ${word}`, summary: word })
    await publish(request.id)
    // Each look is a search not made before (another filter), so the front server has no page of it in memory.
    const found = async (filter: string) => (await anonymous.get(`/search?q=${encodeURIComponent(word)}&${filter}`)).text.includes(`/news/${request.id}`)
    expect(await found('category=news')).toBe(true)
    await deleteSearchRows(database, system.databaseUrl)
    const year = new Date(Date.now() + 7 * 3600_000).getUTCFullYear() + 543 // published this Buddhist-era year
    expect(await found(`year=${year}`)).toBe(false)
    const env = { ...process.env, KHAOSAN_DATA_DIR: system.dataDir, DATABASE_URL: system.databaseUrl, PAYLOAD_SECRET: '' }
    const run = () => execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/reindex.ts')], { cwd: root, env, encoding: 'utf8', stdio: 'pipe' })
    const output = (() => {
      try {
        return run()
      } catch (error) {
        throw new Error(`npm run reindex failed:\n${String((error as { stderr?: string }).stderr ?? error).slice(-3000)}`)
      }
    })()
    expect(output).toMatch(/ทำดัชนีค้นหาใหม่ [\d,]+ รายการ/)
    expect(await found(`category=news&year=${year}`)).toBe(true)
  }, 120_000)
})
