/**
 * Plain text from an attachment (PDF, DOCX, XLSX), for search and for checks on what is published; a PDF's
 * pages separated by form feeds (\f). Pure JavaScript, no system tools. Bounded: at most MAX_TEXT_CHARS
 * characters and TIMEOUT_MS per file, ZIP entries over MAX_XML_BYTES unpacked are not read. A file that cannot
 * be read gives '' and a warning, never an error: a broken attachment must not stop its item from being
 * published. Run in a process of its own (src/files/worker.ts), so a hostile file cannot hold up the site.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { unzipSync } from 'fflate'
import { MAX_TEXT_CHARS } from '@/domain/search'
import { findHiddenWordText, parseRelationships, type HiddenPdfText, type HiddenWordText } from '@/domain/spam'
import { pdfHiddenText } from './pdf-drawing'
import { pdfText } from './pdf-text'

/** Between the pages of a PDF's text. */
export const PAGE_BREAK = '\f'
const TIMEOUT_MS = 20_000
const MAX_FILE_BYTES = 100 * 1024 * 1024
const MAX_XML_BYTES = 50 * 1024 * 1024

export type ExtractableKind = 'pdf' | 'docx' | 'xlsx'

export const extractableKind = (filename: string): ExtractableKind | null => {
  const extension = path.extname(filename).slice(1).toLowerCase()
  return extension === 'pdf' || extension === 'docx' || extension === 'xlsx' ? extension : null
}

export interface ExtractOptions {
  maxChars?: number
  timeoutMs?: number
  warn?: (message: string) => void
}

/** The text of a stored file, by its extension; '' for other kinds of file and for files that cannot be read. */
export async function extractFileText(filePath: string, options: ExtractOptions = {}): Promise<string> {
  const kind = extractableKind(filePath)
  if (!kind) return ''
  try {
    const { size } = await fs.stat(filePath)
    if (size > MAX_FILE_BYTES) throw new Error(`${size} bytes is over the ${MAX_FILE_BYTES} read for search`)
    return await extractText(await fs.readFile(filePath), kind, options)
  } catch (error) {
    ;(options.warn ?? console.warn)(`text extraction failed for ${path.basename(filePath)}: ${(error as Error).message}`)
    return ''
  }
}

/** The text of a file's bytes. Throws when the file is broken or takes too long. */
export async function extractText(bytes: Uint8Array, kind: ExtractableKind, { maxChars = MAX_TEXT_CHARS, timeoutMs = TIMEOUT_MS }: ExtractOptions = {}): Promise<string> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`took longer than ${timeoutMs} ms`)), timeoutMs)
  })
  try {
    const pages = await Promise.race([kind === 'pdf' ? pdfText(bytes, { maxChars }) : Promise.resolve([officeText(bytes, kind)]), timeout])
    return pages.map(tidy).join(PAGE_BREAK).slice(0, maxChars)
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Whitespace collapsed within lines, and Thai "sara am" composed: PDF producers often write "ำ" as
 * nikhahit + sara aa ("ํา", with a tone mark between: "ํ้า"), which a search for "น้ำ" would not match.
 */
export const tidy = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/\u0e4d([\u0e48-\u0e4b]?)\u0e32/g, '$1\u0e33')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim()

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const xmlText = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return XML_ENTITIES[name] ?? entity
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
  })

function officeText(bytes: Uint8Array, kind: 'docx' | 'xlsx'): string {
  const wanted = kind === 'docx' ? /^word\/(document|footnotes|endnotes|header\d*|footer\d*)\.xml$/ : /^xl\/(sharedStrings|worksheets\/sheet\d+)\.xml$/
  const entries = unzipSync(bytes, {
    filter: (file) => {
      if (!wanted.test(file.name)) return false
      if (file.originalSize > MAX_XML_BYTES) throw new Error(`${file.name} unpacks to ${file.originalSize} bytes`)
      return true
    },
  })
  const xml = (name: string) => (entries[name] ? new TextDecoder().decode(entries[name]) : '')
  const names = Object.keys(entries).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  if (kind === 'docx') {
    if (!entries['word/document.xml']) throw new Error('no word/document.xml: not a Word document')
    const order = ['word/document.xml', ...names.filter((n) => n !== 'word/document.xml')]
    return order.map((name) => wordXmlText(xml(name))).join('\n')
  }
  if (!names.some((n) => n.startsWith('xl/worksheets/'))) throw new Error('no worksheets: not an Excel workbook')
  const sheets = names.filter((n) => n.startsWith('xl/worksheets/'))
  return [sharedStringsText(xml('xl/sharedStrings.xml')), ...sheets.map((name) => sheetText(xml(name)))].filter(Boolean).join('\n')
}

/** Paragraphs of a WordprocessingML part, one a line; tabs and breaks as spaces. */
const wordXmlText = (xml: string): string =>
  xml
    .split(/<\/w:p>/)
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(?:tab|br|cr)\b[^>]*\/>/g)].map((m) => (m[1] === undefined ? ' ' : xmlText(m[1]))).join(''),
    )
    .filter((line) => line.trim())
    .join('\n')

/** Every string of the workbook's shared string table (cell text is mostly there), one a line. */
const sharedStringsText = (xml: string): string =>
  [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)]
    .map(([, item]) => [...item.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => xmlText(m[1])).join(''))
    .filter((line) => line.trim())
    .join('\n')

/** A worksheet's own text: inline strings and formula string results (shared strings are read once, above). */
const sheetText = (xml: string): string =>
  [...xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)]
    .map(([, attributes, body = '']) => {
      if (/\bt="inlineStr"/.test(attributes)) return [...body.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => xmlText(m[1])).join('')
      if (/\bt="str"/.test(attributes)) return xmlText(body.match(/<v>([^<]*)<\/v>/)?.[1] ?? '')
      return ''
    })
    .filter((text) => text.trim())
    .join('\n')

/**
 * Text a Word document or a PDF hides (white or tiny, hidden or drawn invisible, or a link whose text names
 * another address than its target): what planted spam looks like in a file. [] for other files and for files
 * that cannot be read; a PDF's pages not reached within TIMEOUT_MS are not read.
 */
export async function hiddenTextOfFile(filePath: string): Promise<(HiddenWordText | HiddenPdfText)[]> {
  const kind = extractableKind(filePath)
  if (kind !== 'docx' && kind !== 'pdf') return []
  try {
    const { size } = await fs.stat(filePath)
    if (size > MAX_FILE_BYTES) return []
    const bytes = await fs.readFile(filePath)
    if (kind === 'pdf') return await pdfHiddenText(bytes, { timeoutMs: TIMEOUT_MS })
    const parts = unzipSync(bytes, {
      filter: (file) => (file.name === 'word/document.xml' || file.name === 'word/_rels/document.xml.rels') && file.originalSize <= MAX_XML_BYTES,
    })
    const text = (name: string) => (parts[name] ? new TextDecoder().decode(parts[name]) : '')
    return findHiddenWordText(text('word/document.xml'), parseRelationships(text('word/_rels/document.xml.rels')))
  } catch {
    return []
  }
}
