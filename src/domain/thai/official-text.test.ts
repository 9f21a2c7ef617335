import { describe, expect, it } from 'vitest'
import { keepDatesTogether, officialCellText, keepEraWithYear, lineBreakPieces, linePieces, officialText, thaiNumeralsInText } from './official-text'

describe('digits in official text', () => {
  it('writes digits in running text as Thai numerals', () => {
    expect(thaiNumeralsInText('ยื่นเมื่อวันที่ 1 ธันวาคม 2569 จำนวน 12.5 ล้านบาท (ข้อ 3)')).toBe('ยื่นเมื่อวันที่ ๑ ธันวาคม ๒๕๖๙ จำนวน ๑๒.๕ ล้านบาท (ข้อ ๓)')
  })
  it('leaves addresses, e-mail addresses and codes alone', () => {
    const text = 'ดูที่ https://www.bansuan.go.th/news/12 หรือ saraban2@bansuan.go.th ตัวชี้วัด MOIT12 หมวด C10 ไฟล์ report2569.pdf'
    expect(thaiNumeralsInText(text)).toBe(text)
  })
  it('keeps an era with its year, whatever space the user typed', () => {
    expect(keepEraWithYear('พ.ศ. 2569 และ พ.ศ.2570')).toBe('พ.ศ.\u00a02569 และ พ.ศ.\u00a02570')
    expect(officialText('ปี พ.ศ. 2569')).toBe('ปี พ.ศ.\u00a0๒๕๖๙')
  })
  it('keeps a date with its month and year, and a section of a law with its number', () => {
    expect(keepDatesTogether('ภายในวันที่ ๒๘ กุมภาพันธ์ ๒๕๖๙ และ 1 มิ.ย. 2568')).toBe('ภายในวันที่ ๒๘\u00a0กุมภาพันธ์\u00a0๒๕๖๙ และ 1\u00a0มิ.ย.\u00a02568')
    expect(officialText('ลงวันที่ 9 พฤศจิกายน พ.ศ. 2568 ตามมาตรา 9')).toBe('ลงวันที่ ๙\u00a0พฤศจิกายน\u00a0พ.ศ.\u00a0๒๕๖๘ ตามมาตรา\u00a0๙')
    // A day and month without a year, or digits that are not a day, are left as they are.
    expect(keepDatesTogether('ภายในวันที่ ๒๘ กุมภาพันธ์ ของทุกปี')).toBe('ภายในวันที่ ๒๘ กุมภาพันธ์ ของทุกปี')
    expect(keepDatesTogether('จำนวน ๑๒๓ มีนาคม ๒๕๖๘')).toBe('จำนวน ๑๒๓ มีนาคม ๒๕๖๘')
    // In a narrow table cell a date wraps before its year; the era still keeps its year.
    expect(officialCellText('1 พฤศจิกายน 2568 (พ.ศ. 2568)')).toBe('๑ พฤศจิกายน ๒๕๖๘ (พ.ศ.\u00a0๒๕๖๘)')
  })
})

describe('where a line may break', () => {
  it('gives the text back when the pieces are joined', () => {
    const text = 'การกระทำที่เป็นการทุจริต ประกาศ ณ วันที่ ๑ ธันวาคม พ.ศ.\u00a0๒๕๖๙\nยื่นคำขอเผยแพร่'
    expect(lineBreakPieces(text).join('')).toBe(text)
  })
  it('never breaks inside the words ICU cuts wrongly, nor between an era and its year', () => {
    expect(lineBreakPieces('การกระทำ')).toEqual(['การ', 'กระทำ'])
    expect(lineBreakPieces('ยื่นคำขอเผยแพร่')).toEqual(['ยื่น', 'คำขอ', 'เผยแพร่'])
    expect(lineBreakPieces(officialText('ประกาศ ณ วันที่ 1 ธันวาคม พ.ศ. 2569'))).toEqual(['ประกาศ', ' ', 'ณ', ' ', 'วัน', 'ที่', ' ', '๑\u00a0ธันวาคม\u00a0พ.ศ.\u00a0๒๕๖๙'])
    // ICU's own cuts, corrected: "มีหน้า|ที่", "ความเร่ง|ด่วน", "หัวหน้าหน่วย|งาน".
    expect(lineBreakPieces('มีหน้าที่')).toEqual(['มี', 'หน้าที่'])
    expect(lineBreakPieces('ความเร่งด่วน')).toEqual(['ความ', 'เร่งด่วน'])
    expect(lineBreakPieces('หัวหน้าหน่วยงาน')).toEqual(['หัวหน้า', 'หน่วยงาน'])
  })
  it('never breaks at the edge of an official word inside a longer one', () => {
    expect(lineBreakPieces('ปีงบประมาณ ๒๕๖๘')).toEqual(['ปีงบประมาณ', ' ', '๒๕๖๘'])
  })
  it('never ends a line with an opening bracket nor starts one with a closing mark', () => {
    expect(lineBreakPieces('ข้อมูลจราจร(Log File)ไว้')).toEqual(['ข้อมูล', 'จราจร', '(Log', ' ', 'File)', 'ไว้'])
  })

  it('keeps spaces and line ends as pieces of their own', () => {
    expect(lineBreakPieces('ก ข\nค')).toEqual(['ก', ' ', 'ข', '\n', 'ค'])
  })
})

describe('slashes', () => {
  it('breaks after a slash, never before one', () => {
    expect(lineBreakPieces('วัน/เดือน/ปี').join('|')).not.toMatch(/\|\//)
  })
})

describe('what a renderer must enforce beyond ICU', () => {
  it('marks only the pieces ICU would cut, and the breaks ICU lacks', () => {
    const pieces = linePieces('การกระทำที่ไม่ชอบ')
    expect(pieces.filter((p) => p.whole).map((p) => p.text)).toEqual(['กระทำ'])
    expect(pieces.filter((p) => p.breakBefore).map((p) => p.text)).toEqual(['กระทำ'])
    expect(linePieces('ข้อมูล ข่าวสาร').some((p) => p.whole || p.breakBefore)).toBe(false)
  })
  it('keeps every official word whole, even one Node’s ICU leaves whole (Chromium’s copy may cut it)', () => {
    expect(linePieces('ปีงบประมาณ').map((p) => [p.text, p.whole])).toEqual([['ปีงบประมาณ', true]])
  })
})
