/**
 * Backups that restore, on SQLite and PostgreSQL: `npm run backup` while the system runs (a complaint with its file,
 * the traffic log, the demo) prints an archive's path; `npm run restore -- ARCHIVE` brings it onto an empty data
 * folder and database; then every table is compared row for row and every file byte for byte (a log only up to
 * where it was when the backup was made: it grows with every request). Restoring over an installation that is not
 * empty is refused, and done when asked for with --force; a damaged archive restores nothing.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient } from '@libsql/client'
import pg from 'pg'
import { pngBytes } from '../support/files'
import { createTestDatabase } from '../support/postgres'
import { startSystem, type DatabaseKind, type RunningSystem } from '../support/server'

const DATABASES: DatabaseKind[] = (process.env.KHAOSAN_TEST_DATABASES?.split(',') as DatabaseKind[]) ?? ['sqlite', 'postgres']

/** Every table's rows, ordered, as text: what "row for row" compares. */
async function tablesOf(database: DatabaseKind, url: string): Promise<Record<string, string[]>> {
  const tables: Record<string, string[]> = {}
  if (database === 'postgres') {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      const { rows } = await client.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")
      for (const { table_name: name } of rows) tables[name] = (await client.query(`SELECT * FROM "${name}"`)).rows.map((row) => JSON.stringify(row)).sort()
    } finally {
      await client.end()
    }
  } else {
    const client = createClient({ url })
    try {
      const { rows } = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      for (const { name } of rows) tables[String(name)] = (await client.execute(`SELECT * FROM "${String(name)}"`)).rows.map((row) => JSON.stringify(row)).sort()
    } finally {
      client.close()
    }
  }
  return tables
}

const filesOf = (dir: string, prefix = ''): string[] =>
  fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesOf(path.join(dir, e.name), path.join(prefix, e.name)) : [path.join(prefix, e.name)])) : []

describe.each(DATABASES)('backup and restore on %s', (database) => {
  let system: RunningSystem
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'khaosan-restored-'))
  let targetDatabase: { url: string; drop: () => Promise<void> } | null = null
  const targetUrl = () => targetDatabase?.url ?? `file:${path.join(target, 'khaosan.db')}`
  let archive = ''
  beforeAll(async () => {
    // Nothing writes on its own meanwhile (no jobs, no effects): what the backup holds is what the source still has.
    system = await startSystem({ database, env: { KHAOSAN_JOBS: 'off', KHAOSAN_RUN_EFFECTS: 'off' } })
    if (database === 'postgres') targetDatabase = await createTestDatabase()
  })
  afterAll(async () => {
    await system?.stop()
    await targetDatabase?.drop()
    fs.rmSync(target, { recursive: true, force: true })
  })

  const npm = async (script: string, args: string[], env: Record<string, string>) => {
    try {
      const { stdout, stderr } = await promisify(execFile)('npx', ['tsx', `scripts/${script}.ts`, ...args], { env: { ...process.env, PAYLOAD_SECRET: '', ...env } })
      return { code: 0, out: stdout, err: stderr }
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string }
      return { code: failed.code, out: failed.stdout, err: failed.stderr }
    }
  }

  it('makes one archive while the system runs, and prints its path last', async () => {
    const form = new FormData()
    for (const [name, value] of Object.entries({ track: 'general', topic: 'ไฟส่องสว่างดับ', details: 'ดับทั้งซอย', consent: 'yes' })) form.append(name, value)
    form.append('files', new Blob([new Uint8Array(pngBytes())], { type: 'image/png' }), 'ไฟดับ.png')
    expect((await fetch(`${system.origin}/api/complaints`, { method: 'POST', redirect: 'manual', body: form })).status).toBe(303)
    const made = await npm('backup', [], { DATABASE_URL: system.databaseUrl, KHAOSAN_DATA_DIR: system.dataDir })
    expect(made.code, made.err).toBe(0)
    archive = made.out.trim().split('\n').at(-1)!
    expect(archive).toMatch(/\.tar\.gz$/)
    expect(fs.existsSync(archive)).toBe(true)
  })

  it('restores onto an empty installation: every table row for row, every file byte for byte', async () => {
    const restored = await npm('restore', [archive], { DATABASE_URL: targetUrl(), KHAOSAN_DATA_DIR: target })
    expect(restored.code, restored.err).toBe(0)
    const [source, copy] = await Promise.all([tablesOf(database, system.databaseUrl), tablesOf(database, targetUrl())])
    expect(Object.keys(copy).sort()).toEqual(Object.keys(source).sort())
    for (const table of Object.keys(source)) expect(copy[table], table).toEqual(source[table])
    expect(source.complaints.some((row) => row.includes('ไฟส่องสว่างดับ'))).toBe(true)
    const sourceFiles = filesOf(system.dataDir).filter((f) => !f.startsWith('backups') && !f.startsWith('khaosan.db') && !f.startsWith('upload-temp'))
    const copiedFiles = filesOf(target).filter((f) => !f.startsWith('khaosan.db'))
    expect(copiedFiles.sort()).toEqual(sourceFiles.sort())
    expect(copiedFiles.some((f) => f.startsWith('case-files'))).toBe(true)
    for (const file of copiedFiles) {
      const [original, copied] = [fs.readFileSync(path.join(system.dataDir, file)), fs.readFileSync(path.join(target, file))]
      if (file.startsWith('logs')) expect(original.subarray(0, copied.length).equals(copied), file).toBe(true)
      else expect(copied.equals(original), file).toBe(true)
    }
  })

  it('refuses to restore over an installation that is not empty, unless asked with --force; a damaged archive restores nothing', async () => {
    const again = await npm('restore', [archive], { DATABASE_URL: targetUrl(), KHAOSAN_DATA_DIR: target })
    expect(again.code).toBe(1)
    expect(again.err).toContain('--force')
    const forced = await npm('restore', [archive, '--force'], { DATABASE_URL: targetUrl(), KHAOSAN_DATA_DIR: target })
    expect(forced.code, forced.err).toBe(0)
    const damaged = path.join(target, 'damaged.tar.gz')
    const bytes = fs.readFileSync(archive)
    bytes[Math.floor(bytes.length / 2)] ^= 0xff
    fs.writeFileSync(damaged, bytes)
    const refused = await npm('restore', [damaged, '--force'], { DATABASE_URL: targetUrl(), KHAOSAN_DATA_DIR: target })
    expect(refused.code).toBe(1)
    expect(fs.readdirSync(target).length).toBeGreaterThan(1) // what was there is still there
  })
})
