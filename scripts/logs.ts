/**
 * The logs of the installation the environment names (DATABASE_URL, KHAOSAN_DATA_DIR), from the command line:
 *   npm run logs:verify [-- --from YYYY-MM-DD --to YYYY-MM-DD]   checks the traffic log's chain (the period) and the
 *                                                                audit log's (whole); exits 1 naming the first bad line
 *   npm run logs:export [-- --from … --to … --out DIR]           writes the period's archive for the authorities
 * Safe while the site runs. The export is recorded like one made from the admin.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

process.env.KHAOSAN_RUN_EFFECTS = 'off' // the running site does its own effects

const [command, ...rest] = process.argv.slice(2)
const option = (name: string) => {
  const i = rest.indexOf(`--${name}`)
  return i >= 0 ? (rest[i + 1] ?? null) : null
}
const DAY = /^\d{4}-\d{2}-\d{2}$/
const [from, to] = [option('from'), option('to')]
for (const day of [from, to]) {
  if (day !== null && !DAY.test(day)) {
    console.error(`วันที่ “${day}” ไม่ถูกต้อง ใช้รูปแบบ ปี ค.ศ.-เดือน-วัน เช่น 2026-12-01`)
    process.exit(2)
  }
}
if (command !== 'verify' && command !== 'export') {
  console.error('ใช้: npm run logs:verify [-- --from YYYY-MM-DD --to YYYY-MM-DD] หรือ npm run logs:export [-- --from … --to … --out โฟลเดอร์]')
  process.exit(2)
}

const { getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')
const { writeTrafficLogArchive, verifyTrafficLog } = await import('../src/server/traffic-log-days')
const { trafficLogDir } = await import('../src/server/traffic-log')
const { logFileName } = await import('../src/domain/logs/chain')
const payload = await getPayload({ config })

if (command === 'verify') {
  const { verifyAuditLog } = await import('../src/server/audit-log')
  const [check, audit] = [await verifyTrafficLog(payload, from, to), await verifyAuditLog(payload)]
  if (check.ok) console.log(`ข้อมูลจราจรถูกต้องครบถ้วน: ${check.days} วัน ${check.lines.toLocaleString('th-TH')} บรรทัด`)
  else {
    const file = path.join(trafficLogDir(), logFileName(check.day))
    console.error(check.line > 0 ? `${file} บรรทัดที่ ${check.line}: ${check.reason}` : `${file}: ${check.reason}`)
  }
  if (audit.ok) console.log(`บันทึกการใช้งานระบบถูกต้องครบถ้วน: ${audit.entries.toLocaleString('th-TH')} รายการ${audit.unsealed ? ` (อีก ${audit.unsealed} รายการยังไม่ผนึก จะผนึกภายในไม่กี่วินาทีขณะระบบทำงาน)` : ''}`)
  else console.error(`บันทึกการใช้งานระบบ ลำดับที่ ${audit.sequence}${audit.id ? ` (รายการหมายเลข ${audit.id})` : ''}: ${audit.reason}`)
  process.exit(check.ok && audit.ok ? 0 : 1)
}

const folder = path.resolve(option('out') ?? '.')
fs.mkdirSync(folder, { recursive: true })
const writing = path.join(folder, `.traffic-log-${process.pid}.zip.part`)
const { name, check } = await writeTrafficLogArchive(payload, from, to, `บรรทัดคำสั่ง (${os.userInfo().username})`, writing)
const out = path.join(folder, name)
fs.renameSync(writing, out)
if (!check.ok) console.error(`คำเตือน: สายค่าแฮชไม่ถูกต้องที่วันที่ ${check.day} บรรทัดที่ ${check.line}: ${check.reason}`)
console.log(out)
process.exit(0)
