/**
 * Spam-injection guard (SPEC §6). The most common defacement of Thai government sites plants online-
 * gambling advertising, often hidden, in pages and files nobody looks at any more. Every finding is for a
 * person to look at: the guard does not decide on its own that a page is defaced.
 *
 * Only words that gambling advertising uses are listed. Ordinary government subjects are left alone on
 * purpose: สลากกินแบ่งรัฐบาล and ลอตเตอรี่ (the Government Lottery Office is a state enterprise), หวยใต้ดิน and
 * การพนัน (crackdown news), ทางเข้า (a building's entrance: the spam form "ทางเข้า ufabet" is caught by its
 * brand). คาสิโน and เว็บพนัน can appear in news about the entertainment-complex bill or about blocking
 * gambling sites; they are still reported, and the reviewer dismisses such a finding.
 */

export const GAMBLING_TERMS: readonly string[] = [
  'สล็อต',
  'บาคาร่า',
  'แทงบอล',
  'แทงหวย',
  'หวยออนไลน์',
  'เว็บตรง',
  'เว็บพนัน',
  'คาสิโน',
  'เครดิตฟรี',
  'ฝาก ถอน ไม่มี ขั้นต่ำ',
  'ฝาก ถอน ออโต้',
  'pg slot',
  'slot',
  'ufabet',
  'sbobet',
  'betflix',
  'joker gaming',
  'baccarat',
  'casino',
]

/** Latin words that are also English words match whole only: "time slot" yes, "slots" and "slotted" no. */
const WHOLE_WORDS = new Set(['slot', 'casino'])

const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/ // soft hyphen, zero-width characters, direction marks
const SEPARATORS = '\\s.\\-_*·|/'
const SEPARATOR = new RegExp(`[${SEPARATORS}]`)
const LETTER = '[\\p{L}\\p{N}]\\p{M}*'
const THAI = /[\u0e00-\u0e7f]/

/** Cyrillic and Greek letters that look like Latin ones ("ufаbеt" with a Cyrillic а and е), and those Latin ones. */
const LOOKALIKES = 'авекорстухіјѕαβεικορτυνχ'
const LATIN_TWINS = 'abekopctyxijsabeikoptuvx'

/**
 * One character as filters should see it: full-width and styled letters ("ｕｆａｂｅｔ", "𝐬𝐥𝐨𝐭") made
 * plain by NFKC, lower case, look-alikes replaced. Thai is left as written: NFKC would split ำ into ํ + า.
 */
const foldCharacter = (ch: string): string =>
  THAI.test(ch)
    ? ch
    : [...ch.normalize('NFKC').toLowerCase()].map((c) => LATIN_TWINS[LOOKALIKES.indexOf(c)] ?? c).join('')

/**
 * Letters written apart to get past filters, "ส ล็ อ ต" or "s.l.o.t": three or more single letters (with
 * their marks) each followed by one run of separators. Ordinary words written with spaces between them
 * are left apart, so "หน้าเว็บ ตรงตามกำหนด" does not become "เว็บตรง".
 */
const SPACED_LETTERS = new RegExp(
  `(?<![\\p{L}\\p{N}\\p{M}])(?:${LETTER}[${SEPARATORS}]+){2,}${LETTER}(?![\\p{L}\\p{N}\\p{M}])`,
  'gu',
)

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A space in a term matches any separators or none: "pg slot", "pgslot", "pg-slot". */
const TERM_PATTERNS = GAMBLING_TERMS.map((term) => {
  const body = term.split(' ').map(escapeRegExp).join(`[${SEPARATORS}]*`)
  return { term, pattern: new RegExp(WHOLE_WORDS.has(term) ? `(?<![a-z])${body}(?![a-z])` : body, 'gu') }
})

/**
 * The text as filters should see it, with a map back to where each character came from: invisible
 * characters dropped, every character folded, spaced-out letters closed up.
 */
function normalizeForSpam(text: string): { folded: string; origin: number[] } {
  let units: string[] = [] // UTF-16 code units, so that a position in the joined string is a position here
  let origin: number[] = []
  let at = 0
  for (const ch of text) {
    if (!INVISIBLE.test(ch)) {
      for (const unit of foldCharacter(ch).split('')) {
        units.push(unit)
        origin.push(at)
      }
    }
    at += ch.length
  }
  const drop = new Set<number>()
  for (const m of units.join('').matchAll(SPACED_LETTERS)) {
    for (let k = m.index; k < m.index + m[0].length; k++) if (SEPARATOR.test(units[k])) drop.add(k)
  }
  units = units.filter((_, k) => !drop.has(k))
  origin = origin.filter((_, k) => !drop.has(k))
  return { folded: units.join(''), origin }
}

export interface SpamFinding {
  term: string // the listed term found
  index: number // where it starts in the original text
}

export function findSpam(text: string): SpamFinding[] {
  const { folded, origin } = normalizeForSpam(text)
  const hits = TERM_PATTERNS.flatMap(({ term, pattern }) =>
    [...folded.matchAll(pattern)].map((m) => ({ term, start: m.index, end: m.index + m[0].length })),
  ).sort((a, b) => a.start - b.start || b.end - a.end)
  // "pg slot" also contains "slot", "คาสิโนออนไลน์" only "คาสิโน": report the longest match at each place once.
  const findings: SpamFinding[] = []
  let reachedEnd = 0
  for (const hit of hits) {
    if (hit.start < reachedEnd) continue
    findings.push({ term: hit.term, index: origin[hit.start] })
    reachedEnd = hit.end
  }
  return findings
}
