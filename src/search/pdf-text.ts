/**
 * The text of a PDF, with pdf.js (pure JavaScript), plus the PDF's /ActualText where pdf.js ignores it.
 *
 * Chromium (and so every PDF this system renders, and many a browser "Save as PDF") draws Thai with the
 * font's contextual glyphs: a tone mark shifted left, a narrow "ี", "ํ้า" as one glyph. Those glyphs have no
 * Unicode mapping, so the drawn text reads "รายจ ายประ" or "ป\0"; the true characters are only in a marked
 * content span `/Span <</ActualText <FEFF0E080E48>>> BDC … EMC` around the glyphs. pdf.js (up to 5.x)
 * reports where such spans begin and end but not their /ActualText, so the page's content stream is read
 * here too, for the spans in order, and each span's drawn text is replaced by its /ActualText. When the
 * spans found do not line up one for one with those pdf.js reports (content in form XObjects, streams this
 * reader cannot decode), the page keeps pdf.js's text.
 */
import { unzlibSync } from 'fflate'
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'

interface MarkedSpan {
  tag: string
  actualText: string | null
}

export interface PdfTextOptions {
  /** Stop reading pages once this many characters are collected. */
  maxChars: number
}

/** The text of each page, in order (reading stops once `maxChars` are collected). */
export async function pdfText(bytes: Uint8Array, { maxChars }: PdfTextOptions): Promise<string[]> {
  const raw = Buffer.from(bytes).toString('latin1')
  return withPdf(bytes, async (document) => {
    const pages: string[] = []
    let length = 0
    for (let number = 1; number <= document.numPages && length < maxChars; number++) {
      const page = await document.getPage(number)
      const content = await page.getTextContent({ includeMarkedContent: true, disableNormalization: true })
      const text = pageText(content.items as TextItem[], page.ref ? markedSpans(raw, page.ref) : null)
      pages.push(text)
      length += text.length
      page.cleanup()
    }
    return pages
  })
}

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')

/** Reads a PDF with pdf.js, in this thread, without fonts installed or code evaluated; closed after `read`. */
export async function withPdf<T>(bytes: Uint8Array, read: (document: PDFDocumentProxy, pdfjs: PdfJs) => Promise<T>): Promise<T> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  // pdf.js runs its "worker" in this thread when given it here, instead of importing it by a path of its own.
  ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
  // a copy: pdf.js takes (and detaches) the bytes it is given
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 })
  try {
    return await read(await task.promise, pdfjs)
  } finally {
    await task.destroy()
  }
}

type TextItem = { str: string; hasEOL: boolean } | { type: string; tag?: string | null }

/** The page's text; inside a span with /ActualText, that text instead of the drawn glyphs. */
export function pageText(items: TextItem[], spans: MarkedSpan[] | null): string {
  const reported = items.filter((item) => 'type' in item && item.type === 'beginMarkedContentProps') as { tag?: string | null }[]
  const aligned = spans !== null && spans.length === reported.length && spans.every((span, i) => span.tag === reported[i].tag)
  let text = ''
  let next = 0
  let depth = 0 // marked content nesting
  // The span whose drawn text is being replaced: its /ActualText, its depth, and the text drawn inside it
  // (whose leading and trailing spaces, which pdf.js infers from gaps, are kept).
  let replacing: { actualText: string; depth: number; drawn: string } | null = null
  for (const item of items) {
    if ('str' in item) {
      const str = item.str + (item.hasEOL ? '\n' : '')
      if (replacing) replacing.drawn += str
      else text += str
    } else if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
      depth++
      const actualText = item.type === 'beginMarkedContentProps' && aligned ? spans[next++].actualText : null
      if (actualText !== null && !replacing) replacing = { actualText, depth, drawn: '' }
    } else if (item.type === 'endMarkedContent') {
      if (replacing?.depth === depth) {
        const { actualText, drawn } = replacing
        text += drawn.match(/^\s*/)![0] + actualText + (drawn.trim() ? drawn.match(/\s*$/)![0] : '')
        replacing = null
      }
      depth--
    }
  }
  return text.replaceAll('\0', '')
}

/** The marked-content spans (BDC) of a page's content streams, in order; null when they cannot be read. */
export function markedSpans(pdf: string, ref: { num: number; gen: number }): MarkedSpan[] | null {
  const page = objectBody(pdf, ref.num, ref.gen)
  const contents = page?.match(/\/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/)?.[1]
  if (!contents) return null
  const spans: MarkedSpan[] = []
  for (const [, num, gen] of contents.matchAll(/(\d+)\s+(\d+)\s+R/g)) {
    const stream = streamData(pdf, Number(num), Number(gen))
    if (stream === null) return null
    spans.push(...bdcSpans(stream))
  }
  return spans
}

/** The text between "N G obj" and "endobj" (the last definition wins, as after an incremental update). */
function objectBody(pdf: string, num: number, gen: number): string | null {
  const header = new RegExp(`(?<![0-9])${num}\\s+${gen}\\s+obj\\b`, 'g')
  let start = -1
  for (const match of pdf.matchAll(header)) start = match.index + match[0].length
  if (start < 0) return null
  const end = pdf.indexOf('endobj', start)
  return end < 0 ? null : pdf.slice(start, end)
}

/** A stream object's decoded bytes (as latin1 text): unfiltered or FlateDecode only. */
function streamData(pdf: string, num: number, gen: number): string | null {
  const body = objectBody(pdf, num, gen)
  const at = body?.search(/stream\r?\n/) ?? -1
  if (!body || at < 0) return null
  const dictionary = body.slice(0, at)
  const filter = dictionary.match(/\/Filter\s*(\[\s*)?\/(\w+)\s*(\])?/)
  if (filter && (filter[2] !== 'FlateDecode' || /\/Filter\s*\[\s*\/\w+\s*\/\w+/.test(dictionary) || /\/DecodeParms/.test(dictionary))) return null
  const dataStart = at + body.slice(at).indexOf('\n') + 1
  const direct = dictionary.match(/\/Length\s+(\d+)(?!\s+\d+\s+R)/)
  const indirect = dictionary.match(/\/Length\s+(\d+)\s+(\d+)\s+R/)
  const length = direct ? Number(direct[1]) : indirect ? Number(objectBody(pdf, Number(indirect[1]), Number(indirect[2]))?.trim()) : NaN
  const end = Number.isFinite(length) ? dataStart + length : body.lastIndexOf('endstream')
  const data = body.slice(dataStart, end)
  if (!filter) return data
  try {
    return Buffer.from(unzlibSync(Buffer.from(data, 'latin1'))).toString('latin1')
  } catch {
    return null
  }
}

/**
 * The BDC operators of a content stream, each with its tag and /ActualText. A small reader of content
 * stream syntax: strings, names, dictionaries and arrays as operands; inline images skipped.
 */
export function bdcSpans(content: string): MarkedSpan[] {
  const spans: MarkedSpan[] = []
  let at = 0
  const operands: unknown[] = []

  const skipSpace = () => {
    while (at < content.length) {
      const c = content[at]
      if (c === '%') while (at < content.length && content[at] !== '\n' && content[at] !== '\r') at++
      else if (/[\s\0]/.test(c)) at++
      else break
    }
  }
  const literalString = (): string => {
    let out = ''
    let depth = 1
    at++ // (
    while (at < content.length) {
      const c = content[at++]
      if (c === '\\') {
        const e = content[at++]
        const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' }
        if (/[0-7]/.test(e)) {
          let octal = e
          while (octal.length < 3 && /[0-7]/.test(content[at])) octal += content[at++]
          out += String.fromCharCode(parseInt(octal, 8) & 0xff)
        } else if (e === '\r') {
          if (content[at] === '\n') at++
        } else if (e !== '\n') out += escapes[e] ?? e
      } else if (c === '(') {
        depth++
        out += c
      } else if (c === ')') {
        if (--depth === 0) break
        out += c
      } else out += c
    }
    return out
  }
  const value = (): unknown => {
    skipSpace()
    const c = content[at]
    if (c === '(') return { string: literalString() }
    if (content.startsWith('<<', at)) {
      at += 2
      const dict: Record<string, unknown> = {}
      for (;;) {
        skipSpace()
        if (at >= content.length) return dict
        if (content.startsWith('>>', at)) {
          at += 2
          return dict
        }
        const key = value()
        const item = value()
        if (typeof key === 'object' && key && 'name' in key) dict[(key as { name: string }).name] = item
      }
    }
    if (c === '<') {
      const end = content.indexOf('>', at)
      const hex = content.slice(at + 1, end < 0 ? content.length : end).replace(/[^0-9a-fA-F]/g, '')
      at = end < 0 ? content.length : end + 1
      return { string: Buffer.from(hex.length % 2 ? hex + '0' : hex, 'hex').toString('latin1') }
    }
    if (c === '[') {
      at++
      const array: unknown[] = []
      for (;;) {
        skipSpace()
        if (at >= content.length) return array
        if (content[at] === ']') {
          at++
          return array
        }
        array.push(value())
      }
    }
    const word = content.slice(at).match(/^\/?[^\s\0()<>[\]{}/%]*/)![0] || content[at]
    at += word.length
    return word.startsWith('/') ? { name: word.slice(1) } : { word }
  }

  while (at < content.length) {
    skipSpace()
    if (at >= content.length) break
    const token = value()
    const word = (token as { word?: string }).word
    if (word === undefined || /^[-+.\d]/.test(word) || ['true', 'false', 'null', ')', '>', ']', '}', '{'].includes(word)) {
      operands.push(token)
      continue
    }
    if (word === 'BDC') {
      const [tag, properties] = operands.slice(-2) as [{ name?: string }, Record<string, unknown> | undefined]
      const actual = properties && typeof properties === 'object' ? (properties.ActualText as { string?: string } | undefined) : undefined
      spans.push({ tag: tag?.name ?? '', actualText: actual?.string !== undefined ? pdfString(actual.string) : null })
    } else if (word === 'ID') {
      const end = content.slice(at).search(/\sEI(?=[\s\0]|$)/)
      at = end < 0 ? content.length : at + end + 3
    }
    operands.length = 0
  }
  return spans
}

/** A PDF text string: UTF-16BE after a byte order mark, else (near enough) Latin-1. */
function pdfString(bytes: string): string {
  if (!bytes.startsWith('\xfe\xff')) return bytes
  const utf16 = Buffer.from(bytes.slice(2, 2 + ((bytes.length - 2) & ~1)), 'latin1')
  return utf16.swap16().toString('utf16le')
}
