/**
 * The list an agency submits to the assessor (รายการ URL สำหรับผู้ประเมิน): one row per evidence URL,
 * ready for CSV (here) or XLSX (elsewhere).
 */
import type { IndicatorResult, IndicatorStatus } from './types'

export const STATUS_LABELS: Record<IndicatorStatus, string> = {
  met: 'ครบถ้วน',
  missing: 'ยังไม่มี',
  stale: 'ไม่เป็นปัจจุบัน',
  unspecified: 'รอหน่วยงานกรอกรายละเอียด',
}

/** [code, title, status, reason, url] */
export type ExportRow = [string, string, string, string, string]

export const EXPORT_HEADER: ExportRow = ['รหัส', 'ตัวชี้วัด', 'สถานะ', 'เหตุผล', 'URL']

/** The header, then one row per evidence URL of each indicator (one row with an empty URL when it has none). */
export function exportRows(results: IndicatorResult[]): ExportRow[] {
  const rows = results.flatMap(({ code, title, status, reason, evidence }) => {
    const urls = evidence.length > 0 ? evidence.map((e) => e.url) : ['']
    return urls.map((url): ExportRow => [code, title, STATUS_LABELS[status], reason, url])
  })
  return [EXPORT_HEADER, ...rows]
}

const BOM = '\uFEFF'

/**
 * A field is quoted when it holds a comma, a double quote or a line break; quotes inside are doubled. A field that a
 * spreadsheet would run as a formula (=, +, @, a tab, or a minus not starting a number) — citizens' answers end up
 * here — is kept as text by a leading apostrophe.
 */
const FORMULA = /^([=+@\t\r]|-(?!\d))/
const csvField = (value: string): string => {
  const text = FORMULA.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** One RFC 4180 line (CRLF), for a CSV written a row at a time. */
export const csvLine = (row: readonly string[]): string => row.map(csvField).join(',') + '\r\n'

/** The byte-order mark a CSV starts with, so Excel reads the Thai text correctly. */
export const CSV_START = BOM

/** RFC 4180 CSV (CRLF line ends) with a UTF-8 byte-order mark so Excel reads the Thai text correctly. */
export const toCsv = (rows: readonly (readonly string[])[]): string => BOM + rows.map(csvLine).join('')
