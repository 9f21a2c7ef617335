import { describe, expect, it } from 'vitest'
import { escapeHtml, highlightHtml, snippet } from './snippet'
import { queryTerms } from './words'

const marked = ({ text, highlights }: { text: string; highlights: [number, number][] }) =>
  highlights.map(([start, end]) => text.slice(start, end))

const FILLER = 'เทศบาลตำบลบ้านใหม่ได้จัดทำรายงานผลการดำเนินงานประจำปีเพื่อเผยแพร่ให้ประชาชนทราบ '
const NOTICE =
  'ประกาศประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ ๕ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) ' +
  'วงเงินงบประมาณ ๑,๒๐๐,๐๐๐ บาท '
const LONG = FILLER.repeat(5) + NOTICE + 'รายละเอียดเพิ่มเติมติดต่อกองคลัง '.repeat(10)

describe('snippet', () => {
  it('returns a short text whole, with every match marked', () => {
    const result = snippet('ประกาศประกวดราคา\n\n  จ้างเหมา  ประกวดราคา', ['ประกวดราคา'])
    expect(result).toEqual({
      text: 'ประกาศประกวดราคา จ้างเหมา ประกวดราคา',
      highlights: [
        [6, 16],
        [26, 36],
      ],
    })
  })

  it('picks the stretch with the most matches and cuts it at word boundaries', () => {
    const result = snippet(LONG, queryTerms('ประกวดราคา งบประมาณ'), 120)
    expect(result.text.startsWith('…ประกวดราคาจ้างก่อสร้าง')).toBe(true)
    expect(result.text.endsWith('…')).toBe(true)
    expect(result.text.length).toBeLessThanOrEqual(122)
    expect(marked(result)).toEqual(['ประกวดราคา', 'ประกวดราคา', 'งบประมาณ'])
  })

  it('marks adjacent query words as one stretch', () => {
    expect(marked(snippet('วงเงินงบประมาณ 1,200,000 บาท', ['งบ', 'ประมาณ']))).toEqual(['งบประมาณ'])
  })

  it('matches regardless of case and of Thai or Arabic digits, marking the text as written', () => {
    const result = snippet('ปีงบประมาณ พ.ศ. ๒๕๖๘ ระบบ E-GP', queryTerms('2568 e-gp'))
    expect(marked(result)).toEqual(['๒๕๖๘', 'E', 'GP'])
  })

  it('keeps positions right when a letter grows in lower case', () => {
    expect(snippet('İzmir ประกวดราคา', ['ประกวดราคา']).highlights).toEqual([[6, 16]])
  })

  it('starts at the beginning when nothing matches', () => {
    const result = snippet(LONG, ['ไม่มีคำนี้'], 60)
    expect(result.highlights).toEqual([])
    expect(result.text.startsWith('เทศบาลตำบลบ้านใหม่')).toBe(true)
    expect(result.text.endsWith('…')).toBe(true)
    expect(result.text.length).toBeLessThanOrEqual(61)
  })
})

describe('highlightHtml', () => {
  it('escapes the text and wraps matches in <mark>', () => {
    expect(highlightHtml('<b>ราคา</b> "ประกวดราคา" & \'ต่อรอง\'', ['ประกวดราคา'])).toBe(
      '&lt;b&gt;ราคา&lt;/b&gt; &quot;<mark>ประกวดราคา</mark>&quot; &amp; &#39;ต่อรอง&#39;',
    )
  })

  it('escapes a match that itself contains markup', () => {
    expect(highlightHtml('a<script>b', ['<script>'])).toBe('a<mark>&lt;script&gt;</mark>b')
  })

  it('returns plain escaped text when nothing matches', () => {
    expect(highlightHtml('R&D <ไม่มี>', ['คำค้น'])).toBe('R&amp;D &lt;ไม่มี&gt;')
  })
})

describe('escapeHtml', () => {
  it('escapes the five characters that matter in HTML text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    )
  })
})
