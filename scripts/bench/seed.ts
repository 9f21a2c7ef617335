/**
 * Seeds the benchmark database (KHAOSAN_DATA_DIR / DATABASE_URL from the environment): the demo, then
 * BENCH_ITEMS published items written in bulk, each with attachment-like Thai text in the search index.
 * Bulk rows instead of the workflow: 100,000 publications through it would take hours, and the pages read
 * the same rows either way.
 */
import { getPayload } from 'payload'
import config from '../../src/payload.config'
import { searchStore } from '../../src/search/index-store'
import { facetsOf } from '../../src/domain/search/facets'
import { TOPICS, VILLAGES } from './seed-words'

const N = Number(process.env.BENCH_ITEMS ?? 100_000)
const BATCH = 500
const FILLER = 'ตามที่ได้รับอนุมัติ รายละเอียดปรากฏตามเอกสารแนบท้ายประกาศนี้ จำนวนเงิน บาท ระยะเวลาดำเนินการ วัน ผู้รับผิดชอบ กองช่าง'

const payload = await getPayload({ config })
const db = payload.db as unknown as { drizzle: { insert: (t: unknown) => { values: (rows: unknown[]) => { returning: (f: unknown) => Promise<{ id: number }[]> } } }; tables: Record<string, Record<string, unknown>> }
const table = db.tables.publish_requests
const { docs: categories } = await payload.find({ collection: 'categories', overrideAccess: true, limit: 100, pagination: false })
const news = categories.find((c) => c.slug === 'news')!
const others = categories.filter((c) => !['agency', 'cio', 'sitemap', 'statistics', 'calendar'].includes(c.slug as string))
let seed = 42
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
const topics = (n: number) => Array.from({ length: n }, () => TOPICS[Math.floor(random() * TOPICS.length)]).join(' ')
/** A few lines of an attachment's text (about 500 characters: Thai word segmentation for the index costs about 10 ms per kilobyte): the item's topic and village amid the boilerplate of official notices. */
const attachmentText = (n: number) => Array.from({ length: 3 }, (_, i) => `${FILLER} ${(n * 37 + i * 101) % 100000} หมู่ที่ ${i + 1} บ้าน${VILLAGES[n % VILLAGES.length]} ${topics(2)}`).join('\n')

const { sql } = await import('@payloadcms/db-sqlite')
const run = (query: unknown) => (payload.db as unknown as { drizzle: { run: (q: unknown) => Promise<unknown> } }).drizzle.run(query)
await run(sql`PRAGMA synchronous = OFF`) // a throw-away database: no fsync per row while seeding
const started = Date.now()
for (let done = 0; done < N; done += BATCH) {
  const rows = Array.from({ length: Math.min(BATCH, N - done) }, (_, i) => {
    const n = done + i
    const category = n % 2 === 0 ? news : others[n % others.length]
    const at = new Date(Date.now() - n * 600_000).toISOString() // one every ten minutes, going back about two years
    return { title: `ประกาศ${topics(2)} ฉบับที่ ${n + 1}`, summary: `${topics(6)} รายละเอียดตามเอกสารแนบ`, category: category.id, sourceOwner: 'สำนักปลัด', channel: 'letter', urgent: false, emergency: false, state: 'published', stateChangedAt: at, publishedAt: at, publicPath: '', verbalApprovalPending: false, createdAt: at, updatedAt: at, _category: category.slug }
  })
  const inserted = await db.drizzle
    .insert(table)
    .values(rows.map(({ _category, ...row }) => row))
    .returning({ id: table.id })
  // publicPath needs the id: written in a second pass per batch.
  const ids = inserted.map((r) => r.id)
  await run(
    sql`UPDATE publish_requests SET public_path = '/' || (SELECT slug FROM categories WHERE categories.id = publish_requests.category_id) || '/' || id WHERE id BETWEEN ${Math.min(...ids)} AND ${Math.max(...ids)}`,
  )
  await searchStore(payload).put(rows.map((row, i) => ({ requestId: ids[i], title: row.title, body: `${row.summary}\n${attachmentText(done + i)}`, facets: facetsOf({ categoryId: Number(row.category), publishedAt: new Date(row.publishedAt) }) })))
  if ((done / BATCH) % 20 === 0) console.log(`  ${(done + rows.length).toLocaleString()} / ${N.toLocaleString()} รายการ (${Math.round((Date.now() - started) / 1000)} วินาที)`)
}
console.log(`เพิ่มข้อมูล ${N.toLocaleString()} รายการใน ${Math.round((Date.now() - started) / 1000)} วินาที`)
process.exit(0)
