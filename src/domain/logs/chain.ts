/**
 * Hash-chained logs (ข้อมูลจราจรทางคอมพิวเตอร์, พ.ร.บ.ว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์ พ.ศ. 2560): one
 * file per day (Bangkok's day), one JSON record per line followed by a tab and the line's hash, the SHA-256 of the
 * previous line's hash and the line's own content. A day's file opens with a `start` record naming the hash it
 * continues from (the last of the day before, or GENESIS) and the clock the times come from. A changed byte, a line
 * removed, inserted or moved, or an end cut off mid-line breaks the chain at that line; a file cut at a line's end,
 * replaced whole or missing is caught against each closed day's last hash and line count, recorded elsewhere.
 */
import { hash } from 'node:crypto'
import { bangkokDay } from '../thai/calendar'

export const GENESIS = '0'.repeat(64)

/** One request as the front server saw it. Times are UTC (ISO 8601); pages show them in Thai time. */
export interface TrafficRecord {
  t: string
  ip: string
  method: string
  host: string
  /** Path and query, with secrets masked (maskSecrets). */
  path: string
  status: number
  bytes: number
  ms: number
  /** The signed-in person ("id:e-mail"), or null. */
  user: string | null
  ua: string
  ref: string
}

/** A day file's first record. */
export interface StartRecord {
  type: 'start'
  day: string
  prev: string
  clock: string
}

export const lineHash = (prev: string, content: string): string => hash('sha256', `${prev}\n${content}`, 'hex')

/** A record as its line (with the newline) and the hash the next line continues from. */
export function chainLine(prev: string, record: object): { line: string; hash: string } {
  const content = JSON.stringify(record)
  const next = lineHash(prev, content)
  return { line: `${content}\t${next}\n`, hash: next }
}

/** The day a moment belongs to (Bangkok), as a file is named: YYYY-MM-DD. */
export function logDayOf(at: Date): string {
  const { year, month, day } = bangkokDay(at)
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
export const LOG_DAY = /^\d{4}-\d{2}-\d{2}$/
export const logFileName = (day: string) => `${day}.log`
/** The days of the files in a folder's listing, in order. */
export const logDaysOf = (names: readonly string[]): string[] => names.map((name) => name.replace(/\.log$/, '')).filter((day) => LOG_DAY.test(day)).sort()

/**
 * A day file as its pieces between newlines, in order, the last being what follows the final newline ('' when the
 * file ends with one): read piece by piece, as a busy day's file may be larger than any string (src/server/traffic-log.ts).
 */
export type DayPieces = Iterable<string>

const NEWLINE = 10

/**
 * A day file's last complete line's hash (GENESIS when it has none) and how many complete lines it has, from its
 * bytes in order (chunks not reused after they are given): only newlines are counted and only the last line is decoded, so a restart late in a busy day (a
 * file of gigabytes) does not read the day back as text before it serves again.
 */
export function tailOfDay(chunks: Iterable<Uint8Array>): { hash: string; lines: number } {
  let lines = 0
  let last: Uint8Array[] = [] // the last complete line, in pieces
  let open: Uint8Array[] = [] // what follows the last newline so far
  for (const chunk of chunks) {
    const end = chunk.lastIndexOf(NEWLINE)
    if (end < 0) {
      open.push(chunk)
      continue
    }
    let newlines = 0
    for (let at = chunk.indexOf(NEWLINE); at >= 0; at = chunk.indexOf(NEWLINE, at + 1)) newlines++
    lines += newlines
    const start = newlines > 1 ? chunk.lastIndexOf(NEWLINE, end - 1) + 1 : 0
    last = newlines > 1 ? [chunk.subarray(start, end)] : [...open, chunk.subarray(0, end)]
    open = [chunk.subarray(end + 1)]
  }
  const line = new TextDecoder().decode(Buffer.concat(last))
  return { hash: line.slice(line.lastIndexOf('\t') + 1) || GENESIS, lines }
}

/** Query parameters whose values are never written down (sign-in, confirmation and unsubscribe links). */
const SECRET_PARAMS = /^(password|passwd|pass|token|t|code|secret|key|challenge|otp|apikey|api_key|session)$/i
/** Path segments that are themselves a secret (a subscription's link): long hexadecimal or base64url strings. */
const SECRET_SEGMENT = /^(?:[0-9a-f]{32,}|[A-Za-z0-9_-]{40,})$/

/** The path and query as logged: secret values replaced by "***". */
export function maskSecrets(url: string): string {
  const q = url.indexOf('?')
  if (q < 0 && url.length < 40) return url // no query, and no segment long enough to be a secret
  const path = (q < 0 ? url : url.slice(0, q))
    .split('/')
    .map((segment) => (SECRET_SEGMENT.test(segment) ? '***' : segment))
    .join('/')
  if (q < 0) return path
  const query = url
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=')
      const name = eq < 0 ? pair : pair.slice(0, eq)
      let decoded = name
      try {
        decoded = decodeURIComponent(name)
      } catch {
        // an undecodable name is kept as it came
      }
      return eq >= 0 && SECRET_PARAMS.test(decoded) ? `${name}=***` : pair
    })
    .join('&')
  return `${path}?${query}`
}

export type DayCheck = { ok: true; lastHash: string; lines: number } | { ok: false; line: number; reason: string }

/** A day's file checked line by line; `expectedPrev` is the last hash of the day before when it is known. */
export function verifyDay(pieces: DayPieces, day: string, expectedPrev: string | null): DayCheck {
  let prev = ''
  let lines = 0
  // Each piece is a line once another follows it; the last is what comes after the final newline.
  let pending: string | null = null
  for (const piece of pieces) {
    if (pending !== null) {
      const problem = checkLine(pending, lines, day, expectedPrev, prev)
      if (typeof problem !== 'string') return problem
      prev = problem
      lines++
    }
    pending = piece
  }
  if (lines === 0 && !pending) return { ok: false, line: 1, reason: 'ไฟล์ว่าง ไม่มีบรรทัดเริ่มต้น' }
  if (pending) return { ok: false, line: lines + 1, reason: 'บรรทัดสุดท้ายไม่สมบูรณ์ (ไฟล์ถูกตัดท้าย)' }
  return { ok: true, lastHash: prev, lines }
}

/** The line at index `i` checked against the hash before it: its own hash, or the problem. */
function checkLine(line: string, i: number, day: string, expectedPrev: string | null, before: string): string | Extract<DayCheck, { ok: false }> {
  const tab = line.lastIndexOf('\t')
  const content = tab < 0 ? line : line.slice(0, tab)
  const hash = tab < 0 ? '' : line.slice(tab + 1)
  let prev = before
  if (i === 0) {
    let start: Partial<StartRecord> = {}
    try {
      start = JSON.parse(content) as Partial<StartRecord>
    } catch {
      // reported below
    }
    if (start.type !== 'start' || start.day !== day || typeof start.prev !== 'string') return { ok: false, line: 1, reason: 'บรรทัดแรกไม่ใช่บรรทัดเริ่มต้นของวันนี้' }
    if (expectedPrev !== null && start.prev !== expectedPrev) return { ok: false, line: 1, reason: 'ไม่ต่อเนื่องจากค่าแฮชสุดท้ายของวันก่อนหน้า (มีไฟล์ถูกแทนที่ ลบ หรือตัดทอน)' }
    prev = start.prev
  }
  if (lineHash(prev, content) !== hash) return { ok: false, line: i + 1, reason: 'ค่าแฮชไม่ตรงกับเนื้อหา (บรรทัดถูกแก้ไข ลบ แทรก หรือสลับลำดับ)' }
  return hash
}

/** What is known of a day: its file (null when there is none) and, once it closed, what was recorded of it. */
export interface LoggedDay {
  day: string
  /** The file read piece by piece (once), null when there is none. */
  pieces: DayPieces | null
  recorded: { lastHash: string; lines: number; deleted: boolean } | null
}

export type ChainCheck = { ok: true; days: number; lines: number } | { ok: false; day: string; line: number; reason: string }

/**
 * The days in order, each continuing the one before: the first problem found, by day and line. `firstPrev` is the
 * hash the first day continues from when known (the last hash recorded for the day before the period).
 */
export function verifyChain(days: readonly LoggedDay[], firstPrev: string | null = null): ChainCheck {
  let prev = firstPrev
  let lines = 0
  for (const day of [...days].sort((a, b) => (a.day < b.day ? -1 : 1))) {
    if (day.pieces === null) {
      if (day.recorded && !day.recorded.deleted) return { ok: false, day: day.day, line: 0, reason: 'ไม่พบไฟล์ของวันนี้ ทั้งที่มีบันทึกว่าวันนี้ปิดแล้ว (ไฟล์ถูกลบ)' }
      // Deleted when its retention ended (recorded): the next day continues from its recorded last hash.
      if (day.recorded) prev = day.recorded.lastHash
      continue
    }
    const check = verifyDay(day.pieces, day.day, prev)
    if (!check.ok) return { ok: false, day: day.day, line: check.line, reason: check.reason }
    if (day.recorded && (day.recorded.lastHash !== check.lastHash || day.recorded.lines !== check.lines)) {
      return { ok: false, day: day.day, line: Math.min(check.lines, day.recorded.lines) + 1, reason: `ไฟล์ไม่ตรงกับที่บันทึกเมื่อปิดวัน (บันทึกไว้ ${day.recorded.lines} บรรทัด พบ ${check.lines} บรรทัด: ไฟล์ถูกตัดท้ายหรือแทนที่ทั้งไฟล์)` }
    }
    prev = check.lastHash
    lines += check.lines
  }
  return { ok: true, days: days.filter((d) => d.pieces !== null).length, lines }
}

/** Traffic data is kept at least 90 days (MINIMUM_RETENTION_DAYS, the Act's s.26) and, by this system, at most two years. */
export const MAXIMUM_RETENTION_DAYS = 730

const dayNumber = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000

/** The days whose files are past their retention on `today`: kept `retentionDays` days counting today. */
export const expiredLogDays = (days: readonly string[], today: string, retentionDays: number): string[] => days.filter((day) => dayNumber(today) - dayNumber(day) >= retentionDays)

/** Whether `day` is within [from, to] (either may be open). */
export const withinDays = (day: string, from: string | null, to: string | null): boolean => (!from || day >= from) && (!to || day <= to)
