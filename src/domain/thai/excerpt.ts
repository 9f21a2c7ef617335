/**
 * The start of a text for a card or a preview: at most `max` characters, cut between two words (Thai has no spaces
 * between words: Intl.Segmenter finds where they end), with "…" when something was left out.
 */
const words = new Intl.Segmenter('th', { granularity: 'word' })

export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  let end = 0
  for (const { index, segment } of words.segment(flat)) {
    if (index + segment.length > max) break
    end = index + segment.length
  }
  return `${flat.slice(0, end || max).trimEnd()}…`
}
