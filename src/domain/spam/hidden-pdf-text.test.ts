import { describe, expect, it } from 'vitest'
import { findHiddenPdfText, type Box, type DrawnText, type PaintedArea } from './hidden-pdf-text'

const text = (words: string, box: Box, over: Partial<DrawnText> = {}): DrawnText => ({ kind: 'text', text: words, box, size: 12, paints: ['#000000'], ...over })
const area = (box: Box, paint: PaintedArea['paint']): PaintedArea => ({ kind: 'area', box, paint })
const PAGE: Box = [0, 0, 595, 842]

describe('findHiddenPdfText', () => {
  it('judges white text by the last thing painted under its middle', () => {
    const drawn = [
      area([50, 600, 300, 640], '#1f3864'),
      text('หัวข้อ', [60, 610, 120, 622], { paints: ['#ffffff'] }), // on the dark bar
      area([50, 600, 300, 640], '#ffffff'),
      text('สล็อต', [60, 610, 120, 622], { paints: ['#ffffff'] }), // the bar painted over in white
      text('บาคาร่า', [60, 400, 120, 412], { paints: ['#ffffff', '#fafafa'] }), // filled and stroked white, nothing under
    ]
    expect(findHiddenPdfText({ drawn, links: [] }, 2)).toEqual([
      { text: 'สล็อต', why: 'white', page: 2 },
      { text: 'บาคาร่า', why: 'white', page: 2 },
    ])
  })

  it('sees text stroked in a colour, or filled with a pattern, as visible', () => {
    const drawn = [text('ประกาศ', [60, 610, 120, 622], { paints: ['#ffffff', '#000000'] }), text('ข่าว', [60, 590, 120, 602], { paints: [null] })]
    expect(findHiddenPdfText({ drawn, links: [] }, 1)).toEqual([])
  })

  it('leaves undrawn text over a picture alone (OCR of a scan) but not over a shape', () => {
    const drawn = [area(PAGE, 'image'), text('ประกาศผลการสอบ', [60, 700, 200, 712], { paints: [] }), area([0, 0, 595, 100], '#cccccc'), text('ufabet', [60, 50, 120, 62], { paints: [] })]
    expect(findHiddenPdfText({ drawn, links: [] }, 1)).toEqual([{ text: 'ufabet', why: 'invisible', page: 1 }])
  })

  it('joins the hidden pieces of a line, with a space where they do not touch, and starts again on the next line', () => {
    const white = { paints: ['#ffffff'] }
    const drawn = [
      text('sl', [60, 700, 70, 712], white),
      text('ot', [70, 700, 80, 712], white),
      text('เว็บตรง', [100, 700, 150, 712], white),
      text('แทงบอล', [60, 680, 110, 692], white),
      text('ประกาศ', [120, 680, 170, 692]),
      text('UFA', [180, 680, 200, 692], white),
    ]
    expect(findHiddenPdfText({ drawn, links: [] }, 1).map((f) => f.text)).toEqual(['slot เว็บตรง', 'แทงบอล', 'UFA'])
  })

  it('reads a link’s text from every piece inside it', () => {
    const links = [{ box: [50, 695, 300, 715] as Box, target: 'https://sbobet.vip/' }]
    const drawn = [text('www.', [60, 700, 90, 712]), text('oic.go.th', [90, 700, 150, 712]), text('ufa', [160, 700, 180, 712], { size: 1 })]
    expect(findHiddenPdfText({ drawn, links }, 1)).toEqual([
      { text: 'ufa', why: 'tiny', target: 'https://sbobet.vip/', page: 1 },
      { text: 'www.oic.go.th ufa', why: 'link-mismatch', target: 'https://sbobet.vip/', page: 1 },
    ])
  })
})
