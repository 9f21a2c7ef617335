import { describe, expect, it } from 'vitest'
import { EXPORT_HEADER, exportRows, toCsv } from './export'
import type { IndicatorResult } from './types'

const results: IndicatorResult[] = [
  {
    code: 'O11',
    title: 'สรุปผลการจัดซื้อจัดจ้างรายเดือน',
    status: 'met',
    reason: 'ครบทุกเดือน',
    evidence: [
      { title: 'ธันวาคม', url: 'https://example.go.th/p/12' },
      { title: 'พฤศจิกายน', url: 'https://example.go.th/p/11' },
    ],
    evidenceCount: 2,
  },
  { code: 'O5', title: 'ยังไม่พบ', status: 'missing', reason: 'ยังไม่มี', evidence: [], evidenceCount: 0 },
  { code: 'O18', title: 'สถิติ', status: 'stale', reason: 'ต้องมีปี 2568', evidence: [], evidenceCount: 0 },
]

/** A strict RFC 4180 reader, to check that what toCsv writes reads back to the same rows. */
function readCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"'
      i++
    } else if (c === '"') {
      quoted = !quoted
    } else if (!quoted && c === ',') {
      row.push(field)
      field = ''
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else {
      field += c
    }
  }
  return rows
}

describe('exportRows', () => {
  it('writes the header, then one row per evidence URL with the Thai status word', () => {
    expect(exportRows(results)).toEqual([
      EXPORT_HEADER,
      ['O11', 'สรุปผลการจัดซื้อจัดจ้างรายเดือน', 'ครบถ้วน', 'ครบทุกเดือน', 'https://example.go.th/p/12'],
      ['O11', 'สรุปผลการจัดซื้อจัดจ้างรายเดือน', 'ครบถ้วน', 'ครบทุกเดือน', 'https://example.go.th/p/11'],
      ['O5', 'ยังไม่พบ', 'ยังไม่มี', 'ยังไม่มี', ''],
      ['O18', 'สถิติ', 'ไม่เป็นปัจจุบัน', 'ต้องมีปี 2568', ''],
    ])
  })
})

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark and ends each record with CRLF', () => {
    const csv = toCsv([['ก', 'ข'], ['ค', 'ง']])
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv.slice(1)).toBe('ก,ข\r\nค,ง\r\n')
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
  })

  it('quotes fields with commas, quotes or line breaks, doubling the quotes', () => {
    const csv = toCsv([['a,b', 'say "ครบ"', 'line\nbreak', 'cr\rhere', 'plain']])
    expect(csv.slice(1)).toBe('"a,b","say ""ครบ""","line\nbreak","cr\rhere",plain\r\n')
  })

  it('keeps what a spreadsheet would run as a formula as text, and leaves numbers alone', () => {
    const csv = toCsv([['=HYPERLINK("http://x")', '+66812345678', '@SUM(A1)', '-cmd', '-12.5', '\tx', 'ก=ข']])
    expect(csv.slice(1)).toBe(`"'=HYPERLINK(""http://x"")",'+66812345678,'@SUM(A1),'-cmd,-12.5,'\tx,ก=ข\r\n`)
  })

  it('reads back to the same rows', () => {
    const rows = exportRows([
      { ...results[0], title: 'รายงาน "พิเศษ", ฉบับที่ 1', reason: 'บรรทัดแรก\r\nบรรทัดสอง' },
      results[1],
    ])
    expect(readCsv(toCsv(rows).slice(1))).toEqual(rows)
  })
})
