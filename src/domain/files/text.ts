/**
 * Text formats, read whole: plain text and CSV, JSON, XML and KML. Each is checked from its content,
 * so binary data renamed .csv, a web page renamed .xml or an XML bomb is refused.
 */
import { latin1, utf8OrNull } from './bytes'
import { finding, MEGABYTE, type Finding } from './findings'

export const MAX_JSON_BYTES = 50 * MEGABYTE

/** Tab, line feed, form feed and carriage return are text; every other C0 control and DEL is not. */
const isControlByte = (byte: number) => (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f

/** Bytes no single-byte Thai or Western encoding (TIS-620, windows-874, windows-1252) gives a character. */
const UNDEFINED_SINGLE_BYTE = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d])

const C1_CONTROL = /[\u0080-\u009f]/u

const SAVE_AS_TEXT = 'กรุณาบันทึกเป็นไฟล์ข้อความแบบ UTF-8 แล้วแนบใหม่'

/**
 * The whole file is text: no NUL or other control bytes, and either valid UTF-8 or a single-byte
 * encoding such as TIS-620 (Thai Windows and old Excel exports). Returns the text (UTF-8 decoded, or
 * null for single-byte text) or a finding.
 */
export function readText(bytes: Uint8Array, label: string): { text: string | null } | { problem: Finding } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: finding('content-mismatch', `เป็นข้อความแบบ UTF-16 ซึ่งระบบไม่รองรับสำหรับไฟล์ ${label}`, SAVE_AS_TEXT) }
  }
  const binary = finding('content-mismatch', `ไม่ใช่ไฟล์ ${label} ที่เป็นข้อความ (มีอักขระควบคุมหรือข้อมูลไบนารีอยู่ในไฟล์)`, SAVE_AS_TEXT)
  for (let at = 0; at < bytes.length; at++) if (isControlByte(bytes[at])) return { problem: binary }
  const text = utf8OrNull(bytes)
  if (text !== null) return C1_CONTROL.test(text) ? { problem: binary } : { text }
  for (let at = 0; at < bytes.length; at++) if (UNDEFINED_SINGLE_BYTE.has(bytes[at])) return { problem: binary }
  return { text: null }
}

/** TXT and CSV: text, whole. */
export function plainTextProblem(bytes: Uint8Array, label: string): Finding | null {
  const read = readText(bytes, label)
  return 'problem' in read ? read.problem : null
}

/** JSON: UTF-8 (RFC 8259), at most 50 MB, and it must parse. */
export function jsonProblem(bytes: Uint8Array): Finding | null {
  if (bytes.length > MAX_JSON_BYTES) {
    return finding('too-large', 'มีขนาดเกิน 50 MB ซึ่งเป็นขนาดสูงสุดของไฟล์ JSON', 'กรุณาแบ่งข้อมูลเป็นหลายไฟล์แล้วแนบใหม่')
  }
  const text = utf8OrNull(bytes)
  if (text === null) {
    return finding('content-mismatch', 'ไม่ใช่ไฟล์ JSON ที่เป็นข้อความแบบ UTF-8', 'กรุณาบันทึก JSON เป็นแบบ UTF-8 แล้วแนบใหม่')
  }
  try {
    JSON.parse(text)
    return null
  } catch {
    return finding('broken', 'มีรูปแบบ JSON ไม่ถูกต้อง จึงอ่านข้อมูลไม่ได้', 'กรุณาตรวจสอบหรือส่งออกไฟล์ JSON ใหม่จากโปรแกรมต้นทางแล้วแนบอีกครั้ง')
  }
}

const PROLOG = /^\ufeff?(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*<([\p{L}_:][\p{L}\p{M}\p{N}_.:-]*)/u
const DTD = /<!(?:DOCTYPE|ENTITY)\b/i
/** A script element with or without a prefix, or one written as text that a map viewer shows as HTML. */
const SCRIPT = /<(?:[\w.-]+:)?script\b|&lt;\s*script\b|javascript:/i
/** Browsers run scripts and event handlers in elements of these namespaces wherever they appear in XML. */
const WEB_NAMESPACE = /http:\/\/www\.w3\.org\/(?:1999\/xhtml|2000\/svg)/i
/** An XSLT style sheet turns XML into a page in the browser, with scripts in it if it likes. */
const STYLESHEET = /<\?xml-stylesheet\b/i

/**
 * XML and KML: text; no DOCTYPE or ENTITY declaration (external entities read files from the server
 * that parses them, nested entities blow up to gigabytes); nothing a browser would run (SVG, XHTML,
 * scripts, style sheets). `root` is the element a KML file must begin with.
 */
export function xmlProblem(bytes: Uint8Array, label: string, root?: string): Finding | null {
  const read = readText(bytes, label)
  if ('problem' in read) return read.problem
  const text = read.text ?? latin1(bytes) // only ASCII markup is looked for, so any single-byte reading will do
  if (DTD.test(text)) {
    return finding(
      'dangerous',
      'มีการประกาศ <!DOCTYPE> หรือ <!ENTITY> ซึ่งใช้โจมตีโปรแกรมที่อ่าน XML ได้ (XXE หรือ billion laughs) จึงไม่อนุญาตให้แนบ',
      'กรุณาลบส่วน <!DOCTYPE …> ออกจากไฟล์แล้วแนบใหม่',
    )
  }
  if (SCRIPT.test(text) || WEB_NAMESPACE.test(text) || STYLESHEET.test(text)) {
    return finding(
      'dangerous',
      'มีสคริปต์หรือเนื้อหาแบบหน้าเว็บ (script, SVG, XHTML หรือ XSLT) ซึ่งเบราว์เซอร์สั่งทำงานได้ จึงไม่อนุญาตให้แนบ',
      `กรุณาลบส่วนนั้นออกหรือส่งออกไฟล์ ${label} ใหม่แล้วแนบอีกครั้ง`,
    )
  }
  const element = PROLOG.exec(text)?.[1]
  if (!element) {
    return finding('content-mismatch', `ไม่ใช่ไฟล์ ${label} จริง (ไม่พบ element หลักของ XML)`, `กรุณาตรวจสอบว่าเลือกไฟล์ ${label} ถูกต้องแล้วแนบใหม่`)
  }
  const local = element.replace(/^.*:/, '').toLowerCase()
  if (local === 'html' || local === 'svg') {
    return finding('dangerous', 'มีเนื้อหาเป็นหน้าเว็บหรือภาพ SVG ซึ่งเบราว์เซอร์สั่งทำงานได้ จึงไม่อนุญาตให้แนบ', `กรุณาแนบเป็นไฟล์ ${label} ที่เป็นข้อมูลเท่านั้น`)
  }
  if (root && local !== root) {
    return finding('content-mismatch', `ไม่ใช่ไฟล์ ${label} จริง (element หลักคือ <${element}> ไม่ใช่ <${root}>)`, `กรุณาส่งออกไฟล์ ${label} ใหม่จากโปรแกรมแผนที่แล้วแนบอีกครั้ง`)
  }
  return null
}
