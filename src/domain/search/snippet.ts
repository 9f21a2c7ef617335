/**
 * Search result excerpts: the stretch of a text with the most matches, cut at word boundaries, with the
 * matches marked. Matching is by substring (Thai has no spaces to anchor a whole-word match), on the
 * same normalized form the index uses: NFC, Arabic digits, lower case.
 */
import { normalizeForSearch, toArabicDigits } from './words'

export type Range = [start: number, end: number]

export interface Snippet {
  /** At most maxLength characters of the text, whitespace collapsed, with "…" where it was cut. */
  text: string
  /** Where the matches are in `text`, in order, never overlapping. */
  highlights: Range[]
}

const wordSegmenter = new Intl.Segmenter('th', { granularity: 'word' })
const ELLIPSIS = '…'

/** Lower case and Arabic digits without changing the length, so positions stay positions in the text. */
const foldKeepingLength = (text: string): string => {
  const lower = text.toLowerCase()
  if (lower.length === text.length) return toArabicDigits(lower)
  // Rare letters grow when lower-cased ("İ" → "i̇"): those few are left as they are.
  return toArabicDigits(
    text.replace(/[\s\S]/gu, (c) => {
      const each = c.toLowerCase()
      return each.length === c.length ? each : c
    }),
  )
}

function matchRanges(text: string, terms: readonly string[]): Range[] {
  const folded = foldKeepingLength(text)
  const found: Range[] = []
  for (const term of new Set(terms.map(normalizeForSearch).filter(Boolean))) {
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) found.push([at, at + term.length])
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  // Overlapping or touching matches become one: "งบ" + "ประมาณ" is marked as "งบประมาณ".
  const merged: Range[] = []
  for (const [start, end] of found) {
    const last = merged.at(-1)
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return merged
}

/** The start and end of the window of maxLength characters holding the most matches. */
function chooseWindow(text: string, ranges: Range[], maxLength: number): Range {
  if (text.length <= maxLength) return [0, text.length]
  let best = { first: 0, count: 0, coveredEnd: 0 }
  for (let i = 0, j = 0; i < ranges.length; i++) {
    j = Math.max(i, j)
    while (j + 1 < ranges.length && ranges[j + 1][1] <= ranges[i][0] + maxLength) j++
    if (j - i + 1 > best.count) best = { first: ranges[i][0], count: j - i + 1, coveredEnd: ranges[j][1] }
  }
  const coveredEnd = Math.min(best.coveredEnd, best.first + maxLength)
  const slack = maxLength - (coveredEnd - best.first)
  const to = Math.min(text.length, Math.max(0, best.first - Math.floor(slack / 2)) + maxLength)
  const from = Math.max(0, to - maxLength)
  return snapToWords(text, [from, to], [best.first, coveredEnd])
}

/** Moves the window's edges inwards to the nearest word boundaries, keeping the matches inside. */
function snapToWords(text: string, [from, to]: Range, [firstMatch, coveredEnd]: Range): Range {
  const regionStart = Math.max(0, from - 40)
  const boundaries: number[] = []
  for (const { index, segment } of wordSegmenter.segment(text.slice(regionStart, to + 40))) {
    boundaries.push(regionStart + index, regionStart + index + segment.length)
  }
  const start = from === 0 ? 0 : (boundaries.find((b) => b >= from && b <= firstMatch) ?? from)
  const end = to === text.length ? to : (boundaries.findLast((b) => b <= to && b >= coveredEnd) ?? to)
  return [start + (text[start] === ' ' ? 1 : 0), end - (text[end - 1] === ' ' ? 1 : 0)]
}

export function snippet(text: string, terms: readonly string[], maxLength = 200): Snippet {
  const base = text.normalize('NFC').replace(/\s+/g, ' ').trim()
  const ranges = matchRanges(base, terms)
  const [from, to] = chooseWindow(base, ranges, maxLength)
  const prefix = from > 0 ? ELLIPSIS : ''
  const shift = prefix.length - from
  const highlights = ranges
    .filter(([start, end]) => start < to && end > from)
    .map(([start, end]): Range => [Math.max(start, from) + shift, Math.min(end, to) + shift])
  return { text: prefix + base.slice(from, to) + (to < base.length ? ELLIPSIS : ''), highlights }
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c])

/** The snippet as HTML: the text escaped, each match in <mark>. */
export function highlightHtml(text: string, terms: readonly string[], maxLength = 200): string {
  const { text: excerpt, highlights } = snippet(text, terms, maxLength)
  let html = ''
  let at = 0
  for (const [start, end] of highlights) {
    html += `${escapeHtml(excerpt.slice(at, start))}<mark>${escapeHtml(excerpt.slice(start, end))}</mark>`
    at = end
  }
  return html + escapeHtml(excerpt.slice(at))
}
