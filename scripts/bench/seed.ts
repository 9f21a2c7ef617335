/**
 * Seeds the benchmark database (KHAOSAN_DATA_DIR / DATABASE_URL from the environment, SQLite or PostgreSQL):
 * the demo, then BENCH_ITEMS published items written in bulk, each with attachment-like Thai text in the search
 * index, spread over the agency's units, categories and the last two years, some tagged as indicator evidence.
 * Bulk rows instead of the workflow: 100,000 publications through it would take hours, and the pages and the
 * monitoring read the same rows either way.
 */
process.env.KHAOSAN_RUN_EFFECTS = 'off'

const { getPayload } = await import('payload')
const { default: config } = await import('../../src/payload.config')
const { searchStore } = await import('../../src/search/index-store')
const { facetsOf } = await import('../../src/domain/search/facets')
const { informationPeriod } = await import('../../src/domain/compliance')
const { rows, sql, usesPostgresAdapter } = await import('../../src/server/database')
const { TOPICS, VILLAGES } = await import('./seed-words')

const N = Number(process.env.BENCH_ITEMS ?? 100_000)
const BATCH = 500
const FILLER = 'ตามที่ได้รับอนุมัติ รายละเอียดปรากฏตามเอกสารแนบท้ายประกาศนี้ จำนวนเงิน บาท ระยะเวลาดำเนินการ วัน ผู้รับผิดชอบ กองช่าง'
/** Tags the bundled indicator sets look for: some items are evidence of them. */
const TAGS = ['แผนการจัดซื้อจัดจ้าง', 'สรุปผลการจัดซื้อจัดจ้างรายเดือน', 'รายงานผลการดำเนินงาน', 'แผนปฏิบัติการ', 'คู่มือการปฏิบัติงาน']

const payload = await getPayload({ config })
const postgres = usesPostgresAdapter(payload)
const { docs: categories } = await payload.find({ collection: 'categories', overrideAccess: true, limit: 100, pagination: false })
const { docs: units } = await payload.find({ collection: 'units', where: { kind: { not_equals: 'agency' } }, overrideAccess: true, limit: 100, pagination: false })
const news = categories.find((c) => c.code === 'C15')!
const others = categories.filter((c) => !['C1', 'C3', 'C7', 'C20', 'C16'].includes(c.code))
let seed = 42
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
const topics = (n: number) => Array.from({ length: n }, () => TOPICS[Math.floor(random() * TOPICS.length)]).join(' ')
/** A few lines of an attachment's text (about 500 characters): the item's topic and village amid the boilerplate of official notices. */
const attachmentText = (n: number) => Array.from({ length: 3 }, (_, i) => `${FILLER} ${(n * 37 + i * 101) % 100000} หมู่ที่ ${i + 1} บ้าน${VILLAGES[n % VILLAGES.length]} ${topics(2)}`).join('\n')

if (!postgres) await rows(payload, sql`PRAGMA synchronous = OFF`) // a throw-away database: no fsync per row while seeding
const started = Date.now()
const values = (list: unknown[]) => sql.join(list.map((v) => sql`${v}`), sql`, `)
for (let done = 0; done < N; done += BATCH) {
  const batch = Array.from({ length: Math.min(BATCH, N - done) }, (_, i) => {
    const n = done + i
    const category = n % 2 === 0 ? news : others[n % others.length]
    const unit = units[n % units.length]
    const at = new Date(Date.now() - n * 600_000) // one every ten minutes, going back about two years
    const period = informationPeriod({ coverageFrom: new Date(at.getTime() - 30 * 86_400_000), coverageTo: at, publishedAt: at })
    return { n, category, unit, at, period, title: `ประกาศ${topics(2)} ฉบับที่ ${n + 1}`, summary: `${topics(6)} รายละเอียดตามเอกสารแนบ` }
  })
  const inserted = await rows<{ id: number }>(
    payload,
    sql`INSERT INTO publish_requests (title, summary, category_id, source_owner, channel, urgent, emergency, needs_endorsement, on_behalf, state,
        state_changed_at, submitted_at, published_at, last_modified_at, period_start, period_end, coverage_from, coverage_to, verbal_approval_pending,
        unit_id, unit_path, created_at, updated_at)
      VALUES ${sql.join(
        batch.map(({ category, unit, at, period, title, summary }) => {
          const iso = at.toISOString()
          return sql`(${values([title, summary, category.id, 'สำนักปลัด', 'letter', false, false, false, false, 'published', iso, iso, iso, iso, period.start.toISOString(), period.end.toISOString(), period.start.toISOString(), period.end.toISOString(), false, unit.id, `/${unit.id}/`, iso, iso])})`
        }),
        sql`, `,
      )} RETURNING id`,
  )
  const ids = inserted.map((r) => Number(r.id))
  await rows(payload, sql`UPDATE publish_requests SET public_path = '/' || (SELECT slug FROM categories WHERE categories.id = publish_requests.category_id) || '/' || id WHERE id BETWEEN ${Math.min(...ids)} AND ${Math.max(...ids)}`)
  const tagged = batch.flatMap((item, i) => (item.n % 7 === 0 ? [sql`(${values([0, ids[i], 'tags', TAGS[item.n % TAGS.length]])})`] : []))
  if (tagged.length) await rows(payload, sql`INSERT INTO publish_requests_texts ("order", parent_id, path, text) VALUES ${sql.join(tagged, sql`, `)}`)
  await searchStore(payload).put(batch.map((item, i) => ({ requestId: ids[i], title: item.title, body: `${item.summary}\n${attachmentText(item.n)}`, facets: facetsOf({ categoryId: Number(item.category.id), publishedAt: item.at }) })))
  if ((done / BATCH) % 20 === 0) console.log(`  ${(done + batch.length).toLocaleString()} / ${N.toLocaleString()} รายการ (${Math.round((Date.now() - started) / 1000)} วินาที)`)
}
if (postgres) await rows(payload, sql`ANALYZE`)
console.log(`เพิ่มข้อมูล ${N.toLocaleString()} รายการใน ${Math.round((Date.now() - started) / 1000)} วินาที`)
process.exit(0)
export {}
