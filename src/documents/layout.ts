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
  /** Line height in em: room for stacked Thai marks (ผู้ใหญ่, ที่นี่) without touching table rules. */
  lineHeight: 1.45,
  /** First-line indent of an official paragraph (ย่อหน้า). */
  indentCm: 2.5,
  /** Width of the label column of a `fields` block, as a fraction of the text width. */
  fieldLabelFraction: 0.3,
} as const

export const CM_TO_TWIP = 1440 / 2.54
export const twip = (centimetres: number): number => Math.round(centimetres * CM_TO_TWIP)
/** Text width (page minus left and right margins) in twips. */
export const TEXT_WIDTH_TWIPS = twip(LAYOUT.page.width - LAYOUT.margin.left - LAYOUT.margin.right)
