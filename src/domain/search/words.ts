/**
 * Thai search text. Thai is written without spaces between words, so a database's own tokenizer (SQLite
 * FTS5, PostgreSQL's "simple" configuration) would see a whole Thai phrase as one word. Text is therefore
 * cut into words here, with the ICU dictionary behind Intl.Segmenter, and stored space-separated.
 */

/** How much of a file's text is read and kept (the first pages of a long scan of a budget are enough to find it). */
export const MAX_TEXT_CHARS = 200_000

/** The words of a text of `chars` characters take at most this many, spaces between them included. */
export const maxIndexedLength = (chars: number): number => 2 * chars

const wordSegmenter = new Intl.Segmenter('th', { granularity: 'word' })
const graphemeSegmenter = new Intl.Segmenter('th', { granularity: 'grapheme' })

/** "๒๕๖๘" → "2568". Keeps the length, so a position in the result is the same position in the input. */
export const toArabicDigits = (text: string): string =>
  text.replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50))

/** The form both stored text and queries are compared in: NFC, Arabic digits, lower case. */
export const normalizeForSearch = (text: string): string => toArabicDigits(text.normalize('NFC')).toLowerCase()

/**
 * V8's Intl.Segmenter slows down badly on long inputs (80,000 characters take seconds), so text is
 * segmented a piece of at most PIECE characters at a time, each cut just after a space, where no word
 * spans. Only a run of PIECE characters without any space is cut blind.
 */
const PIECE = 2000

function* pieces(text: string): Generator<string> {
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + PIECE)
    if (end < text.length) {
      const lastSpace = text.slice(start, end).search(/\s\S*$/)
      if (lastSpace > 0) end = start + lastSpace + 1
    }
    yield text.slice(start, end)
    start = end
  }
}

const segmentWords = (text: string): string[] =>
  [...pieces(text)].flatMap((piece) =>
    [...wordSegmenter.segment(piece)].filter((s) => s.isWordLike).map((s) => s.segment),
  )

/** The words of a text, without punctuation or spaces: "ประกาศเทศบาล ฉบับที่ ๒" → ["ประกาศ", "เทศบาล", "ฉบับ", "ที่", "2"]. */
export const tokenize = (text: string): string[] => segmentWords(normalizeForSearch(text))

const THAI = /[\u0e01-\u0e4f]/
const CANNOT_BEGIN_A_WORD = /^[\u0e30\u0e32\u0e33\u0e45]/ // ะ า ำ ๅ are written after their consonant
const CANNOT_END_A_WORD = /[\u0e40-\u0e44\u0e31]$/ // เ แ โ ใ ไ are written before theirs; ั needs a final consonant
const isWordPiece = (piece: string) =>
  piece.length > 1 && !CANNOT_BEGIN_A_WORD.test(piece) && !CANNOT_END_A_WORD.test(piece) && !/^.\u0e4c$/.test(piece)

/**
 * The dictionary keeps some compounds whole: "ปีงบประมาณ" is one word, while "งบประมาณ" on its own is cut
 * into "งบ" + "ประมาณ", so a search for "งบประมาณ" would miss "ปีงบประมาณ". A long compound's parts are
 * found where it splits into one word followed by several ("ปี" + "งบ" "ประมาณ"), that is, where a query
 * for its tail would come out as several words; pieces that are a lone letter or a stray vowel disqualify
 * the split. Some parts are only syllables ("ประชาสัมพันธ์" → ประ, ชา, สัมพันธ์); a search for one then
 * finds the compound, as a substring search would.
 */
function compoundParts(word: string): string[] {
  if (word.length < 6 || !THAI.test(word)) return []
  const parts = new Set<string>()
  for (const { index } of graphemeSegmenter.segment(word)) {
    if (index === 0) continue
    const head = segmentWords(word.slice(0, index))
    const tail = segmentWords(word.slice(index))
    const pieces = [...head, ...tail]
    if (head.length === 1 && tail.length > 1 && pieces.every(isWordPiece)) pieces.forEach((p) => parts.add(p))
  }
  return [...parts]
}

/**
 * What to store in the full-text column: the words, each compound followed by its parts, separated by
 * single spaces, so that the database's whitespace tokenizer sees Thai words.
 */
export function indexText(text: string): string {
  const partsOf = new Map<string, string[]>()
  const out: string[] = []
  for (const word of tokenize(text)) {
    if (!partsOf.has(word)) partsOf.set(word, compoundParts(word))
    out.push(word, ...partsOf.get(word)!)
  }
  return out.join(' ')
}

/** The distinct words of a search query. */
export const queryTerms = (query: string): string[] => [...new Set(tokenize(query))]

const ftsPhrase = (text: string) => `"${text.replaceAll('"', '""')}"`

/**
 * SQLite FTS5 MATCH expression: every term and every facet, as a quoted string, must occur. Null when there
 * is nothing to search for. The facets are stored with a private-use character before them (FTS_FACET_MARK),
 * which no text and no query has, so a search word never matches a facet (a column filter would do the same
 * and cost a third more).
 */
export const ftsMatchExpression = (terms: readonly string[], facets: readonly string[] = []): string | null =>
  terms.length ? [...terms, ...facets.map((f) => FTS_FACET_MARK + f)].map(ftsPhrase).join(' AND ') : null

/** U+E000, of the Unicode category Co: FTS5's tokenizer here keeps it as part of a word (migrations/sqlite). */
export const FTS_FACET_MARK = '\ue000'

/**
 * PostgreSQL query text for to_tsquery('simple', $1): every term, as a quoted lexeme, must occur. Inside a
 * quoted lexeme a quote or a backslash is doubled. Pass it as a bound parameter, never spliced into SQL.
 */
export const tsQuery = (terms: readonly string[]): string | null =>
  terms.length ? terms.map((t) => `'${t.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`).join(' & ') : null
