/**
 * Backups of the installation the environment names (DATABASE_URL, KHAOSAN_DATA_DIR), made while the site runs,
 * and restored onto an empty one. An archive (.tar.gz) holds a consistent copy of the database (SQLite's
 * `VACUUM INTO`, or `pg_dump` for PostgreSQL), every file of the data folder — uploads, citizens' files, the site's
 * pictures, the logs, the secret — and a manifest of their SHA-256 checksums, checked before anything is restored.
 * No Payload here: it runs beside a live site, from the command line (npm run backup / restore) and the daily job.
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { createClient } from '@libsql/client'
import { dataDir, databaseUrl, filesDir, usesPostgres } from './environment'

const run = promisify(execFile)
export const backupsDir = (): string => path.join(dataDir(), 'backups')
const SQLITE_FILE = 'database.sqlite'
const PG_DUMP = 'database.pgdump'
const MANIFEST = 'manifest.json'
/** What is not copied: the backups themselves, uploads half received, and SQLite's own files (copied consistently instead). */
const SKIPPED = new Set(['backups', 'upload-temp'])

interface Manifest {
  format: 1
  createdAt: string
  database: 'sqlite' | 'postgres'
  files: Record<string, string>
}

const sha256Of = (file: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    fs.createReadStream(file).on('data', (chunk) => hash.update(chunk)).on('end', () => resolve(hash.digest('hex'))).on('error', reject)
  })

/** The SQLite file the URL names (file:…), and the files SQLite keeps beside it. */
const sqliteFileOf = (url: string) => path.resolve(url.replace(/^file:/, ''))
const sqliteFiles = (file: string) => [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]

/** Every file below `dir` (relative paths), leaving out what SKIPPED names at its top and `except`. */
function filesBelow(dir: string, except: ReadonlySet<string>, prefix = ''): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(prefix, entry.name)
    if ((!prefix && SKIPPED.has(entry.name)) || except.has(path.join(dir, entry.name))) return []
    if (entry.isDirectory()) return filesBelow(path.join(dir, entry.name), except, relative)
    return entry.isFile() ? [relative] : []
  })
}

const stamp = (at: Date) => at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z').replace('T', '-')

/** The folders an archive holds: the data folder, and the shared files folder when it is elsewhere (KHAOSAN_FILES_DIR). */
const foldersBackedUp = (): [string, string][] => (filesDir() === dataDir() ? [['data', dataDir()]] : [['data', dataDir()], ['files', filesDir()]])

/** Makes an archive of the installation now; returns its path. */
export async function makeBackup(now = new Date()): Promise<string> {
  const url = databaseUrl()
  const postgres = usesPostgres(url)
  fs.mkdirSync(backupsDir(), { recursive: true })
  const staging = fs.mkdtempSync(path.join(backupsDir(), '.staging-'))
  try {
    const dbFile = path.join(staging, postgres ? PG_DUMP : SQLITE_FILE)
    if (postgres) await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${dbFile}`, url])
    else {
      const client = createClient({ url })
      try {
        await client.execute({ sql: 'VACUUM INTO ?', args: [dbFile] })
      } finally {
        client.close()
      }
    }
    const except = new Set(postgres ? [] : sqliteFiles(sqliteFileOf(url)))
    const files: Record<string, string> = {}
    for (const [folder, root, relative] of foldersBackedUp().flatMap(([folder, root]) => filesBelow(root, except).map((relative) => [folder, root, relative] as const))) {
      const [from, to] = [path.join(root, relative), path.join(staging, folder, relative)]
      fs.mkdirSync(path.dirname(to), { recursive: true })
      // Files are written once (uploads, pictures, the secret): linked, not copied. Logs still grow: copied as they are now.
      if (relative.startsWith(`logs${path.sep}`)) fs.copyFileSync(from, to)
      else {
        try {
          fs.linkSync(from, to)
        } catch {
          fs.copyFileSync(from, to)
        }
      }
      files[`${folder}/${relative.split(path.sep).join('/')}`] = await sha256Of(to)
    }
    files[path.basename(dbFile)] = await sha256Of(dbFile)
    const manifest: Manifest = { format: 1, createdAt: now.toISOString(), database: postgres ? 'postgres' : 'sqlite', files }
    fs.writeFileSync(path.join(staging, MANIFEST), JSON.stringify(manifest, null, 2))
    const archive = path.join(backupsDir(), `khaosan-${stamp(now)}.tar.gz`)
    await run('tar', ['-czf', archive, '-C', staging, '.'])
    return archive
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

/** Deletes the archives older than `days` days (the newest always stays). */
export function pruneBackups(days: number, now = new Date()): string[] {
  if (!fs.existsSync(backupsDir())) return []
  const archives = fs.readdirSync(backupsDir()).filter((name) => /^khaosan-.*\.tar\.gz$/.test(name)).sort()
  const old = archives.slice(0, -1).filter((name) => now.getTime() - fs.statSync(path.join(backupsDir(), name)).mtimeMs > days * 86_400_000)
  for (const name of old) fs.rmSync(path.join(backupsDir(), name))
  return old
}

export class RestoreRefused extends Error {}

/** Whether the installation the environment names holds anything: files in its data folder, tables in its database. */
async function installationInUse(): Promise<string | null> {
  const url = databaseUrl()
  const sqlite = usesPostgres(url) ? null : sqliteFileOf(url)
  for (const [, root] of foldersBackedUp()) {
    const files = filesBelow(root, new Set(sqlite ? sqliteFiles(sqlite) : []))
    if (files.length) return `โฟลเดอร์ข้อมูล ${root} มีไฟล์อยู่แล้ว ${files.length} ไฟล์`
  }
  if (sqlite) return fs.existsSync(sqlite) && fs.statSync(sqlite).size > 0 ? `ฐานข้อมูล ${sqlite} มีข้อมูลอยู่แล้ว` : null
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'")
    return rows[0].n > 0 ? `ฐานข้อมูล PostgreSQL มีตารางอยู่แล้ว ${rows[0].n} ตาราง` : null
  } finally {
    await client.end()
  }
}

/** Empties the installation (asked for explicitly: --force). */
async function emptyInstallation() {
  const url = databaseUrl()
  for (const [, root] of foldersBackedUp()) for (const entry of fs.existsSync(root) ? fs.readdirSync(root) : []) if (entry !== 'backups') fs.rmSync(path.join(root, entry), { recursive: true, force: true })
  if (!usesPostgres(url)) return
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;')
  } finally {
    await client.end()
  }
}

/** Restores an archive onto the installation the environment names: refused if it is not empty, unless `force`. */
export async function restoreBackup(archive: string, { force = false } = {}): Promise<Manifest> {
  if (!fs.existsSync(archive)) throw new RestoreRefused(`ไม่พบไฟล์สำรอง ${archive}`)
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'khaosan-restore-'))
  try {
    await run('tar', ['-xzf', archive, '-C', work])
    const manifest = JSON.parse(fs.readFileSync(path.join(work, MANIFEST), 'utf8')) as Manifest
    for (const [file, sum] of Object.entries(manifest.files)) {
      const at = path.join(work, file)
      if (!fs.existsSync(at) || (await sha256Of(at)) !== sum) throw new RestoreRefused(`ไฟล์สำรองเสียหาย: ${file} ไม่ตรงกับค่าตรวจสอบในบัญชีไฟล์ ไม่ได้กู้คืนสิ่งใด`)
    }
    const url = databaseUrl()
    if ((manifest.database === 'postgres') !== usesPostgres(url)) throw new RestoreRefused(`ไฟล์สำรองนี้เป็นฐานข้อมูล ${manifest.database} แต่ DATABASE_URL ชี้ไปที่ฐานข้อมูลอีกชนิดหนึ่ง`)
    const inUse = await installationInUse()
    if (inUse && !force) throw new RestoreRefused(`${inUse} จึงไม่กู้คืนทับ หากต้องการล้างแล้วกู้คืน ให้ระบุ --force`)
    if (inUse) await emptyInstallation()
    for (const [folder, root] of foldersBackedUp()) {
      fs.mkdirSync(root, { recursive: true })
      if (fs.existsSync(path.join(work, folder))) fs.cpSync(path.join(work, folder), root, { recursive: true })
    }
    if (manifest.database === 'postgres') await run('pg_restore', ['--no-owner', '--no-privileges', `--dbname=${url}`, path.join(work, PG_DUMP)])
    else {
      const target = sqliteFileOf(url)
      for (const file of sqliteFiles(target)) fs.rmSync(file, { force: true })
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.copyFileSync(path.join(work, SQLITE_FILE), target)
    }
    return manifest
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}
