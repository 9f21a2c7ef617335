import { describe, expect, it } from 'vitest'
import { onePagePdf, pdfStream } from '../../test/support/files'
import { extractText } from './extract-text'
import { pdfHiddenText } from './pdf-drawing'

const hidden = (content: string, options: Parameters<typeof onePagePdf>[1] = {}) => pdfHiddenText(onePagePdf(content, options), { timeoutMs: 10_000 })
const line = (text: string, y = 700) => `BT /F1 12 Tf 72 ${y} Td (${text}) Tj ET`

/** A grey picture of 2 × 2 pixels, drawn over the whole page as a scan is. */
const SCAN = { resources: '/XObject << /Im1 6 0 R >>', extra: [pdfStream('/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8', 'AAAA')] }
const PAGE_IMAGE = 'q 595 0 0 842 0 0 cm /Im1 Do Q'

describe('pdfHiddenText', () => {
  it('finds white text, in RGB, grey and CMYK, near-white too', async () => {
    const content = [`1 1 1 rg ${line('UFABET168')}`, `1 g ${line('sbobet', 680)}`, `0 0 0 0 k ${line('pg slot', 660)}`, `0.97 0.97 0.97 rg ${line('betflik', 640)}`].join('\n')
    expect(await hidden(content)).toEqual([
      { text: 'UFABET168', why: 'white', page: 1 },
      { text: 'sbobet', why: 'white', page: 1 },
      { text: 'pg slot', why: 'white', page: 1 },
      { text: 'betflik', why: 'white', page: 1 },
    ])
  })

  it('finds text drawn invisible (render mode 3) or fully transparent', async () => {
    const content = `3 Tr ${line('slot joker')}\n/G0 gs ${line('sa gaming', 680)}`
    expect(await hidden(content, { resources: '/ExtGState << /G0 6 0 R >>', extra: ['<< /Type /ExtGState /ca 0 >>'] })).toEqual([
      { text: 'slot joker', why: 'invisible', page: 1 },
      { text: 'sa gaming', why: 'invisible', page: 1 },
    ])
  })

  it('finds text of 2 pt or less as drawn: by its font size, its text matrix or the page’s matrix', async () => {
    const content = [
      'BT /F1 1 Tf 72 700 Td (ufabet) Tj ET',
      'BT /F1 12 Tf 0.1 0 0 0.1 72 680 Tm (sbobet) Tj ET',
      'q 0.15 0 0 0.15 72 660 cm BT /F1 12 Tf (lsm99) Tj ET Q',
      'BT /F1 3 Tf 72 640 Td (3 pt is small but readable) Tj ET',
    ].join('\n')
    expect(await hidden(content)).toEqual([
      { text: 'ufabet', why: 'tiny', page: 1 },
      { text: 'sbobet', why: 'tiny', page: 1 },
      { text: 'lsm99', why: 'tiny', page: 1 },
    ])
  })

  it('finds nothing in ordinary black and coloured text', async () => {
    const content = [line('Annual procurement plan 2025'), `0 0 1 rg ${line('Contact: 0 2123 4567', 680)}`, `0.5 g ${line('Page 1 of 3', 660)}`].join('\n')
    expect(await hidden(content)).toEqual([])
  })

  it('leaves white text alone on a dark box or a picture', async () => {
    const content = ['0.1 0.2 0.5 rg 60 690 300 30 re f', `1 1 1 rg ${line('Notice of the municipality')}`, PAGE_IMAGE, line('Caption on the photo', 400)].join('\n')
    expect(await hidden(`${content}`, SCAN)).toEqual([])
  })

  it('sees white text over a white box as hidden, even on a picture', async () => {
    const content = [PAGE_IMAGE, '1 1 1 rg 60 690 300 30 re f', line('UFABET')].join('\n')
    expect(await hidden(content, SCAN)).toEqual([{ text: 'UFABET', why: 'white', page: 1 }])
  })

  it('leaves alone the invisible words OCR puts over a scanned page, and reads them as the file’s text', async () => {
    const content = [PAGE_IMAGE, `3 Tr ${line('Announcement of the winning bid')}`, line('Road repair, Moo 4', 680)].join('\n')
    const pdf = onePagePdf(content, SCAN)
    expect(await pdfHiddenText(pdf, { timeoutMs: 10_000 })).toEqual([])
    expect(await extractText(pdf, 'pdf')).toContain('Announcement of the winning bid')
  })

  it('still finds invisible text that no picture is under, on a scanned page too', async () => {
    const content = ['q 300 0 0 200 0 0 cm /Im1 Do Q', `3 Tr ${line('slot168 ufabet')}`].join('\n')
    expect(await hidden(content, SCAN)).toEqual([{ text: 'slot168 ufabet', why: 'invisible', page: 1 }])
  })

  it('joins a line’s hidden pieces and says where a hidden link goes', async () => {
    const content = `1 1 1 rg BT /F1 12 Tf 72 700 Td (slot) Tj (168) Tj 60 0 Td (ufabet) Tj ET`
    const link = '<< /Type /Annot /Subtype /Link /Rect [70 695 200 715] /A << /S /URI /URI (https://ufa88.bet/) >> >>'
    expect(await hidden(content, { annotations: '6 0 R', extra: [link] })).toEqual([
      { text: 'slot168 ufabet', why: 'white', target: 'https://ufa88.bet/', page: 1 },
    ])
  })

  it('finds a link whose text names another site than it goes to', async () => {
    const links = [
      '<< /Type /Annot /Subtype /Link /Rect [70 695 300 715] /A << /S /URI /URI (https://ufa88.bet/register) >> >>',
      '<< /Type /Annot /Subtype /Link /Rect [70 675 300 695] /A << /S /URI /URI (https://info.dla.go.th/plan.pdf) >> >>',
    ]
    const content = [line('www.dla.go.th'), line('www.dla.go.th', 680)].join('\n')
    expect(await hidden(content, { annotations: '6 0 R 7 0 R', extra: links })).toEqual([
      { text: 'www.dla.go.th', why: 'link-mismatch', target: 'https://ufa88.bet/register', page: 1 },
    ])
  })
})
