/**
 * npm run bench: throughput and latency of the public site, measured with wrk (1 thread, 64 connections),
 * next to nginx serving the same home page as a static file. Prints figures; asserts nothing.
 *   BENCH_ITEMS (default 100000)  BENCH_SECONDS (default 10)  BENCH_DATA_DIR (keep and reuse the seeded database)
 */
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { startSystem } from '../../test/support/server'

const root = path.resolve(import.meta.dirname, '../..')
const SECONDS = process.env.BENCH_SECONDS ?? '10'
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
  console.log(`สร้างฐานข้อมูลทดสอบ ${Number(process.env.BENCH_ITEMS ?? 100_000).toLocaleString()} รายการ …`)
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/bench/seed.ts')], { stdio: 'inherit', env: { ...process.env, ...env } })
}

const lua = path.join(work, 'report.lua')
fs.writeFileSync(lua, `done = function(s, latency, r)
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d\\n", s.requests / (s.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, s.errors.status + s.errors.connect + s.errors.read + s.errors.timeout))
end
`)

interface Figures { rps: number; p50: number; p95: number; p99: number; errors: number }
function wrk(url: string, connections = 64): Figures {
  const out = execFileSync('wrk', ['-t1', `-c${connections}`, `-d${SECONDS}s`, '--timeout', '10s', '-s', lua, url], { encoding: 'utf8' })
  const [rps, p50, p95, p99, errors] = /RESULT (\S+) (\S+) (\S+) (\S+) (\S+)/.exec(out)!.slice(1).map(Number)
  return { rps, p50, p95, p99, errors }
}

const freePort = () => new Promise<number>((resolve) => { const s = net.createServer(); s.listen(0, '127.0.0.1', () => { const { port } = s.address() as net.AddressInfo; s.close(() => resolve(port)) }) })

const system = await startSystem({ database: 'sqlite', env })
const nginxDir = path.join(work, 'nginx')
let nginx: ReturnType<typeof spawn> | null = null
try {
  const home = await (await fetch(`${system.origin}/`)).text()
  const itemPath = /href="(\/news\/\d+)"/.exec(home)![1]
  const targets: [string, string, number?][] = [
    ['หน้าแรก (/)', '/'],
    ['รายการหมวด (/news)', '/news'],
    ['รายการหมวด หน้า 50 (/news?page=50)', '/news?page=50'],
    ['หน้ารายการ (item)', itemPath],
    ['ค้นหา "หนองบัว" (2.5% ของรายการ)', `/search?q=${encodeURIComponent('หนองบัว')}`],
    ['ค้นหา "หนองบัว" 1 connection', `/search?q=${encodeURIComponent('หนองบัว')}`, 1],
    ['ค้นหา "ประปาหมู่บ้าน หนองบัว" 1 conn.', `/search?q=${encodeURIComponent('ประปาหมู่บ้าน หนองบัว')}`, 1],
  ]
  for (const [label, p] of targets) {
    const started = performance.now()
    const response = await fetch(`${system.origin}${p}`) // rendered once: the cache is warm
    await response.text()
    console.log(`ครั้งแรก ${label}: ${response.status} ${(performance.now() - started).toFixed(0)} ms`)
  }

  fs.mkdirSync(path.join(nginxDir, 'www'), { recursive: true })
  for (const dir of [work, nginxDir, path.join(nginxDir, 'www')]) fs.chmodSync(dir, 0o755) // nginx's workers do not run as root
  fs.writeFileSync(path.join(nginxDir, 'www/index.html'), home)
  const nginxPort = await freePort()
  fs.writeFileSync(path.join(nginxDir, 'nginx.conf'), `worker_processes 1;
daemon off;
pid ${nginxDir}/nginx.pid;
error_log ${nginxDir}/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${nginxDir}/tmp; proxy_temp_path ${nginxDir}/tmp; fastcgi_temp_path ${nginxDir}/tmp; uwsgi_temp_path ${nginxDir}/tmp; scgi_temp_path ${nginxDir}/tmp;
  server { listen 127.0.0.1:${nginxPort}; root ${nginxDir}/www; default_type text/html; location / { try_files /index.html =404; } }
}
`)
  fs.mkdirSync(path.join(nginxDir, 'tmp'), { recursive: true })
  nginx = spawn(fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx', ['-e', `${nginxDir}/error.log`, '-p', nginxDir, '-c', path.join(nginxDir, 'nginx.conf')], { stdio: 'inherit' })
  for (let i = 0; i < 50; i++) {
    if (await fetch(`http://127.0.0.1:${nginxPort}/`).then((r) => r.ok, () => false)) break
    await new Promise((r) => setTimeout(r, 100))
  }

  const rows: [string, Figures][] = [['nginx ไฟล์หน้าแรก', wrk(`http://127.0.0.1:${nginxPort}/`)]]
  for (const [label, p, connections] of targets) rows.push([label, wrk(`${system.origin}${p}`, connections ?? 64)])
  const baseline = rows[0][1].rps
  console.log(`\nwrk -t1, ${SECONDS} วินาทีต่อรายการ, ${os.cpus().length} cores, ${Number(process.env.BENCH_ITEMS ?? 100_000).toLocaleString()} รายการ`)
  console.log(['target'.padEnd(36), 'conn', 'req/s'.padStart(10), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'p99 ms'.padStart(8), 'errors'.padStart(7), '× nginx'.padStart(8)].join(' '))
  rows.forEach(([label, f], i) => {
    const connections = i === 0 ? 64 : (targets[i - 1][2] ?? 64)
    console.log([label.padEnd(36), String(connections).padStart(4), f.rps.toFixed(0).padStart(10), f.p50.toFixed(2).padStart(8), f.p95.toFixed(2).padStart(8), f.p99.toFixed(2).padStart(8), String(f.errors).padStart(7), (f.rps / baseline).toFixed(2).padStart(8)].join(' '))
  })
} finally {
  nginx?.kill('SIGQUIT')
  await system.stop()
  if (kept) fs.rmSync(path.join(work, 'nginx'), { recursive: true, force: true })
  else fs.rmSync(work, { recursive: true, force: true })
}
