import { describe, expect, it } from 'vitest'
import { GENESIS, chainLine, expiredLogDays, logDayOf, maskSecrets, tailOfDay, verifyChain, verifyDay, type LoggedDay } from './chain'

const piecesOf = (text: string) => text.split('\n')
/** A file's bytes in chunks of `size`, as they are read. */
const chunksOf = (text: string, size: number) => {
  const bytes = new TextEncoder().encode(text)
  return Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size))
}

/** A day's file of `count` requests continuing from `prev`. */
function dayFile(day: string, prev: string, count: number): { text: string; lastHash: string } {
  let hash = prev
  let text = ''
  for (const record of [{ type: 'start', day, prev, clock: 'system' }, ...Array.from({ length: count }, (_, i) => ({ t: `${day}T0${i}:00:00.000Z`, ip: '203.0.113.7', method: 'GET', host: 'example.go.th', path: `/news/${i}`, status: 200, bytes: 1000 + i, ms: 1, user: null, ua: 'test', ref: '' }))]) {
    const next = chainLine(hash, record)
    text += next.line
    hash = next.hash
  }
  return { text, lastHash: hash }
}

describe('a day of the traffic log', () => {
  const { text, lastHash } = dayFile('2026-12-07', GENESIS, 5)
  const lines = text.split('\n')
  it('checks out as written, and gives its last hash and line count', () => {
    expect(verifyDay(piecesOf(text), '2026-12-07', GENESIS)).toEqual({ ok: true, lastHash, lines: 6 })
    // Where a restarted server continues from: the last complete line, whatever was cut after it.
    expect(tailOfDay(chunksOf(text, 4096))).toEqual({ hash: lastHash, lines: 6 })
    expect(tailOfDay(chunksOf(`${text}{"t":"cut`, 4096))).toEqual({ hash: lastHash, lines: 6 })
    expect(tailOfDay(chunksOf('', 4096))).toEqual({ hash: GENESIS, lines: 0 })
    // However the file is cut into chunks: a line across several, a chunk ending at a newline, many lines in one.
    for (const size of [1, 2, 7, 64, 100, text.length - 1]) {
      expect(tailOfDay(chunksOf(text, size))).toEqual({ hash: lastHash, lines: 6 })
      expect(tailOfDay(chunksOf(`${text}{"t":"cut`, size))).toEqual({ hash: lastHash, lines: 6 })
    }
    const thai = dayFile('2026-12-07', GENESIS, 2)
    const withThai = thai.text.replace('"ua":"test"', '"ua":"ทดสอบ"')
    expect(tailOfDay(chunksOf(withThai, 3))).toEqual({ hash: thai.lastHash, lines: 3 })
  })
  it('names the first bad line when a byte is changed, a line removed, inserted or two swapped', () => {
    expect(verifyDay(piecesOf(text.replace('/news/3', '/news/8')), '2026-12-07', GENESIS)).toMatchObject({ ok: false, line: 5 })
    expect(verifyDay(piecesOf([...lines.slice(0, 3), ...lines.slice(4)].join('\n')), '2026-12-07', GENESIS)).toMatchObject({ ok: false, line: 4 })
    expect(verifyDay(piecesOf([...lines.slice(0, 2), lines[4], ...lines.slice(2)].join('\n')), '2026-12-07', GENESIS)).toMatchObject({ ok: false, line: 3 })
    expect(verifyDay(piecesOf([lines[0], lines[2], lines[1], ...lines.slice(3)].join('\n')), '2026-12-07', GENESIS)).toMatchObject({ ok: false, line: 2 })
  })
  it('catches an end cut off mid-line, a file of another day, and a start that does not continue the day before', () => {
    expect(verifyDay(piecesOf(text.slice(0, -10)), '2026-12-07', GENESIS)).toMatchObject({ ok: false, line: 6 })
    expect(verifyDay(piecesOf(text), '2026-12-08', GENESIS)).toMatchObject({ ok: false, line: 1 })
    expect(verifyDay(piecesOf(text), '2026-12-07', 'f'.repeat(64))).toMatchObject({ ok: false, line: 1 })
    expect(verifyDay(piecesOf(''), '2026-12-07', null)).toMatchObject({ ok: false, line: 1 })
  })
})

describe('the chain across days', () => {
  const first = dayFile('2026-12-06', GENESIS, 3)
  const second = dayFile('2026-12-07', first.lastHash, 2)
  const days = (overrides: Partial<Record<string, Partial<LoggedDay>>> = {}): LoggedDay[] => [
    { day: '2026-12-06', pieces: piecesOf(first.text), recorded: { lastHash: first.lastHash, lines: 4, deleted: false }, ...overrides['2026-12-06'] },
    { day: '2026-12-07', pieces: piecesOf(second.text), recorded: null, ...overrides['2026-12-07'] },
  ]
  it('holds when each day continues the one before and the closed ones match what was recorded', () => {
    expect(verifyChain(days())).toEqual({ ok: true, days: 2, lines: 7 })
  })
  it('catches a closed day cut at a line’s end, a missing day, and a day replaced whole', () => {
    const cut = first.text.split('\n').slice(0, 3).join('\n') + '\n'
    expect(verifyChain(days({ '2026-12-06': { pieces: piecesOf(cut) } }))).toMatchObject({ ok: false, day: '2026-12-06' })
    expect(verifyChain(days({ '2026-12-06': { pieces: null } }))).toMatchObject({ ok: false, day: '2026-12-06', line: 0 })
    expect(verifyChain(days({ '2026-12-06': { pieces: piecesOf(dayFile('2026-12-06', GENESIS, 4).text) } }))).toMatchObject({ ok: false, day: '2026-12-06' })
  })
  it('continues past a day deleted when its retention ended, from the hash recorded for it', () => {
    expect(verifyChain(days({ '2026-12-06': { pieces: null, recorded: { lastHash: first.lastHash, lines: 4, deleted: true } } }))).toEqual({ ok: true, days: 1, lines: 3 })
  })
})

describe('what a line keeps', () => {
  it('masks passwords, tokens and links that are secrets, and keeps the rest', () => {
    expect(maskSecrets('/api/subscriptions/confirm?t=abc.def&x=1')).toBe('/api/subscriptions/confirm?t=***&x=1')
    expect(maskSecrets(`/subscription/${'a'.repeat(64)}?saved=1`)).toBe('/subscription/***?saved=1')
    expect(maskSecrets('/search?q=ภาษี&password=hunter2')).toBe('/search?q=ภาษี&password=***')
    expect(maskSecrets('/news/12')).toBe('/news/12')
  })
  it('files a moment under Bangkok’s day', () => expect(logDayOf(new Date('2026-12-06T18:30:00Z'))).toBe('2026-12-07'))
})

describe('retention', () => {
  it('deletes a day once it has been kept the days set, today counting as one', () => {
    expect(expiredLogDays(['2026-09-07', '2026-09-08', '2026-12-07'], '2026-12-06', 90)).toEqual(['2026-09-07'])
  })
})
