/**
 * The workflow core at scale (npm run bench, after the public site): on BENCH_ITEMS (default 100,000) published
 * items, on SQLite and on PostgreSQL (BENCH_DATABASES=sqlite,postgres), the times over HTTP of one compliance
 * evaluation, the monitoring dashboard, the compliance export, the 12-month report as PDF and DOCX, and the
 * publish click of a request with four 4 MB PDF attachments; with the site process's largest RSS while each
 * ran. Prints figures; asserts nothing. BENCH_DATA_DIR keeps the seeded databases for the next run.
 */
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { closePdfRenderer, renderPdf } from '../../src/documents'
import { Client } from '../../test/support/api'
import { createTestDatabase } from '../../test/support/postgres'
import { sitePidOf, startSystem } from '../../test/support/server'
import { TOPICS } from './seed-words'

const root = path.resolve(import.meta.dirname, '../..')
const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000)
const DATABASES = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',')
/** Only the publish click (BENCH_ONLY=publish), for looking into it. */
const ONLY_PUBLISH = process.env.BENCH_ONLY === 'publish'
const kept = process.env.BENCH_DATA_DIR
const work = path.join(kept ? path.resolve(kept) : fs.mkdtempSync(path.join(os.tmpdir(), 'khaosan-bench-')), 'core')
fs.mkdirSync(work, { recursive: true })

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]

interface Timing { label: string; first?: number; runs: number; p50: number; p95: number; max: number; peakRss: number; target: string; met: boolean }

/**
 * Runs `work` once (the first call after start loads the code it needs: printed apart), then `runs` times,
 * timing each and sampling the site process's RSS meanwhile.
 */
async function timed(label: string, runs: number, sitePid: number, targetMs: number, work: () => Promise<unknown>): Promise<Timing> {
  const times: number[] = []
  let peakRss = rssMb(sitePid)
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(sitePid))), 20)
  const started = performance.now()
  await work()
  const first = performance.now() - started
  try {
    for (let i = 0; i < runs; i++) {
      const started = performance.now()
      await work()
      times.push(performance.now() - started)
    }
  } finally {
    clearInterval(sampler)
  }
  const p95 = percentile(times, 95)
  return { label, first, runs, p50: percentile(times, 50), p95, max: Math.max(...times), peakRss, target: `p95 ≤ ${targetMs} ms, RSS ≤ 400 MB`, met: p95 <= targetMs && peakRss <= 400 }
}

/**
 * A PDF of about 4 MB: some 200,000 characters of Thai text on its pages (as much as is read of a file) and a
 * photograph-like picture that does not compress.
 */
async function fourMegabytePdf(n: number): Promise<Buffer> {
  const png = await sharp(crypto.randomBytes(1100 * 1100 * 3), { raw: { width: 1100, height: 1100, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer()
  const paragraphs = Array.from({ length: 560 }, (_, i) => `<p>${Array.from({ length: 30 }, (_, j) => TOPICS[(i * 31 + j * 7 + n) % TOPICS.length]).join(' ')} เอกสารแนบหมายเลข ${n}</p>`).join('')
  return renderPdf(`<!doctype html><html lang="th"><body>${paragraphs}<img src="data:image/png;base64,${png.toString('base64')}" style="width:100%"></body></html>`)
}

/** Written once a database's seed has finished: a seed cut short (an error, a stopped run) leaves a database that is not one. */
const seededMark = (kind: string) => path.join(work, `${kind}.seeded`)

async function databaseOf(kind: string): Promise<{ url: string; seeded: boolean }> {
  if (kind === 'sqlite') {
    const file = path.join(work, 'khaosan.db')
    if (!fs.existsSync(seededMark(kind))) fs.rmSync(file, { force: true })
    return { url: `file:${file}`, seeded: fs.existsSync(file) }
  }
  const name = `khaosan_bench_core_${ITEMS}`
  if (!fs.existsSync(seededMark(kind))) await (await createTestDatabase(name)).drop()
  const db = await createTestDatabase(name)
  return { url: db.url, seeded: !db.created }
}

const fiscalYear = (() => {
  const now = new Date(Date.now() + 7 * 3600_000)
  return now.getUTCFullYear() + 543 + (now.getUTCMonth() >= 9 ? 1 : 0)
})()

execFileSync('bash', [path.join(root, 'scripts/system-packages.sh')], { stdio: 'inherit' })
const pdfs = await Promise.all([1, 2, 3, 4].map(fourMegabytePdf))
await closePdfRenderer()
console.log(`\nแกนระบบงาน ${ITEMS.toLocaleString()} รายการ · ไฟล์แนบ PDF ${pdfs.map((p) => (p.length / 1024 / 1024).toFixed(1)).join(', ')} MB · ${os.cpus().length} cores`)

for (const kind of DATABASES) {
  const dataDir = path.join(work, kind)
  fs.mkdirSync(dataDir, { recursive: true })
  const database = await databaseOf(kind)
  const env = { KHAOSAN_DATA_DIR: dataDir, DATABASE_URL: database.url, PAYLOAD_SECRET: 'bench', KHAOSAN_PUBLIC_URL: 'http://127.0.0.1' }
  if (!database.seeded) {
    console.log(`สร้างฐานข้อมูล ${kind} ${ITEMS.toLocaleString()} รายการ …`)
    execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/bench/seed.ts')], { stdio: 'inherit', env: { ...process.env, ...env, BENCH_ITEMS: String(ITEMS) } })
    fs.writeFileSync(seededMark(kind), new Date().toISOString())
  }
  const system = await startSystem({ database: 'sqlite', env })
  try {
    const sitePid = sitePidOf(system.pid)
    const [owner, head, webmaster, webmaster2] = await Promise.all(['owner', 'head', 'webmaster1', 'webmaster2'].map((who) => Client.signIn(system.origin, `${who}@khaosan.test`)))
    const ok = async (response: Promise<{ status: number }>) => {
      const { status } = await response
      if (status !== 200) throw new Error(`HTTP ${status}`)
    }
    console.log(`\n${kind} (${ITEMS.toLocaleString()} รายการ)`)
    console.log(['งาน'.padEnd(40), 'ครั้งแรก'.padStart(9), 'ครั้ง'.padStart(5), 'p50 ms'.padStart(9), 'p95 ms'.padStart(9), 'max ms'.padStart(9), 'RSS MB'.padStart(8), '  เป้าหมาย'].join(' '))
    const print = (t: Timing) => console.log([t.label.padEnd(40), (t.first === undefined ? '-' : t.first.toFixed(0)).padStart(9), String(t.runs).padStart(5), t.p50.toFixed(0).padStart(9), t.p95.toFixed(0).padStart(9), t.max.toFixed(0).padStart(9), t.peakRss.toFixed(0).padStart(8), `  ${t.target} → ${t.met ? 'ผ่าน' : 'ไม่ผ่าน'}`].join(' '))
    if (!ONLY_PUBLISH) {
      for (const set of ['ita', 'moit', 'gws', 'oia']) print(await timed(`ประเมินตัวชี้วัด ${set.toUpperCase()} หนึ่งครั้ง`, 15, sitePid, 500, () => ok(webmaster.get(`/api/compliance/${set}/${fiscalYear}`))))
      print(await timed('หน้าแดชบอร์ดผู้ดูแลเว็บไซต์ (/admin)', 10, sitePid, 500, () => ok(webmaster.get('/admin'))))
      print(await timed('ส่งออกรายการ URL (XLSX)', 10, sitePid, 500, () => ok(webmaster.download(`/api/compliance/ita/${fiscalYear}/export?format=xlsx`))))
      print(await timed('รายงานรอบ 12 เดือน (DOCX)', 5, sitePid, 500, () => ok(webmaster.download(`/api/monitoring-reports/${fiscalYear}/12?format=docx`))))
      print(await timed('รายงานรอบ 12 เดือน (PDF)', 5, sitePid, 2000, () => ok(webmaster.download(`/api/monitoring-reports/${fiscalYear}/12?format=pdf`))))
    }
    // The publish click: four 4 MB PDFs, their text read at upload (waited for here), then the webmaster's click.
    const clicks: number[] = []
    let peakRss = rssMb(sitePid)
    for (let r = 0; r < 10; r++) {
      const ids = []
      for (const [i, pdf] of pdfs.entries()) {
        const uploaded = await owner.upload(`เอกสารแนบ-${r}-${i}.pdf`, pdf, 'application/pdf')
        if (uploaded.status !== 201) throw new Error(`upload: HTTP ${uploaded.status} ${JSON.stringify(uploaded.json)}`)
        ids.push(uploaded.json.doc.id)
      }
      const created = await owner.post('/api/publish-requests', { title: `ประกาศพร้อมไฟล์แนบใหญ่ ${r}`, summary: 'รายละเอียดตามเอกสารแนบ', category: (await owner.get('/api/categories?where[code][equals]=C15')).json.docs[0].id, sourceOwner: 'กองคลัง', coverageFrom: new Date().toISOString(), coverageTo: new Date().toISOString(), channel: 'letter', attachments: ids })
      await ok(head.transition(created.json.doc.id, 'approve'))
      for (const id of ids) {
        const deadline = Date.now() + 120_000
        let status: string
        for (;;) {
          const read = await webmaster.get(`/api/attachments/${id}`)
          if (read.status !== 200) throw new Error(`attachment ${id}: HTTP ${read.status} ${read.text.slice(0, 300)}`)
          status = read.json.textStatus
          if (status !== 'pending' || Date.now() > deadline) break
          await new Promise((resolve) => setTimeout(resolve, 200))
        }
        if (status !== 'extracted') throw new Error(`the text of attachment ${id} was not read: ${status}`)
      }
      // The click as a webmaster makes it: after the upload's background work (the files' text, the search rows) is done.
      const settled = Date.now() + 60_000
      while ((await webmaster.get('/api/effects?where[status][equals]=pending&limit=0')).json.totalDocs > 0 && Date.now() < settled) await new Promise((resolve) => setTimeout(resolve, 200))
      const started = performance.now()
      await ok(webmaster2.transition(created.json.doc.id, 'publish'))
      clicks.push(performance.now() - started)
      peakRss = Math.max(peakRss, rssMb(sitePid))
    }
    const p95 = percentile(clicks, 95)
    print({ label: 'คลิกเผยแพร่ (ไฟล์ PDF 4 MB สี่ไฟล์)', runs: clicks.length, p50: percentile(clicks, 50), p95, max: Math.max(...clicks), peakRss, target: 'p95 ≤ 300 ms', met: p95 <= 300 })
  } finally {
    await system.stop()
  }
}
if (!kept) fs.rmSync(work, { recursive: true, force: true })
process.exit(0)
