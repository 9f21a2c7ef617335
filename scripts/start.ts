/**
 * npm start: build if there is no current build, then serve on PORT (default 3000). The first request
 * creates the database, applies the migrations and seeds the Thai demo data when the database is empty.
 * Prints the URL and the demo logins.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import path from 'node:path'
import { DEMO_COMPLAINT_DUTIES, DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS } from '../src/server/demo-accounts'
import { SECOND_FACTOR_ROLES } from '../src/domain/auth/second-factor'
import { TRACK_LABELS } from '../src/domain/complaints/complaints'
import { ROLE_LABELS } from '../src/domain/workflow/states'
import { builtServer, dataDir, demoDataWanted, port, publicOrigin, tlsFiles } from '../src/server/environment'

const root = path.resolve(import.meta.dirname, '..')
const nextBin = path.join(root, 'node_modules/next/dist/bin/next')

function newestChange(entry: string): number {
  const stat = fs.statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newestChange(path.join(entry, name))))
}

function buildIfNeeded() {
  const built = [path.join(root, process.env.KHAOSAN_NEXT_DIST_DIR || '.next', 'BUILD_ID'), builtServer('serve')]
  const sources = ['src', 'scripts', 'next.config.mjs', 'package.json'].map((p) => path.join(root, p))
  const newestSource = Math.max(...sources.map(newestChange))
  if (built.every((file) => fs.existsSync(file) && fs.statSync(file).mtimeMs > newestSource)) return
  console.log('กำลังสร้างระบบ (next build) ครั้งแรกใช้เวลาประมาณ 1 นาที …')
  for (const step of [[nextBin, 'build'], ['--import', 'tsx', path.join(root, 'scripts/build-server.ts')]]) {
    const result = spawnSync(process.execPath, step, { cwd: root, stdio: 'inherit' })
    if (result.status !== 0) process.exit(result.status ?? 1)
  }
}

/** Whether the server answers 200 at `url` (over HTTPS its own certificate is taken as it is: this is the same machine). */
const answers = (url: string) =>
  new Promise<boolean>((resolve) => {
    const get = url.startsWith('https:') ? https.get : http.get
    get(url, { rejectUnauthorized: false }, (res) => {
      res.resume()
      resolve(res.statusCode === 200)
    }).on('error', () => resolve(false))
  })

async function waitUntilReady(url: string) {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (await answers(url)) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`เซิร์ฟเวอร์ไม่ตอบที่ ${url}`)
}

buildIfNeeded()
fs.mkdirSync(dataDir(), { recursive: true })
// glibc gives each thread that allocates (libuv's pool compresses pages) an arena of its own; two are enough.
const server = spawn(process.execPath, [builtServer('serve'), '-p', String(port())], { cwd: root, stdio: 'inherit', env: { MALLOC_ARENA_MAX: '2', ...process.env, NODE_ENV: 'production' } })
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))

await waitUntilReady(`${tlsFiles() ? 'https' : 'http'}://127.0.0.1:${port()}/api/categories?limit=1`)
const lines = [`Khaosan พร้อมใช้งานแล้ว`, `  เว็บไซต์สาธารณะ: ${publicOrigin()}/`, `  ระบบจัดการ:      ${publicOrigin()}/admin`, `  ข้อมูลอยู่ที่:     ${dataDir()}`]
if (demoDataWanted()) {
  lines.push(`  บัญชีตัวอย่าง (รหัสผ่าน ${DEMO_PASSWORD}):`)
  for (const user of DEMO_USERS) {
    const duties = DEMO_COMPLAINT_DUTIES[user.email]?.map((track) => `รับ${TRACK_LABELS[track]}`)
    lines.push(`    ${user.email.padEnd(26)} ${[ROLE_LABELS[user.role], ...(duties ?? [])].join(' · ')}${SECOND_FACTOR_ROLES.includes(user.role) ? ' · ต้องใช้รหัสจากแอปยืนยันตัวตน' : ''}`)
  }
  lines.push('  ผู้ดูแลระบบและผู้ดูแลเว็บไซต์: เพิ่มรหัสลับบรรทัดถัดไปในแอปยืนยันตัวตน (เช่น Google Authenticator) แล้วกรอกรหัส 6 หลักหลังรหัสผ่าน')
  lines.push(`TOTP secret (demo accounts): ${DEMO_TOTP_SECRET}`)
}
console.log(`\n${lines.join('\n')}\n`)
