/**
 * One description of an official document (forms, reports, announcements) that src/documents/ renders to
 * both PDF (HTML printed by Chromium) and DOCX. The single source of these types: src/documents/spec.ts
 * re-exports them.
 *
 * Text is plain text (never HTML); renderers escape it. A "\n" in a text starts a new line.
 * Numbers and dates should already be in the form the document shows (Thai numerals, Buddhist era).
 */

export type DocumentAlign = 'left' | 'center' | 'right' | 'justify'

/** A piece of text with its own emphasis, for a paragraph that mixes bold and regular text. */
export interface DocumentRun {
  text: string
  bold?: boolean
  underline?: boolean
}

/** A block of the document body, top to bottom. */
export type DocumentBlock =
  /**
   * A paragraph; `indent` gives the first line the official 2.5 cm indent (ย่อหน้า). With a `label` ("๑." or
   * "๑.๒") it is a numbered item: the label at the indent of its level, the text after it, and the text's further
   * lines aligned with its first (a hanging indent). `keepWithNext`: on the same page as the block after it (a
   * section's title with its first lines, "จึงเรียนมาเพื่อโปรดทราบ" with the signature).
   */
  | {
      kind: 'paragraph'
      text: string | DocumentRun[]
      bold?: boolean
      align?: DocumentAlign
      indent?: boolean
      label?: string
      keepWithNext?: boolean
    }
  /** A section heading inside the document ("ส่วนที่ ๑ …"), bold, kept with what follows. */
  | { kind: 'heading'; text: string }
  /** Label–value lines of a form ("ชื่อ-สกุล  นายสมชาย ใจดี"), labels bold in a narrow column. */
  | { kind: 'fields'; rows: Array<{ label: string; value: string }>; labelWidth?: number }
  /**
   * A ruled table; the header row repeats on every page and rows are not split across pages.
   * `widths` are relative column widths (any unit, e.g. percentages). When `rows` is empty,
   * one row spanning all columns shows `emptyText` (default "-").
   */
  | {
      kind: 'table'
      columns: string[]
      rows: string[][]
      widths?: number[]
      align?: Array<DocumentAlign | undefined>
      /** Columns (by index) whose space-separated words are never broken inside, e.g. people's names (PDF). */
      keepWords?: boolean[]
      emptyText?: string
    }
  /**
   * One signer, in the right half of the page as in Thai official letters. Its lines stay on one page, with the block
   * before it (a signature never starts a page alone); `keepWithNext` keeps the block after it there too (the
   * executive's acknowledgement under the reporter's signature).
   */
  | { kind: 'signature'; lines: string[]; keepWithNext?: boolean }
  /** Two or more signers side by side, `perRow` to a row (all in one row when not given), on one page with the block before them. */
  | { kind: 'signatures'; signers: string[][]; perRow?: number }
  /** A page break. */
  | { kind: 'pageBreak' }

export interface DocumentSpec {
  /** Document metadata title (PDF <title>, DOCX core title); defaults to heading.documentTitle. */
  title?: string
  heading: {
    agencyName: string
    documentTitle: string
    /** A reference shown at the top right, e.g. "เลขที่คำขอ ๑๒". */
    reference?: string
  }
  /** A4 on its side, for a table of many columns (แบบ สขร.1); upright when not given. */
  landscape?: boolean
  blocks: DocumentBlock[]
}

const plain = (text: string | DocumentRun[]): string => (typeof text === 'string' ? text : text.map((run) => run.text).join(''))

/** The document's words top to bottom, one line per paragraph, heading, field, table row or signature line. */
export function documentPlainText({ heading, blocks }: DocumentSpec): string {
  const lines = [heading.agencyName, heading.documentTitle]
  for (const block of blocks) {
    if (block.kind === 'paragraph') lines.push(block.label ? `${block.label} ${plain(block.text)}` : plain(block.text))
    else if (block.kind === 'heading') lines.push(block.text)
    else if (block.kind === 'fields') lines.push(...block.rows.map((row) => `${row.label} ${row.value}`))
    else if (block.kind === 'table') lines.push(...[block.columns, ...block.rows].map((cells) => cells.join(' | ')))
    else if (block.kind === 'signature') lines.push(...block.lines)
    else if (block.kind === 'signatures') lines.push(...block.signers.flat())
  }
  return lines.join('\n')
}
