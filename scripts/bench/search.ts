/**
 * Search latency at scale: seeds N published items (default 100,000) with government-style Thai text into a
 * fresh database (a temporary SQLite file, or with --postgres a new database on 127.0.0.1:5432, dropped
 * afterwards), writes their search rows through src/search, then times 1,000 varied searches through
 * searchPublished (ranking, filters, excerpts: what the search page waits for) and prints p50/p95/p99.
 *
 *   npx tsx scripts/bench/search.ts [--items 100000] [--queries 1000] [--postgres] [--keep NAME]
 *
 * --keep NAME keeps the seeded database (SQLite: in the folder NAME; PostgreSQL: the database khaosan_bench_NAME)
 * and reuses it next time (seeding takes minutes).
 *
 * Target (issue 3): p95 ≤ 50 ms at 100,000 items.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { sql } from '@payloadcms/db-postgres'
import { createTestDatabase } from '../../test/support/postgres'
import { facetsOf } from '../../src/domain/search/facets'

const { values: args } = parseArgs({
  options: { items: { type: 'string', default: '100000' }, queries: { type: 'string', default: '1000' }, postgres: { type: 'boolean', default: false }, keep: { type: 'string' } },
})
const ITEMS = Number(args.items)
const QUERIES = Number(args.queries)
const BATCH = 1000

// Words of Thai public notices, most frequent first: the text draws them by a Zipf law, as real text does.
const VOCABULARY = `ประกาศ เทศบาล ตำบล เรื่อง การ ประจำปี งบประมาณ โครงการ ประชาชน ดำเนินการ หมู่ที่ บ้าน จังหวัด อำเภอ
รายละเอียด ตามที่ เพื่อ ให้ ได้ ของ และ ใน ที่ จำนวน บาท พ.ศ. ราคา จัดซื้อ จัดจ้าง ประกวดราคา ก่อสร้าง ถนน คอนกรีต
เสริมเหล็ก ซ่อมแซม ปรับปรุง ระบบ ประปา ไฟฟ้า สาธารณะ ระบายน้ำ ท่อ รางระบายน้ำ ขยะ มูลฝอย สิ่งแวดล้อม สาธารณสุข
ไข้เลือดออก ยุงลาย วัคซีน โรคพิษสุนัขบ้า ผู้สูงอายุ เบี้ยยังชีพ คนพิการ เด็ก ศูนย์พัฒนาเด็กเล็ก โรงเรียน การศึกษา
อาหารกลางวัน อาหารเสริม นม กีฬา ประเพณี สงกรานต์ ลอยกระทง วัฒนธรรม ศาสนา วัด ตลาด ชุมชน สหกรณ์ เกษตรกร ข้าว
ยางพารา น้ำท่วม ภัยแล้ง สาธารณภัย ป้องกัน บรรเทา อัคคีภัย รถดับเพลิง อาสาสมัคร ภาษี ที่ดิน สิ่งปลูกสร้าง ป้าย
ค่าธรรมเนียม ใบอนุญาต ทะเบียนพาณิชย์ ควบคุมอาคาร ผังเมือง รับสมัคร พนักงานจ้าง สอบคัดเลือก ผลการสอบ ตำแหน่ง
แผนพัฒนาท้องถิ่น แผนการดำเนินงาน รายงาน ผลการดำเนินงาน งบแสดงฐานะการเงิน ข้อบัญญัติ รายจ่าย รายรับ เงินอุดหนุน
สภาเทศบาล การประชุม สมัยสามัญ มติ คณะกรรมการ ตรวจรับ พัสดุ วัสดุสำนักงาน ครุภัณฑ์ คอมพิวเตอร์ รถยนต์ น้ำมันเชื้อเพลิง
จ้างเหมา บริการ ทำความสะอาด รักษาความปลอดภัย ประชาสัมพันธ์ กิจกรรม อบรม สัมมนา ศึกษาดูงาน คุณธรรม ความโปร่งใส
ร้องเรียน ทุจริต ประพฤติมิชอบ ข้อมูลข่าวสาร สิทธิ หน้าที่ ระเบียบ กฎหมาย พระราชบัญญัติ คำสั่ง มอบหมาย ปฏิบัติราชการ
แทน นายกเทศมนตรี ปลัดเทศบาล ผู้อำนวยการ กองคลัง กองช่าง กองการศึกษา สำนักปลัด ห้องประชุม ศาลาประชาคม ลำปาง
เชียงใหม่ ขอนแก่น นครราชสีมา สุราษฎร์ธานี ท่องเที่ยว สินค้า หนึ่งตำบลหนึ่งผลิตภัณฑ์ ผ้าทอ จักสาน สมุนไพร แพทย์แผนไทย
ออกกำลังกาย สวนสาธารณะ ห้องสมุด อินเทอร์เน็ต ไวไฟ กล้องวงจรปิด จราจร ทางม้าลาย สะพาน ฝายชะลอน้ำ บ่อบาดาล
ถังเก็บน้ำ หอกระจายข่าว เสียงตามสาย ธนาคารขยะ คัดแยกขยะ ปุ๋ยหมัก พลังงานแสงอาทิตย์ โคมไฟ ต้นไม้ ปลูกป่า`
  .split(/\s+/)
  .filter(Boolean)

let seed = 20261122
/** mulberry32: reproducible runs. */
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
}
const harmonic = VOCABULARY.reduce((sum, _, i) => sum + 1 / (i + 1), 0)
const zipfWord = () => {
  let target = random() * harmonic
  for (let i = 0; i < VOCABULARY.length; i++) if ((target -= 1 / (i + 1)) <= 0) return VOCABULARY[i]
  return VOCABULARY.at(-1)!
}
// Thai runs words together within a phrase and puts spaces between phrases.
const thaiText = (words: number) => Array.from({ length: words }, (_, i) => zipfWord() + ((i + 1) % 4 === 0 ? ' ' : '')).join('')
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

const dataDir = args.keep && !args.postgres ? path.resolve(args.keep) : fs.mkdtempSync(path.join(os.tmpdir(), 'khaosan-bench-search-'))
fs.mkdirSync(dataDir, { recursive: true })
const pg = args.postgres ? await createTestDatabase(args.keep ? `khaosan_bench_${args.keep.replace(/\W/g, '_')}` : undefined) : null
const reused = args.keep !== undefined && (pg ? !pg.created : fs.existsSync(path.join(dataDir, 'khaosan.db')))
Object.assign(process.env, {
  KHAOSAN_DATA_DIR: dataDir,
  DATABASE_URL: pg?.url ?? `file:${path.join(dataDir, 'khaosan.db')}`,
  PAYLOAD_SECRET: 'bench',
  KHAOSAN_DEMO: 'off',
})
const { default: config } = await import('../../src/payload.config')
const { getPayload } = await import('payload')
const { searchStore } = await import('../../src/search/index-store')
const { searchPublished } = await import('../../src/search')
const payload = await getPayload({ config })

try {
  const { docs: categories } = await payload.find({ collection: 'categories', overrideAccess: true, limit: 100, pagination: false })
  const { rows } = await import('../../src/server/database')
  const store = searchStore(payload)
  if (reused) console.log(`reusing the ${ITEMS.toLocaleString()}-item database in ${dataDir}`)
  else {
    const now = Date.now()
    const started = performance.now()
    for (let done = 0; done < ITEMS; done += BATCH) {
      const items = Array.from({ length: Math.min(BATCH, ITEMS - done) }, () => {
        const at = new Date(now - Math.floor(random() * 3 * 365 * 86_400_000)).toISOString() // the last three years
        // Most items are a title and a summary; some carry an attachment's worth of text.
        const attachment = random() < 0.4 ? thaiText(100 + Math.floor(random() * 100)) : ''
        return { title: `ประกาศ${thaiText(4 + Math.floor(random() * 5))}`, summary: thaiText(15 + Math.floor(random() * 16)), attachment, category: pick(categories).id, at }
      })
      const inserted = await rows<{ id: number }>(
        payload,
        sql`INSERT INTO publish_requests (title, summary, category_id, source_owner, channel, state, published_at, state_changed_at, created_at, updated_at) VALUES ${sql.join(
          items.map(({ title, summary, category, at }) => sql`(${title}, ${summary}, ${category}, ${'สำนักปลัด'}, ${'letter'}, ${'published'}, ${at}, ${at}, ${at}, ${at})`),
          sql`, `,
        )} RETURNING id`,
      )
      await store.put(items.map((item, i) => ({ requestId: Number(inserted[i].id), title: item.title, body: `${item.summary}\n${item.attachment}`, facets: facetsOf({ categoryId: Number(item.category), publishedAt: new Date(item.at) }) })))
      if ((done / BATCH) % 10 === 9) console.log(`  ${(done + items.length).toLocaleString()} items (${((performance.now() - started) / 1000).toFixed(0)} s)`)
    }
    console.log(`seeded ${ITEMS.toLocaleString()} items on ${pg ? 'PostgreSQL' : 'SQLite'} in ${((performance.now() - started) / 1000).toFixed(0)} s`)
    // Statistics as autovacuum would have gathered them on a live server, for the planner's choices.
    if (pg) await rows(payload, sql`ANALYZE`)
  }

  // Varied searches: one word of any frequency, two or three words, a rare word, words that are nowhere;
  // some within a category or a year, some asking for a later page.
  const thisYear = new Date().getFullYear() + 543
  seed = 20261128 // the same queries whether the database was seeded now or kept
  const queries = Array.from({ length: QUERIES }, () => {
    const kind = random()
    const q =
      kind < 0.4 ? pick(VOCABULARY) : kind < 0.7 ? `${zipfWord()} ${pick(VOCABULARY)}` : kind < 0.85 ? `${pick(VOCABULARY)}${pick(VOCABULARY)} ${pick(VOCABULARY)}` : kind < 0.95 ? zipfWord() : 'คำที่ไม่มีในดัชนี'
    return {
      q,
      category: random() < 0.2 ? pick(categories).slug : undefined,
      year: random() < 0.2 ? thisYear - Math.floor(random() * 3) : undefined,
      page: random() < 0.1 ? 2 : 1,
    }
  })
  for (const query of queries.slice(0, 20)) await searchPublished(payload, query) // warm-up
  const timed: { query: (typeof queries)[number]; ms: number; total: number }[] = []
  for (const query of queries) {
    const t = performance.now()
    const { total } = await searchPublished(payload, query)
    timed.push({ query, ms: performance.now() - t, total })
  }
  const times = timed.map((t) => t.ms).sort((a, b) => a - b)
  const hits = timed.reduce((sum, t) => sum + t.total, 0)
  const ms = (value: number) => `${value.toFixed(1)} ms`
  console.log(`search over ${ITEMS.toLocaleString()} items on ${pg ? 'PostgreSQL' : 'SQLite'}: ${QUERIES} queries, ${Math.round(hits / QUERIES).toLocaleString()} matches on average`)
  console.log(`  p50 ${ms(percentile(times, 50))}   p95 ${ms(percentile(times, 95))}   p99 ${ms(percentile(times, 99))}   max ${ms(times.at(-1)!)}`)
  console.log(`  target p95 ≤ 50 ms: ${percentile(times, 95) <= 50 ? 'met' : 'NOT met'}`)
  console.log('  slowest:')
  for (const { query, ms: took, total } of timed.sort((a, b) => b.ms - a.ms).slice(0, 8)) console.log(`    ${ms(took).padStart(9)}  ${JSON.stringify(query)} → ${total}`)
} finally {
  ;(payload.db as { pool?: { on(event: 'error', listener: () => void): void } }).pool?.on('error', () => {})
  await payload.destroy()
  if (!args.keep) await pg?.drop()
  if (!args.keep || args.postgres) fs.rmSync(dataDir, { recursive: true, force: true })
}
process.exit(0)
