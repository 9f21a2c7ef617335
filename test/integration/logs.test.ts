/**
 * The traffic log (ข้อมูลจราจรทางคอมพิวเตอร์) through the real system, on SQLite and PostgreSQL: every request a
 * chained line with secrets masked and the signed-in person named; a day that ended recorded in the database; the
 * chain checked by `npm run logs:verify`, which fails naming the line when a byte is flipped, a line removed or the
 * end cut, and when a closed day's file is cut at a line's end; a period exported by an administrator only, as a zip
 * with the chain proof and a Thai note, the export recorded.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GENESIS, chainLine, logDayOf } from '@/domain/logs/chain'
import { Client } from '../support/api'
import { executeSql } from '../support/database'
import { pdfBytes } from '../support/files'
import { startSystem, type DatabaseKind, type RunningSystem } from '../support/server'

const DATABASES: DatabaseKind[] = (process.env.KHAOSAN_TEST_DATABASES?.split(',') as DatabaseKind[]) ?? ['sqlite', 'postgres']
/** A day written by an earlier run of the server, ending before this one started (three days ago). */
const PAST_DAY = logDayOf(new Date(Date.now() - 3 * 86_400_000))
/** A day past any retention (at most two years), written before it: deleted once the server closes a day. */
const OLD_DAY = logDayOf(new Date(Date.now() - 800 * 86_400_000))

/** A day's file as the front server writes it, continuing from `prev`; its last hash. */
function writeDay(dir: string, day: string, prev: string): string {
  let text = ''
  for (const record of [{ type: 'start', day, prev, clock: 'test' }, ...[1, 2, 3].map((n) => ({ t: `${day}T0${n}:00:00.000Z`, ip: '203.0.113.9', method: 'GET', host: 'x', path: `/news/${n}`, status: 200, bytes: 10, ms: 1, user: null, ua: 'ua', ref: '' }))]) {
    const next = chainLine(prev, record)
    text += next.line
    prev = next.hash
  }
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, `${day}.log`), text)
  return prev
}
const pastDays = (dir: string) => writeDay(dir, PAST_DAY, writeDay(dir, OLD_DAY, GENESIS))

describe.each(DATABASES)('the traffic log on %s', (database) => {
  let system: RunningSystem
  let admin: Client, webmaster: Client
  let logDir = ''
  const today = () => path.join(logDir, `${logDayOf(new Date())}.log`)
  beforeAll(async () => {
    system = await startSystem({ database, prepare: (dataDir) => void pastDays((logDir = path.join(dataDir, 'logs', 'traffic'))) })
    ;[admin, webmaster] = await Promise.all(['admin', 'webmaster1'].map((who) => Client.signIn(system.origin, `${who}@khaosan.test`)))
  })
  afterAll(() => system?.stop())

  /** npm run logs:verify on this system: its exit code and what it said. */
  const verify = async (...args: string[]) => {
    try {
      const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/logs.ts', 'verify', ...args], { env: { ...process.env, DATABASE_URL: system.databaseUrl, KHAOSAN_DATA_DIR: system.dataDir, PAYLOAD_SECRET: '' } })
      return { code: 0, said: stdout }
    } catch (error) {
      const failed = error as { code: number; stderr: string }
      return { code: failed.code, said: failed.stderr }
    }
  }
  /** The line a request left, once written. */
  async function lineOf(match: (line: string) => boolean): Promise<string> {
    for (let tries = 0; tries < 50; tries++) {
      const found = fs.existsSync(today()) ? fs.readFileSync(today(), 'utf8').split('\n').find(match) : undefined
      if (found) return found
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error('no such line in the traffic log')
  }

  it('writes every request as a chained line: secrets masked, the signed-in person named', async () => {
    await fetch(`${system.origin}/news?utm=1`, { headers: { 'User-Agent': 'KhaosanTest/1.0', Referer: 'https://line.me/' } })
    await fetch(`${system.origin}/api/subscriptions/confirm?t=very-secret-token`)
    await admin.get('/api/users/me')
    const page = JSON.parse((await lineOf((line) => line.includes('"/news?utm=1"'))).split('\t')[0])
    expect(page).toMatchObject({ method: 'GET', status: 200, ua: 'KhaosanTest/1.0', ref: 'https://line.me/', user: null })
    expect(page.bytes).toBeGreaterThan(1000)
    expect(new Date(page.t).getTime()).toBeGreaterThan(Date.now() - 60_000)
    expect(await lineOf((line) => line.includes('/api/subscriptions/confirm'))).toContain('confirm?t=***')
    expect(fs.readFileSync(today(), 'utf8')).not.toContain('very-secret-token')
    expect(await lineOf((line) => line.includes('"/api/users/me"'))).toContain('"user":"1:admin@khaosan.test"')
    const start = JSON.parse(fs.readFileSync(today(), 'utf8').split('\n')[0].split('\t')[0])
    expect(start).toMatchObject({ type: 'start', day: logDayOf(new Date()) })
    expect(start.clock).toContain('UTC')
  })

  it('records a day that ended in the database, and the chain checks out across days', async () => {
    let days: { day: string; lines: number; deletedAt?: string; instance: string }[] = []
    for (let tries = 0; tries < 50 && days.length < 2; tries++) {
      days = (await admin.get('/api/traffic-log-days?limit=10')).json.docs
      if (days.length < 2) await new Promise((r) => setTimeout(r, 200))
    }
    // The day closed at start is recorded; the day past its retention then deleted, the deletion recorded with its last hash.
    expect(days.map((d) => [d.day, d.lines, Boolean(d.deletedAt)])).toEqual([[PAST_DAY, 4, false], [OLD_DAY, 4, true]])
    expect(days[0].instance).toContain(system.dataDir)
    expect(fs.existsSync(path.join(logDir, `${OLD_DAY}.log`))).toBe(false)
    const deletions = (await admin.get('/api/events?where[summary][like]=ลบข้อมูลจราจร&limit=5')).json.docs as { summary: string }[]
    expect(deletions.map((e) => e.summary)).toEqual([expect.stringContaining(OLD_DAY)])
    expect((await webmaster.get('/api/traffic-log-days')).json.docs ?? []).toEqual([]) // administrators only
    const checked = await verify()
    expect(checked.code, checked.said).toBe(0)
    expect(checked.said).toContain('ถูกต้อง')
  })

  it('fails logs:verify naming the line when a byte is flipped, a line removed, the end cut, or a closed day cut at a line’s end', async () => {
    const original = fs.readFileSync(today(), 'utf8')
    const lines = original.split('\n')
    const tampered: [string, string, string][] = [
      ['a flipped byte', today(), original.replace('"method":"GET"', '"method":"GEt"')],
      ['a removed line', today(), [...lines.slice(0, 2), ...lines.slice(3)].join('\n')],
      ['a cut end', today(), original.slice(0, -20)],
      ['a closed day cut at a line’s end', path.join(logDir, `${PAST_DAY}.log`), fs.readFileSync(path.join(logDir, `${PAST_DAY}.log`), 'utf8').split('\n').slice(0, 3).join('\n') + '\n'],
    ]
    /**
     * Until the server has written out the lines of the requests made so far (within 100 ms of each): a line it appends
     * between this test reading a file and writing it back would be lost, and the chain broken for the checks after.
     */
    async function written() {
      for (let size = -1; size !== fs.statSync(today()).size; ) {
        size = fs.statSync(today()).size
        await new Promise((r) => setTimeout(r, 250))
      }
    }
    /** Tampers with a file while `check` runs, then puts it back as it was with whatever the server appended meanwhile. */
    async function whileTampered<T>(file: string, text: string, check: () => Promise<T>): Promise<T> {
      await written()
      const kept = fs.readFileSync(file, 'utf8')
      fs.writeFileSync(file, text)
      const result = await check()
      await written()
      fs.writeFileSync(file, kept + fs.readFileSync(file, 'utf8').slice(text.length))
      return result
    }
    const variants = database === 'sqlite' ? tampered : tampered.slice(0, 1)
    for (const [what, file, text] of variants) {
      const checked = await whileTampered(file, text, () => verify())
      expect(checked.code, what).toBe(1)
      expect(checked.said, what).toMatch(new RegExp(`${path.basename(file).replace('.', '\\.')}( บรรทัดที่ \\d+)?:`))
    }
    // The admin's check says the same, for every variant on either database.
    for (const [what, file, text] of tampered) {
      const checked = await whileTampered(file, text, () => admin.get('/api/traffic-log-days/verify'))
      expect(checked.json.ok, what).toBe(false)
    }
    expect((await admin.get('/api/traffic-log-days/verify')).json.ok).toBe(true)
  })

  it('exports a period for the authorities to administrators only, as a zip with the proof and a Thai note, and records the export', async () => {
    expect((await webmaster.get(`/api/traffic-log-days/export?from=${PAST_DAY}`)).status).toBe(403)
    expect((await admin.get('/api/traffic-log-days/export?from=15-01-2569')).status).toBe(400)
    const archive = await admin.download(`/api/traffic-log-days/export?from=${PAST_DAY}`)
    expect(archive.type).toBe('application/zip')
    const files = unzipSync(new Uint8Array(archive.bytes))
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['proof.json', 'อ่านก่อน-วิธีตรวจสอบ.txt', `traffic/${PAST_DAY}.log`, `traffic/${logDayOf(new Date())}.log`]))
    const proof = JSON.parse(strFromU8(files['proof.json']))
    expect(proof.check.ok).toBe(true)
    expect(proof.days[0]).toMatchObject({ day: PAST_DAY, recorded: { lines: 4 } })
    expect(strFromU8(files['อ่านก่อน-วิธีตรวจสอบ.txt'])).toContain('SHA-256')
    const events = await admin.get('/api/events?where[kind][equals]=export&sort=-createdAt&limit=5')
    expect(events.json.docs.some((e: { summary: string }) => e.summary.startsWith('ส่งออกข้อมูลจราจร') && e.summary.includes('admin@khaosan.test'))).toBe(true)
  })

  it('records each time a person reads the logs: the days, a check of the chain, the audit log itself', async () => {
    const reads = async () => (await admin.get('/api/events?where[kind][equals]=log&sort=-createdAt&limit=20')).json as { totalDocs: number; docs: { summary: string; actor: string }[] }
    const before = (await reads()).totalDocs
    await admin.get('/api/traffic-log-days?limit=10')
    await admin.get(`/api/traffic-log-days/verify?from=${PAST_DAY}`)
    const after = await reads()
    // The read of the audit log above, the list of days, and the check with its result.
    expect(after.totalDocs).toBe(before + 3)
    expect(after.docs.some((e) => e.summary.startsWith('เปิดดูข้อมูลจราจรทางคอมพิวเตอร์') && e.actor.includes('admin@khaosan.test'))).toBe(true)
    expect(after.docs.some((e) => e.summary.startsWith(`ตรวจสอบข้อมูลจราจรทางคอมพิวเตอร์ ${PAST_DAY}`) && e.summary.includes('ครบถ้วน'))).toBe(true)
    expect(after.docs.some((e) => e.summary.startsWith('เปิดดูบันทึกการใช้งานระบบ'))).toBe(true)
    // Someone refused reads nothing, and nothing is recorded as read: only the admin's own read before.
    expect((await webmaster.get('/api/events')).status).toBe(403)
    expect((await reads()).totalDocs).toBe(after.totalDocs + 1)
  })
})

/**
 * The audit log (บันทึกการใช้งานระบบ) through the real system, on SQLite and PostgreSQL: sign-ins (success, failure,
 * lockout, second factor) and sign-outs, a person's role changed, the settings changed, a file that is not public
 * downloaded, an export — each with who and from where, sealed into a hash chain; administrators only read it,
 * filter it and export it as CSV (the export recorded); `npm run logs:verify` fails naming the entry changed.
 */
describe.each(DATABASES)('the audit log on %s', (database) => {
  let system: RunningSystem
  let admin: Client
  beforeAll(async () => {
    system = await startSystem({ database })
    admin = await Client.signIn(system.origin, 'admin@khaosan.test')
  })
  afterAll(() => system?.stop())

  const events = async (kind: string) => (await admin.get(`/api/events?where[kind][equals]=${kind}&sort=-createdAt&limit=50&depth=0`)).json.docs as { summary: string; actor: string | null; actorId: number | null; address: string | null; sequence: number | null }[]
  /** Once every event has its place in the chain (sealed after commit, within seconds). */
  async function sealed() {
    for (let tries = 0; tries < 100; tries++) {
      const check = (await admin.get('/api/events/verify')).json
      if (check.unsealed === 0) return check
      await new Promise((r) => setTimeout(r, 200))
    }
    throw new Error('events left unsealed')
  }

  it('records sign-ins, failures, the lockout and sign-outs, with the person and the address', async () => {
    const wrong = await fetch(`${system.origin}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'head@khaosan.test', password: 'not-the-password' }) })
    expect(wrong.status).toBe(401)
    const head = await Client.signIn(system.origin, 'head@khaosan.test')
    expect((await head.post('/api/users/logout', {})).status).toBe(200)
    const signIns = await events('sign-in')
    expect(signIns.find((e) => e.summary.startsWith('เข้าสู่ระบบไม่สำเร็จ') && e.summary.includes('head@khaosan.test'))).toMatchObject({ actor: expect.stringContaining('head@khaosan.test'), address: expect.stringMatching(/127\.0\.0\.1/) })
    expect(signIns.some((e) => e.summary === 'เข้าสู่ระบบ: head@khaosan.test')).toBe(true)
    expect(signIns.some((e) => e.summary === 'เข้าสู่ระบบ (ยืนยันตัวตนสองขั้นตอน): admin@khaosan.test')).toBe(true)
    expect(signIns.find((e) => e.summary === 'ออกจากระบบ: head@khaosan.test')).toMatchObject({ actor: expect.stringContaining('นางวิไล') })
    for (let i = 0; i < 5; i++) await fetch(`${system.origin}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'division@khaosan.test', password: 'not-the-password' }) })
    expect((await events('sign-in')).some((e) => e.summary.startsWith('ระงับบัญชีชั่วคราว 15 นาที') && e.summary.includes('division@khaosan.test'))).toBe(true)
  })

  it('records a role changed, the settings changed, a file not yet public downloaded, and says who', async () => {
    const executive = (await admin.get('/api/users?where[email][equals]=executive@khaosan.test&depth=0')).json.docs[0]
    expect((await admin.request('PATCH', `/api/users/${executive.id}`, { role: 'head' })).status).toBe(200)
    const account = (await events('account')).find((e) => e.summary.includes('executive') || e.summary.includes(executive.name))
    expect(account?.summary).toContain('บทบาท: ผู้บริหาร → ')
    expect(account?.actor).toContain('admin@khaosan.test')
    await admin.request('PATCH', `/api/users/${executive.id}`, { role: 'executive' })

    expect((await admin.request('POST', '/api/globals/settings', { logRetentionDays: 120 })).status).toBe(200)
    expect((await events('settings')).find((e) => e.summary.startsWith('แก้ไขการตั้งค่าหน่วยงาน'))).toMatchObject({ summary: expect.stringContaining('ระยะเวลาเก็บข้อมูลจราจรทางคอมพิวเตอร์'), actor: expect.stringContaining('admin@khaosan.test') })

    const owner = await Client.signIn(system.origin, 'owner@khaosan.test')
    const uploaded = await owner.upload('ร่างประกาศ.pdf', pdfBytes('draft'), 'application/pdf', { title: 'ร่างประกาศ' })
    expect(uploaded.status).toBe(201)
    expect((await admin.download(`/api/attachments/file/${encodeURIComponent(uploaded.json.doc.filename)}`)).status).toBe(200)
    expect((await events('download')).find((e) => e.summary.includes(uploaded.json.doc.filename))).toMatchObject({ actor: expect.stringContaining('admin@khaosan.test') })
  })

  it('is read and exported by administrators only, filtered as the list is, and the export is recorded', async () => {
    const webmaster = await Client.signIn(system.origin, 'webmaster1@khaosan.test')
    expect((await webmaster.get('/api/events')).status).toBe(403)
    expect((await webmaster.get('/api/events/export')).status).toBe(403)
    await sealed()
    const csv = await admin.download('/api/events/export?where[kind][equals]=sign-in')
    expect(csv.type).toContain('text/csv')
    const rows = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(rows[0]).toBe('ลำดับ,วันเวลา,ผู้ดำเนินการ,ประเภท,รายละเอียด,หมายเลขไอพี,เวลา (UTC),ค่าแฮช SHA-256')
    expect(rows.length).toBeGreaterThan(3)
    expect(rows.slice(1).every((row) => row.includes('การเข้าและออกจากระบบ'))).toBe(true)
    expect(rows[1]).toMatch(/25\d\d/) // the Buddhist era
    expect((await admin.get('/api/events/export?where[nosuchfield][equals]=1')).status).toBe(400)
    // A period, as the README tells administrators to ask for one: nothing after tomorrow, everything since yesterday.
    const since = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()
    const later = (await admin.download(`/api/events/export?where[kind][equals]=sign-in&where[createdAt][greater_than_equal]=${since(1)}`)).bytes.toString('utf8').trim().split('\r\n')
    expect(later).toHaveLength(1)
    const recent = (await admin.download(`/api/events/export?where[kind][equals]=sign-in&where[createdAt][greater_than_equal]=${since(-1)}`)).bytes.toString('utf8').trim().split('\r\n')
    expect(recent).toHaveLength(rows.length)
    expect((await events('export')).some((e) => e.summary.startsWith('ส่งออกบันทึกการใช้งานระบบ'))).toBe(true)
  })

  it('is a chain logs:verify checks: an entry changed in the database is named', async () => {
    const check = await sealed()
    expect(check).toMatchObject({ ok: true })
    expect(check.entries).toBeGreaterThan(10)
    const verify = async () => {
      try {
        const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/logs.ts', 'verify'], { env: { ...process.env, DATABASE_URL: system.databaseUrl, KHAOSAN_DATA_DIR: system.dataDir, PAYLOAD_SECRET: '' } })
        return { code: 0, said: stdout }
      } catch (error) {
        const failed = error as { code: number; stderr: string }
        return { code: failed.code, said: failed.stderr }
      }
    }
    expect((await verify()).code).toBe(0)
    const [row] = (await admin.get('/api/events?where[sequence][equals]=5&depth=0')).json.docs
    await executeSql(database, system.databaseUrl, 'UPDATE events SET summary = ? WHERE sequence = ?', [`${row.summary} (แก้ไข)`, 5])
    const tampered = await verify()
    expect(tampered.code).toBe(1)
    expect(tampered.said).toContain('บันทึกการใช้งานระบบ ลำดับที่ 5')
    expect((await admin.get('/api/events/verify')).json).toMatchObject({ ok: false, sequence: 5 })
    await executeSql(database, system.databaseUrl, 'UPDATE events SET summary = ? WHERE sequence = ?', [row.summary, 5])
    expect((await admin.get('/api/events/verify')).json.ok).toBe(true)
  })
})
