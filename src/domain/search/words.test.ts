import { describe, expect, it } from 'vitest'
import { FTS_FACET_MARK, ftsMatchExpression, indexText, maxIndexedLength, queryTerms, toArabicDigits, tokenize, tsQuery } from './words'

/** What the database does with the stored text: split on spaces, and match when every query term is there. */
const found = (query: string, text: string): boolean => {
  const stored = new Set(indexText(text).split(' '))
  const terms = queryTerms(query)
  return terms.length > 0 && terms.every((term) => stored.has(term))
}

describe('toArabicDigits', () => {
  it('maps Thai numerals and keeps everything else in place', () => {
    expect(toArabicDigits('พ.ศ. ๒๕๖๘ หมู่ที่ 5')).toBe('พ.ศ. 2568 หมู่ที่ 5')
  })
})

describe('tokenize', () => {
  it('cuts Thai into words, dropping spaces and punctuation', () => {
    expect(tokenize('ประกาศเทศบาล ฉบับที่ ๒/๒๕๖๘')).toEqual(['ประกาศ', 'เทศบาล', 'ฉบับ', 'ที่', '2', '2568'])
  })

  it('lower-cases Latin words and composes accents (NFC)', () => {
    expect(tokenize('Hello, WORLD! e-GP')).toEqual(['hello', 'world', 'e', 'gp'])
    expect(tokenize('Cafe\u0301')).toEqual(['café'])
  })

  it('gives nothing for text without words', () => {
    expect(tokenize(' .,;!? \n')).toEqual([])
  })
})

describe('indexText', () => {
  it('joins the words with single spaces', () => {
    expect(indexText('  ประกาศ,   เทศบาล!!\n')).toBe('ประกาศ เทศบาล')
  })

  it('adds the parts of a compound the dictionary keeps whole', () => {
    // The premise: in this sentence "ปีงบประมาณ" is one word, but "งบประมาณ" alone is two.
    expect(tokenize('แผนจัดซื้อประจำปีงบประมาณ')).not.toContain('งบ')
    expect(queryTerms('งบประมาณ')).toEqual(['งบ', 'ประมาณ'])
    expect(indexText('แผนจัดซื้อประจำปีงบประมาณ').split(' ')).toEqual(expect.arrayContaining(['ปีงบประมาณ', 'งบ', 'ประมาณ']))
  })

  it('reads a long text piece by piece without cutting a word at a piece boundary', () => {
    const sentence = 'ประกาศเทศบาลตำบลบ้านใหม่ เรื่อง ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ปีงบประมาณ ๒๕๖๘ '
    const long = sentence.repeat(1500) // about 130,000 characters
    expect(indexText(long)).toBe(Array(1500).fill(indexText(sentence)).join(' '))
  })

  it('does not cut ordinary words into syllables', () => {
    expect(indexText('เทศบาลตำบลบ้านใหม่')).toBe('เทศบาล ตำบล บ้าน ใหม่')
  })
})

describe('a word found in a sentence is found when searched for alone', () => {
  it.each([
    ['ประกวดราคา', 'ประกาศเทศบาลตำบลเรื่องประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก'],
    ['งบประมาณ', 'งบประมาณรายจ่ายประจำปี พ.ศ. ๒๕๖๘'],
    ['งบประมาณ', 'แผนการจัดซื้อจัดจ้างประจำปีงบประมาณ 2568'],
    ['ปีงบประมาณ', 'แผนการจัดซื้อจัดจ้างประจำปีงบประมาณ 2568'],
    ['เทศบาล', 'เทศบาลเมืองลำปางขอประชาสัมพันธ์'],
    ['ประชาสัมพันธ์', 'สำนักงานสาธารณสุขอำเภอเมืองขอประชาสัมพันธ์การรับสมัคร'],
    ['สาธารณสุข', 'สำนักงานสาธารณสุขอำเภอเมือง'],
    ['จัดซื้อจัดจ้าง', 'ประกาศผลการจัดซื้อจัดจ้างวัสดุสำนักงาน'],
    ['ข้อมูลข่าวสาร', 'ข้อมูลข่าวสารตามพระราชบัญญัติข้อมูลข่าวสารของราชการ'],
    ['ผู้ว่าราชการจังหวัด', 'ผู้ว่าราชการจังหวัดลำปางเป็นประธานเปิดโครงการ'],
    ['๒๕๖๘', 'ปีงบประมาณ พ.ศ. 2568'],
    ['E-Bidding', 'ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)'],
  ])('%s in "%s"', (word, sentence) => {
    expect(found(word, sentence)).toBe(true)
  })

  it.each([
    ['ประกวดราคา', 'เบี้ยยังชีพผู้สูงอายุประจำเดือนตุลาคม'],
    ['งบประมาณ', 'ประกาศรับสมัครพนักงานจ้าง'],
    ['2567', 'ปีงบประมาณ พ.ศ. 2568'],
    ['', 'ข้อความใดก็ได้'],
  ])('but not %s in "%s"', (word, sentence) => {
    expect(found(word, sentence)).toBe(false)
  })
})

describe('queryTerms', () => {
  it('gives each word once', () => {
    expect(queryTerms('เทศบาล  เทศบาล ตำบล')).toEqual(['เทศบาล', 'ตำบล'])
  })
})

describe('ftsMatchExpression', () => {
  it('quotes every term and requires all of them', () => {
    expect(ftsMatchExpression(['งบ', 'ประมาณ'])).toBe('"งบ" AND "ประมาณ"')
  })

  it('requires every facet, marked so that no search word can match one', () => {
    expect(ftsMatchExpression(['ภาษี'], ['c12', 'y2569'])).toBe(`"ภาษี" AND "${FTS_FACET_MARK}c12" AND "${FTS_FACET_MARK}y2569"`)
    expect(queryTerms(`${FTS_FACET_MARK}c12 ภาษี`)).not.toContain(`${FTS_FACET_MARK}c12`)
    expect(ftsMatchExpression([], ['c12'])).toBeNull()
  })

  it('doubles quotes inside a term, so no term can become an FTS5 operator', () => {
    expect(ftsMatchExpression(['say "hi" OR x', 'NEAR(a'])).toBe('"say ""hi"" OR x" AND "NEAR(a"')
  })

  it('gives null when there is nothing to search for', () => {
    expect(ftsMatchExpression([])).toBeNull()
  })
})

describe('tsQuery', () => {
  it('quotes every lexeme, doubling quotes and backslashes, and requires all of them', () => {
    expect(tsQuery(['งบ', "don't", 'a\\b', 'x:*'])).toBe("'งบ' & 'don''t' & 'a\\\\b' & 'x:*'")
    expect(tsQuery([])).toBeNull()
  })
})

describe('maxIndexedLength', () => {
  it('bounds the length of the indexed words of a text', () => {
    for (const text of ['งบประมาณรายจ่ายประจำปี', 'ก'.repeat(500), 'a b c d', 'ศูนย์พัฒนาเด็กเล็ก๑๒๓ABC เทศบาล'.repeat(50), '']) {
      expect(indexText(text).length).toBeLessThanOrEqual(maxIndexedLength(text.length))
    }
  })
})
