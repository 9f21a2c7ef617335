/**
 * Text as an official document prints it (ระเบียบงานสารบรรณ practice): digits in running text as Thai
 * numerals, "พ.ศ." never parted from its year nor a date from its month and year, and lines broken only between words.
 *
 * Words come from `Intl.Segmenter('th')` (ICU's dictionary), corrected by a short list of official words ICU
 * cuts wrongly or into pieces an official would never part ("การก|ระ|ทำ", "เผย|แพร่", "ดำเนิน|การ"): no line
 * breaks inside one of them, and a break may fall just before or after it.
 */
import { toThaiDigits } from './format'
import { THAI_MONTH_ABBREVIATIONS, THAI_MONTH_NAMES } from './months'

/** URLs, e-mail addresses and codes (a token with Latin letters: MOIT12, C10, REQ-0001) keep their digits. */
const KEEPS_DIGITS = /^(?:https?:\/\/|www\.)|@|[A-Za-z]/

/** "ยื่นเมื่อ 1 ธ.ค. 2569 ที่ https://x.go.th/a1" → "ยื่นเมื่อ ๑ ธ.ค. ๒๕๖๙ ที่ https://x.go.th/a1" */
export const thaiNumeralsInText = (text: string): string =>
  text
    .split(/(\s+)/)
    .map((token) => (KEEPS_DIGITS.test(token) ? token : toThaiDigits(token)))
    .join('')

/** An era and its year are one unit: "พ.ศ. ๒๕๖๙" with a no-break space. */
const ERA_YEAR = /([พค]\.ศ\.)\s*([0-9๐-๙]{4})/g
export const keepEraWithYear = (text: string): string => text.replace(ERA_YEAR, '$1\u00a0$2')

const MONTHS = [...THAI_MONTH_NAMES, ...THAI_MONTH_ABBREVIATIONS].map((month) => month.replace(/\./g, '\\.')).join('|')
/** "๑๕ มีนาคม ๒๕๖๘", "๒๐ มิ.ย. ๒๕๖๘": a day, its month and its year (or its era and year). */
const DATE = new RegExp(`(?<![0-9๐-๙])([0-9๐-๙]{1,2})[ \u00a0]+(${MONTHS})[ \u00a0]+((?:[พค]\\.ศ\\.[ \u00a0]*)?[0-9๐-๙]{4})(?![0-9๐-๙])`, 'g')
/** "มาตรา ๙": a section of a law and its number. */
const SECTION = /(มาตรา)[ \u00a0]+([0-9๐-๙])/g

/** A date is one unit ("๑๕ มีนาคม ๒๕๖๘" with no-break spaces), and so is a section of a law with its number. */
export const keepDatesTogether = (text: string): string =>
  text.replace(DATE, (_, day: string, month: string, year: string) => `${day}\u00a0${month}\u00a0${year}`).replace(SECTION, '$1\u00a0$2')

/** The text of a narrow table cell: Thai numerals, each era with its year; a date wraps where the column makes it. */
export const officialCellText = (text: string): string => keepEraWithYear(thaiNumeralsInText(text))

/** The text of an official document: Thai numerals, each era with its year, each date and section of a law whole. */
export const officialText = (text: string): string => keepDatesTogether(officialCellText(text))

/**
 * Official words never broken inside: ICU's dictionary cuts each of them ("การก|ระทำ", "เร่ง|ด่วน", "มีหน้า|ที่"),
 * and Chromium's own copy of it, which differs from Node's, cuts some that Node keeps ("ปีงบ|ประมาณ").
 */
export const UNBROKEN_WORDS = [
  'กระทำ', 'เผยแพร่', 'ประพฤติมิชอบ', 'จัดซื้อจัดจ้าง', 'งบประมาณ', 'ปีงบประมาณ', 'ตัวชี้วัด', 'ผู้อำนวยการ', 'ผู้รับผิดชอบ',
  'ผู้บริหาร', 'ผู้ดูแล', 'ดำเนินการ', 'ตรวจสอบ', 'รับทราบ', 'แบบฟอร์ม', 'รายงานผล', 'ส่วนราชการ', 'หัวหน้า', 'ผู้ขอ',
  'ผู้อนุมัติ', 'หน่วยงาน', 'หน้าที่', 'เจ้าหน้าที่', 'เร่งด่วน', 'ขั้นตอน', 'หมวดหมู่', 'รายละเอียด', 'ถูกต้อง', 'เปิดเผย',
  'เพิ่มเติม', 'ล่วงหน้า', 'ต่อเนื่อง', 'หลักเกณฑ์', 'ประวัติ', 'กลั่นกรอง', 'พระราชบัญญัติ', 'พระราชกฤษฎีกา', 'พ.ศ.', 'ค.ศ.',
]

/** No line starts with closing punctuation (nor a slash: "วัน/เดือน/ปี" breaks after one) or ends with an opening bracket or quote. */
const OPENING = new Set('([{“‘"\'')
const CLOSING = new Set(')]}”’"\',.:;!?ฯๆ/')

const NO_BREAK_SPACE = '\u00a0'

const segmenter = new Intl.Segmenter('th', { granularity: 'word' })

/**
 * A piece of text between two places a line may break, and how that differs from ICU's own breaks (which a browser
 * makes by itself): `whole` when the renderer must keep it on one line (ICU would break inside it, or it is an official
 * word, which a browser's own dictionary may cut), `breakBefore` when ICU would not break before it.
 */
export interface LinePiece {
  text: string
  whole: boolean
  breakBefore: boolean
}

/**
 * The text cut where a line may break: words and the spaces between them, in order (joined, they give the text
 * back). A space is its own piece; "พ.ศ.\u00a0๒๕๖๙" and each unbroken word stay inside one piece.
 */
export const lineBreakPieces = (text: string): string[] => linePieces(text).map((piece) => piece.text)

/** Where each official word occurs, and each era with its year: [start, end) ranges never broken inside. */
function keptRanges(text: string): Array<[number, number]> {
  const kept: Array<[number, number]> = []
  for (const word of UNBROKEN_WORDS) for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) kept.push([i, i + word.length])
  for (const match of text.matchAll(/[พค]\.ศ\.\u00a0[0-9๐-๙]{4}/g)) kept.push([match.index, match.index + match[0].length])
  return kept
}

/** The pieces, each with how it differs from ICU's breaks: what a renderer must enforce itself. */
export function linePieces(text: string): LinePiece[] {
  const icu = new Set<number>()
  let at = 0
  for (const { segment } of segmenter.segment(text)) icu.add((at += segment.length))
  const breaks = new Set(icu)
  const kept = keptRanges(text)
  // A break may fall before or after a kept word, but never inside one: not even at the edge of a shorter word inside
  // a longer one ("งบประมาณ" in "ปีงบประมาณ").
  for (const [start, end] of kept) breaks.add(start).add(end)
  for (const [start, end] of kept) for (let i = start + 1; i < end; i++) breaks.delete(i)
  // Spaces are where a line breaks anyway: each run of them is a piece of its own.
  for (const match of text.matchAll(/[ \t\n]+/g)) {
    breaks.add(match.index)
    breaks.add(match.index + match[0].length)
  }
  // Nor beside a no-break space (a date, an era and its year), nor after an opening mark or before a closing one.
  const cuts = [...breaks].filter((i) => i > 0 && i < text.length && !OPENING.has(text[i - 1]) && !CLOSING.has(text[i]) && text[i - 1] !== NO_BREAK_SPACE && text[i] !== NO_BREAK_SPACE).sort((a, b) => a - b)
  return [0, ...cuts].map((from, i) => {
    const to = cuts[i] ?? text.length
    let whole = kept.some(([start, end]) => start < to && end > from && end - start > 1)
    for (let j = from + 1; j < to && !whole; j++) whole = icu.has(j) && !/\s/.test(text[j - 1]) && !/\s/.test(text[j])
    return { text: text.slice(from, to), whole, breakBefore: from > 0 && !icu.has(from) }
  })
}
