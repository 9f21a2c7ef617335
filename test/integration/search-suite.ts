/**
 * Thai search through Payload's local API, on one database per test file (the config picks its database
 * when it is first imported, so each database gets a process of its own): items published through the
 * real workflow, with real PDF, DOCX and XLSX attachments, searched as a citizen would.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload, Where } from 'payload'
import type { ActingPerson } from '@/collections/publish-requests/transition'
import { sql } from '@payloadcms/db-sqlite'
import { closePdfRenderer } from '@/documents/pdf'
import { bangkokDay, toBuddhistYear } from '@/domain/thai/calendar'
import { thaiDocx, thaiPdf, thaiXlsx } from '../support/office-files'
import { createTestDatabase } from '../support/postgres'
import type { DatabaseKind } from '../support/server'

const DATABASES: DatabaseKind[] = (process.env.KHAOSAN_TEST_DATABASES?.split(',') as DatabaseKind[]) ?? ['sqlite', 'postgres']

type Upload = { name: string; data: Buffer; mimetype: string }

const MIME = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

export function describeSearch(database: DatabaseKind) {
  describe.skipIf(!DATABASES.includes(database))(`Thai search on ${database}`, () => {
    let payload: Payload
    let search: typeof import('@/search')
    let applyTransition: typeof import('@/collections/publish-requests/transition').applyTransition
    let dropDatabase = async () => {}
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'khaosan-search-'))
    const people: Record<string, ActingPerson> = {}
    let owner: import('@/payload-types').User
    let categories: Record<string, { id: number; sensitive?: boolean | null; title: string }>

    beforeAll(async () => {
      const pg = database === 'postgres' ? await createTestDatabase() : null
      if (pg) dropDatabase = pg.drop
      Object.assign(process.env, {
        KHAOSAN_DATA_DIR: dataDir,
        DATABASE_URL: pg?.url ?? `file:${path.join(dataDir, 'khaosan.db')}`,
        PAYLOAD_SECRET: 'search-test',
        KHAOSAN_DEMO: 'on',
      })
      const { default: config } = await import('@payload-config')
      const { getPayload } = await import('payload')
      payload = await getPayload({ config })
      search = await import('@/search')
      ;({ applyTransition } = await import('@/collections/publish-requests/transition'))
      const { actorOf } = await import('@/access/roles')
      const { docs: users } = await payload.find({ collection: 'users', overrideAccess: true, limit: 100, pagination: false })
      // The demo accounts of one unit's chain (README): owner, head, division head; and a webmaster.
      const accounts = { owner: 'owner', head: 'head', 'division-head': 'division', webmaster: 'webmaster1' }
      for (const [role, name] of Object.entries(accounts)) {
        const user = users.find((u) => u.email === `${name}@khaosan.test`)!
        people[role] = { ...actorOf(user), name: String(user.name ?? '') }
        if (role === 'owner') owner = user
      }
      const { docs } = await payload.find({ collection: 'categories', overrideAccess: true, limit: 100, pagination: false })
      categories = Object.fromEntries(docs.map((c) => [c.slug, c]))
    })

    afterAll(async () => {
      await closePdfRenderer()
      // Payload keeps its connections open; dropping the database ends them, which is expected here.
      ;(payload?.db as { pool?: { on(event: 'error', listener: () => void): void } } | undefined)?.pool?.on('error', () => {})
      await payload?.destroy() // stops the job crons
      await dropDatabase()
      fs.rmSync(dataDir, { recursive: true, force: true })
    })

    /** Uploaded by the owner; its text is read in the background (an effect of the upload), waited for here. */
    async function upload({ name, data, mimetype }: Upload) {
      const { id } = await payload.create({ collection: 'attachments', data: {}, file: { name, data, mimetype, size: data.length }, user: owner, overrideAccess: true })
      const deadline = Date.now() + 60_000
      while ((await payload.findByID({ collection: 'attachments', id, overrideAccess: true, depth: 0 })).textStatus === 'pending' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
      return id
    }

    /** Submitted by the owner, approved (and endorsed where the category asks), published by the webmaster. */
    async function publish(item: { title: string; summary: string; category?: string; files?: Upload[]; publishFrom?: Date; publishUntil?: Date }) {
      const category = categories[item.category ?? 'news']
      const attachments = await Promise.all((item.files ?? []).map(upload))
      const request = await payload.create({
        collection: 'publish-requests',
        data: {
          title: item.title,
          summary: item.summary,
          category: category.id,
          sourceOwner: 'กองคลัง',
          coverageFrom: '2026-01-01T00:00:00.000Z',
          coverageTo: '2026-12-31T00:00:00.000Z',
          channel: 'letter',
          attachments,
          publishFrom: (item.publishFrom ?? new Date(Date.now() - 60_000)).toISOString(),
          publishUntil: item.publishUntil?.toISOString(),
        },
        user: owner,
        overrideAccess: true,
      })
      const steps: [string, string][] = [['head', 'approve'], ...(category.sensitive ? [['division-head', 'endorse'] as [string, string]] : []), ['webmaster', 'publish']]
      for (const [role, action] of steps) {
        const result = await applyTransition(payload, request.id, people[role], action, {})
        expect(result?.ok, `${action}: ${JSON.stringify(result)}`).toBe(true)
      }
      // Its attachments' words follow the publication: an effect the sweep runs within seconds of its commit.
      const deadline = Date.now() + 60_000
      const indexing: Where = { and: [{ kind: { equals: 'search-files' } }, { status: { equals: 'pending' } }, { 'input.request': { equals: request.id } }] }
      while ((await payload.count({ collection: 'effects', where: indexing, overrideAccess: true })).totalDocs > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
      return request.id as number
    }

    const ids = async (q: string, options: Partial<Parameters<typeof search.searchPublished>[1]> = {}) =>
      (await search.searchPublished(payload, { q, ...options })).hits.map((hit) => hit.id)

    /** The ids in the search table, whatever their state. */
    async function indexedIds(): Promise<number[]> {
      const db = payload.db as unknown as { drizzle: { all?: (q: unknown) => Promise<{ id: number }[]>; execute?: (q: unknown) => Promise<{ rows: { id: number }[] }> } }
      return database === 'postgres'
        ? (await db.drizzle.execute!(sql`SELECT request_id AS id FROM search_index`)).rows.map((r) => Number(r.id))
        : (await db.drizzle.all!(sql`SELECT rowid AS id FROM search_index`)).map((r) => Number(r.id))
    }

    let inPdf: number, inDocx: number, inXlsx: number, inTitle: number, inBody: number

    it('indexes items as they are published, attachments included', async () => {
      inPdf = await publish({
        title: 'รายงานการประชุมสภาเทศบาล สมัยสามัญ สมัยที่ ๓',
        summary: 'สรุปมติที่ประชุมสภาเทศบาล',
        files: [{ name: 'รายงาน.pdf', mimetype: MIME.pdf, data: await thaiPdf(['งบประมาณรายจ่ายประจำปี พ.ศ. ๒๕๖๙', 'โครงการก่อสร้างศูนย์ฝึกอาชีพชุมชนบ้านหนองบัว']) }],
      })
      inDocx = await publish({
        title: 'ประกาศรับสมัครนักเรียน',
        summary: 'รายละเอียดตามเอกสารแนบ',
        files: [{ name: 'ประกาศ.docx', mimetype: MIME.docx, data: await thaiDocx(['เปิดรับสมัครโรงเรียนผู้สูงอายุตำบลบ้านสวน รุ่นที่ ๒']) }],
      })
      inXlsx = await publish({
        title: 'รายงานผลการจัดซื้อวัสดุ',
        summary: 'สรุปผลตามแบบ สขร.๑',
        category: 'procurement',
        files: [{ name: 'สขร.xlsx', mimetype: MIME.xlsx, data: await thaiXlsx([['รายการ', 'วงเงิน'], ['ค่าจ้างเหมาบริการกำจัดขยะมูลฝอย', 120000]]) }],
      })
      expect(await indexedIds()).toEqual(expect.arrayContaining([inPdf, inDocx, inXlsx]))
    })

    it('finds a Thai word that appears only inside an attached PDF, and shows it marked', async () => {
      const { hits, total } = await search.searchPublished(payload, { q: 'ศูนย์ฝึกอาชีพ' })
      expect(total).toBe(1)
      expect(hits[0]).toMatchObject({ id: inPdf, title: 'รายงานการประชุมสภาเทศบาล สมัยสามัญ สมัยที่ ๓', url: `/news/${inPdf}`, categorySlug: 'news', categoryTitle: categories.news.title })
      expect(hits[0].snippetHtml).toContain('<mark>ศูนย์ฝึกอาชีพ</mark>')
      expect(await ids('งบประมาณรายจ่าย')).toContain(inPdf)
    })

    it('reads and keeps the text of a long file (well past Payload\'s 40,000 characters) and finds a word on its last page', async () => {
      const pages = Array.from({ length: 60 }, (_, i) => `หน้าที่ ${i + 1} ${'รายละเอียดประกอบการพิจารณางบประมาณของโครงการพัฒนาชุมชน '.repeat(20)}`)
      const id = await publish({
        title: 'เอกสารประกอบข้อบัญญัติงบประมาณ ฉบับเต็ม',
        summary: 'เอกสารประกอบ',
        files: [{ name: 'ฉบับเต็ม.docx', mimetype: MIME.docx, data: await thaiDocx([...pages, 'ภาคผนวกสุดท้ายว่าด้วยสระว่ายน้ำชุมชน']) }],
      })
      const [attachment] = (await payload.findByID({ collection: 'publish-requests', id, overrideAccess: true, depth: 0 })).attachments ?? []
      const { docs: [text] } = await payload.find({ collection: 'attachment-texts', where: { attachment: { equals: attachment } }, overrideAccess: true, depth: 0 })
      expect(text?.error ?? null).toBeNull()
      expect(text?.text?.length).toBeGreaterThan(40_000)
      expect(await ids('สระว่ายน้ำชุมชน')).toEqual([id])
    })

    it('finds words inside a DOCX and inside an XLSX', async () => {
      expect(await ids('โรงเรียนผู้สูงอายุ')).toEqual([inDocx])
      expect(await ids('กำจัดขยะมูลฝอย')).toEqual([inXlsx])
    })

    it('finds what the demo data published through the workflow at first start', async () => {
      const { hits } = await search.searchPublished(payload, { q: 'ไข้เลือดออก' })
      expect(hits.map((hit) => hit.title)).toContain('ขอเชิญร่วมกิจกรรมรณรงค์ป้องกันโรคไข้เลือดออก')
    })

    it('ranks a match in the title above matches in the body', async () => {
      inBody = await publish({ title: 'ประกาศเทศบาลตำบลบ้านสวน', summary: 'ขอให้ประชาชนนำสัตว์เลี้ยงมาฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า เพราะโรคพิษสุนัขบ้าเป็นแล้วตาย' })
      inTitle = await publish({ title: 'รณรงค์ป้องกันโรคพิษสุนัขบ้า', summary: 'ขอเชิญประชาชนร่วมกิจกรรมที่ศาลาประชาคม' })
      expect(await ids('พิษสุนัขบ้า')).toEqual([inTitle, inBody])
      const [first, second] = (await search.searchPublished(payload, { q: 'พิษสุนัขบ้า' })).hits
      expect(first.snippetHtml).toContain('<mark>พิษสุนัขบ้า</mark>') // from the title when the body has no match
      expect(second.snippetHtml).toContain('<mark>พิษสุนัขบ้า</mark>')
    })

    const expectFilters = async () => {
      const thisYear = toBuddhistYear(bangkokDay(new Date()).year)
      expect(await ids('พิษสุนัขบ้า', { category: 'news' })).toEqual([inTitle, inBody])
      expect(await ids('พิษสุนัขบ้า', { category: 'procurement' })).toEqual([])
      expect(await ids('กำจัดขยะมูลฝอย', { category: 'procurement' })).toEqual([inXlsx])
      expect(await ids('พิษสุนัขบ้า', { year: thisYear })).toEqual([inTitle, inBody])
      expect(await ids('พิษสุนัขบ้า', { year: thisYear - 1 })).toEqual([])
      expect(await ids('พิษสุนัขบ้า', { category: 'no-such-category' })).toEqual([])
      // A filter is not a word: searching for what a facet looks like finds nothing.
      expect(await ids(`c${categories.news.id}`)).toEqual([])
    }

    it('filters by category and by Buddhist-era year of publication (Bangkok time)', expectFilters)

    it('gives rows indexed before filters were words their filters when the database is migrated', async () => {
      const migration = await import(`@/migrations/${database}/20261128_120000_search_facets`)
      const args = { db: (payload.db as unknown as { drizzle: unknown }).drizzle, payload, req: {} } as never
      await migration.down(args)
      // The rows have no facets now (SQLite's table has no such column; PostgreSQL's documents lack them).
      expect(await ids('พิษสุนัขบ้า', { category: 'news' }).catch(() => [])).toEqual([])
      await migration.up(args)
      await expectFilters()
    })

    it('pages through the hits, telling the total on every page', async () => {
      expect(await search.searchPublished(payload, { q: 'พิษสุนัขบ้า', perPage: 1, page: 2 })).toMatchObject({ total: 2, hits: [{ id: inBody }] })
      expect(await search.searchPublished(payload, { q: 'พิษสุนัขบ้า', perPage: 1, page: 3 })).toEqual({ total: 2, more: false, hits: [] })
    })

    it('ranks the newest 1,000 matches of a word nearly every item has, and says there are more', async () => {
      const db = payload.db as unknown as {
        drizzle: { insert: (table: unknown) => { values: (rows: unknown[]) => { returning: (fields: unknown) => Promise<{ id: number }[]> } } }
        tables: Record<string, Record<string, unknown>>
      }
      const table = db.tables.publish_requests
      const at = new Date().toISOString()
      const rows = Array.from({ length: 1005 }, (_, i) => ({ title: `ประกาศตะขาบยักษ์ ฉบับที่ ${i + 1}`, summary: '', category: categories.news.id, sourceOwner: 'สำนักปลัด', channel: 'letter', state: 'published', publishedAt: at, stateChangedAt: at, createdAt: at, updatedAt: at }))
      const inserted: number[] = []
      for (let i = 0; i < rows.length; i += 200) inserted.push(...(await db.drizzle.insert(table).values(rows.slice(i, i + 200)).returning({ id: table.id })).map((r) => r.id))
      const { searchStore } = await import('@/search/index-store')
      await searchStore(payload).put(inserted.map((requestId, i) => ({ requestId, title: rows[i].title, body: '', facets: [] })))

      const first = await search.searchPublished(payload, { q: 'ตะขาบ' })
      expect(first).toMatchObject({ total: 1000, more: true })
      const shown = new Set<number>()
      for (let page = 1; page <= 10; page++) (await search.searchPublished(payload, { q: 'ตะขาบ', page, perPage: 100 })).hits.forEach((hit) => shown.add(hit.id))
      expect(shown.size).toBe(1000)
      for (const oldest of inserted.slice(0, 5)) expect(shown.has(oldest)).toBe(false)
      expect(await search.searchPublished(payload, { q: 'ตะขาบ', page: 11, perPage: 100 })).toEqual({ hits: [], total: 1000, more: true })
      expect(await search.searchPublished(payload, { q: 'ตะขาบ', category: 'news', year: toBuddhistYear(bangkokDay(new Date()).year) })).toMatchObject({ total: 0, more: false })
    })

    it('finds nothing once an item is unpublished, and its row is gone', async () => {
      const result = await applyTransition(payload, inDocx, people.webmaster, 'unpublish', { reason: 'ข้อมูลไม่เป็นปัจจุบัน' })
      expect(result?.ok).toBe(true)
      expect(await ids('โรงเรียนผู้สูงอายุ')).toEqual([])
      expect(await indexedIds()).not.toContain(inDocx)
    })

    it('finds an item only within its publication period, and drops it when it expires', async () => {
      const later = await publish({ title: 'ประกาศวันหยุดสงกรานต์', summary: 'งดให้บริการ', publishFrom: new Date(Date.now() + 3_600_000) })
      expect(await indexedIds()).toContain(later)
      expect(await ids('สงกรานต์')).toEqual([]) // published, but its period has not begun

      const ending = await publish({ title: 'ประกาศงดจ่ายน้ำประปาชั่วคราว', summary: 'ซ่อมท่อเมนประปา', publishUntil: new Date(Date.now() + 2_000) })
      expect(await ids('น้ำประปา')).toEqual([ending])
      await new Promise((resolve) => setTimeout(resolve, 2_500))
      expect(await ids('น้ำประปา')).toEqual([]) // ended, before the expiry job has run
      const system = { id: 'system', roles: ['system'], unitId: null, name: 'ระบบ' }
      expect((await applyTransition(payload, ending, system as never, 'expire', {}))?.ok).toBe(true)
      expect(await indexedIds()).not.toContain(ending)
    })

    it('answers any query text normally: quotes, operators, SQL, empty, very long', async () => {
      const hostile = ['"', '*', 'NEAR(', "' OR 1=1 --", '"ศูนย์ฝึกอาชีพ" OR *', 'title:ศูนย์', '\\', "'':* & !", '', '   ', 'ก'.repeat(2_000), 'ศูนย์ '.repeat(400)]
      for (const q of hostile) {
        const result = await search.searchPublished(payload, { q })
        expect(result.hits.length, q.slice(0, 20)).toBeLessThanOrEqual(result.total)
      }
      expect(await search.searchPublished(payload, { q: "' OR 1=1 --" })).toEqual({ hits: [], total: 0, more: false })
      expect(await search.searchPublished(payload, { q: '' })).toEqual({ hits: [], total: 0, more: false })
      expect(await ids('("ศูนย์ฝึกอาชีพ"*')).toEqual([inPdf]) // quotes and operators are only characters
    })

    it('escapes the excerpt: only <mark> is markup', async () => {
      const id = await publish({ title: 'ข่าวทดสอบการแสดงผล', summary: 'ข้อความ <script>alert("x")</script> & "อักขระพิเศษ" ของระบบสารบรรณ' })
      const [hit] = (await search.searchPublished(payload, { q: 'สารบรรณ' })).hits
      expect(hit.id).toBe(id)
      expect(hit.snippetHtml).toBe('ข้อความ &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;อักขระพิเศษ&quot; ของระบบ<mark>สารบรรณ</mark>')
    })
  })
}
