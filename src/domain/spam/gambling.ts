/**
 * Spam-injection guard (SPEC §6). The most common defacement of Thai government sites plants online-
 * gambling advertising, often hidden, in pages and files nobody looks at any more. Every finding is for a
 * person to look at: the guard does not decide on its own that a page is defaced.
 *
 * Words come in four kinds, because the same word can be an advertisement on one page and news on another:
 * - GAMBLING_TERMS are used by gambling advertising only (สล็อต, บาคาร่า, ufabet …): one is a finding.
 * - GAMBLING_SUBJECTS are games and gambling that news, warnings and fairs name too (คาสิโน in the
 *   entertainment-complex bill, เว็บพนัน when sites are blocked, ไฮโล in a police raid, รูเล็ต at a fair): one
 *   is a finding only where it is advertised — written "… ออนไลน์", disguised ("ca5ino"), or near an
 *   advertising phrase or a gambling term — and not near a news cue (ปราบปราม, จับกุม, พ.ร.บ. …).
 * - Advertising phrases (สมัครเลย, โบนัส, แตกง่าย, ทางเข้าเล่น …) and news cues are never findings themselves:
 *   "โบนัสประจำปีของพนักงาน", "รับสมัครพนักงาน" and "ทางเข้าอาคาร" are ordinary announcements.
 * Left alone on purpose: สลากกินแบ่งรัฐบาล and ลอตเตอรี่ (the Government Lottery Office is a state
 * enterprise), การพนัน (crackdown news), ฝากถอนเงิน (banking), 168 on its own (an amount, a road number).
 */

/** Used by gambling advertising only. A space in a term matches any separators or none: "pg slot", "pgslot". */
export const GAMBLING_TERMS: readonly string[] = [
  'สล็อต',
  'บาคาร่า',
  'แทงบอล',
  'แทงหวย',
  'แทงมวย',
  'เว็บตรง',
  'เครดิตฟรี',
  'ฝาก ถอน ไม่มี ขั้นต่ำ',
  'ฝาก ถอน ออโต้',
  'ฝาก ถอน auto',
  'สมัคร สมาชิก รับ โบนัส',
  'ยูฟ่าเบท',
  'จีคลับ',
  'pg slot',
  'pg soft',
  'slot',
  'slotxo',
  'superslot',
  'ufabet',
  'ufa',
  'sbobet',
  'betflix',
  'betflik',
  'joker gaming',
  'joker123',
  '918kiss',
  'lsm99',
  'gclub',
  'baccarat',
  '.bet', // the gambling top-level domain: https://ufa88.bet
]

/** Named by news and ordinary events too: a finding only where advertised (see above). */
export const GAMBLING_SUBJECTS: readonly string[] = [
  'คาสิโน',
  'casino',
  'หวย', // หวยออนไลน์ is advertised; หวยใต้ดิน is crackdown news. ห้วย (a stream, in village names) has a tone mark and is not matched
  'เว็บพนัน',
  'พนันออนไลน์',
  'พนันบอล',
  'ยิงปลา', // a fishing method in fisheries notices, a game in advertising
  'รูเล็ต',
  'roulette',
  'เสือมังกร',
  'ไฮโล',
  'ป๊อกเด้ง',
  'น้ำเต้าปูปลา',
  'poker',
  'โป๊กเกอร์',
]

/** What advertising says around a game; never a finding itself. */
const AD_PHRASES = [
  'สมัครเลย', // not สมัคร alone: รับสมัคร, ผู้สมัคร, ใบสมัคร are everywhere
  'สมัครฟรี',
  'สมัครวันนี้',
  'สมัครรับ',
  'สมัครสมาชิก',
  'สมาชิกใหม่',
  'โบนัส',
  'bonus',
  'โปรโมชั่น',
  'แตกง่าย',
  'แตกหนัก',
  'แตกบ่อย',
  'ได้เงินจริง',
  'ถอนได้จริง',
  'ทดลองเล่น',
  'ฟรีสปิน',
  'สปินฟรี',
  'free spin',
  'แจ็คพอต',
  'jackpot',
  'วอเลท',
  'wallet',
  'เอเย่นต์',
  'อันดับ 1',
  'เว็บไหนดี',
  'ทางเข้าเล่น',
  'เครดิต',
  'บาทละ',
  'ออโต้',
  'auto',
  'vip',
  '168',
]

/** What news, crackdowns and warnings say around a game; a game near one is not advertised. */
const NEWS_CUES = [
  'ปราบปราม',
  'จับกุม',
  'กวาดล้าง',
  'ทลาย',
  'ดำเนินคดี',
  'ผิดกฎหมาย', // not กฎหมาย alone: advertising claims its site is ถูกกฎหมาย
  'ร่างกฎหมาย',
  'พรบ', // พ.ร.บ. once its dots are closed up
  'พระราชบัญญัติ',
  'สถานบันเทิงครบวงจร',
  'ผู้ต้องหา',
  'ของกลาง',
  'ลักลอบ',
  'ปิดกั้น',
  'เตือน',
  'ถูกหลอก',
  'ค้ามนุษย์',
  'แจ้งเบาะแส',
  'มิจฉาชีพ',
  'อบายมุข',
  'รณรงค์',
  'ต่อต้าน',
  'ตำรวจ',
]

/**
 * How far (in characters of the folded text) an advertising phrase reaches: about a line. A news cue reaches
 * further, as a news item names its subject once and goes on for paragraphs (a warning quotes the spam's
 * "ได้เงินจริง" a sentence after its "เตือนภัย").
 */
const AD_REACH = 60
const NEWS_REACH = 300

const SEP = '[\\s.\\-_*·|/]' // what spammers put between letters and words
const SEPARATOR = new RegExp(SEP)

/**
 * "slot" is an English word in ordinary Thai text too: "time slot", "20 slot ต่อวัน", "ช่องเสียบ (Slot)",
 * "PCIe slot", "slot การบิน" (airport slots, which the civil aviation authority allocates). Written into a
 * brand it is spam ("jokerslot", "slotonline"), written into an English word it is not ("timeslot", "slots").
 */
const BEFORE_SLOT = 'time|booking|appointment|parking|interview|queue|delivery|landing|airport|flight|expansion|memory|card|sim|pcie|ram|t|the|a|an|one|each|per|your|this|empty|vacant|available|open|reserved'
const AFTER_SLOT = 'การบิน|เที่ยวบิน|ขึ้นลง|เวลา|ว่าง|booking|allocation|reservation|time|pcie|pci|ram|memory|card|sim|usb|nvme'
const BRAND_AFTER_SLOT = 'online|game|auto|wallet|pg|joker|xo'

/**
 * Ordinary uses of listed words, written as what may not come before or after them. Besides "slot":
 * "หน้าเว็บตรงมุมขวา" (on the web page, at the top right), "บัตรเครดิตฟรีค่าธรรมเนียม" (a credit card without
 * a fee), หลอดไฮโลเจน (a halogen lamp), แทงบอลลูน (pricking a balloon).
 */
const EXCEPTIONS: Record<string, { before?: string; after?: string }> = {
  slot: {
    before: `\\b(?:time|key)|\\(|(?:\\b(?:${BEFORE_SLOT})|\\d+)${SEP}+`,
    after: `${SEP}*(?:${AFTER_SLOT})|(?!${BRAND_AFTER_SLOT})[a-z]`,
  },
  สล็อต: { after: `${SEP}*(?:การบิน|เที่ยวบิน|ขึ้นลง|เวลา)` },
  เว็บตรง: { after: '(?:ตาม|กับ|มุม|ด้าน|กลาง|ส่วน|เมนู|หัวข้อ|ปุ่ม|ช่อง|บริเวณ|นี้|เวลา|จุด)' },
  เครดิตฟรี: { before: 'บัตร', after: `${SEP}*(?:ค่าธรรมเนียม|ค่าบริการ|ค่าจัดส่ง|ดอกเบี้ย)` },
  ไฮโล: { after: 'เจน' },
  แทงบอล: { after: 'ล*ูน' }, // ล* because the term's last letter may repeat
}

/** Latin words that are English words or short enough to sit inside other words match whole: "slots" no. */
const WHOLE_WORDS = new Set(['ufa', 'casino', 'roulette', 'poker', 'bonus', 'jackpot', 'wallet', 'auto', 'vip', '168', '.bet'])

/** A game written right before ออนไลน์ is advertised ("คาสิโนออนไลน์"); การพนันออนไลน์ is the name of a crime. */
const ONLINE = `(?<online>${SEP}*(?:ออนไลน[\\u0e47-\\u0e4c]*|[o0]nl[i1]ne))`
const ONLINE_IS_NOT_ENOUGH = new Set(['เว็บพนัน', 'พนันออนไลน์', 'พนันบอล'])

// ---------------------------------------------------------------------------------------------------------
// The text as filters should see it

const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/ // soft hyphen, zero-width characters, direction marks
const LETTER = '[\\p{L}\\p{N}]\\p{M}*'
const THAI = /[\u0e00-\u0e7f]/

/** Cyrillic and Greek letters that look like Latin ones ("ufаbеt" with a Cyrillic а and е), and those Latin ones. */
const LOOKALIKES = 'авекмнорстухіјѕһԁӏɡɑαβεικορτυνχ'
const LATIN_TWINS = 'abekmhopctyxijshdlgaabeikoptuvx'

/**
 * One character as filters should see it: full-width and styled letters ("ｕｆａｂｅｔ", "𝐬𝐥𝐨𝐭") made
 * plain by NFKC, lower case, look-alikes replaced. Thai is left as written: NFKC would split ำ into ํ + า.
 */
const foldCharacter = (ch: string): string =>
  THAI.test(ch)
    ? ch
    : [...ch.normalize('NFKC').toLowerCase()].map((c) => LATIN_TWINS[LOOKALIKES.indexOf(c)] ?? c).join('')

/**
 * Letters written apart to get past filters, "ส ล็ อ ต", "บา คา ร่า" or "s.l.o.t": two or more pieces of one
 * or two letters (with their marks), each followed by one run of separators. Ordinary words written with
 * spaces between them are longer and stay apart, so "หน้าเว็บ ตรงตามกำหนด" does not become "เว็บตรง".
 */
const SPACED_LETTERS = new RegExp(
  `(?<![\\p{L}\\p{N}\\p{M}])(?:(?:${LETTER}){1,2}${SEP}+)+(?:${LETTER}){1,2}(?![\\p{L}\\p{N}\\p{M}])`,
  'gu',
)

interface Folded {
  folded: string
  start: number[] // for each UTF-16 unit of `folded`, where its character starts in the original text
  end: number[] // and where it ends
}

/** A run of percent escapes ("%E0%B8%AA…", Thai in an address) or one character. */
const PIECES = /(?:%[0-9a-f]{2})+|[^]/giu

/** The characters a piece stands for: a percent-encoded run decoded if it is valid UTF-8, else as written. */
function charactersOf(piece: string): string[] {
  if (piece.length < 3 || piece[0] !== '%') return [piece]
  try {
    return [...decodeURIComponent(piece)]
  } catch {
    return [...piece]
  }
}

/**
 * Invisible characters dropped, percent escapes decoded, every character folded, spaced-out letters closed
 * up; with a map back (a decoded character maps to its whole run of escapes).
 */
function normalizeForSpam(text: string): Folded {
  let units: string[] = [] // UTF-16 code units, so that a position in the joined string is a position here
  let start: number[] = []
  let end: number[] = []
  for (const { 0: piece, index: at } of text.matchAll(PIECES)) {
    for (const ch of charactersOf(piece)) {
      if (INVISIBLE.test(ch)) continue
      for (const unit of foldCharacter(ch).split('')) {
        units.push(unit)
        start.push(at)
        end.push(at + piece.length)
      }
    }
  }
  const drop = new Set<number>()
  for (const m of units.join('').matchAll(SPACED_LETTERS)) {
    for (let k = m.index; k < m.index + m[0].length; k++) if (SEPARATOR.test(units[k])) drop.add(k)
  }
  const kept = (_: unknown, k: number) => !drop.has(k)
  units = units.filter(kept)
  start = start.filter(kept)
  end = end.filter(kept)
  return { folded: units.join(''), start, end }
}

// ---------------------------------------------------------------------------------------------------------
// Words as patterns

/** Digits and signs that stand in for Latin letters: "sl0t", "s1ot", "ca5ino", "b@ccarat". */
const LATIN_STAND_INS: Record<string, string> = { a: 'a4@', e: 'e3', i: 'i1l!', l: 'l1i!', o: 'o0○', s: 's5$', t: 't7' }
/** Tone marks and mai taikhu: spammers double them or swap them (สล็็อต, สล๊อต) or leave them out (สลอต). */
const TONE_MARK = /[\u0e47-\u0e4c]/
const ANY_TONE_MARKS = '[\\u0e47-\\u0e4c]*'
/**
 * Thai spellings that look the same: ๅ for า, เเ (two sara e) for แ, ํ + า for ำ (typed with the tone mark
 * between), a zero for อ; and ป for บ, the common misspelling of เว็บ as เว็ป.
 */
const THAI_STAND_INS: Record<string, string> = { อ: '[อ0๐o]', า: '[าๅ]', แ: '(?:แ|เเ)', ำ: `(?:ำ|ํ${ANY_TONE_MARKS}า)`, บ: '[บป]' }

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const oneLetter = (ch: string) =>
  THAI_STAND_INS[ch] ?? (LATIN_STAND_INS[ch] ? `[${LATIN_STAND_INS[ch]}]` : escapeRegExp(ch))

/**
 * One letter of a term: with its stand-ins, and repeated any number of times (a doubled letter, "สล็ออต" or
 * "sloot", is the same word). A tone mark matches any tone marks or none. Digits are taken as written.
 */
function letterPattern(ch: string): string {
  if (TONE_MARK.test(ch)) return ANY_TONE_MARKS
  if (/\d/.test(ch)) return ch
  return `${oneLetter(ch)}+`
}

/**
 * A term's letters, words joined by any separators or none. Latin letters may be written apart too
 * ("ufa-bet", "G-Club", "bet flix"); Thai ones may not, since Thai puts spaces between phrases and
 * "…แทง บอลลูน…" or "โอกาส ล็อตแรก" are ordinary text.
 */
function termPattern(term: string): string {
  const wordPattern = (word: string) =>
    [...word].map((ch, k) => (k > 0 && /[a-z]/.test(word[k - 1]) && /[a-z\d]/.test(ch) ? `${SEP}*` : '') + letterPattern(ch)).join('')
  // A match starts where a run of its first letter starts: tried at every letter of "ssss…", "s+" would
  // take quadratic time.
  const body = `(?<!${oneLetter(term[0])})${term.split(' ').map(wordPattern).join(`${SEP}*`)}`
  if (!WHOLE_WORDS.has(term)) return body
  const boundary = /^\d+$/.test(term) ? '0-9' : 'a-z'
  const before = /^[a-z\d]/.test(term) ? `(?<![${boundary}])` : ''
  const after = /[a-z\d]$/.test(term) ? `(?![${boundary}])` : ''
  return `${before}${body}${after}`
}

type Kind = 'term' | 'subject' | 'ad' | 'news'

interface Rule {
  term: string
  kind: Kind
  pattern: RegExp
  plain: RegExp // the term as written with no trick, to tell a disguised subject
}

function rule(term: string, kind: Kind): Rule {
  const except = EXCEPTIONS[term] ?? {}
  const online = kind === 'subject' && !ONLINE_IS_NOT_ENOUGH.has(term) ? `${ONLINE}?` : ''
  const source =
    (except.before ? `(?<!${except.before})` : '') +
    termPattern(term) +
    (except.after ? `(?!${except.after})` : '') +
    online
  const plain = new RegExp(`^${term.split(' ').map(escapeRegExp).join('\\s*')}$`, 'iu')
  return { term, kind, pattern: new RegExp(source, 'gu'), plain }
}

const RULES: Rule[] = [
  ...GAMBLING_TERMS.map((term) => rule(term, 'term')),
  ...GAMBLING_SUBJECTS.map((term) => rule(term, 'subject')),
  ...AD_PHRASES.map((term) => rule(term, 'ad')),
  ...NEWS_CUES.map((term) => rule(term, 'news')),
]

// ---------------------------------------------------------------------------------------------------------

export interface SpamFinding {
  term: string // the listed term (or subject) found
  index: number // where it starts in the original text
}

interface Hit {
  rule: Rule
  start: number // in the folded text
  end: number
  wordEnd: number // without a following ออนไลน์
}

export function findSpam(text: string): SpamFinding[] {
  const seen = normalizeForSpam(text)
  const hits: Hit[] = RULES.flatMap((rule) =>
    [...seen.folded.matchAll(rule.pattern)].map((m) => ({
      rule,
      start: m.index,
      end: m.index + m[0].length,
      wordEnd: m.index + m[0].length - (m.groups?.online?.length ?? 0),
    })),
  )
  const of = (kind: Kind) => hits.filter((hit) => hit.rule.kind === kind)
  const terms = of('term')
  const company = [...terms, ...of('ad')]
  const news = of('news')
  const near = (hit: Hit, others: Hit[], reach: number) =>
    others.some((other) => other !== hit && other.start < hit.end + reach && other.end > hit.start - reach)
  const disguised = (hit: Hit) => !hit.rule.plain.test(text.slice(seen.start[hit.start], seen.end[hit.wordEnd - 1]))
  const advertised = of('subject').filter(
    (hit) => !near(hit, news, NEWS_REACH) && (hit.wordEnd < hit.end || disguised(hit) || near(hit, company, AD_REACH)),
  )
  // "pg slot" also contains "slot": report the longest match at each place once.
  const findings: SpamFinding[] = []
  let reachedEnd = 0
  for (const hit of [...terms, ...advertised].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (hit.start < reachedEnd) continue
    findings.push({ term: hit.rule.term, index: seen.start[hit.start] })
    reachedEnd = hit.end
  }
  return findings
}
