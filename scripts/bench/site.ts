/**
 * npm run bench: throughput and latency of the public site, measured with wrk (1 thread, 64 connections),
 * each page next to nginx serving the same page's bytes as a static file and a bare Node `http` server answering
 * the same bytes with the same headers from memory (Node's own limit), with the CPU time each server spent per request
 * (steadier than requests per second on a shared virtual machine); then searches nobody made before, the time from
 * the publish click to the item on the site, and the memory held. Prints figures; asserts nothing.
 *   BENCH_ITEMS (default 100000)  BENCH_SECONDS (default 8)  BENCH_ROUNDS (default 3)
 *   BENCH_DATA_DIR (keep and reuse the seeded database)
 *
 * On a machine with two cores or more, the server under test (the front server, or nginx's one worker) runs
 * on core 0 and wrk on core 1, so neither takes the other's core. Each page is measured BENCH_ROUNDS times,
 * nginx before it in every round, and the medians are printed: figures on a shared virtual machine vary by
 * a third from one run to the next.
 */
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { sitePidOf, startSystem } from '../../test/support/server'
import { Client } from '../../test/support/api'
import { TOPICS, VILLAGES } from './seed-words'

const root = path.resolve(import.meta.dirname, '../..')
const SECONDS = process.env.BENCH_SECONDS ?? '8'
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000)
// BENCH_DATA_DIR keeps the seeded database for later runs (seeding 100,000 items takes about ten minutes).
const kept = process.env.BENCH_DATA_DIR
const work = kept ? path.resolve(kept) : fs.mkdtempSync(path.join(os.tmpdir(), 'khaosan-bench-'))
fs.mkdirSync(work, { recursive: true })
const env = { KHAOSAN_DATA_DIR: work, DATABASE_URL: `file:${path.join(work, 'khaosan.db')}`, PAYLOAD_SECRET: 'bench', KHAOSAN_PUBLIC_URL: 'http://127.0.0.1' }

execFileSync('bash', [path.join(root, 'scripts/system-packages.sh')], { stdio: 'inherit' })
if (!fs.existsSync(path.join(root, process.env.KHAOSAN_NEXT_DIST_DIR || '.next', 'BUILD_ID'))) {
  execFileSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], { cwd: root, stdio: 'inherit' })
}
if (!fs.existsSync(path.join(work, 'khaosan.db'))) {
  console.log(`สร้างฐานข้อมูลทดสอบ ${ITEMS.toLocaleString()} รายการ …`)
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/bench/seed.ts')], { stdio: 'inherit', env: { ...process.env, ...env } })
}

const hasCommand = (command: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}
const pinned = os.cpus().length >= 2 && hasCommand('taskset')
/** Runs on core `core` when pinning, as it is otherwise. */
const onCore = (core: number, command: string, args: string[]): [string, string[]] => (pinned ? ['taskset', ['-c', String(core), command, ...args]] : [command, args])

const lua = path.join(work, 'report.lua')
const REPORT = `done = function(s, latency, r)
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d\\n", s.requests / (s.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, s.errors.status + s.errors.connect + s.errors.read + s.errors.timeout))
end
`
fs.writeFileSync(lua, REPORT)

// Searches nobody made before: a village and a topic of the seeded items (scripts/bench/seed.ts), one page of
// three, each combination once, starting where the last run stopped, so none comes from the page cache.
const distinctLua = path.join(work, 'distinct-search.lua')
fs.writeFileSync(distinctLua, `local villages = { ${VILLAGES.map((v) => `"${encodeURIComponent(v)}"`).join(', ')} }
local topics = { ${TOPICS.map((t) => `"${encodeURIComponent(t)}"`).join(', ')} }
local n = 0
init = function(args) n = tonumber(args[1]) end
request = function()
  n = n + 1
  local v = villages[n % #villages + 1]
  local t = topics[math.floor(n / #villages) % #topics + 1]
  local page = math.floor(n / (#villages * #topics)) % 3 + 1
  return wrk.format("GET", "/search?q=" .. v .. "+" .. t .. "&page=" .. page)
end
${REPORT}`)
let distinctUsed = 0

/** Microseconds of CPU a process (all its threads) has used, from /proc. */
const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
const cpuMicros = (pid: number) => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / TICKS_PER_SECOND // utime and stime
}

/** cpuUs: the server's CPU time per request (when its `pid` is given), steadier than req/s on a shared virtual machine. */
interface Figures { rps: number; p50: number; p95: number; p99: number; errors: number; cpuUs: number }
function wrk(url: string, { connections = 64, seconds = SECONDS, script = lua, args = [] as string[], pid = 0 } = {}): Figures {
  const [command, argv] = onCore(1, 'wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', script, url, ...(args.length ? ['--', ...args] : [])])
  const cpuBefore = pid ? cpuMicros(pid) : 0
  const out = execFileSync(command, argv, { encoding: 'utf8' })
  const cpuUsed = pid ? cpuMicros(pid) - cpuBefore : 0
  const [rps, p50, p95, p99, errors] = /RESULT (\S+) (\S+) (\S+) (\S+) (\S+)/.exec(out)!.slice(1).map(Number)
  return { rps, p50, p95, p99, errors, cpuUs: cpuUsed / Math.max(1, rps * Number(seconds)) }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const medianOf = (runs: Figures[]): Figures => ({
  rps: median(runs.map((r) => r.rps)),
  p50: median(runs.map((r) => r.p50)),
  p95: median(runs.map((r) => r.p95)),
  p99: median(runs.map((r) => r.p99)),
  errors: runs.reduce((sum, r) => sum + r.errors, 0),
  cpuUs: median(runs.map((r) => r.cpuUs)),
})

const freePort = () => new Promise<number>((resolve) => { const s = net.createServer(); s.listen(0, '127.0.0.1', () => { const { port } = s.address() as net.AddressInfo; s.close(() => resolve(port)) }) })
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024

/** A server that does nothing but answer each page's bytes with its headers from memory: what Node's http module allows at most. */
const BARE_SERVER = `import http from 'node:http'
import fs from 'node:fs'
const [pagesFile, port] = process.argv.slice(2)
const pages = new Map(Object.entries(JSON.parse(fs.readFileSync(pagesFile, 'utf8'))).map(([at, page]) => [at, { body: fs.readFileSync(page.file), headers: page.headers }]))
const server = http.createServer((req, res) => {
  const page = pages.get(req.url) ?? pages.get('/page-0.html')
  res.writeHead(200, page.headers).end(page.body)
})
server.keepAliveTimeout = 65000
server.listen(Number(port), '127.0.0.1')
`

const system = await startSystem({ database: 'sqlite', env })
/** Signs in, once more if a connection left idle through the measurements was closed under it. */
const signInAgain = (email: string) => Client.signIn(system.origin, email).catch(() => Client.signIn(system.origin, email))
const sitePid = sitePidOf(system.pid)
if (pinned) execFileSync('taskset', ['-a', '-p', '-c', '0', String(system.pid)], { stdio: 'ignore' }) // the front server; the site process stays free
const nginxDir = path.join(work, 'nginx')
let nginx: ReturnType<typeof spawn> | null = null
let bare: ReturnType<typeof spawn> | null = null
try {
  const home = await (await fetch(`${system.origin}/`)).text()
  const itemPath = /href="(\/news\/\d+)"/.exec(home)![1]
  const search = `/search?q=${encodeURIComponent('หนองบัว')}`
  // The integrity check (every 15 minutes, and once soon after a start) reads every public item: at 100,000 items it
  // takes the site process for most of a minute. Measure after the first one, and say if another ran meanwhile.
  const admin = await signInAgain('admin@khaosan.test')
  /** How many integrity checks have run; null (said once) if the list cannot be read. */
  const integrityChecks = async (): Promise<number | null> => {
    const answer = await admin.get('/api/integrity-checks?limit=1&depth=0&select[id]=true')
    if (answer.status === 200 && answer.json) return answer.json.totalDocs as number
    console.log(`อ่านรายการการตรวจการแก้ไขนอกระบบไม่ได้: ${answer.status} ${answer.text.slice(0, 200)}`)
    return null
  }
  const checksAtStart = await integrityChecks()
  for (let waited = 0; checksAtStart !== null && (await integrityChecks()) === checksAtStart && waited < 180; waited += 5) await new Promise((r) => setTimeout(r, 5_000))
  const checksBefore = await integrityChecks()
  const cached: [string, string][] = [
    ['หน้าแรก (/)', '/'],
    ['รายการหมวด (/news)', '/news'],
    ['รายการหมวด หน้า 50 (/news?page=50)', '/news?page=50'],
    ['หน้ารายการ (item)', itemPath],
    ['ค้นหา "หนองบัว" ซ้ำ (จากหน่วยความจำ)', search],
  ]
  // Each page's bytes and headers as the front server sends them (wrk asks without compression), for nginx and bare Node.
  fs.mkdirSync(path.join(nginxDir, 'www'), { recursive: true })
  for (const dir of [work, nginxDir, path.join(nginxDir, 'www')]) fs.chmodSync(dir, 0o755) // nginx's workers do not run as root
  const copies: Record<string, { file: string; headers: Record<string, string> }> = {}
  for (const [index, [label, p]] of cached.entries()) {
    const started = performance.now()
    const response = await fetch(`${system.origin}${p}`, { headers: { 'Accept-Encoding': 'identity' } }) // rendered once: the cache is warm
    const file = path.join(nginxDir, 'www', `page-${index}.html`)
    fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()))
    copies[`/page-${index}.html`] = { file, headers: Object.fromEntries([...response.headers].filter(([name]) => !['date', 'connection', 'keep-alive'].includes(name))) }
    console.log(`ครั้งแรก ${label}: ${response.status} ${(performance.now() - started).toFixed(0)} ms, ${fs.statSync(file).size.toLocaleString()} ไบต์`)
  }
  const nginxPort = await freePort()
  fs.writeFileSync(path.join(nginxDir, 'nginx.conf'), `worker_processes 1;
daemon off;
pid ${nginxDir}/nginx.pid;
error_log ${nginxDir}/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${nginxDir}/tmp; proxy_temp_path ${nginxDir}/tmp; fastcgi_temp_path ${nginxDir}/tmp; uwsgi_temp_path ${nginxDir}/tmp; scgi_temp_path ${nginxDir}/tmp;
  server { listen 127.0.0.1:${nginxPort}; root ${nginxDir}/www; default_type text/html; }
}
`)
  fs.mkdirSync(path.join(nginxDir, 'tmp'), { recursive: true })
  nginx = spawn(...onCore(0, fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx', ['-e', `${nginxDir}/error.log`, '-p', nginxDir, '-c', path.join(nginxDir, 'nginx.conf')]), { stdio: 'inherit' })
  for (let i = 0; i < 50; i++) {
    if (await fetch(`http://127.0.0.1:${nginxPort}/page-0.html`).then((r) => r.ok, () => false)) break
    await new Promise((r) => setTimeout(r, 100))
  }
  const nginxUrl = (index: number) => `http://127.0.0.1:${nginxPort}/page-${index}.html`

  fs.writeFileSync(path.join(work, 'bare.mjs'), BARE_SERVER)
  fs.writeFileSync(path.join(work, 'bare-pages.json'), JSON.stringify(copies))
  const barePort = await freePort()
  bare = spawn(...onCore(0, process.execPath, [path.join(work, 'bare.mjs'), path.join(work, 'bare-pages.json'), String(barePort)]), { stdio: 'inherit' })
  for (let i = 0; i < 50; i++) {
    if (await fetch(`http://127.0.0.1:${barePort}/`).then((r) => r.ok, () => false)) break
    await new Promise((r) => setTimeout(r, 100))
  }
  const bareUrl = (index: number) => `http://127.0.0.1:${barePort}/page-${index}.html`

  for (const url of [nginxUrl(0), bareUrl(0), ...cached.map(([, p]) => `${system.origin}${p}`)]) wrk(url, { seconds: '2' }) // warm up: JIT, connections
  // The traffic log is on, as in production: every request below is a line of it.
  const trafficLog = path.join(work, 'logs', 'traffic')
  const logged = () => {
    let [bytes, lines] = [0, 0]
    for (const name of fs.readdirSync(trafficLog)) {
      const text = fs.readFileSync(path.join(trafficLog, name))
      bytes += text.length
      for (let at = text.indexOf(10); at >= 0; at = text.indexOf(10, at + 1)) lines++
    }
    return { bytes, lines }
  }
  const logBefore = logged()
  const runs = new Map<string, Figures[]>()
  const record = (label: string, figures: Figures) => runs.set(label, [...(runs.get(label) ?? []), figures])
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, [label, p]] of cached.entries()) {
      record(`nginx (ก่อน ${label})`, wrk(nginxUrl(index)))
      record(`node (ก่อน ${label})`, wrk(bareUrl(index), { pid: bare!.pid! }))
      record(label, wrk(`${system.origin}${p}`, { pid: system.pid }))
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 500)) // the log's last buffered lines reach the file
  const logAfter = logged()
  const logPerMillion = ((logAfter.bytes - logBefore.bytes) / Math.max(1, logAfter.lines - logBefore.lines)) * 1e6
  const distinct = (connections: number) => {
    const figures = wrk(`${system.origin}/`, { connections, script: distinctLua, args: [String(distinctUsed)] })
    distinctUsed += Math.ceil(figures.rps * Number(SECONDS)) + connections
    return figures
  }
  const oneAtATime = distinct(1)
  const concurrent = distinct(64)
  // wrk ran synchronously: this process heard nothing meanwhile, so its idle connections the server has since closed are
  // still in its pool. One turn of the event loop lets them go before the next request.
  await new Promise((resolve) => setTimeout(resolve, 200))


  const show = (label: string, connections: number, f: Figures, baseline?: number) =>
    console.log([label.padEnd(40), String(connections).padStart(4), f.rps.toFixed(0).padStart(8), f.p50.toFixed(2).padStart(8), f.p95.toFixed(2).padStart(8), f.p99.toFixed(2).padStart(8), String(f.errors).padStart(6), (baseline ? (f.rps / baseline).toFixed(2) : '').padStart(8)].join(' '))
  console.log(`\nwrk -t1, ${SECONDS} วินาทีต่อครั้ง, ค่ามัธยฐานของ ${ROUNDS} รอบ, ${os.cpus().length} cores${pinned ? ' (เซิร์ฟเวอร์ core 0, wrk core 1)' : ''}, ${ITEMS.toLocaleString()} รายการ`)
  console.log(['target'.padEnd(40), 'conn', 'req/s'.padStart(8), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'p99 ms'.padStart(8), 'errors'.padStart(6), '× base'.padStart(8)].join(' '))
  const verdicts: string[] = []
  const verdict = (met: boolean) => (met ? 'ผ่าน' : 'ไม่ผ่าน')
  for (const [label] of cached) {
    const nginxFigures = medianOf(runs.get(`nginx (ก่อน ${label})`)!)
    const nodeFigures = medianOf(runs.get(`node (ก่อน ${label})`)!)
    const figures = medianOf(runs.get(label)!)
    show(`  nginx หน้าเดียวกันเป็นไฟล์ (รอบเดียวกัน)`, 64, nginxFigures)
    show(`  node http หน้าเดียวกันจากหน่วยความจำ (รอบเดียวกัน)`, 64, nodeFigures)
    show(`${label} ÷ nginx`, 64, figures, nginxFigures.rps)
    show(`${label} ÷ node`, 64, figures, nodeFigures.rps)
    const [toNginx, toNode] = [figures.rps / nginxFigures.rps, figures.rps / nodeFigures.rps]
    verdicts.push(`${label}: ${toNginx.toFixed(2)}× nginx, ${toNode.toFixed(2)}× node, p99 ${figures.p99.toFixed(1)} ms → ${verdict(toNginx >= 0.8 && toNode >= 0.9 && figures.p99 <= 10)} (≥ 0.8× nginx, ≥ 0.9× node, p99 ≤ 10 ms); CPU ต่อคำขอ ${figures.cpuUs.toFixed(1)} µs, node ${nodeFigures.cpuUs.toFixed(1)} µs (node ÷ front ${(nodeFigures.cpuUs / figures.cpuUs).toFixed(2)})`)
  }
  show('ค้นหาคำที่ไม่เคยค้น ทีละคำขอ', 1, oneAtATime)
  show('ค้นหาคำที่ไม่เคยค้น พร้อมกัน 64', 64, concurrent)
  verdicts.push(`ค้นหาคำที่ไม่เคยค้น (ไม่มีในหน่วยความจำ) ทีละคำขอ: p95 ${oneAtATime.p95.toFixed(1)} ms → ${verdict(oneAtATime.p95 <= 25)} (p95 ≤ 25 ms)`)
  const checksAfter = await integrityChecks()
  const checksDuring = checksAfter === null || checksBefore === null ? null : checksAfter - checksBefore
  verdicts.push(checksDuring === null ? 'ไม่ทราบว่ามีการตรวจการแก้ไขนอกระบบระหว่างวัดหรือไม่' : checksDuring ? `การตรวจการแก้ไขนอกระบบทำงาน ${checksDuring} ครั้งระหว่างวัด: ตัวเลขข้างบนรวมผลของงานนั้น` : 'ไม่มีการตรวจการแก้ไขนอกระบบระหว่างวัด')
  verdicts.push(`ข้อมูลจราจรทางคอมพิวเตอร์ (เปิดบันทึกตลอดการวัด): ${(logAfter.lines - logBefore.lines).toLocaleString()} บรรทัด ${((logAfter.bytes - logBefore.bytes) / 1e6).toFixed(1)} MB → ${(logPerMillion / 1e6).toFixed(0)} MB ต่อหนึ่งล้านคำขอ`)
  console.log(`\n${verdicts.join('\n')}`)
  const memory = (when: string) => {
    const [front, site] = [rssMb(system.pid), rssMb(sitePid)]
    console.log(`หน่วยความจำ${when}: front server ${front.toFixed(0)} MB + site process ${site.toFixed(0)} MB = ${(front + site).toFixed(0)} MB (RSS) → ${verdict(front + site <= 400)} (≤ 400 MB)`)
  }
  memory('หลังวัดความเร็ว')
  // The publish click to the item on the site: a request approved by the head, published by the webmaster, then
  // its address asked for until it answers 200 (every page is dropped at the click and rendered again on demand).
  const [owner, head, webmaster] = await Promise.all(['owner', 'head', 'webmaster1'].map((who) => signInAgain(`${who}@khaosan.test`)))
  const newsCategory = (await webmaster.get('/api/categories?where[code][equals]=C15')).json.docs[0].id
  const publishTimes: number[] = []
  for (let i = 0; i < 5; i++) {
    const created = await owner.post('/api/publish-requests', {
      title: `ข่าวทดสอบความเร็วการเผยแพร่ ครั้งที่ ${i + 1}`, summary: 'ทดสอบเวลาตั้งแต่กดเผยแพร่จนปรากฏบนเว็บไซต์', category: newsCategory, sourceOwner: 'สำนักปลัด', channel: 'letter',
      coverageFrom: '2026-10-01T00:00:00.000Z', coverageTo: '2026-12-31T00:00:00.000Z',
    })
    const id = created.json.doc.id as number
    await head.transition(id, 'approve')
    const started = performance.now()
    const published = await webmaster.transition(id, 'publish')
    if (published.status !== 200) throw new Error(`publish: ${published.status} ${published.text}`)
    while ((await fetch(`${system.origin}/news/${id}`)).status !== 200) await new Promise((r) => setTimeout(r, 5))
    publishTimes.push(performance.now() - started)
  }
  const publishToVisible = median(publishTimes)
  console.log(`กดเผยแพร่ → ปรากฏบนเว็บไซต์: ค่ามัธยฐาน ${publishToVisible.toFixed(0)} ms จาก ${publishTimes.length} ครั้ง (${publishTimes.map((t) => t.toFixed(0)).join(', ')}) → ${verdict(publishToVisible <= 1000)} (≤ 1 วินาที)`)
  memory('หลังเผยแพร่')
} finally {
  nginx?.kill('SIGQUIT')
  bare?.kill()
  await system.stop()
  if (kept) fs.rmSync(path.join(work, 'nginx'), { recursive: true, force: true })
  else fs.rmSync(work, { recursive: true, force: true })
}
