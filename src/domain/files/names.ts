/**
 * File names as people upload them, made safe to store, show and serve. A name is only a label: it must
 * never steer where a file goes (no folders), hide what it is (no invisible or direction-changing
 * characters) or be refused by Windows when a reader saves the download.
 */

/** NUL and the C0 controls, DEL, the C1 controls. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/gu

/**
 * Characters that change the direction text is shown in (LRM, RLM, the embeddings and overrides, the
 * isolates, the Arabic letter mark), and ones that take no space (zero-width space, non-joiner, joiner,
 * word joiner, byte-order mark) or break lines. "รายงาน\u202Efdp.exe" is shown as "รายงานexe.pdf".
 */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\u061c\ufeff\u2028\u2029]/gu

/** What Windows does not allow in a file name (/ and \ never get this far: only the last segment is kept). */
const RESERVED_CHARACTERS = /[<>:"/\\|?*]/g

/** Names Windows keeps for devices, whatever follows the first dot and in any case: "con.pdf", "Lpt1.tar.gz". */
const RESERVED_NAME = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])$/i

/** The extension kept through every change: a dot and up to 16 letters or digits of any script. */
const EXTENSION = /\.[\p{L}\p{M}\p{N}]{1,16}$/u

export const MAX_FILE_NAME_BYTES = 150

/** The name a reader would call the file when no usable name is given: "ไฟล์.pdf". */
export const FALLBACK_FILE_NAME = 'ไฟล์'

const utf8 = new TextEncoder()
const byteLength = (text: string) => utf8.encode(text).length

/**
 * The name without the characters a person cannot see, so what is checked is what the computer sees:
 * NUL, control characters, direction marks and zero-width characters are removed. Nothing else changes.
 */
export const visibleName = (name: string): string => name.normalize('NFC').replace(CONTROL, '').replace(INVISIBLE, '')

/**
 * A file name safe to store and to offer for download:
 * NFC; only the last path segment ("C:\\งาน\\ประกาศ.pdf" → "ประกาศ.pdf"); no controls, direction marks or
 * zero-width characters; `< > : " / \ | ? *` become "_"; no dots or spaces at either end; Windows device
 * names get a leading "_" ("CON.pdf" → "_CON.pdf"); at most 150 UTF-8 bytes, shortened before the
 * extension and only between grapheme clusters, so a Thai vowel or tone mark is never cut from its
 * consonant; an empty name becomes "ไฟล์" plus the extension. "ประกาศ ราคากลาง.pdf" is left as it is.
 */
export function safeFileName(name: string): string {
  const segment = name.normalize('NFC').split(/[/\\]/).pop() ?? ''
  const cleaned = visibleName(segment).replace(RESERVED_CHARACTERS, '_')
  const whole = cleaned.replace(/[\s.]+$/u, '')
  const extension = EXTENSION.exec(whole)?.[0] ?? ''
  let base = whole.slice(0, whole.length - extension.length).replace(/^[\s.]+|[\s.]+$/gu, '')
  if (RESERVED_NAME.test(base.split('.')[0])) base = `_${base}`
  base = shortenTo(base, MAX_FILE_NAME_BYTES - byteLength(extension)).replace(/[\s.]+$/u, '')
  return `${base || FALLBACK_FILE_NAME}${extension}`
}

const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' })

/** The longest start of `text`, in whole grapheme clusters, that fits in `limit` UTF-8 bytes. */
function shortenTo(text: string, limit: number): string {
  if (byteLength(text) <= limit) return text
  let kept = ''
  let bytes = 0
  for (const { segment } of graphemes.segment(text)) {
    const size = byteLength(segment)
    if (bytes + size > limit) break
    kept += segment
    bytes += size
  }
  return kept
}
