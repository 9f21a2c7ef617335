/**
 * Official Thai documents as DOCX with `docx` 9: Sarabun embedded (regular and bold) so viewers without
 * the font do not fall back silently, Thai set as the language and complex-script font, A4 (upright or on its
 * side) with the official margins, Thai page numbers "- ๒ -" from page 2, tables whose header row repeats.
 *
 * The same DocumentSpec renders to PDF in ./pdf.ts; the layout numbers are shared in ./layout.ts.
 */
import {
  AlignmentType,
  BorderStyle,
  CharacterSet,
  Document,
  Header,
  LineRuleType,
  NumberFormat,
  PageOrientation,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  WidthType,
  type IRunOptions,
  type IRunStylePropertiesOptions,
} from 'docx'
import { sarabunFonts } from './fonts'
import { LAYOUT, itemLabelCm, textWidthTwips, twip } from './layout'
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

export const DOCX_FONT = 'Sarabun'

/** Half-points, as DOCX sizes are written. */
const halfPoints = (pt: number) => Math.round(pt * 2)

/** Run properties that make Thai (a complex script in Word) use the font, size and weight given. */
export function thaiRunProperties(options: { pt?: number; bold?: boolean } = {}): IRunStylePropertiesOptions {
  const size = halfPoints(options.pt ?? LAYOUT.bodyPt)
  return {
    font: { ascii: DOCX_FONT, hAnsi: DOCX_FONT, cs: DOCX_FONT, eastAsia: DOCX_FONT },
    size,
    sizeComplexScript: size,
    ...(options.bold === undefined ? {} : { bold: options.bold, boldComplexScript: options.bold }),
    language: { value: 'th-TH', eastAsia: 'th-TH', bidirectional: 'th-TH' },
  }
}

/**
 * Line spacing: at least LAYOUT.lineHeight, as the PDF's lines. Word sizes a "single" Sarabun line from the font's Windows metrics
 * (about 1.85 em) and LibreOffice from its typographic ones (1.3 em, tight for stacked Thai marks);
 * "at least" keeps stacked tone marks clear in both without clipping them as "exact" would.
 */
const LINE_SPACING = { line: Math.round(LAYOUT.bodyPt * LAYOUT.lineHeight * 20), lineRule: LineRuleType.AT_LEAST }

const ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  // Word's Thai justification: spreads a line between characters, as `text-justify: inter-character` does.
  justify: AlignmentType.THAI_DISTRIBUTE,
} as const

/** Text runs for a piece of text; "\n" becomes a line break. */
export function textRuns(text: string, options: Omit<IRunOptions, 'text' | 'children' | 'break'> = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ ...options, text: line, ...(i > 0 ? { break: 1 } : {}) }))
}

/**
 * Runs that say only how they differ from the document's default run (Sarabun, body size, Thai): a report of
 * two thousand table rows is then a fifth of the elements to build and write.
 */
function runsOf(runs: DocumentRun[], pt?: number): TextRun[] {
  const size = pt === undefined || pt === LAYOUT.bodyPt ? {} : { size: halfPoints(pt), sizeComplexScript: halfPoints(pt) }
  return runs.flatMap((run) =>
    textRuns(run.text, {
      ...size,
      ...(run.bold ? { bold: true, boldComplexScript: true } : {}),
      ...(run.underline ? { underline: {} } : {}),
    }),
  )
}

export interface DocxParagraphOptions {
  align?: DocumentAlign
  bold?: boolean
  pt?: number
  indent?: boolean
  keepNext?: boolean
  /** No single line of it left at the foot or head of a page (Chromium's orphans and widows are 2): body text, not cells. */
  widowControl?: boolean
  spaceBeforePt?: number
  spaceAfterPt?: number
}

/** A paragraph of plain or mixed-emphasis text. */
export function docxParagraph(text: string | DocumentRun[], options: DocxParagraphOptions = {}): Paragraph {
  const runs = typeof text === 'string' ? [{ text, bold: options.bold }] : text
  const align = options.align ?? 'justify'
  // What the document's default paragraph already says (left, its line spacing, no space around) is not
  // written again: each of a long report's cells is one such paragraph.
  const [before, after] = [Math.round((options.spaceBeforePt ?? 0) * 20), Math.round((options.spaceAfterPt ?? 0) * 20)]
  return new Paragraph({
    ...(align === 'left' ? {} : { alignment: ALIGNMENT[align] }),
    children: runsOf(runs, options.pt),
    keepNext: options.keepNext,
    widowControl: options.widowControl,
    ...(options.indent ? { indent: { firstLine: twip(LAYOUT.indentCm) } } : {}),
    ...(before || after ? { spacing: { ...LINE_SPACING, before, after } } : {}),
  })
}

/** A numbered item: the label, a tab to where the text starts, and the text's further lines hanging there. */
function docxItem(label: string, runs: DocumentRun[], align: DocumentAlign, keepNext: boolean): Paragraph {
  const { start, width } = itemLabelCm(label)
  const textAt = twip(start + width)
  return new Paragraph({
    alignment: ALIGNMENT[align],
    keepNext: keepNext || undefined,
    widowControl: true,
    indent: { left: textAt, hanging: twip(width) },
    tabStops: [{ type: TabStopType.LEFT, position: textAt }],
    children: [...runsOf([{ text: label, bold: runs[0]?.bold }]), new TextRun({ children: [new Tab()] }), ...runsOf(runs)],
  })
}

/**
 * An empty paragraph exactly `pt` tall: the space the PDF leaves (after the heading, after a table), and between two
 * tables, which Word would otherwise join into one. Exact, as the document's lines are at least a full line tall.
 */
function spacer(pt: number, keepNext = false): Paragraph {
  return new Paragraph({ spacing: { line: Math.max(20, Math.round(pt * 20)), lineRule: LineRuleType.EXACT }, keepNext: keepNext || undefined, children: [] })
}

/** The document heading: optional reference at the top right, the title, the agency. */
export function docxHeading(heading: DocumentSpec['heading']): Paragraph[] {
  const paragraphs: Paragraph[] = []
  if (heading.reference) paragraphs.push(docxParagraph(heading.reference, { align: 'right', keepNext: true }))
  paragraphs.push(docxParagraph(heading.documentTitle, { align: 'center', bold: true, pt: LAYOUT.titlePt, keepNext: true }))
  if (heading.agencyName) paragraphs.push(docxParagraph(heading.agencyName, { align: 'center', bold: true, keepNext: true }))
  paragraphs.push(spacer(0.5 * LAYOUT.bodyPt)) // .doc-heading's margin
  return paragraphs
}

const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000' } // 0.75 pt
const NO_LINE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
const GRID_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE }
const NO_BORDERS = {
  top: NO_LINE,
  bottom: NO_LINE,
  left: NO_LINE,
  right: NO_LINE,
  insideHorizontal: NO_LINE,
  insideVertical: NO_LINE,
}
const CELL_MARGINS = { top: 20, bottom: 20, left: 85, right: 85 }

/** Column widths in twips: `fractions` of the text width `textWidth`, summing to it exactly. */
function widthsTwips(fractions: number[], textWidth: number): number[] {
  const widths = fractions.map((f) => Math.floor(f * textWidth))
  widths[widths.length - 1] += textWidth - widths.reduce((a, b) => a + b, 0)
  return widths
}

/** A cell of a table whose cell margins are CELL_MARGINS unless it says otherwise. */
function cell(children: Paragraph[], width: number, extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, ...extra })
}

/**
 * A ruled table; the header row repeats on each page and no row splits across pages. `keepNext`: its last row on the
 * page of what follows (Word keeps a row whose paragraphs keep with the next on the next row's page, or the next
 * paragraph's; LibreOffice does not, and keeping every row, which it would, could move a long table whole).
 */
export function docxTable(block: Extract<DocumentBlock, { kind: 'table' }>, textWidth: number, keepNext = false): Table {
  const widths = widthsTwips(columnFractions(block.columns.length, block.widths), textWidth)
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((column, i) =>
      cell([docxParagraph(column, { align: 'center', bold: true })], widths[i], {
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEEEEE' },
      }),
    ),
  })
  const last = block.rows.length - 1
  const rows = block.rows.length
    ? block.rows.map(
        (row, r) =>
          new TableRow({
            cantSplit: true,
            children: block.columns.map((_, i) =>
              cell([docxParagraph(row[i] ?? '', { align: block.align?.[i] ?? 'left', keepNext: (keepNext && r === last) || undefined })], widths[i]),
            ),
          }),
      )
    : [
        new TableRow({
          cantSplit: true,
          children: [
            cell([docxParagraph(block.emptyText ?? '-', { align: 'center', keepNext: keepNext || undefined })], textWidth, {
              columnSpan: block.columns.length,
            }),
          ],
        }),
      ]
  return new Table({
    rows: [header, ...rows],
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGINS,
    borders: GRID_BORDERS,
  })
}

/**
 * Label–value lines of a form, as a borderless two-column table. `keepNext`: the lines (a few) together on the page of
 * what follows, every one kept with the next, which LibreOffice reads as the table kept with the next paragraph (it
 * ignores a keep on the last row alone); the PDF keeps them together too.
 */
export function docxFields(block: Extract<DocumentBlock, { kind: 'fields' }>, textWidth: number, keepNext = false): Table {
  const label = block.labelWidth ?? LAYOUT.fieldLabelFraction
  const widths = widthsTwips([label, 1 - label], textWidth)
  return new Table({
    rows: block.rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell([docxParagraph(row.label, { align: 'left', bold: true, keepNext: keepNext || undefined })], widths[0], { margins: { left: 0, right: 85 } }),
            cell([docxParagraph(row.value, { align: 'left', keepNext: keepNext || undefined })], widths[1], { margins: { left: 0, right: 0 } }),
          ],
        }),
    ),
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
  })
}

/** Room to sign above each signer: the PDF's 1.2 em above a signature (official-html.ts). */
const SIGNER_SPACE_PT = 1.2 * LAYOUT.bodyPt

/** A signer's lines, each kept with the next; the last one too when another row of signers follows. */
const signerParagraphs = (lines: string[], keepWithNextRow = false) =>
  lines.map((line, i) =>
    docxParagraph(line, { align: 'center', keepNext: keepWithNextRow || i < lines.length - 1, spaceBeforePt: i === 0 ? SIGNER_SPACE_PT : 0 }),
  )

/** One signer in the right half of the page, its lines together; `keepNext`: the last one with what follows. */
export function docxSignature(lines: string[], textWidth: number, keepNext = false): Paragraph[] {
  const half = Math.round(textWidth / 2)
  return lines.map(
    (line, i) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { left: half },
        keepNext: keepNext || i < lines.length - 1,
        keepLines: true,
        spacing: { ...LINE_SPACING, before: i === 0 ? Math.round(SIGNER_SPACE_PT * 20) : 0 },
        children: runsOf([{ text: line }]),
      }),
  )
}

/**
 * Signers side by side, `perRow` to a row, as a borderless table whose rows do not split and stay together
 * (every line but those of the last row keeps with the next), so no signer is left alone on the next page.
 */
export function docxSignatures(signers: string[][], textWidth: number, perRow?: number, keepNext = false): (Paragraph | Table)[] {
  if (signers.length === 0) return []
  const rows = signerRows(signers, perRow)
  const widths = widthsTwips(columnFractions(rows[0].length), textWidth)
  return [
    // Between the table before and this one, which Word would otherwise join into one.
    spacer(1, true),
    new Table({
      rows: rows.map(
        (row, r) =>
          new TableRow({
            cantSplit: true,
            children: row.map((lines, i) => cell(signerParagraphs(lines, keepNext || r < rows.length - 1), widths[i])),
          }),
      ),
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: CELL_MARGINS,
      borders: NO_BORDERS,
    }),
  ]
}

/**
 * A block's paragraphs and tables on a text width of `textWidth` twips; `keepNext` keeps it on the page of the block
 * after it (./spec.ts keptWithNext).
 */
function blockChildren(block: DocumentBlock, textWidth: number, keepNext: boolean): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph':
      return [
        block.label
          ? docxItem(block.label, paragraphRuns(block), block.align ?? 'justify', keepNext)
          : docxParagraph(paragraphRuns(block), { align: block.align ?? 'justify', indent: block.indent, keepNext: keepNext || undefined, widowControl: true }),
      ]
    case 'heading':
      return [docxParagraph(block.text, { align: 'left', bold: true, pt: LAYOUT.headingPt, keepNext: true, spaceBeforePt: 8, spaceAfterPt: 2 })]
    case 'fields':
      return [docxFields(block, textWidth, keepNext)]
    case 'table':
      return [docxTable(block, textWidth, keepNext), spacer(0.4 * LAYOUT.bodyPt, keepNext)] // the table's margin in the PDF
    case 'signature':
      return docxSignature(block.lines, textWidth, keepNext)
    case 'signatures':
      return docxSignatures(block.signers, textWidth, block.perRow, keepNext)
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })]
  }
}

/** Thai page number "- ๒ -" at the top centre; the first page has none (titlePage). */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ ...thaiRunProperties(), children: ['- ', PageNumber.CURRENT, ' -'] })],
      }),
    ],
  })
}

/** Build the docx Document for a DocumentSpec (exposed for callers that add their own parts). */
export function docxDocument(draft: DocumentSpec): Document {
  const spec = officialSpec(draft)
  const fonts = sarabunFonts()
  const { margin, page } = LAYOUT
  const textWidth = textWidthTwips(spec.landscape)
  return new Document({
    title: spec.title ?? spec.heading.documentTitle,
    creator: spec.heading.agencyName,
    fonts: [{ name: DOCX_FONT, data: fonts.regular, bold: fonts.bold, characterSet: CharacterSet.THAI }],
    styles: {
      default: {
        document: {
          run: thaiRunProperties(),
          paragraph: { spacing: LINE_SPACING },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            // Given upright: docx swaps width and height for a landscape page.
            size: { width: twip(page.width), height: twip(page.height), orientation: spec.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: {
              top: twip(margin.top),
              right: twip(margin.right),
              bottom: twip(margin.bottom),
              left: twip(margin.left),
              header: twip(1.2),
              footer: twip(1),
            },
            pageNumbers: { start: 1, formatType: NumberFormat.THAI_NUMBERS },
          },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) },
        children: [...docxHeading(spec.heading), ...spec.blocks.flatMap((block, i) => blockChildren(block, textWidth, keptWithNext(spec.blocks, i)))],
      },
    ],
  })
}

/** A DocumentSpec as a DOCX file. */
export function renderDocx(spec: DocumentSpec): Promise<Buffer> {
  return Packer.toBuffer(docxDocument(spec))
}

/** Same as renderDocx; named to pair with renderDocumentPdf. */
export const renderDocumentDocx = renderDocx
