/**
 * The real system for a test: the production build (served by scripts/serve.ts, as `npm start` does) on a free port with its own data folder,
 * its own database (SQLite file or a fresh PostgreSQL database) and mail going to a real SMTP listener.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { createTestDatabase, dropTemplateDatabases } from './postgres'
import { builtServer } from '../../src/server/environment'

const root = path.resolve(import.meta.dirname, '../..')

/** A port nothing listens on now. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = net.createServer()
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
    probe.on('error', reject)
  })

export type DatabaseKind = 'sqlite' | 'postgres'

export interface RunningSystem {
  origin: string
  /** The front server's process (scripts/serve.ts); the site process is its child. */
  pid: number
  dataDir: string
  databaseUrl: string
  log: () => string
  stop: () => Promise<void>
}

/** The site process the front server `frontPid` started (its other children are file workers). */
export const sitePidOf = (frontPid: number): number =>
  Number(execFileSync('pgrep', ['-P', String(frontPid), '-f', 'site-process'], { encoding: 'utf8' }).trim().split('\n')[0])

const groupAlive = (group: number) => {
  try {
    process.kill(-group, 0)
    return true
  } catch {
    return false
  }
}

/** Waits until no process of the group is left (a site process restarting, a file worker finishing), killing what is left after 15 s. */
async function processGroupEnded(group: number) {
  const deadline = Date.now() + 15_000
  while (groupAlive(group)) {
    if (Date.now() > deadline) process.kill(-group, 'SIGKILL')
    await new Promise((r) => setTimeout(r, 100))
  }
}

/**
 * An installation as its first start leaves it — migrated, the demo seeded, its first effects run — made once per
 * build and database kind and copied for each system a test starts, so that a test waits for the server to start,
 * not for the demo to be seeded again (about 20 of the 30 seconds of a first start). Kept in the temporary folder
 * (and, for PostgreSQL, as a template database) under the build's id: the next build makes its own and removes these.
 */
interface Installation { dataDir: string; databaseName: string | null }

const buildId = () => fs.readFileSync(path.join(root, process.env.KHAOSAN_NEXT_DIST_DIR || '.next', 'BUILD_ID'), 'utf8').trim()
const TEMPLATE_PREFIX = 'khaosan-template-'

async function seededInstallation(kind: DatabaseKind): Promise<Installation> {
  const build = buildId().toLowerCase().replace(/[^a-z0-9]+/g, '_')
  const id = `${build}_${kind}`
  const dir = path.join(os.tmpdir(), `${TEMPLATE_PREFIX}${id}`)
  const databaseName = kind === 'postgres' ? `khaosan_template_${id}` : null
  const ready = path.join(dir, '.ready')
  const made = { dataDir: path.join(dir, 'data'), databaseName }
  // One maker at a time (test projects may run side by side); the others wait for it.
  const lock = `${dir}.making`
  for (let waited = 0; !fs.existsSync(ready); waited += 500) {
    try {
      fs.mkdirSync(lock)
      break
    } catch {
      if (waited > 300_000) throw new Error(`the seeded installation ${dir} was not made in 5 minutes`)
      await new Promise((r) => setTimeout(r, 500))
    }
  }
  if (fs.existsSync(ready)) return made
  try {
    // Another build's installations go first (this build's of the other database kind stay).
    for (const name of fs.readdirSync(os.tmpdir())) if (name.startsWith(TEMPLATE_PREFIX) && !name.startsWith(`${TEMPLATE_PREFIX}${build}_`)) fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true })
    if (kind === 'postgres') await dropTemplateDatabases()
    const first = await launch({ database: kind }, null)
    // Its first effects (the demo's notices and mail, the search index) run before it is stopped and kept.
    await new Promise((r) => setTimeout(r, 3_000))
    await first.stopAndKeep(made.dataDir, databaseName)
    fs.writeFileSync(ready, '')
  } finally {
    fs.rmSync(lock, { recursive: true, force: true })
  }
  return made
}

/**
 * `prepare` writes into the new data folder before the system starts (files an earlier run would have left); `https`
 * when the environment gives it a certificate (the caller then trusts it); `databaseUrl` to be a second instance.
 * The system starts from a copy of the seeded installation (not for a second instance: its database is given).
 */
export async function startSystem(options: SystemOptions): Promise<RunningSystem> {
  // A second instance joins a database already made; a benchmark names its own folder and database.
  const own = options.databaseUrl || options.env?.KHAOSAN_DATA_DIR || options.env?.DATABASE_URL
  return launch(options, own ? null : await seededInstallation(options.database))
}

/** `listen`: the address to listen on (127.0.0.1 unless a test reaches it by other addresses too, as other agencies' hosts). */
type SystemOptions = { database: DatabaseKind; smtpUrl?: string; env?: Record<string, string>; prepare?: (dataDir: string) => void; https?: boolean; databaseUrl?: string; listen?: string }

async function launch(options: SystemOptions, from: Installation | null): Promise<RunningSystem & { stopAndKeep: (dir: string, databaseName: string | null) => Promise<void> }> {
  const port = await freePort()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'khaosan-test-'))
  if (from) fs.cpSync(from.dataDir, dataDir, { recursive: true })
  options.prepare?.(dataDir)
  // `databaseUrl`: another instance's database, shared (not made here, nor dropped on stop).
  const database = options.database === 'postgres' && !options.databaseUrl ? await createTestDatabase(undefined, from?.databaseName ?? undefined) : null
  const origin = `${options.https ? 'https' : 'http'}://127.0.0.1:${port}`
  const databaseUrl = options.databaseUrl ?? database?.url ?? `file:${path.join(dataDir, 'khaosan.db')}`
  let output = ''
  const child: ChildProcess = spawn(process.execPath, [builtServer('serve'), '-p', String(port), '-H', options.listen ?? '127.0.0.1'], {
    cwd: root,
    env: {
      MALLOC_ARENA_MAX: '2', // as npm start runs it (scripts/start.ts)
      ...process.env,
      NODE_ENV: 'production',
      KHAOSAN_DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      KHAOSAN_PUBLIC_URL: origin,
      SMTP_URL: options.smtpUrl ?? '',
      PAYLOAD_SECRET: '',
      // Test-only: the link checker's tests link to their own server on 127.0.0.1, an address it otherwise refuses.
      KHAOSAN_LINK_CHECK_ALLOW_INTERNAL: '1',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: the front server, the site process and the file workers, all waited for on stop.
    detached: true,
  })
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const end = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM') // the front server ends the site process and waits for it
      await new Promise((resolve) => child.once('exit', resolve))
    }
    await processGroupEnded(child.pid!)
  }
  const stop = async () => {
    await end()
    await database?.drop()
    fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 })
  }
  /** Stopped, its data folder (without its logs) moved to `dir` and its database renamed `databaseName`. */
  const stopAndKeep = async (dir: string, databaseName: string | null) => {
    await end()
    fs.rmSync(path.join(dataDir, 'logs'), { recursive: true, force: true })
    fs.mkdirSync(path.dirname(dir), { recursive: true })
    fs.renameSync(dataDir, dir)
    if (database && databaseName) await database.renameTo(databaseName)
  }
  const deadline = Date.now() + 240_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break
    try {
      const response = await fetch(`${origin}/api/categories?limit=1`)
      if (response.ok) return { origin, pid: child.pid!, dataDir, databaseUrl, log: () => output, stop, stopAndKeep }
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  await stop()
  throw new Error(`the system did not start (${options.database}):\n${output.slice(-4000)}`)
}
