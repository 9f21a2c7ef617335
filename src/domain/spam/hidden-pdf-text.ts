/**
 * Hidden text in PDFs (SPEC §6, spam-injection guard), the same rule as for Word documents
 * (hidden-document-text.ts): text the reader of the page cannot see but search engines index is a finding,
 * whatever its words — white text where nothing but the white page is behind it, text drawn invisible
 * (render mode 3 or 7, or fully transparent), text of 2 pt or less as drawn — and so is a link whose visible
 * text names one site while it goes to another.
 *
 * As white text on a shaded Word paragraph is not reported, neither is white text on something painted
 * (a filled shape or a picture), nor invisible text over a picture: that is how a scan is made searchable
 * (OCR puts the words it reads, undrawn, over the page's image). Their words are still checked for gambling
 * and spam terms with the rest of the file's text (pdf.js reads undrawn text too).
 *
 * A page comes as what it draws, in order (src/search/pdf-drawing.ts reads it from pdf.js); places are boxes on
 * the page in points. What is under a piece of text is the last thing painted where its middle is.
 */
import { isWhite, namesAnotherSite } from './hidden-document-text'

export type HiddenPdfTextReason = 'white' | 'tiny' | 'invisible' | 'link-mismatch'

export interface HiddenPdfText {
  text: string // the hidden text (consecutive hidden pieces of a line joined), or a link's visible text
  why: HiddenPdfTextReason
  target?: string // where the link goes, for a mismatched link or hidden text inside a link
  page: number
}

/** [left, bottom, right, top], in points. */
export type Box = readonly [number, number, number, number]

export interface DrawnText {
  kind: 'text'
  text: string
  box: Box
  /** Its height as drawn, in points: the font size scaled by the text and page matrices. */
  size: number
  /** What its glyphs are painted with, by the render mode (fill, stroke or both): '#rrggbb', or null for a
   * pattern; [] for text drawn invisible or fully transparent. */
  paints: (string | null)[]
}

export interface PaintedArea {
  kind: 'area'
  box: Box
  /** A picture, or a shape's paint: '#rrggbb', or null for a pattern or shading. */
  paint: 'image' | string | null
}

export interface PdfPage {
  drawn: (DrawnText | PaintedArea)[]
  links: { box: Box; target: string }[]
}

const TINY = 2 // points, as for Word

const middle = (box: Box) => [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2] as const
const inside = ([x, y]: readonly [number, number], box: Box) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3]

/** Why a piece of text cannot be seen on what is under it, if it cannot. */
function whyHidden(text: DrawnText, under: PaintedArea | undefined): HiddenPdfTextReason | undefined {
  if (text.paints.length === 0) return under?.paint === 'image' ? undefined : 'invisible'
  if (text.size <= TINY) return 'tiny'
  const onPaint = under !== undefined && (under.paint === null || !isWhite(under.paint))
  if (text.paints.every((paint) => paint !== null && isWhite(paint)) && !onPaint) return 'white'
  return undefined
}

const onSameLine = (last: DrawnText, next: DrawnText) => Math.abs(middle(last.box)[1] - middle(next.box)[1]) < last.size / 2

/** Between two pieces of text joined: nothing when the second starts where the first ends, else a space. */
const between = (last: DrawnText, next: DrawnText) => (onSameLine(last, next) && Math.abs(next.box[0] - last.box[2]) < last.size / 4 ? '' : ' ')

/** What page `page` (counted from 1) hides, in the order it is drawn, its mismatched links last. */
export function findHiddenPdfText(drawing: PdfPage, page: number): HiddenPdfText[] {
  const findings: HiddenPdfText[] = []
  const areas: PaintedArea[] = []
  const linkTexts = new Map<PdfPage['links'][number], { text: string; last: DrawnText }>()
  let joinTo: { finding: HiddenPdfText; last: DrawnText } | undefined // the finding the next hidden piece of its line continues

  for (const drawn of drawing.drawn) {
    if (drawn.kind === 'area') {
      areas.push(drawn)
      continue
    }
    if (!drawn.text.trim()) continue
    const at = middle(drawn.box)
    const link = drawing.links.findLast((l) => inside(at, l.box))
    if (link) {
      const linkText = linkTexts.get(link)
      linkTexts.set(link, { text: linkText ? linkText.text + between(linkText.last, drawn) + drawn.text : drawn.text, last: drawn })
    }
    const why = whyHidden(drawn, areas.findLast((area) => inside(at, area.box)))
    if (!why) {
      joinTo = undefined
      continue
    }
    if (joinTo && joinTo.finding.why === why && joinTo.finding.target === link?.target && onSameLine(joinTo.last, drawn)) {
      joinTo.finding.text += between(joinTo.last, drawn) + drawn.text
      joinTo.last = drawn
      continue
    }
    joinTo = { finding: { text: drawn.text, why, ...(link ? { target: link.target } : {}), page }, last: drawn }
    findings.push(joinTo.finding)
  }
  for (const [link, { text }] of linkTexts) {
    if (namesAnotherSite(text, link.target)) findings.push({ text: text.trim(), why: 'link-mismatch', target: link.target, page })
  }
  return findings
}
