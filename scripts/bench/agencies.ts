/**
 * npm run bench -- --agencies 1000 --items-per-agency 1000: many agencies on one PostgreSQL install (issue 15).
 * Seeds one database with AGENCIES agencies of ITEMS published items each (a million at the defaults: the first
 * agency through scripts/bench/seed.ts, the others copied from it in bulk, with synchronous_commit off), and another
 * with one agency of ITEMS items; then measures, on each, one chosen agency's site (its host 127.0.0.2): its cached
 * pages' throughput and p99 (wrk, 64 connections), a search nobody made before (one at a time, p95) and the
 * compliance dashboard (p95), and prints them side by side. Each page is requested for 2 s before its rounds (not counted). Prints figures; asserts nothing.
 *   --agencies N (1000) --items-per-agency M (1000) --seconds S (8) --rounds R (3)
 * The seeded databases are kept (khaosan_bench_agencies_…) and reused: seeding a million items takes minutes.
 * As scripts/bench/site.ts, the front server runs on core 0 and wrk on core 1 where there are two.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { Client } from '../../test/support/api'
import { createTestDatabase } from '../../test/support/postgres'
import { startSystem } from '../../test/support/server'
import { TOPICS, VILLAGES } from './seed-words'

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { agencies: { type: 'string', default: '1000' }, 'items-per-agency': { type: 'string', default: '1000' }, seconds: { type: 'string', default: '8' }, rounds: { type: 'string', default: '3' } },
})
const AGENCIES = Number(args.agencies)
const ITEMS = Number(args['items-per-agency'])
const ROUNDS = Number(args.rounds)
const root = path.resolve(import.meta.dirname, '../..')
const work = path.join(os.tmpdir(), 'khaosan-bench-agencies')
fs.mkdirSync(work, { recursive: true })
/** The agency measured: in the middle of the many, at 127.0.0.2 (every 127.x address is this machine). */
const CHOSEN = Math.max(1, Math.ceil(AGENCIES / 2))
const CHOSEN_HOST = '127.0.0.2'

const pinned = os.cpus().length >= 2
const onCore = (core: number, command: string, argv: string[]): [string, string[]] => (pinned ? ['taskset', ['-c', String(core), command, ...argv]] : [command, argv])
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]
const median = (values: number[]) => percentile(values, 50)

const lua = path.join(work, 'report.lua')
fs.writeFileSync(lua, `done = function(s, latency, r)
  io.write(string.format("RESULT %.1f %.2f %d\\n", s.requests / (s.duration / 1e6), latency:percentile(99) / 1000, s.errors.status + s.errors.connect + s.errors.read + s.errors.timeout))
end
`)
function wrk(url: string, seconds = args.seconds): { rps: number; p99: number; errors: number } {
  const [command, argv] = onCore(1, 'wrk', ['-t1', '-c64', `-d${seconds}s`, '--timeout', '10s', '-s', lua, url])
  const [rps, p99, errors] = /RESULT (\S+) (\S+) (\S+)/.exec(execFileSync(command, argv, { encoding: 'utf8' }))!.slice(1).map(Number)
  return { rps, p99, errors }
}

/** Every column of `table` but those named, for copying its rows. */
async function columnsOf(db: pg.Client, table: string, except: readonly string[]): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(`SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`, [table])
  return rows.map((r) => r.name).filter((name) => !except.includes(name))
}
const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ')

/**
 * Agencies 2…AGENCIES, each a copy of the first's structure (categories, indicator sets, its root unit) and of its
 * published items with their search rows, in bulk. Staff accounts are not copied: the super-administrator signs in.
 */
async function copyAgencies(url: string) {
  const db = new pg.Client({ connectionString: url })
  await db.connect()
  const step = async (label: string, statement: string) => {
    const started = Date.now()
    const result = await db.query(statement)
    console.log(`  ${label}: ${result.rowCount?.toLocaleString() ?? '-'} แถว (${Math.round((Date.now() - started) / 1000)} วินาที)`)
  }
  try {
    await db.query('SET synchronous_commit = off')
    await step('หน่วยงาน', `INSERT INTO agencies (id, name, status) SELECT g, 'หน่วยงานทดสอบที่ ' || g, 'active' FROM generate_series(2, ${AGENCIES}) g`)
    await db.query(`SELECT setval(pg_get_serial_sequence('agencies', 'id'), ${AGENCIES})`)
    await step('ชื่อโดเมน', `INSERT INTO agencies_hosts (_order, _parent_id, id, host) SELECT 1, g, md5(g::text), CASE WHEN g = ${CHOSEN} THEN '${CHOSEN_HOST}' ELSE 'agency' || g || '.bench.test' END FROM generate_series(2, ${AGENCIES}) g`)
    const copy = async (table: string, label: string) => {
      const columns = await columnsOf(db, table, ['id', 'agency_id'])
      await step(label, `INSERT INTO ${table} (${quoted(columns)}, agency_id) SELECT ${quoted(columns)}, g FROM ${table}, generate_series(2, ${AGENCIES}) g WHERE agency_id = 1`)
    }
    await copy('categories', 'หมวดหมู่')
    await copy('indicator_sets', 'ชุดตัวชี้วัด')
    await step('หน่วยงานระดับบนสุด', `INSERT INTO units (name, kind, agency_id) SELECT 'หน่วยงานทดสอบที่ ' || g, 'agency', g FROM generate_series(2, ${AGENCIES}) g`)
    // Published items, each agency's under its own category and unit; what points at the first agency's people or files is left out.
    const mapped = ['id', 'agency_id', 'category_id', 'unit_id', 'unit_path', 'owner_id', 'image_id', 'requester_unit_id', 'revision_of_id', 'item_id', 'public_path']
    const columns = await columnsOf(db, 'publish_requests', mapped)
    await db.query('ALTER TABLE publish_requests ADD COLUMN bench_source integer')
    await db.query('DROP INDEX IF EXISTS search_index_document_idx; DROP INDEX IF EXISTS search_index_facets_idx')
    await step(
      'รายการที่เผยแพร่',
      `INSERT INTO publish_requests (${quoted(columns)}, agency_id, category_id, unit_id, unit_path, bench_source)
       SELECT ${columns.map((c) => `p."${c}"`).join(', ')}, g, c2.id, u.id, '/' || u.id || '/', p.id
       FROM publish_requests p JOIN categories c ON c.id = p.category_id
       CROSS JOIN generate_series(2, ${AGENCIES}) g
       JOIN categories c2 ON c2.agency_id = g AND c2.code = c.code
       JOIN units u ON u.agency_id = g AND u.kind = 'agency'
       WHERE p.agency_id = 1 AND p.state = 'published'`,
    )
    await step('ที่อยู่บนเว็บไซต์', `UPDATE publish_requests p SET public_path = '/' || c.slug || '/' || p.id FROM categories c WHERE c.id = p.category_id AND p.agency_id > 1`)
    await step('ดัชนีค้นหา', `INSERT INTO search_index (request_id, body_text, document, facets, agency_id) SELECT p.id, s.body_text, s.document, s.facets, p.agency_id FROM publish_requests p JOIN search_index s ON s.request_id = p.bench_source WHERE p.agency_id > 1`)
    await step('สร้างดัชนีค้นหาใหม่', `CREATE INDEX search_index_document_idx ON search_index USING gin (document); CREATE INDEX search_index_facets_idx ON search_index USING gin (facets)`)
    await db.query('ALTER TABLE publish_requests DROP COLUMN bench_source')
    await step('ANALYZE', 'ANALYZE')
  } finally {
    await db.end()
  }
}

async function seeded(agencies: number): Promise<string> {
  const name = `khaosan_bench_agencies_${agencies}x${ITEMS}`
  const mark = path.join(work, `${name}.seeded`)
  if (!fs.existsSync(mark)) await (await createTestDatabase(name)).drop()
  const database = await createTestDatabase(name)
  if (fs.existsSync(mark)) return database.url
  const dataDir = path.join(work, name)
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.mkdirSync(dataDir, { recursive: true })
  const started = Date.now()
  console.log(`สร้างฐานข้อมูล ${agencies.toLocaleString()} หน่วยงาน × ${ITEMS.toLocaleString()} รายการ …`)
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/bench/seed.ts')], { stdio: 'inherit', env: { ...process.env, KHAOSAN_DATA_DIR: dataDir, DATABASE_URL: database.url, PAYLOAD_SECRET: 'bench', BENCH_ITEMS: String(ITEMS) } })
  if (agencies > 1) await copyAgencies(database.url)
  else await new pg.Client({ connectionString: database.url }).connect().then(async (db) => (await db.query(`INSERT INTO agencies_hosts (_order, _parent_id, id, host) VALUES (1, 1, 'bench', '${CHOSEN_HOST}')`), await db.end()))
  console.log(`  ครบใน ${Math.round((Date.now() - started) / 1000)} วินาที`)
  fs.writeFileSync(mark, new Date().toISOString())
  return database.url
}

const fiscalYear = (() => {
  const now = new Date(Date.now() + 7 * 3600_000)
  return now.getUTCFullYear() + 543 + (now.getUTCMonth() >= 9 ? 1 : 0)
})()

interface Measured { items: number; pages: { label: string; rps: number; p99: number; errors: number }[]; searchP95: number; dashboardP95: number; rssMb: number }

async function measure(agencies: number): Promise<Measured> {
  const url = await seeded(agencies)
  const db = new pg.Client({ connectionString: url })
  await db.connect()
  const items = Number((await db.query('SELECT count(*) AS n FROM publish_requests')).rows[0].n)
  await db.end()
  const dataDir = fs.mkdtempSync(path.join(work, 'run-'))
  const system = await startSystem({ database: 'postgres', databaseUrl: url, listen: '0.0.0.0', env: { KHAOSAN_DATA_DIR: dataDir, PAYLOAD_SECRET: 'bench', KHAOSAN_PUBLIC_URL: 'http://127.0.0.1' } })
  try {
    if (pinned) execFileSync('taskset', ['-a', '-p', '-c', '0', String(system.pid)], { stdio: 'ignore' })
    const origin = system.origin.replace('127.0.0.1', CHOSEN_HOST)
    const home = await (await fetch(`${origin}/`)).text()
    const item = /href="(\/news\/\d+)"/.exec(home)?.[1] ?? '/news'
    const pages = []
    for (const [label, page] of [['หน้าแรก /', '/'], ['/news', '/news'], ['/news?page=20', '/news?page=20'], ['หน้ารายการ', item]]) {
      await fetch(`${origin}${page}`) // into the page cache
      wrk(`${origin}${page}`, '2') // warming up (the system just started): not counted
      const runs = Array.from({ length: ROUNDS }, () => wrk(`${origin}${page}`))
      pages.push({ label, rps: median(runs.map((r) => r.rps)), p99: median(runs.map((r) => r.p99)), errors: runs.reduce((sum, r) => sum + r.errors, 0) })
    }
    // Searches nobody made before, one at a time: a village and a topic, each pair once.
    const searches: number[] = []
    for (let n = 0; n < 200; n++) {
      const q = `${VILLAGES[n % VILLAGES.length]} ${TOPICS[Math.floor(n / VILLAGES.length + n * 7) % TOPICS.length]}`
      const started = performance.now()
      const response = await fetch(`${origin}/search?q=${encodeURIComponent(q)}&page=${(n % 3) + 1}`)
      await response.arrayBuffer()
      if (response.status !== 200) throw new Error(`search: HTTP ${response.status}`)
      searches.push(performance.now() - started)
    }
    // The compliance dashboard of the chosen agency, as its administrator (the super-administrator signs in anywhere).
    const admin = await Client.signIn(origin, 'admin@khaosan.test')
    const dashboard: number[] = []
    for (let n = 0; n < 16; n++) {
      const started = performance.now()
      const response = await admin.get(`/api/compliance/ita/${fiscalYear}`)
      if (response.status !== 200) throw new Error(`compliance: HTTP ${response.status} ${response.text.slice(0, 200)}`)
      if (n > 0) dashboard.push(performance.now() - started) // the first loads its code
    }
    const rssMb = [system.pid, Number(execFileSync('pgrep', ['-P', String(system.pid), '-f', 'site-process'], { encoding: 'utf8' }).trim().split('\n')[0])].reduce((sum, pid) => sum + Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024, 0)
    return { items, pages, searchP95: percentile(searches, 95), dashboardP95: percentile(dashboard, 95), rssMb }
  } finally {
    await system.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

execFileSync('bash', [path.join(root, 'scripts/system-packages.sh')], { stdio: 'inherit' })
const one = await measure(1)
const many = await measure(AGENCIES)
console.log(`\nหลายหน่วยงานในระบบเดียว (PostgreSQL) · ${os.cpus().length} cores · หน่วยงานที่วัด: ${CHOSEN_HOST} (ลำดับที่ ${CHOSEN} จาก ${AGENCIES.toLocaleString()})`)
const row = (cells: string[]) => console.log([cells[0].padEnd(34), ...cells.slice(1).map((c) => c.padStart(26))].join(' '))
row(['', `1 หน่วยงาน (${one.items.toLocaleString()} รายการ)`, `${AGENCIES.toLocaleString()} หน่วยงาน (${many.items.toLocaleString()} รายการ)`])
for (const [i, page] of one.pages.entries()) {
  const other = many.pages[i]
  row([`${page.label} req/s · p99`, `${Math.round(page.rps).toLocaleString()} · ${page.p99.toFixed(1)} ms`, `${Math.round(other.rps).toLocaleString()} · ${other.p99.toFixed(1)} ms${other.errors ? ` (ผิดพลาด ${other.errors})` : ''}`])
}
row(['ค้นหาคำที่ไม่เคยค้น p95 (≤ 50 ms)', `${one.searchP95.toFixed(1)} ms`, `${many.searchP95.toFixed(1)} ms`])
row(['แดชบอร์ดตัวชี้วัด ITA p95 (≤ 500 ms)', `${one.dashboardP95.toFixed(0)} ms`, `${many.dashboardP95.toFixed(0)} ms`])
row(['หน่วยความจำ (front + site)', `${one.rssMb.toFixed(0)} MB`, `${many.rssMb.toFixed(0)} MB`])
process.exit(0)
