/**
 * HTML for official Thai documents, printed to PDF by Chromium (./pdf.ts): the page shell with Sarabun
 * embedded, A4 (upright, or on its side for a wide table) with the official margins, Thai page numbers
 * "- ๒ -" from page 2, and the rendering of a DocumentSpec body as HTML.
 */
import { escapeHtml as escapeText } from '../domain/search/snippet'
import { sarabunDataUrls } from './fonts'
import { linePieces } from '../domain/thai/official-text'
import {
  columnFractions,
  keptWithNext,
  officialSpec,
  paragraphRuns,
  signerRows,
  type DocumentAlign,
  type DocumentBlock,
  type DocumentRun,
  type DocumentSpec,
} from './spec'
import { LAYOUT, itemLabelCm } from './layout'

/** Escape text for HTML element content and quoted attribute values. */
export const escapeHtml = (text: string | number | null | undefined): string => escapeText(String(text ?? ''))

export interface OfficialHtmlOptions {
  /** <title> of the document (PDF metadata). */
  title: string
  heading: DocumentSpec['heading']
  /** A4 on its side (DocumentSpec.landscape). */
  landscape?: boolean
  /** Body HTML, already escaped (e.g. from renderSpecHtml). */
  bodyHtml: string
}

const cm = (value: number) => `${value}cm`

let cachedCss: string | null = null

/** The stylesheet (with both fonts inlined, about 220 kB), built once. */
function officialCss(): string {
  cachedCss ??= buildOfficialCss()
  return cachedCss
}

function buildOfficialCss(): string {
  const fonts = sarabunDataUrls()
  const { margin, bodyPt, headingPt, titlePt, lineHeight, indentCm, inkAscent, inkDescent } = LAYOUT
  // Both weights with the same metrics, those of the ink (LAYOUT.inkAscent): lines of regular and bold text alike, and
  // no mark reaching out of its line.
  const metrics = `ascent-override: ${Math.round(inkAscent * 100)}%; descent-override: ${Math.round(inkDescent * 100)}%; line-gap-override: 0%;`
  return `
@font-face { font-family: 'Sarabun'; font-style: normal; font-weight: 400; src: url(${fonts.regular}) format('truetype'); ${metrics} }
@font-face { font-family: 'Sarabun'; font-style: normal; font-weight: 700; src: url(${fonts.bold}) format('truetype'); ${metrics} }
@page {
  size: A4;
  margin: ${cm(margin.top)} ${cm(margin.right)} ${cm(margin.bottom)} ${cm(margin.left)};
  @top-center {
    content: '- ' counter(page, thai) ' -';
    font-family: 'Sarabun';
    font-size: ${bodyPt}pt;
    vertical-align: bottom;
    padding-bottom: 0.4cm;
  }
}
@page :first { @top-center { content: none; } }
* { box-sizing: border-box; }
html { font-family: 'Sarabun', sans-serif; font-size: ${bodyPt}pt; line-height: ${lineHeight}; color: #000; }
body { margin: 0; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
p { margin: 0; white-space: pre-line; }
.justify { text-align: justify; text-justify: inter-character; }
.left { text-align: left; } .center { text-align: center; } .right { text-align: right; }
.indent { text-indent: ${cm(indentCm)}; }
b, strong, th, .bold { font-weight: 700; }
u { text-decoration: underline; text-underline-offset: 0.15em; }
.doc-heading { margin-bottom: 0.5em; }
.doc-heading .reference { text-align: right; }
.doc-heading h1 { font-size: ${titlePt}pt; font-weight: 700; text-align: center; margin: 0; line-height: 1.3; white-space: pre-line; }
.doc-heading .agency { text-align: center; font-weight: 700; }
h2 { font-size: ${headingPt}pt; font-weight: 700; margin: 0.8em 0 0.2em; break-after: avoid; page-break-after: avoid; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0.2em 0 0.4em; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
td, th { vertical-align: top; overflow-wrap: anywhere; white-space: pre-line; text-align: left; }
table.grid td, table.grid th { border: 0.75pt solid #000; padding: 0.05em 0.3em; }
table.grid th { text-align: center; background: #eee; }
table.grid td.empty { text-align: center; }
table.fields td { padding: 0 0.3em 0.05em 0; }
table.fields td.label { font-weight: 700; }
/* The space above signers is padding, not a margin: a signature pushed to the next page then keeps
   the ink of its tall Thai marks (ลงชื่อ) on its own page instead of a stray mark on the previous one. */
.signature { margin: 0 0 0 50%; padding-top: 1.2em; text-align: center; break-inside: avoid; page-break-inside: avoid; }
table.signatures { margin: 0; break-inside: avoid; page-break-inside: avoid; }
/* On the same page as the block after it (keptWithNext in ./spec.ts): a signature never starts a page alone. */
.keep-next { break-after: avoid; page-break-after: avoid; }
/* A form's few lines go along whole, as in the DOCX (docxFields). */
table.fields.keep-next tr { break-after: avoid; page-break-after: avoid; }
.w { white-space: nowrap; }
.item-label { display: inline-block; text-indent: 0; }
table.signatures td { text-align: center; padding: 1.2em 0.25cm 0; }
.keep { display: inline-block; max-width: 100%; text-indent: 0; }
.page-break { break-after: page; page-break-after: always; }
`
}

/** The complete HTML document for one official document. */
export function officialHtmlDocument({ title, heading, landscape, bodyHtml }: OfficialHtmlOptions): string {
  const reference = heading.reference ? `<div class="reference">${wordsHtml(heading.reference)}</div>` : ''
  const agency = heading.agencyName ? `<div class="agency">${wordsHtml(heading.agencyName)}</div>` : ''
  return `<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${officialCss()}${landscape ? '@page { size: A4 landscape; }' : ''}</style>
</head>
<body>
<header class="doc-heading">${reference}<h1>${wordsHtml(heading.documentTitle)}</h1>${agency}</header>
<main>
${bodyHtml}
</main>
</body>
</html>`
}

const alignClass = (align: DocumentAlign | undefined, fallback: DocumentAlign) => align ?? fallback

/** Longer pieces (addresses) may break anywhere rather than run out of their column. */
const LONGEST_KEPT_PIECE = 24

/**
 * Text whose lines break only between words (src/domain/thai/official-text.ts). Chromium breaks Thai with ICU's
 * dictionary, as Intl.Segmenter does; only where the corrections differ is there markup: a piece ICU would cut
 * ("การก|ระทำ") does not wrap, and a break ICU lacks ("การ|กระทำ") is offered. A long report stays light.
 */
export function wordsHtml(text: string): string {
  let html = ''
  for (const piece of linePieces(text)) {
    if (piece.breakBefore) html += '<wbr>'
    html += piece.whole && piece.text.length <= LONGEST_KEPT_PIECE ? `<span class="w">${escapeHtml(piece.text)}</span>` : escapeHtml(piece.text)
  }
  return html
}

function runsHtml(runs: DocumentRun[]): string {
  return runs
    .map((run) => {
      let html = wordsHtml(run.text)
      if (run.underline) html = `<u>${html}</u>`
      if (run.bold) html = `<b>${html}</b>`
      return html
    })
    .join('')
}

/**
 * Text whose space-separated words must not be broken inside (names: Chromium's Thai dictionary would
 * split an unknown surname such as "สมะแอ"). Each word is an inline block, so lines break only between
 * words, unless a word is wider than the column.
 */
function keepWordsHtml(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .split(/( +)/)
        .map((part) => (part.trim() ? `<span class="keep">${escapeHtml(part)}</span>` : part))
        .join(''),
    )
    .join('\n')
}

function colgroup(fractions: number[]): string {
  return `<colgroup>${fractions.map((f) => `<col style="width:${(f * 100).toFixed(3)}%">`).join('')}</colgroup>`
}

/** A block as HTML; `keepNext` keeps it on the page of the block after it. */
function blockHtml(block: DocumentBlock, keepNext: boolean): string {
  const keep = keepNext ? ' keep-next' : ''
  switch (block.kind) {
    case 'paragraph': {
      const classes = [alignClass(block.align, 'justify'), block.indent && !block.label ? 'indent' : '', block.bold ? 'bold' : '', keep.trim()].filter(Boolean)
      if (!block.label) return `<p class="${classes.join(' ')}">${runsHtml(paragraphRuns(block))}</p>`
      const { start, width } = itemLabelCm(block.label)
      const hanging = `padding-left:${cm(start + width)};text-indent:${cm(-width)}`
      return `<p class="${classes.join(' ')}" style="${hanging}"><span class="item-label" style="width:${cm(width)}">${escapeHtml(block.label)}</span>${runsHtml(paragraphRuns(block))}</p>`
    }
    case 'heading':
      return `<h2>${wordsHtml(block.text)}</h2>`
    case 'fields': {
      const label = block.labelWidth ?? LAYOUT.fieldLabelFraction
      const rows = block.rows
        .map((row) => `<tr><td class="label">${wordsHtml(row.label)}</td><td>${wordsHtml(row.value)}</td></tr>`)
        .join('')
      return `<table class="fields${keep}">${colgroup([label, 1 - label])}<tbody>${rows}</tbody></table>`
    }
    case 'table': {
      const fractions = columnFractions(block.columns.length, block.widths)
      const head = block.columns.map((c) => `<th>${wordsHtml(c)}</th>`).join('')
      const cellClass = (i: number) => {
        const align = block.align?.[i]
        return align ? ` class="${align}"` : ''
      }
      const cellHtml = (i: number, value: string) =>
        block.keepWords?.[i] ? keepWordsHtml(value) : wordsHtml(value)
      const body = block.rows.length
        ? block.rows
            .map(
              (row) =>
                `<tr>${block.columns.map((_, i) => `<td${cellClass(i)}>${cellHtml(i, row[i] ?? '')}</td>`).join('')}</tr>`,
            )
            .join('')
        : `<tr><td class="empty" colspan="${block.columns.length}">${escapeHtml(block.emptyText ?? '-')}</td></tr>`
      return `<table class="grid${keep}">${colgroup(fractions)}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`
    }
    case 'signature':
      // An empty line is room to sign in.
      return `<div class="signature${keep}">${block.lines.map((l) => `<p class="center">${wordsHtml(l) || '<br>'}</p>`).join('')}</div>`
    case 'signatures': {
      // A table: rows never split across pages (a flex box here let a line straddle the page break), and the
      // whole table stays on one page, so no signer is left alone on the next.
      const rows = signerRows(block.signers, block.perRow)
      const columns = rows[0]?.length ?? 1
      const body = rows
        .map((signers) => `<tr>${signers.map((lines) => `<td>${lines.map((l) => `<p class="center">${wordsHtml(l)}</p>`).join('')}</td>`).join('')}</tr>`)
        .join('')
      return `<table class="signatures${keep}">${colgroup(columnFractions(columns))}<tbody>${body}</tbody></table>`
    }
    case 'pageBreak':
      return '<div class="page-break"></div>'
  }
}

/** The body of a DocumentSpec as HTML (the heading is drawn by officialHtmlDocument). */
export function renderSpecHtml(spec: DocumentSpec): string {
  return spec.blocks.map((block, i) => blockHtml(block, keptWithNext(spec.blocks, i))).join('\n')
}

/** The complete HTML document of a DocumentSpec, its text in official form. */
export function specHtmlDocument(draft: DocumentSpec): string {
  const spec = officialSpec(draft)
  return officialHtmlDocument({
    title: spec.title ?? spec.heading.documentTitle,
    heading: spec.heading,
    landscape: spec.landscape,
    bodyHtml: renderSpecHtml(spec),
  })
}
