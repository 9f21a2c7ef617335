/**
 * The traffic log's writer, in the front server (src/server/front.ts): every request becomes one chained line
 * (src/domain/logs/chain.ts) appended to the day's file under the data folder, written through a buffered stream
 * so a cached page does not wait for the disk. When a day ends its last hash and line count are handed on (to the
 * database, by the site process) so that a file cut short or replaced whole is caught later. After a restart the
 * chain continues from the last line written.
 */
import { execFileSync } from 'node:child_process'
import { createHmac, timingSafeEqual } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { GENESIS, LOG_DAY, chainLine, logDayOf, logFileName, type StartRecord, type TrafficRecord } from '@/domain/logs/chain'
import { dataDir } from './environment'

export const trafficLogDir = (): string => path.join(dataDir(), 'logs', 'traffic')

/** Where the log's times come from, written at the head of each day's file. */
function clockSource(): string {
  let ntp = 'ไม่ทราบ'
  try {
    ntp = execFileSync('timedatectl', ['show', '-p', 'NTPSynchronized', '--value'], { encoding: 'utf8', timeout: 1000, stdio: ['ignore', 'pipe', 'ignore'] }).trim() === 'yes' ? 'ซิงโครไนซ์แล้ว' : 'ยังไม่ซิงโครไนซ์'
  } catch {
    // no systemd here (a container): said as unknown
  }
  return `นาฬิการะบบของเครื่อง ${os.hostname()} เวลา UTC; NTP: ${ntp}`
}

/** The last complete line's hash of a day's file and how many lines it has (read once, at start). */
function tailOf(file: string): { hash: string; lines: number } {
  const text = fs.readFileSync(file, 'utf8')
  const lines = text.split('\n')
  lines.pop()
  const last = lines.at(-1) ?? ''
  return { hash: last.slice(last.lastIndexOf('\t') + 1) || GENESIS, lines: lines.length }
}

export interface ClosedDay {
  day: string
  lastHash: string
  lines: number
}

export class TrafficLog {
  private day = ''
  private prev = GENESIS
  private lines = 0
  private stream: fs.WriteStream | null = null
  private readonly clock = clockSource()

  /** `closed` hears each day as it ends (and, at start, the last day written before, again: it is told idempotently). */
  constructor(
    private readonly dir: string,
    private readonly closed: (day: ClosedDay) => void,
  ) {
    fs.mkdirSync(dir, { recursive: true })
    const days = fs.readdirSync(dir).map((name) => name.replace(/\.log$/, '')).filter((day) => LOG_DAY.test(day)).sort()
    const latest = days.at(-1)
    if (!latest) return
    const tail = tailOf(path.join(dir, logFileName(latest)))
    this.prev = tail.hash
    if (latest === logDayOf(new Date())) {
      this.day = latest
      this.lines = tail.lines
      this.stream = fs.createWriteStream(path.join(dir, logFileName(latest)), { flags: 'a' })
    } else this.closed({ day: latest, lastHash: tail.hash, lines: tail.lines })
  }

  record(record: TrafficRecord, at: Date) {
    const day = logDayOf(at)
    if (day !== this.day) this.startDay(day)
    this.append(record)
  }

  private append(record: TrafficRecord | StartRecord) {
    const { line, hash } = chainLine(this.prev, record)
    this.stream!.write(line)
    this.prev = hash
    this.lines++
  }

  private startDay(day: string) {
    if (this.stream) {
      this.stream.end()
      this.closed({ day: this.day, lastHash: this.prev, lines: this.lines })
    }
    this.day = day
    this.lines = 0
    this.stream = fs.createWriteStream(path.join(this.dir, logFileName(day)), { flags: 'a' })
    this.append({ type: 'start', day, prev: this.prev, clock: this.clock })
  }

  /** Writes out what is buffered and closes the file (the day is not over: it continues after a restart). */
  close(): Promise<void> {
    const stream = this.stream
    this.stream = null
    this.day = ''
    return new Promise((resolve) => (stream ? stream.end(resolve) : resolve()))
  }
}

/**
 * The signed-in person a request carries ("id:e-mail"), from Payload's token in its cookie or Authorization header,
 * checked against the key the site process gave (Payload's `secret`, with which it signs: HS256); null without a
 * valid, unexpired token.
 */
export function signedInPerson(cookie: string | undefined, authorization: string | undefined, key: string | null): string | null {
  if (!key) return null
  const token = /^(?:JWT|Bearer) (\S+)$/.exec(authorization ?? '')?.[1] ?? /(?:^|;\s*)payload-token=([^;]+)/.exec(cookie ?? '')?.[1]
  const parts = token?.split('.')
  if (!parts || parts.length !== 3) return null
  const expected = createHmac('sha256', key).update(`${parts[0]}.${parts[1]}`).digest()
  const given = Buffer.from(parts[2], 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  try {
    const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as { id?: unknown; email?: unknown; exp?: unknown }
    if (typeof claims.exp === 'number' && claims.exp * 1000 < Date.now()) return null
    return `${String(claims.id)}:${String(claims.email ?? '')}`
  } catch {
    return null
  }
}
