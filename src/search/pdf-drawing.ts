/**
 * What each page of a PDF draws, read from pdf.js's operator list, for the hidden-text rule
 * (src/domain/spam/hidden-pdf-text.ts): each piece of text shown, with its box on the page, its size as drawn
 * and what it is painted with; each area painted (filled shapes, pictures, shadings); and the page's links.
 *
 * The graphics state is followed as far as the rule needs it: the current matrix (q/Q, cm, forms), the text
 * matrices and text state (font size, spacing, scaling, leading, render mode), the fill and stroke colours
 * (pdf.js gives RGB, grey and CMYK alike as '#rrggbb'), their alpha, and the box of the last clipping path (where
 * a shading paints). Glyph widths are taken in thousandths of the font size (Type 3 fonts' own matrices are
 * not read). Annotations' appearances are not read, only the page's content.
 */
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { findHiddenPdfText, type Box, type HiddenPdfText, type PaintedArea, type PdfPage } from '@/domain/spam'
import { withPdf, type PdfJs } from './pdf-text'

type Matrix = readonly number[] // [a b c d e f]
type Operands = any[] // pdf.js does not type an operator's operands
type Glyph = { unicode: string; width: number; isSpace: boolean } | number | null

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0]

/** The matrix that maps as `m` and then as `n` (PDF's m × n). */
const then = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
]

/** The box on the page that holds `rect` ([x0, y0, x1, y1]) mapped by `m`. */
function boxOf(rect: ArrayLike<number>, m: Matrix): Box {
  const corners = [[rect[0], rect[1]], [rect[2], rect[1]], [rect[0], rect[3]], [rect[2], rect[3]]].map(([x, y]) => [x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]])
  const xs = corners.map(([x]) => x)
  const ys = corners.map(([, y]) => y)
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]
}

interface GraphicsState {
  matrix: Matrix
  fill: string | null
  stroke: string | null
  fillAlpha: number
  strokeAlpha: number
  clip: Box | null
  fontSize: number
  charSpacing: number
  wordSpacing: number
  horizontalScale: number
  leading: number
  renderMode: number
}

/** What one page draws, in order, and its links. */
async function pageDrawing(page: PDFPageProxy, { OPS, AnnotationMode }: PdfJs): Promise<PdfPage> {
  const { fnArray, argsArray } = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE })
  const fills = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke])
  const drawn: PdfPage['drawn'] = []
  const saved: GraphicsState[] = []
  let state: GraphicsState = {
    matrix: IDENTITY, fill: '#000000', stroke: '#000000', fillAlpha: 1, strokeAlpha: 1, clip: null,
    fontSize: 0, charSpacing: 0, wordSpacing: 0, horizontalScale: 1, leading: 0, renderMode: 0,
  }
  let lineMatrix = IDENTITY
  let textMatrix = IDENTITY
  let clipping = false // a clip operator waits for the path it clips to
  const moveText = (x: number, y: number) => {
    lineMatrix = textMatrix = then([1, 0, 0, 1, x, y], lineMatrix)
  }
  const painted = (paint: PaintedArea['paint'], box = boxOf([0, 0, 1, 1], state.matrix)) => {
    if (state.fillAlpha > 0) drawn.push({ kind: 'area', box, paint })
  }
  /** The operators that set parts of the graphics state from their operands, and nothing else. */
  const setters = new Map<number, (operands: Operands) => Partial<GraphicsState>>([
    [OPS.setFillRGBColor, ([fill]) => ({ fill })],
    [OPS.setStrokeRGBColor, ([stroke]) => ({ stroke })],
    [OPS.setFillColorN, () => ({ fill: null })], // a pattern
    [OPS.setFillTransparent, () => ({ fill: null })],
    [OPS.setStrokeColorN, () => ({ stroke: null })],
    [OPS.setStrokeTransparent, () => ({ stroke: null })],
    [OPS.setFont, ([, fontSize]) => ({ fontSize })],
    [OPS.setLeading, ([leading]) => ({ leading })],
    [OPS.setCharSpacing, ([charSpacing]) => ({ charSpacing })],
    [OPS.setWordSpacing, ([wordSpacing]) => ({ wordSpacing })],
    [OPS.setHScale, ([percent]) => ({ horizontalScale: percent / 100 })],
    [OPS.setTextRenderingMode, ([renderMode]) => ({ renderMode })],
  ])

  fnArray.forEach((fn, i) => {
    const args = argsArray[i]
    const set = setters.get(fn)
    if (set) Object.assign(state, set(args))
    switch (fn) {
      case OPS.save:
        saved.push({ ...state })
        break
      case OPS.restore:
      case OPS.paintFormXObjectEnd:
        state = saved.pop() ?? state
        break
      case OPS.paintFormXObjectBegin:
        saved.push({ ...state })
        if (args[0]) state.matrix = then(args[0], state.matrix)
        break
      case OPS.transform:
        state.matrix = then(args, state.matrix)
        break
      case OPS.setGState:
        for (const [key, value] of args[0] as [string, unknown][]) {
          if (key === 'ca') state.fillAlpha = Number(value)
          if (key === 'CA') state.strokeAlpha = Number(value)
          if (key === 'Font') state.fontSize = (value as [string, number])[1]
        }
        break
      case OPS.clip:
      case OPS.eoClip:
        clipping = true
        break
      case OPS.constructPath: {
        const [operator, , minMax] = args as [number, unknown, ArrayLike<number> | null]
        const box = minMax && boxOf(minMax, state.matrix)
        if (box && fills.has(operator)) painted(state.fill, box)
        if (clipping) state.clip = box
        clipping = false
        break
      }
      case OPS.shadingFill:
        painted(null, state.clip ?? [-Infinity, -Infinity, Infinity, Infinity])
        break
      case OPS.paintImageXObject:
      case OPS.paintInlineImageXObject:
        painted('image')
        break
      case OPS.paintImageMaskXObject: // a stencil, painted in the fill colour
      case OPS.paintSolidColorImageMask:
        painted(state.fill)
        break
      case OPS.beginText:
        lineMatrix = textMatrix = IDENTITY
        break
      case OPS.setTextMatrix:
        lineMatrix = textMatrix = Array.from(args[0] as ArrayLike<number>)
        break
      case OPS.moveText:
        moveText(args[0], args[1])
        break
      case OPS.setLeadingMoveText:
        state.leading = -args[1]
        moveText(args[0], args[1])
        break
      case OPS.nextLine:
        moveText(0, -state.leading)
        break
      case OPS.showText: {
        const { fontSize, charSpacing, wordSpacing, horizontalScale } = state
        let text = ''
        let advance = 0 // along the line, in text space
        for (const glyph of args[0] as Glyph[]) {
          if (typeof glyph === 'number') advance -= (glyph * fontSize) / 1000
          else if (glyph) {
            text += glyph.unicode
            advance += (glyph.width * fontSize) / 1000 + charSpacing + (glyph.isSpace ? wordSpacing : 0)
          }
        }
        advance *= horizontalScale
        const toPage = then(textMatrix, state.matrix)
        const size = Math.abs(fontSize) * Math.hypot(toPage[2], toPage[3])
        drawn.push({ kind: 'text', text, box: boxOf([0, 0, advance, fontSize], toPage), size, paints: paints(state) })
        textMatrix = then([1, 0, 0, 1, advance, 0], textMatrix)
        break
      }
    }
  })

  const links = (await page.getAnnotations())
    .filter((annotation) => annotation.subtype === 'Link' && (annotation.unsafeUrl ?? annotation.url))
    .map((annotation) => ({ box: boxOf(annotation.rect, IDENTITY), target: String(annotation.unsafeUrl ?? annotation.url) }))
  return { drawn, links }
}

/** What text is painted with in the state's render mode (0 fill, 1 stroke, 2 both, 3 neither; 4–7 the same and clip). */
function paints({ renderMode, fill, stroke, fillAlpha, strokeAlpha }: GraphicsState): (string | null)[] {
  const mode = renderMode & 3
  return [...((mode === 0 || mode === 2) && fillAlpha > 0 ? [fill] : []), ...((mode === 1 || mode === 2) && strokeAlpha > 0 ? [stroke] : [])]
}

/**
 * The text a PDF hides (white, invisible or tiny, or a link whose text names another site), page by page, for
 * at most `timeoutMs`: pages not reached by then are not read. Throws when the PDF cannot be opened.
 */
export async function pdfHiddenText(bytes: Uint8Array, { timeoutMs }: { timeoutMs: number }): Promise<HiddenPdfText[]> {
  const until = Date.now() + timeoutMs
  return withPdf(bytes, async (document, pdfjs) => {
    const findings: HiddenPdfText[] = []
    for (let number = 1; number <= document.numPages && Date.now() < until; number++) {
      const page = await document.getPage(number)
      findings.push(...findHiddenPdfText(await pageDrawing(page, pdfjs), number))
      page.cleanup()
    }
    return findings
  })
}
