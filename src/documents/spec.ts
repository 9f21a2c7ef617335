/**
 * The document description the renderers take (`renderDocumentPdf(spec)`, `renderDocumentDocx(spec)` in
 * ./index.ts). The types live in the domain (src/domain/reports/document-spec.ts), which writes reports and
 * announcements without knowing about renderers; here are the renderers' helpers over them.
 */

import type { DocumentBlock, DocumentRun } from '../domain/reports/document-spec'

export type { DocumentAlign, DocumentBlock, DocumentRun, DocumentSpec } from '../domain/reports/document-spec'

/** The runs of a paragraph, the paragraph's own `bold` applied to plain text. */
export function paragraphRuns(block: Extract<DocumentBlock, { kind: 'paragraph' }>): DocumentRun[] {
  return typeof block.text === 'string' ? [{ text: block.text, bold: block.bold }] : block.text
}

/** Relative widths → fractions summing to 1 (equal widths when missing or malformed). */
export function columnFractions(count: number, widths?: number[]): number[] {
  if (count === 0) return []
  const valid =
    widths && widths.length === count && widths.every((w) => Number.isFinite(w) && w > 0) ? widths : null
  if (!valid) return Array.from({ length: count }, () => 1 / count)
  const total = valid.reduce((a, b) => a + b, 0)
  return valid.map((w) => w / total)
}
