/**
 * Many agencies on one install (PostgreSQL): the demo's agency answers at 127.0.0.1, a second one, created by the
 * super-administrator, at 127.0.0.2 (the same server: every 127.x address is this machine). Whatever one agency's
 * people or visitors reach — REST, GraphQL, the admin's lists, search, files, sitemap, feeds, the CKAN API — holds
 * nothing of the other's; a token of one agency is nobody at the other; a suspended agency is closed and keeps all it
 * has. On SQLite, which cannot keep agencies apart, a second agency is refused with a Thai message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Client } from '../support/api'
import { pdfBytes } from '../support/files'
import { startSystem, type RunningSystem } from '../support/server'
import { until } from '../support/wait'
import pg from 'pg'
import { NEEDS_POSTGRES_MESSAGE, SUSPENDED_MESSAGE } from '@/domain/agencies/agencies'
import { SHARED_TABLES } from '@/migrations/agency-isolation'
import { DEMO_AGENCY } from '@/server/demo-accounts'

const databases = process.env.KHAOSAN_TEST_DATABASES?.split(',') ?? ['sqlite', 'postgres']
const PASSWORD = 'หนองบัว-บ้านเรา-2569'
const NONGBUA = 'องค์การบริหารส่วนตำบลหนองบัว'

const otherHost = (origin: string) => {
  const url = new URL(origin)
  url.hostname = '127.0.0.2'
  return url.origin
}

describe.runIf(databases.includes('postgres'))('many agencies on one PostgreSQL install', () => {
  let system: RunningSystem
  let A: string, B: string
  let superA: Client, superB: Client, webmasterB: Client
  let agencyB: number
  const itemB = { id: 0, title: `ประกาศหนองบัว ${Date.now().toString(36)}`, path: '' }

  beforeAll(async () => {
    system = await startSystem({ database: 'postgres', listen: '0.0.0.0' })
    A = system.origin
    B = otherHost(A)
    superA = await Client.signIn(A, 'admin@khaosan.test')
  })
  afterAll(async () => {
    await system?.stop()
  })

  it('lets only the super-administrator create an agency, at host names no other agency has; none is ever deleted', async () => {
    const webmaster = await Client.signIn(A, 'webmaster1@khaosan.test')
    expect((await webmaster.get('/api/agencies')).status).toBe(403)
    expect((await webmaster.post('/api/agencies', { name: NONGBUA, hosts: [{ host: '127.0.0.2' }] })).status).toBe(403)
    const wrong = await superA.post('/api/agencies', { name: NONGBUA, hosts: [{ host: 'https://nongbua.go.th/' }] })
    expect(wrong.status).toBe(400)
    expect(wrong.text).toContain('ไม่ใช่ชื่อโดเมน')
    const created = await superA.post('/api/agencies', { name: NONGBUA, hosts: [{ host: '127.0.0.2' }, { host: 'NongBua.go.th' }] })
    expect(created.status, created.text).toBe(201)
    agencyB = created.json.doc.id
    expect(created.json.doc.hosts.map((h: { host: string }) => h.host)).toEqual(['127.0.0.2', 'nongbua.go.th'])
    const taken = await superA.post('/api/agencies', { name: 'อบต.อื่น', hosts: [{ host: 'nongbua.go.th' }] })
    expect(taken.status).toBe(400)
    expect(taken.text).toContain(`ชื่อโดเมน nongbua.go.th เป็นของ${NONGBUA}แล้ว`)
    expect((await superA.request('DELETE', `/api/agencies/${agencyB}`)).status).toBe(403)
  })

  it('gives the new agency its own site: its name, the 22 categories, and none of the first agency’s people or items', async () => {
    const home = await (await fetch(`${B}/`)).text()
    expect(home).toContain(`<title>${NONGBUA}`)
    expect(home).not.toContain(DEMO_AGENCY)
    superB = await Client.signIn(B, 'admin@khaosan.test') // the super-administrator signs in at every agency
    await expect(Client.signIn(B, 'owner@khaosan.test')).rejects.toThrow(/sign-in failed/) // the first agency's people do not
    const categories = (await superB.get('/api/categories?limit=100')).json
    expect(categories.totalDocs).toBe(22)
    const users = (await superB.get('/api/users?limit=100')).json.docs.map((u: { email: string }) => u.email)
    expect(users).toEqual(['admin@khaosan.test'])
    expect((await superB.get('/api/publish-requests')).json.totalDocs).toBe(0)
    expect((await fetch(`${B}/api/3/action/package_list`).then((r) => r.json())).result).toEqual([])
    expect((await fetch(`${A}/api/3/action/package_list`).then((r) => r.json())).result.length).toBeGreaterThan(0)
  })

  it('runs the workflow inside the agency: its people, its unit, its item published on its site only', async () => {
    const unit = await superB.post('/api/units', { name: NONGBUA, kind: 'agency' })
    expect(unit.status, unit.text).toBe(201)
    for (const [role, email] of [['owner', 'owner@nongbua.test'], ['head', 'head@nongbua.test'], ['webmaster', 'webmaster@nongbua.test']]) {
      const made = await superB.post('/api/users', { email, name: `เจ้าหน้าที่${role}`, role, unit: unit.json.doc.id, password: PASSWORD, active: true })
      expect(made.status, made.text).toBe(201)
    }
    const [owner, head, webmaster] = await Promise.all(['owner', 'head', 'webmaster'].map((who) => Client.signIn(B, `${who}@nongbua.test`, PASSWORD)))
    webmasterB = webmaster // signed in once: its authenticator was set up then
    await expect(Client.signIn(A, 'owner@nongbua.test', PASSWORD)).rejects.toThrow(/sign-in failed/)
    const news = ((await owner.get('/api/categories?limit=100')).json.docs as { id: number; code: string }[]).find((c) => c.code === 'C15')!.id
    const file = await owner.upload('ประกาศหนองบัว.pdf', pdfBytes('nongbua'), 'application/pdf', { title: 'ประกาศหนองบัว' })
    expect(file.status, JSON.stringify(file.json)).toBe(201)
    const created = await owner.post('/api/publish-requests', { title: itemB.title, summary: 'ข่าวของหนองบัว', category: news, sourceOwner: NONGBUA, coverageFrom: '2026-10-01T00:00:00.000Z', coverageTo: '2026-12-31T00:00:00.000Z', channel: 'letter', attachments: [file.json.doc.id] })
    expect(created.status, created.text).toBe(201)
    itemB.id = created.json.doc.id
    expect((await head.transition(itemB.id, 'approve')).status).toBe(200)
    const published = await webmaster.transition(itemB.id, 'publish')
    expect(published.status, published.text).toBe(200)
    const listing = await (await fetch(`${B}/news`)).text()
    itemB.path = /href="(\/news\/\d+)"/.exec(listing)?.[1] ?? ''
    expect(listing).toContain(itemB.title)
    expect(itemB.path).not.toBe('')
    expect(await (await fetch(`${A}/news`)).text()).not.toContain(itemB.title)
  })

  it('shows neither agency anything of the other on any route a person or a visitor reaches', async () => {
    const ownerA = await Client.signIn(A, 'owner@khaosan.test')
    const titlesOf = (json: { docs?: { title: string }[] }) => (json.docs ?? []).map((d) => d.title)
    const titlesA: string[] = titlesOf((await ownerA.get('/api/publish-requests?limit=5&sort=-id')).json)
    expect(titlesA.length).toBeGreaterThan(0)
    const wordOfA = titlesA[0].split(' ')[0]
    // REST and the admin's lists (the same API), as each agency's staff.
    expect(titlesOf((await webmasterB.get('/api/publish-requests?limit=100')).json)).toEqual([itemB.title])
    expect(titlesOf((await superA.get('/api/publish-requests?limit=1000')).json)).not.toContain(itemB.title)
    expect((await webmasterB.get('/api/attachments?limit=100')).json.docs.map((d: { title: string }) => d.title)).toEqual(['ประกาศหนองบัว'])
    expect((await webmasterB.get('/api/complaints?limit=100')).json.totalDocs ?? 0).toBe(0)
    expect((await webmasterB.get('/api/events?limit=100')).json.docs?.some((e: { summary: string }) => e.summary.includes('บ้านสวน')) ?? false).toBe(false)
    // A token of one agency is nobody at the other.
    const crossed = new Client(B, ownerA.authorization.replace('JWT ', ''))
    expect((await crossed.get('/api/users/me')).json.user).toBeNull()
    expect(titlesOf((await crossed.get('/api/publish-requests')).json)).toEqual([])
    // GraphQL.
    const graphql = await webmasterB.post('/api/graphql', { query: '{ PublishRequests(limit: 100) { docs { title } } Users(limit: 100) { docs { email } } }' })
    expect(graphql.json.data.PublishRequests.docs.map((d: { title: string }) => d.title)).toEqual([itemB.title])
    expect(graphql.json.data.Users.docs.map((d: { email: string }) => d.email).some((e: string) => e.endsWith('@khaosan.test') && e !== 'admin@khaosan.test')).toBe(false)
    // The public sites: pages, search, sitemap, feeds, files, the CKAN API.
    const text = (url: string) => fetch(url).then(async (r) => ({ status: r.status, body: await r.text() }))
    expect((await text(`${A}${itemB.path}`)).status).toBe(404)
    expect((await text(`${B}${itemB.path}`)).body).toContain(itemB.title)
    expect((await text(`${B}/search?q=${encodeURIComponent(wordOfA)}`)).body).not.toContain(titlesA[0])
    expect((await text(`${A}/search?q=${encodeURIComponent('หนองบัว')}`)).body).not.toContain(itemB.title)
    const sitemapB = (await text(`${B}/sitemap.xml`)).body
    expect(sitemapB).toContain(`${B}${itemB.path}<`)
    expect(sitemapB).not.toContain(A)
    expect((await text(`${A}/sitemap.xml`)).body).not.toContain(itemB.path + '<')
    expect((await text(`${B}/feeds/news.xml`)).body).toContain(itemB.title)
    expect((await text(`${A}/feeds/news.xml`)).body).not.toContain(itemB.title)
    const fileB = /href="(\/files\/\d+\/[^"]+)"/.exec((await text(`${B}${itemB.path}`)).body)?.[1]
    expect(fileB).toBeTruthy()
    expect((await fetch(`${B}${fileB}`)).status).toBe(200)
    expect((await fetch(`${A}${fileB}`)).status).toBe(404)
    const fileA = /href="(\/files\/\d+\/[^"]+)"/.exec((await text(`${A}${(await text(`${A}/sitemap.xml`)).body.match(/\/[a-z-]+\/\d+(?=<)/g)!.find((p) => !p.startsWith('/hearings') && !p.startsWith('/forms'))}`)).body)?.[1]
    expect((await fetch(`${B}${fileA ?? '/files/1/x.pdf'}`)).status).toBe(404)
    const ckanA = (await fetch(`${A}/api/3/action/package_list`).then((r) => r.json())).result as string[]
    expect((await fetch(`${B}/api/3/action/package_show?id=${ckanA[0]}`)).status).toBe(404)
  })

  it('gives an agency’s own administrator its agency only: not the agencies, not the install’s traffic log, not the super-administrator’s account', async () => {
    const made = await superB.post('/api/users', { email: 'admin@nongbua.test', name: 'ผู้ดูแลระบบหนองบัว', role: 'admin', password: PASSWORD, active: true, superAdmin: true })
    expect(made.status, made.text).toBe(201)
    expect(made.json.doc.superAdmin).toBe(true) // a super-administrator may make another
    expect((await superB.request('PATCH', `/api/users/${made.json.doc.id}`, { superAdmin: false })).status).toBe(200)
    const adminB = await Client.signIn(B, 'admin@nongbua.test', PASSWORD)
    expect((await adminB.get('/api/users/me')).json.user.superAdmin).toBe(false)
    expect((await adminB.get('/api/agencies')).status).toBe(403)
    expect((await adminB.get('/api/traffic-log-days')).status).toBe(403)
    const exported = await adminB.get('/api/traffic-log-days/export')
    expect(exported.status).toBe(403)
    expect(exported.text).toContain('ผู้ดูแลระบบกลาง')
    const superId = (await superB.get('/api/users/me')).json.user.id
    expect([403, 404]).toContain((await adminB.request('PATCH', `/api/users/${superId}`, { name: 'ถูกแก้' })).status)
    await adminB.request('PATCH', `/api/users/${(await adminB.get('/api/users/me')).json.user.id}`, { superAdmin: true })
    expect((await adminB.get('/api/users/me')).json.user.superAdmin).toBe(false) // nobody makes themself one
    await expect(Client.signIn(A, 'admin@nongbua.test', PASSWORD)).rejects.toThrow(/sign-in failed/)
  })

  it('keeps every table an agency owns apart with row-level security (a table added without it fails here)', async () => {
    const client = new pg.Client({ connectionString: system.databaseUrl })
    await client.connect()
    try {
      const { rows } = await client.query<{ name: string; secured: boolean; owned: boolean; child: boolean }>(`
        SELECT c.relname AS name, c.relrowsecurity AS secured,
          EXISTS (SELECT 1 FROM information_schema.columns k WHERE k.table_schema = 'public' AND k.table_name = c.relname AND k.column_name = 'agency_id') AS owned,
          EXISTS (SELECT 1 FROM information_schema.columns k WHERE k.table_schema = 'public' AND k.table_name = c.relname AND k.column_name = '_parent_id')
            OR (EXISTS (SELECT 1 FROM information_schema.columns k WHERE k.table_schema = 'public' AND k.table_name = c.relname AND k.column_name = 'parent_id')
                AND NOT EXISTS (SELECT 1 FROM information_schema.columns k WHERE k.table_schema = 'public' AND k.table_name = c.relname AND k.column_name = 'updated_at')) AS child
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'`)
      expect(rows.filter((t) => t.owned && !t.secured)).toEqual([])
      expect(rows.filter((t) => !t.owned && !t.child).map((t) => t.name).sort()).toEqual([...SHARED_TABLES].sort())
      expect(rows.filter((t) => t.owned).map((t) => t.name)).toEqual(expect.arrayContaining(['publish_requests', 'users', 'settings', 'search_index', 'events', 'complaints']))
    } finally {
      await client.end()
    }
  })

  it('lets an agency’s reads use the indexes through row-level security: an item’s requests by number and state, a search by its words', async () => {
    const client = new pg.Client({ connectionString: system.databaseUrl })
    await client.connect()
    try {
      await client.query('BEGIN')
      // The planner takes a whole-table read while a table is small; these plans are what it does with many rows.
      await client.query('SET LOCAL enable_seqscan = off')
      await client.query(`SELECT set_config('khaosan.agency', $1, true), set_config('role', 'khaosan_agency', true)`, ['1'])
      const plan = async (query: string) => JSON.stringify((await client.query(`EXPLAIN (FORMAT JSON) ${query}`)).rows[0]['QUERY PLAN'])
      const byItem = await plan(`SELECT count(*) FROM publish_requests WHERE item_id = 7 AND state IN ('draft', 'published')`)
      expect(byItem).toMatch(/"Index Cond":"\(item_id = /)
      const byState = await plan(`SELECT count(*) FROM publish_requests WHERE state = 'published'`)
      expect(byState).toMatch(/"Index Cond":"\(state = /)
      // A search's match may be answered from the words' index too (which index is cheaper depends on the rows).
      const match = await client.query(`SELECT proleakproof FROM pg_proc WHERE oid = 'ts_match_vq(tsvector,tsquery)'::regprocedure`)
      expect(match.rows[0].proleakproof).toBe(true)
      await client.query('ROLLBACK')
    } finally {
      await client.end()
    }
  })

  it('closes a suspended agency’s site and admin with a Thai message, keeps everything it has, and opens again', async () => {
    const suspended = await superA.request('PATCH', `/api/agencies/${agencyB}`, { status: 'suspended' })
    expect(suspended.status, suspended.text).toBe(200)
    // Its pages kept by the front server go once the change has committed (moments later, as after any change).
    for (const path of ['/', itemB.path, '/api/users/me']) {
      const answer = await until(`${path} closed`, async () => {
        const response = await fetch(`${B}${path}`)
        return response.status === 503 && (await response.text())
      }, 5_000)
      expect(answer).toContain(SUSPENDED_MESSAGE)
    }
    expect((await fetch(`${A}/`)).status).toBe(200)
    expect((await superA.request('PATCH', `/api/agencies/${agencyB}`, { status: 'active' })).status).toBe(200)
    const reopened = await until('reopened', async () => {
      const response = await fetch(`${B}${itemB.path}`)
      return response.status === 200 && (await response.text())
    }, 5_000)
    expect(reopened).toContain(itemB.title)
  })
})

describe.runIf(databases.includes('sqlite'))('one agency on SQLite', () => {
  let system: RunningSystem
  beforeAll(async () => {
    system = await startSystem({ database: 'sqlite', listen: '0.0.0.0' })
  })
  afterAll(async () => {
    await system?.stop()
  })

  it('refuses a second agency, saying PostgreSQL is needed; the one agency answers at any host name', async () => {
    const admin = await Client.signIn(system.origin, 'admin@khaosan.test')
    const refused = await admin.post('/api/agencies', { name: NONGBUA, hosts: [{ host: 'nongbua.go.th' }] })
    expect(refused.status).toBe(400)
    expect(refused.text).toContain(NEEDS_POSTGRES_MESSAGE)
    expect((await fetch(`${otherHost(system.origin)}/news`)).status).toBe(200)
  })
})
