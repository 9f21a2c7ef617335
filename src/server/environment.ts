/**
 * Settings from the environment (README): PORT, DATABASE_URL, KHAOSAN_DATA_DIR, SMTP_URL, KHAOSAN_PUBLIC_URL,
 * KHAOSAN_DEMO. A missing secret is generated once and kept in the data folder: no .env editing.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { currentAgencyHost } from './agency-context'

/** The project's folder: the system runs from it (npm start, the tests, the scripts); KHAOSAN_ROOT says otherwise. */
export const projectRoot = (): string => path.resolve(process.env.KHAOSAN_ROOT || process.cwd())

/** Where `npm run build` puts the compiled server processes (scripts/build-server.ts): front, site process, file worker. */
export const builtServer = (name: 'serve' | 'site-process' | 'worker-process'): string => path.join(projectRoot(), 'dist/server', `${name}.js`)

/** The agency's reverse proxies (KHAOSAN_TRUSTED_PROXIES, comma-separated addresses): only their X-Forwarded-For is believed. */
export const trustedProxiesOf = (): ReadonlySet<string> =>
  new Set((process.env.KHAOSAN_TRUSTED_PROXIES ?? '').split(',').map((address) => address.trim()).filter(Boolean).flatMap((address) => [address, `::ffff:${address}`]))

export const dataDir = (): string => path.resolve(process.env.KHAOSAN_DATA_DIR || './data')

export const databaseUrl = (): string => process.env.DATABASE_URL || `file:${path.join(dataDir(), 'khaosan.db')}`

export const usesPostgres = (url = databaseUrl()): boolean => /^postgres(ql)?:\/\//.test(url)

export const port = (): number => Number(process.env.PORT || 3000)

/** The address citizens reach the site at; public links in e-mails use it. */
export function publicOrigin(): string {
  const origin = (process.env.KHAOSAN_PUBLIC_URL || `${tlsFiles() ? 'https' : 'http'}://localhost:${port()}`).replace(/\/$/, '')
  // An agency with host names of its own is at the first of them, by the install's scheme and port.
  const host = currentAgencyHost()
  if (!host) return origin
  const url = new URL(origin)
  url.hostname = host
  return url.origin
}

/**
 * How long a staff session lasts without use (NCSA 2568: 15 minutes): the admin asks "stay signed in?" a minute
 * before and signs the person out when nobody answers; any page opened near the end renews it.
 */
export const sessionIdleMinutes = (): number => Math.min(480, Math.max(5, Number(process.env.KHAOSAN_SESSION_MINUTES) || 15))

export const demoDataWanted = (): boolean => !['0', 'off', 'false', 'no'].includes((process.env.KHAOSAN_DEMO || '').toLowerCase())

/**
 * How often the sweeps run (a cron; seconds allowed): e-form answers past their retention are deleted, overdue
 * complaints are reminded. Every 15 minutes unless KHAOSAN_SWEEP_CRON says otherwise (the tests sweep every few seconds).
 */
export const sweepCron = (): string => process.env.KHAOSAN_SWEEP_CRON || '*/15 * * * *'

/** The queue of the sweeps, run on their own cron (payload.config.ts). */
export const SWEEP_QUEUE = 'sweeps'

/**
 * Where uploaded files are kept: the data folder, or KHAOSAN_FILES_DIR — a folder every instance reaches (an NFS or
 * CIFS mount) when several instances serve one agency. Each instance keeps its own data folder (its traffic log).
 */
export const filesDir = (): string => (process.env.KHAOSAN_FILES_DIR ? path.resolve(process.env.KHAOSAN_FILES_DIR) : dataDir())

export const uploadsDir = (): string => path.join(filesDir(), 'uploads')

/** Where the files of complaints and requests for information are kept, apart from the publication attachments. */
export const caseFilesDir = (): string => path.join(filesDir(), 'case-files')

/** The photos and charts of the agency's pages. */
export const siteImagesDir = (): string => path.join(filesDir(), 'site-images')

/** Where an upload is written while it arrives, before it is checked and kept (or refused and removed). */
export const uploadTempDir = (): string => path.join(dataDir(), 'upload-temp')

/** PAYLOAD_SECRET, or one generated on first start and kept in <data>/secret (mode 600). */
export function secret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const file = path.join(dataDir(), 'secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    fs.mkdirSync(dataDir(), { recursive: true })
    const generated = crypto.randomBytes(32).toString('hex')
    try {
      fs.writeFileSync(file, generated, { flag: 'wx', mode: 0o600 })
      return generated
    } catch {
      return fs.readFileSync(file, 'utf8').trim() // another process wrote it first
    }
  }
}

/** The certificate and key (PEM files) the front server speaks HTTPS with, and the plain-HTTP port that redirects to it; null for plain HTTP. */
export function tlsFiles(): { cert: string; key: string; httpPort?: number } | null {
  const [cert, key] = [process.env.KHAOSAN_TLS_CERT, process.env.KHAOSAN_TLS_KEY]
  if (!cert || !key) return null
  const httpPort = Number(process.env.KHAOSAN_HTTP_PORT)
  return { cert, key, ...(Number.isInteger(httpPort) && httpPort > 0 ? { httpPort } : {}) }
}

/** How many days the daily backups are kept (KHAOSAN_BACKUP_DAYS, 14 unless said). */
export const backupDays = (): number => Math.max(1, Number(process.env.KHAOSAN_BACKUP_DAYS) || 14)

/** Whether this server runs the background jobs (KHAOSAN_JOBS=off leaves them to another server). */
export const jobsRunHere = (): boolean => !['0', 'off', 'false', 'no'].includes((process.env.KHAOSAN_JOBS || '').toLowerCase())
