import { zlibSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { latin1 } from './bytes'
import { bytesOf, concat } from './fixtures'
import {
  decodePdfName,
  MAX_PDF_INFLATED_BYTES,
  pdfActiveContent,
  pdfFinding,
  pdfLooksComplete,
  pdfObjectStreams,
  PdfInflateLimitError,
  readObjectStreams,
} from './pdf'

const latin = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0))
const objectStream = (body: Uint8Array, dictionary = '/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode') =>
  concat(latin(`%PDF-1.5\n5 0 obj\n<< ${dictionary} /Length ${body.length} >>\nstream\n`), body, latin('\nendstream\nendobj\n%%EOF\n'))

describe('decodePdfName', () => {
  it('decodes #xx escapes', () => {
    expect(decodePdfName('J#53')).toBe('JS')
    expect(decodePdfName('#4A#61vaScript')).toBe('JavaScript')
    expect(decodePdfName('A#2')).toBe('A#2') // not an escape
  })
})

describe('pdfActiveContent', () => {
  it('finds /JS, /JavaScript and /Launch as names, once each, in order', () => {
    expect(pdfActiveContent('<< /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> << /S /JavaScript >>')).toEqual(['/JavaScript', '/JS'])
    expect(pdfActiveContent('<</S/Launch/F(cmd.exe)>>')).toEqual(['/Launch'])
  })

  it('decodes escaped names', () => {
    expect(pdfActiveContent('<< /S /J#61vaScript /J#53 (x) >>')).toEqual(['/JavaScript', '/JS'])
    expect(pdfActiveContent('<< /S /#4Caunch >>')).toEqual(['/Launch'])
  })

  it('reads names as whole tokens', () => {
    expect(pdfActiveContent('<< /JSON 1 /JavaScripts 2 /LaunchPad 3 /XJS 4 >>')).toEqual([])
  })

  it('passes a view-only /OpenAction', () => {
    expect(pdfActiveContent('<< /Type /Catalog /OpenAction [3 0 R /FitH 842] /PageMode /UseOutlines >>')).toEqual([])
  })

  it('skips strings and stream data that hold no object', () => {
    expect(pdfActiveContent('<< /URI (https://developer.mozilla.org/en-US/docs/Web/JavaScript) >>')).toEqual([])
    expect(pdfActiveContent('<< /T (a \\) /JS (b\\)) c) >>')).toEqual([]) // escaped parentheses inside
    expect(pdfActiveContent('4 0 obj << /Length 9 >>\nstream\n/JS /Launch\nendstream\nendobj')).toEqual([])
  })

  it('does not let a string or a stream that never ends hide the objects after it', () => {
    const text = '7 0 obj << /Junk (never closed >> endobj\n8 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj'
    expect(pdfActiveContent(text)).toEqual(['/JavaScript', '/JS'])
    const stream = '4 0 obj << /Length 999 >>\nstream\nbinary 8 0 obj << /S /Launch >> endobj\nendstream'
    expect(pdfActiveContent(stream)).toEqual(['/Launch'])
    expect(pdfActiveContent('% 5 0 obj << /S /JavaScript >>\n')).toEqual(['/JavaScript']) // comments are read
  })

  it('stays linear on a file full of unbalanced parentheses', () => {
    const text = '('.repeat(2_000_000)
    const started = performance.now()
    expect(pdfActiveContent(text)).toEqual([])
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})

describe('pdfObjectStreams', () => {
  it('inflates Flate object streams, with or without the zlib header', () => {
    const objects = latin('1 0 << /Type /Catalog /OpenAction << /S /JavaScript /JS (x) >> >>')
    const [inflated] = pdfObjectStreams(objectStream(zlibSync(objects)))
    expect(latin1(inflated)).toBe(latin1(objects))
    expect(pdfActiveContent(latin1(inflated))).toEqual(['/JavaScript', '/JS'])
    expect(pdfObjectStreams(objectStream(zlibSync(objects).subarray(2)))).toHaveLength(1)
  })

  it('reads escaped dictionary names and a filter array', () => {
    const body = zlibSync(latin('1 0 << /S /Launch >>'))
    expect(pdfObjectStreams(objectStream(body, '/Type /Obj#53tm /N 1 /First 4 /Filter [/FlateDecode]'))).toHaveLength(1)
  })

  it('ignores streams that are not object streams', () => {
    expect(pdfObjectStreams(objectStream(zlibSync(latin('BT ET')), '/Filter /FlateDecode'))).toEqual([])
  })

  it('undoes PNG predictors', () => {
    const objects = latin('1 0 << /S /JavaScript >>')
    const columns = 4
    const rows: number[] = []
    for (let at = 0; at < objects.length; at += columns) rows.push(0, ...objects.subarray(at, at + columns), ...new Array(Math.max(0, at + columns - objects.length)).fill(0x20))
    const body = zlibSync(new Uint8Array(rows))
    const [inflated] = pdfObjectStreams(objectStream(body, `/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns ${columns} >>`))
    expect(pdfActiveContent(latin1(inflated))).toEqual(['/JavaScript'])
  })

  it('counts object streams in a form it cannot read', () => {
    const result = readObjectStreams(objectStream(latin('<6a73>'), '/Type /ObjStm /Filter /ASCIIHexDecode'))
    expect(result.uninspectable).toBe(1)
  })

  it('stops at 20 MB inflated and throws', () => {
    const bomb = zlibSync(new Uint8Array(MAX_PDF_INFLATED_BYTES + 1024), { level: 9 })
    expect(() => pdfObjectStreams(objectStream(bomb))).toThrow(PdfInflateLimitError)
    expect(pdfFinding(objectStream(bomb))).toMatchObject({ code: 'archive' })
  })
})

describe('pdfLooksComplete', () => {
  it('wants %%EOF in the last kilobyte', () => {
    expect(pdfLooksComplete(bytesOf('%PDF-1.7\n...\n%%EOF\n\n'))).toBe(true)
    expect(pdfLooksComplete(bytesOf('%PDF-1.7\n1 0 obj << /Type'))).toBe(false)
    expect(pdfLooksComplete(bytesOf(`%PDF-1.7\n%%EOF\n${'x'.repeat(2000)}`))).toBe(false)
  })
})
