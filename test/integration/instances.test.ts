/**
 * Two instances of Khaosan (each a front server with its site process) on one PostgreSQL database, behind Debian's
 * nginx as a load balancer, sharing one folder of uploaded files (KHAOSAN_FILES_DIR): a publish through one is seen
 * on the other — its page cache dropped through LISTEN/NOTIFY, with no other server — and through nginx whichever
 * instance answers; the file uploaded through one is served by the other. The background jobs run on one instance
 * only, the one holding the jobs' advisory lock, with no setting to tell them apart; another takes over when it goes.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Client } from '../support/api'
import { pdfBytes } from '../support/files'
import { createTestDatabase } from '../support/postgres'
import { freePort, startSystem, type RunningSystem } from '../support/server'
import pg from 'pg'
import { JOBS_LOCK_KEY, JobLeader } from '@/server/job-leader'


const runsPostgres = (process.env.KHAOSAN_TEST_DATABASES?.split(',') ?? ['postgres']).includes('postgres')

describe.runIf(runsPostgres)('two instances on one PostgreSQL behind nginx', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>
  let first: RunningSystem, second: RunningSystem
  let nginx: ChildProcess | null = null
  let balanced = ''
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'khaosan-instances-'))
  const shared = path.join(work, 'files')

  beforeAll(async () => {
    database = await createTestDatabase()
    // The first migrates and seeds the demo; the second joins it, set up the same way.
    first = await startSystem({ database: 'postgres', databaseUrl: database.url, env: { KHAOSAN_FILES_DIR: shared } })
    second = await startSystem({ database: 'postgres', databaseUrl: database.url, env: { KHAOSAN_FILES_DIR: shared } })
    const port = await freePort()
    const conf = path.join(work, 'nginx.conf')
    fs.mkdirSync(path.join(work, 'tmp'))
    fs.writeFileSync(
      conf,
      `worker_processes 1;\ndaemon off;\npid ${work}/nginx.pid;\nerror_log ${work}/error.log;\nevents { worker_connections 64; }\nhttp {\n  access_log off;\n  client_body_temp_path ${work}/tmp; proxy_temp_path ${work}/tmp; fastcgi_temp_path ${work}/tmp; uwsgi_temp_path ${work}/tmp; scgi_temp_path ${work}/tmp;\n` +
        `  upstream khaosan { server ${new URL(first.origin).host}; server ${new URL(second.origin).host}; }\n` +
        `  server { listen 127.0.0.1:${port}; location / { proxy_pass http://khaosan; proxy_http_version 1.1; proxy_set_header Host $host; proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for; proxy_set_header Connection ""; } }\n}\n`,
    )
    nginx = spawn(fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx', ['-e', `${work}/error.log`, '-p', work, '-c', conf], { stdio: 'ignore' })
    balanced = `http://127.0.0.1:${port}`
    for (let tries = 0; tries < 50; tries++) {
      if (await fetch(balanced).then((r) => r.ok, () => false)) break
      await new Promise((r) => setTimeout(r, 100))
    }
  })
  afterAll(async () => {
    nginx?.kill('SIGQUIT')
    await second?.stop()
    await first?.stop()
    await database?.drop()
    fs.rmSync(work, { recursive: true, force: true })
  })

  it('shows a publish through one instance on the other, and through nginx on both, with the file from the shared folder', async () => {
    const [owner, head, webmaster] = await Promise.all(['owner', 'head', 'webmaster2'].map((who) => Client.signIn(first.origin, `${who}@khaosan.test`)))
    const news = ((await owner.get('/api/categories?limit=100')).json.docs as { id: number; code: string }[]).find((c) => c.code === 'C15')!.id
    // The second instance has the news listing in its page cache before the publish.
    const listing = async (origin: string) => (await fetch(`${origin}/news`)).text()
    // Not a bare 13-digit number: one that passes the ID-card checksum is personal data, and refused.
    const title = `ประกาศจากเครื่องที่หนึ่ง ${Date.now().toString(36)}`
    expect(await listing(second.origin)).not.toContain(title)
    expect(await listing(second.origin)).not.toContain(title)
    const file = await owner.upload('ประกาศ.pdf', pdfBytes('shared folder'), 'application/pdf', { title: 'ประกาศ' })
    expect(file.status).toBe(201)
    expect(fs.existsSync(path.join(shared, 'uploads', file.json.doc.filename))).toBe(true)
    const created = await owner.post('/api/publish-requests', { title, summary: 'เผยแพร่ผ่านเครื่องที่หนึ่ง', category: news, sourceOwner: 'สำนักปลัด', coverageFrom: '2026-10-01T00:00:00.000Z', coverageTo: '2026-12-31T00:00:00.000Z', channel: 'letter', attachments: [file.json.doc.id] })
    expect(created.status, created.text).toBe(201)
    const approved = await head.transition(created.json.doc.id, 'approve')
    expect(approved.status, approved.text).toBe(200)
    const publish = await webmaster.transition(created.json.doc.id, 'publish')
    expect(publish.status, publish.text).toBe(200)
    const published = Date.now()
    let seen = false
    while (!seen && Date.now() - published < 10_000) {
      seen = (await listing(second.origin)).includes(title)
      if (!seen) await new Promise((r) => setTimeout(r, 50))
    }
    expect(seen, 'the second instance shows what the first published').toBe(true)
    console.log(`publish on one instance → visible on the other: ${Date.now() - published} ms`)
    for (let i = 0; i < 4; i++) expect(await listing(balanced), `through nginx, request ${i + 1}`).toContain(title)
    const page = await (await fetch(`${second.origin}/news/${created.json.doc.id}`)).text()
    const href = /href="(\/files\/\d+\/[^"]+)"/.exec(page)?.[1]
    expect(href).toBeTruthy()
    const download = await fetch(`${second.origin}${href}`)
    expect(download.status).toBe(200)
    expect(Buffer.from(await download.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-')
  })
  it('runs the background jobs on one instance only: one connection holds the jobs’ lock, and no other claimant gets it', async () => {
    const client = new pg.Client({ connectionString: database.url })
    await client.connect()
    const holders = async () => Number((await client.query(`SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`, [JOBS_LOCK_KEY])).rows[0].n)
    try {
      // Each instance asks before its job runs, once a minute.
      for (let waited = 0; (await holders()) === 0 && waited < 70_000; waited += 1000) await new Promise((r) => setTimeout(r, 1000))
      expect(await holders()).toBe(1)
      // Two more claimants here: neither gets it while an instance holds it; once one has it, the other waits its turn.
      const [a, b] = [new JobLeader(database.url), new JobLeader(database.url)]
      expect(await Promise.all([a.leads(), a.leads(), b.leads()])).toEqual([false, false, false])
      expect(await holders()).toBe(1)
      await a.close()
      await b.close()
    } finally {
      await client.end()
    }
  })

  it('hands the jobs to another instance when the one running them goes (PostgreSQL lets its lock go)', async () => {
    // A database of its own (advisory locks are per database), where nothing else asks.
    const quiet = await createTestDatabase(`khaosan_test_jobs_${process.pid}_${Date.now()}`)
    const [a, b] = [new JobLeader(quiet.url), new JobLeader(quiet.url)]
    try {
      // The job queues ask at once: one connection, one lock, the same answer.
      expect(await Promise.all([a.leads(), a.leads(), a.leads()])).toEqual([true, true, true])
      expect(await b.leads()).toBe(false)
      expect(await b.leads()).toBe(false)
      await a.close()
      expect(await b.leads()).toBe(true)
      expect(await a.leads()).toBe(false)
    } finally {
      await a.close()
      await b.close()
      await quiet.drop()
    }
  })
})
