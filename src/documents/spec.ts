/**
 * The document description the renderers take (`renderDocumentPdf(spec)`, `renderDocumentDocx(spec)` in
 * ./index.ts). The types live in the domain (src/domain/reports/document-spec.ts), which writes reports and
 * announcements without knowing about renderers; here are the renderers' helpers over them.
 */

import type { DocumentBlock, DocumentRun, DocumentSpec } from '../domain/reports/document-spec'
import { officialCellText, officialText } from '../domain/thai/official-text'

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

/** Every text of a block in official form (src/domain/thai/official-text.ts). */
function officialBlock(block: DocumentBlock): DocumentBlock {
  const text = officialText
  switch (block.kind) {
    case 'paragraph':
      return { ...block, text: typeof block.text === 'string' ? text(block.text) : block.text.map((run) => ({ ...run, text: text(run.text) })) }
    case 'heading':
      return { ...block, text: text(block.text) }
    case 'fields':
      return { ...block, rows: block.rows.map((row) => ({ label: text(row.label), value: text(row.value) })) }
    case 'table':
      // A ruled table's columns are narrow: a date in a cell may wrap before its year.
      return { ...block, columns: block.columns.map(officialCellText), rows: block.rows.map((row) => row.map(officialCellText)), emptyText: block.emptyText && text(block.emptyText) }
    case 'signature':
      return { ...block, lines: block.lines.map(text) }
    case 'signatures':
      return { ...block, signers: block.signers.map((lines) => lines.map(text)) }
    case 'pageBreak':
      return block
  }
}

/** The document as it is printed: Thai numerals in running text, each era with its year; both renderers print this. */
export const officialSpec = (spec: DocumentSpec): DocumentSpec => ({
  ...spec,
  heading: { ...spec.heading, agencyName: officialText(spec.heading.agencyName), documentTitle: officialText(spec.heading.documentTitle), reference: spec.heading.reference && officialText(spec.heading.reference) },
  blocks: spec.blocks.map(officialBlock),
})

const isSignature = (block: DocumentBlock | undefined): boolean => block?.kind === 'signature' || block?.kind === 'signatures'

/**
 * Whether the block at `index` is printed on the same page as the block after it: when it says so, or when a
 * signature follows it (a signature never starts a page alone). Both renderers keep what this says.
 */
export function keptWithNext(blocks: readonly DocumentBlock[], index: number): boolean {
  const block = blocks[index]
  const next = blocks[index + 1]
  if (!next) return false
  return ((block.kind === 'paragraph' || block.kind === 'signature') && block.keepWithNext === true) || isSignature(next)
}

/** Signers in rows of `perRow` (one row when not given). */
export function signerRows(signers: string[][], perRow = signers.length): string[][][] {
  const rows: string[][][] = []
  for (let i = 0; i < signers.length; i += Math.max(1, perRow)) rows.push(signers.slice(i, i + Math.max(1, perRow)))
  return rows
}
