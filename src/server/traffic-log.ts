/**
 * The traffic log's writer, in the front server (src/server/front.ts): every request becomes one chained line
 * (src/domain/logs/chain.ts) appended to the day's file under the data folder, written through a buffered stream
 * so a cached page does not wait for the disk. When a day ends its last hash and line count are handed on (to the
 * database, by the site process) so that a file cut short or replaced whole is caught later. After a restart the
 * chain continues from the last line written.
 */
import { SESSION_COOKIE } from '@/domain/site/cross-site'
import { execFileSync } from 'node:child_process'
import { createHmac, timingSafeEqual } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { StringDecoder } from 'node:string_decoder'
import { GENESIS, chainLine, logDayOf, logDaysOf, logFileName, tailOfDay, type StartRecord, type TrafficRecord } from '@/domain/logs/chain'
import { bangkokDay, startOfBangkokDay } from '@/domain/thai/calendar'
import { dataDir } from './environment'

const DAY_MS = 86_400_000

export const trafficLogDir = (): string => path.join(dataDir(), 'logs', 'traffic')

/**
 * Which instance's traffic log this is, as its days are recorded in a database several instances may share: the
 * setting KHAOSAN_INSTANCE, or the machine's name with the data folder (two instances on one machine have two).
 */
export const logInstance = (): string => process.env.KHAOSAN_INSTANCE || `${os.hostname()} ${dataDir()}`

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

/** A file's bytes, a megabyte at a time, each chunk its own: a busy day's file may be larger than Node can hold at once. */
export function* chunksOfFile(file: string): Generator<Buffer> {
  const fd = fs.openSync(file, 'r')
  try {
    for (let chunk = Buffer.allocUnsafe(1024 * 1024), read = fs.readSync(fd, chunk); read > 0; chunk = Buffer.allocUnsafe(1024 * 1024), read = fs.readSync(fd, chunk)) yield chunk.subarray(0, read)
  } finally {
    fs.closeSync(fd)
  }
}

/** A day's file as its pieces between newlines (src/domain/logs/chain.ts: DayPieces), decoded as it is read. */
export function* piecesOfDayFile(file: string): Generator<string> {
  const decoder = new StringDecoder('utf8')
  let rest = ''
  for (const chunk of chunksOfFile(file)) {
    const pieces = (rest + decoder.write(chunk)).split('\n')
    rest = pieces.pop()!
    yield* pieces
  }
  yield rest + decoder.end()
}

/** The days the log has files for, in order. */
export const loggedDayFiles = (dir: string): string[] => (fs.existsSync(dir) ? logDaysOf(fs.readdirSync(dir)) : [])

export interface ClosedDay {
  day: string
  lastHash: string
  lines: number
}

/** Lines are written together: at most this long after the first of them, or once this many wait. */
const FLUSH_MS = 100
const FLUSH_LINES = 2000

export class TrafficLog {
  private day = ''
  private prev = GENESIS
  private lines = 0
  private stream: fs.WriteStream | null = null
  /** Lines chained but not yet handed to the file: one write for many requests (a write each would cost the cached pages half their speed). */
  private pending: string[] = []
  private timer: NodeJS.Timeout | null = null
  private readonly clock = clockSource()

  /** `closed` hears each day as it ends (and, at start, the last day written before, again: it is told idempotently). */
  constructor(
    private readonly dir: string,
    private readonly closed: (day: ClosedDay) => void,
  ) {
    fs.mkdirSync(dir, { recursive: true })
    const latest = loggedDayFiles(dir).at(-1)
    if (!latest) return
    const tail = tailOfDay(chunksOfFile(path.join(dir, logFileName(latest))))
    this.prev = tail.hash
    if (latest === logDayOf(new Date())) {
      this.day = latest
      this.lines = tail.lines
      this.stream = fs.createWriteStream(path.join(dir, logFileName(latest)), { flags: 'a' })
    } else this.closed({ day: latest, lastHash: tail.hash, lines: tail.lines })
  }

  /** When the day being written ends (Bangkok's midnight): until then no record asks which day it is. */
  private dayEndsAt = 0

  record(record: TrafficRecord, at: number) {
    if (at >= this.dayEndsAt) {
      const day = logDayOf(new Date(at))
      this.dayEndsAt = startOfBangkokDay(bangkokDay(new Date(at))).getTime() + DAY_MS
      if (day !== this.day) this.startDay(day)
    }
    this.append(record)
  }

  private append(record: TrafficRecord | StartRecord) {
    const { line, hash } = chainLine(this.prev, record)
    this.pending.push(line)
    this.prev = hash
    this.lines++
    if (this.pending.length >= FLUSH_LINES) this.flush()
    else this.timer ??= setTimeout(() => this.flush(), FLUSH_MS)
  }

  private flush() {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    if (!this.pending.length) return
    this.stream!.write(this.pending.join(''))
    this.pending = []
  }

  private startDay(day: string) {
    if (this.stream) {
      this.flush()
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
    if (this.stream) this.flush()
    const stream = this.stream
    this.stream = null
    this.day = ''
    this.dayEndsAt = 0
    return new Promise((resolve) => (stream ? stream.end(resolve) : resolve()))
  }
}

const SESSION_COOKIE_VALUE = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([^;]+)`)

/**
 * The signed-in person a request carries ("id:e-mail"), from Payload's token in its cookie or Authorization header,
 * checked against the key the site process gave (Payload's `secret`, with which it signs: HS256); null without a
 * valid, unexpired token.
 */
export function signedInPerson(cookie: string | undefined, authorization: string | undefined, key: string | null): string | null {
  if (!key) return null
  const token = /^(?:JWT|Bearer) (\S+)$/.exec(authorization ?? '')?.[1] ?? SESSION_COOKIE_VALUE.exec(cookie ?? '')?.[1]
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
