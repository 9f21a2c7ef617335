/**
 * PDF rules read from the bytes: the file must end as a PDF ends ("%%EOF"), and must not carry
 * JavaScript or launch actions, in its plain objects or in compressed object streams. Parsing the
 * structure (the cross-reference table, pages) is pdf.js's work in the upload adapter.
 */
import { latin1 } from './bytes'
import { finding, MEGABYTE, type Finding } from './findings'
import { inflateBounded } from './zip'

/** At most this much is inflated from a PDF's object streams, in total. */
export const MAX_PDF_INFLATED_BYTES = 20 * MEGABYTE

const ACTIVE_NAMES = new Set(['JS', 'JavaScript', 'Launch'])

const isWhite = (c: number) => c === 0 || c === 9 || c === 10 || c === 12 || c === 13 || c === 32
const DELIMITERS = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)))
const isRegular = (c: number) => !isWhite(c) && !DELIMITERS.has(c)

/** "J#53" is "JS": a name may spell any character as # and two hex digits (PDF 1.2, §7.3.5). */
export const decodePdfName = (raw: string): string =>
  raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))

/**
 * Places a reader could be sent to parse an object from: "12 0 obj", a trailer, a cross-reference
 * table. A viewer follows the xref to each object's offset and never sees what comes before it, so a
 * string or stream that seems to swallow one of these is not skipped.
 */
const OBJECT_MARKERS = /\d\s+\d+\s+obj\b|trailer|xref/g

function markerPositions(text: string): number[] {
  const positions: number[] = []
  for (const match of text.matchAll(OBJECT_MARKERS)) positions.push(match.index)
  return positions
}

/** True when some marker lies strictly between `from` and `to`. */
function hasMarker(positions: readonly number[], from: number, to: number): boolean {
  let low = 0
  let high = positions.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (positions[middle] <= from) low = middle + 1
    else high = middle
  }
  return low < positions.length && positions[low] < to
}

const MAX_STRING = 64 * 1024

/** The index of the ")" that closes the literal string opened at `open`, or -1 within the limit. */
function stringEnd(text: string, open: number): number {
  let depth = 0
  const last = Math.min(text.length, open + MAX_STRING)
  for (let i = open; i < last; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x5c) i++ // backslash: the next character is escaped
    else if (c === 0x28) depth++
    else if (c === 0x29 && --depth === 0) return i
  }
  return -1
}

/**
 * The active names in PDF text, "/JS", "/JavaScript" and "/Launch", each once, in the order found.
 * Names are read as tokens, with #xx escapes decoded, so "/J#53" is found and "/JSON" is not. Literal
 * strings ("(https://example.com/JavaScript)") and stream data (compressed pages, images) are skipped,
 * but only when no object could begin inside them; everything else is read, comments too, because a
 * viewer that jumps to an object's offset never sees the "%" or "(" in front of it.
 * An /OpenAction that only sets the view has none of these names; one that runs a script or a program has.
 */
export function pdfActiveContent(objectsText: string): string[] {
  const text = objectsText
  const markers = markerPositions(text)
  const found = new Set<string>()
  let noStringSkipUntil = -1
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i)
    if (c === 0x28 /* ( */ && i >= noStringSkipUntil) {
      const end = stringEnd(text, i)
      if (end > 0 && !hasMarker(markers, i, end)) {
        i = end + 1
        continue
      }
      noStringSkipUntil = end > 0 ? end : Math.min(text.length, i + MAX_STRING) // never look for the same end twice
      i++
      continue
    }
    if (c === 0x73 /* s */ && text.startsWith('stream', i) && !isRegular(text.charCodeAt(i - 1))) {
      const after = text.charCodeAt(i + 6)
      if (after === 0x0a || after === 0x0d) {
        const end = text.indexOf('endstream', i + 6)
        if (end > 0 && !hasMarker(markers, i, end)) {
          i = end + 9
          continue
        }
      }
      i += 6
      continue
    }
    if (c === 0x2f /* / */) {
      let end = i + 1
      while (end < text.length && isRegular(text.charCodeAt(end))) end++
      const name = decodePdfName(text.slice(i + 1, end))
      if (ACTIVE_NAMES.has(name)) found.add(`/${name}`)
      i = end
      continue
    }
    i++
  }
  return [...found]
}

/** Thrown by `pdfObjectStreams` when the object streams inflate to more than 20 MB. */
export class PdfInflateLimitError extends Error {
  constructor() {
    super(`PDF object streams inflate to more than ${MAX_PDF_INFLATED_BYTES} bytes`)
    this.name = 'PdfInflateLimitError'
  }
}

interface DictionaryToken {
  kind: 'name' | 'number' | 'other'
  value: string
}

/** The tokens of a dictionary's text, enough to read /Type, /Filter, /Length and /DecodeParms. */
function tokens(text: string): DictionaryToken[] {
  const out: DictionaryToken[] = []
  for (const match of text.matchAll(/\/([^\s()<>[\]{}/%]*)|([+-]?\d+(?:\.\d*)?)|(<<|>>|\[|\]|R\b)/g)) {
    if (match[1] !== undefined) out.push({ kind: 'name', value: decodePdfName(match[1]) })
    else if (match[2] !== undefined) out.push({ kind: 'number', value: match[2] })
    else out.push({ kind: 'other', value: match[3] })
  }
  return out
}

interface StreamDictionary {
  objectStream: boolean
  filters: string[]
  length: number | null
  predictor: number
  columns: number
}

function readDictionary(text: string): StreamDictionary {
  const list = tokens(text)
  const after = (name: string) => list.findIndex((t) => t.kind === 'name' && t.value === name) + 1
  const type = after('Type')
  const filters: string[] = []
  const filter = after('Filter')
  if (filter > 0 && list[filter]?.value === '[') {
    for (let i = filter + 1; i < list.length && list[i].kind === 'name'; i++) filters.push(list[i].value)
  } else if (filter > 0 && list[filter]?.kind === 'name') filters.push(list[filter].value)
  const lengthAt = after('Length')
  const direct =
    lengthAt > 0 && list[lengthAt]?.kind === 'number' && !(list[lengthAt + 1]?.kind === 'number' && list[lengthAt + 2]?.value === 'R')
  const numberAfter = (name: string, fallback: number) => {
    const at = after(name)
    return at > 0 && list[at]?.kind === 'number' ? Number(list[at].value) : fallback
  }
  return {
    objectStream: type > 0 && list[type]?.value === 'ObjStm',
    filters,
    length: direct ? Number(list[lengthAt].value) : null,
    predictor: numberAfter('Predictor', 1),
    columns: numberAfter('Columns', 1),
  }
}

/** PNG predictors (10–15) undone for one byte per sample, as object streams would use them. */
function undoPngPredictor(data: Uint8Array, columns: number): Uint8Array | null {
  if (!(columns >= 1 && columns <= 1 << 16)) return null
  const rowLength = columns + 1
  const rows = Math.floor(data.length / rowLength)
  const out = new Uint8Array(rows * columns)
  for (let row = 0; row < rows; row++) {
    const type = data[row * rowLength]
    for (let i = 0; i < columns; i++) {
      const raw = data[row * rowLength + 1 + i]
      const left = i > 0 ? out[row * columns + i - 1] : 0
      const up = row > 0 ? out[(row - 1) * columns + i] : 0
      const upLeft = row > 0 && i > 0 ? out[(row - 1) * columns + i - 1] : 0
      let value: number
      if (type === 0) value = raw
      else if (type === 1) value = raw + left
      else if (type === 2) value = raw + up
      else if (type === 3) value = raw + ((left + up) >> 1)
      else if (type === 4) {
        const p = left + up - upLeft
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)]
        value = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft)
      } else return null
      out[row * columns + i] = value & 0xff
    }
  }
  return out
}

export interface ObjectStreams {
  /** The inflated object streams (a damaged one as far as it inflates) */
  streams: Uint8Array[]
  /** More than 20 MB came out: inflation stopped */
  overLimit: boolean
  /** Object streams in a form not read here (another filter, a TIFF predictor) */
  uninspectable: number
  /** The PDF is encrypted: its object streams are ciphertext, only a PDF library with the key reads them */
  encrypted: boolean
}

const STREAM_KEYWORD = /(?<![^\s()<>[\]{}/%])stream(?:\r\n|\n|\r)/g

/**
 * Every `stream … endstream` whose dictionary says /Type /ObjStm, inflated when its filter is
 * /FlateDecode (PNG predictors undone), within a budget of 20 MB for the whole file.
 */
export function readObjectStreams(bytes: Uint8Array, text = latin1(bytes)): ObjectStreams {
  const result: ObjectStreams = { streams: [], overLimit: false, uninspectable: 0, encrypted: /\/Encrypt\b/.test(text) }
  let budget = MAX_PDF_INFLATED_BYTES
  for (const match of text.matchAll(STREAM_KEYWORD)) {
    const keyword = match.index
    const objectStart = text.lastIndexOf('obj', keyword)
    const dictionary = readDictionary(text.slice(Math.max(objectStart, keyword - 4096, 0), keyword))
    if (!dictionary.objectStream) continue
    const start = keyword + match[0].length
    let end = -1
    if (dictionary.length !== null && /^\s*endstream/.test(text.slice(start + dictionary.length, start + dictionary.length + 40))) {
      end = start + dictionary.length
    } else {
      const found = text.indexOf('endstream', start)
      end = found < 0 ? text.length : found
    }
    const filters = dictionary.filters.map((f) => (f === 'Fl' ? 'FlateDecode' : f))
    if (filters.length !== 1 || filters[0] !== 'FlateDecode' || (dictionary.predictor > 1 && dictionary.predictor < 10)) {
      if (filters.length > 0) result.uninspectable++
      else result.streams.push(bytes.slice(start, end)) // not compressed at all
      continue
    }
    const data = bytes.subarray(start, end)
    const zlib = data.length >= 2 && (data[0] & 0x0f) === 8 && ((data[0] << 8) | data[1]) % 31 === 0
    const inflated = inflateBounded(data.subarray(zlib ? 2 : 0), 8, budget)
    if (inflated.overLimit) {
      result.overLimit = true
      return result
    }
    budget -= inflated.size
    const plain = inflated.data && dictionary.predictor >= 10 ? undoPngPredictor(inflated.data, dictionary.columns) : inflated.data
    if (plain) result.streams.push(plain)
    else result.uninspectable++
  }
  return result
}

/**
 * The object streams of a PDF, inflated (see `readObjectStreams`), for scanning with
 * `pdfActiveContent` beside the file's own bytes. Throws PdfInflateLimitError past 20 MB: refuse the
 * file as compressed too much.
 */
export function pdfObjectStreams(bytes: Uint8Array): Uint8Array[] {
  const result = readObjectStreams(bytes)
  if (result.overLimit) throw new PdfInflateLimitError()
  return result.streams
}

/** A PDF ends with "%%EOF" (readers look in the last kilobyte); one cut short by a failed upload does not. */
export function pdfLooksComplete(bytes: Uint8Array): boolean {
  let end = bytes.length
  while (end > 0 && isWhite(bytes[end - 1])) end--
  return latin1(bytes.subarray(Math.max(0, end - 1024), end)).includes('%%EOF')
}

const REPRINT = 'กรุณาสั่งพิมพ์เป็น PDF ใหม่ (เช่น "Microsoft Print to PDF") หรือบันทึกเป็น PDF แบบไม่มีสคริปต์ แล้วแนบอีกครั้ง'

/**
 * What the bytes of a PDF show: cut short (when `whole` is set: the uploaded file itself, not one found
 * inside an archive), JavaScript or a launch action in the objects or the object streams, object streams
 * that inflate to more than 20 MB, or that are compressed in a way not read here.
 */
export function pdfFinding(bytes: Uint8Array, whole = true): Finding | null {
  if (whole && !pdfLooksComplete(bytes)) {
    return finding('broken', 'ไม่สมบูรณ์ (ไฟล์ถูกตัดท้ายหรือดาวน์โหลดมาไม่ครบ)', 'กรุณาบันทึกหรือดาวน์โหลดไฟล์ PDF ใหม่แล้วแนบอีกครั้ง')
  }
  const text = latin1(bytes)
  const objects = readObjectStreams(bytes, text)
  if (objects.overLimit) {
    return finding('archive', 'มีข้อมูลที่ถูกบีบอัดไว้มากผิดปกติ (ขยายแล้วเกิน 20 MB)', REPRINT)
  }
  const active = new Set(pdfActiveContent(text))
  for (const stream of objects.streams) for (const name of pdfActiveContent(latin1(stream))) active.add(name)
  if (active.size > 0) {
    return finding(
      'active-content',
      `มีคำสั่ง JavaScript หรือคำสั่งเปิดโปรแกรมอื่น (${[...active].join(', ')}) ซึ่งไม่อนุญาตให้แนบ`,
      REPRINT,
    )
  }
  if (objects.uninspectable > 0 && !objects.encrypted) {
    return finding('unsupported', 'บีบอัดข้อมูลภายในด้วยวิธีที่ระบบตรวจสอบไม่ได้', REPRINT)
  }
  return null
}
