/**
 * Page layout shared by the PDF (HTML/CSS) and DOCX renderers, so both look alike.
 * Margins follow Thai official documents (ระเบียบงานสารบรรณ practice): top 2.5 cm, left 3 cm, right and bottom 2 cm.
 */
export const LAYOUT = {
  /** A4 in centimetres. */
  page: { width: 21, height: 29.7 },
  margin: { top: 2.5, right: 2, bottom: 2, left: 3 },
  /**
   * Body text size in points. Thai official documents are set in TH SarabunPSK 16 pt, an old Thai
   * font drawn small on its em (x-height about 0.34 em). Google's Sarabun, the TTF embedded here, was
   * redrawn at the size of Latin fonts (x-height 0.50 em), so 16 pt of it prints about 1.45× larger than
   * an official page; 12 pt gives the familiar look (about 75 characters to a 16 cm line).
   * Change it here and both PDF and DOCX follow.
   */
  bodyPt: 12,
  /** Section headings inside the body. */
  headingPt: 12,
  /** The document title (TH SarabunPSK 20 pt in official documents). */
  titlePt: 15,
  /**
   * How far Sarabun's ink reaches above and below the baseline, in em (measured in Chromium at 1000 px): stacked marks
   * (ขั้, พื่, ปั๊) up to 1.218, vowels below (ดุ, ผู้) down to 0.344. The PDF's lines are set this tall, the baseline
   * where the ink fits: Chromium prints the part of a mark that reaches out of its line at a page break on the other
   * page, a speck at the foot of the page before (the tone mark of the next page's first line) or at the head of the
   * next. Above, 1.3 rather than 1.22: at 12 pt Chromium rounds the line's metrics to whole pixels, and 1.23–1.27
   * still left a speck of "ขั้" in the announcement (measured).
   */
  inkAscent: 1.3,
  inkDescent: 0.35,
  /** Line height in em: the ink of stacked Thai marks (ผู้ใหญ่, ที่นี่) inside the line, clear of table rules. */
  lineHeight: 1.65,
  /** First-line indent of an official paragraph (ย่อหน้า). */
  indentCm: 2.5,
  /** Width of the label column of a `fields` block, as a fraction of the text width. */
  fieldLabelFraction: 0.3,
} as const

export const CM_TO_TWIP = 1440 / 2.54
export const twip = (centimetres: number): number => Math.round(centimetres * CM_TO_TWIP)
/** Text width (page minus left and right margins) in twips, on A4 upright or on its side (DocumentSpec.landscape). */
export const textWidthTwips = (landscape = false): number =>
  twip((landscape ? LAYOUT.page.height : LAYOUT.page.width) - LAYOUT.margin.left - LAYOUT.margin.right)

/**
 * A numbered item's label ("๑.", "๑.๒", "๑.๒.๓"): where it starts and how wide it is, in centimetres. A first-level
 * label starts at the paragraph indent; each further level starts where the text of the level above does.
 */
export function itemLabelCm(label: string): { start: number; width: number } {
  const level = Math.max(1, label.split('.').filter((part) => part.trim() !== '').length)
  const width = (depth: number) => 0.9 + 0.3 * (depth - 1)
  let start = LAYOUT.indentCm
  for (let depth = 1; depth < level; depth++) start += width(depth)
  return { start, width: width(level) }
}
