/**
 * A generic description of an official document (reports, announcements) that the renderer in
 * src/documents/ turns into PDF or DOCX. Text is plain text with dates and numbers already in the form the
 * document shows (Thai numerals, Buddhist era); "\n" starts a new line.
 */
export type DocumentBlock =
  | { kind: 'paragraph'; text: string; bold?: boolean; align?: 'left' | 'center' | 'right' | 'justify' }
  | { kind: 'table'; columns: string[]; rows: string[][]; widths?: number[] }
  | { kind: 'signature'; lines: string[] }
export interface DocumentSpec { heading: { agencyName: string; documentTitle: string }; blocks: DocumentBlock[] }

/** The document's words top to bottom, one line per paragraph, table row or signature line. */
export function documentPlainText({ heading, blocks }: DocumentSpec): string {
  const lines = [heading.agencyName, heading.documentTitle]
  for (const block of blocks) {
    if (block.kind === 'paragraph') lines.push(block.text)
    else if (block.kind === 'table') lines.push(...[block.columns, ...block.rows].map((cells) => cells.join(' | ')))
    else lines.push(...block.lines)
  }
  return lines.join('\n')
}
