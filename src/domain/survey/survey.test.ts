import { describe, expect, it } from 'vitest'
import { readSurveyAnswer, surveyResults } from './survey'

describe('the website satisfaction survey', () => {
  it('takes a level of 1 to 5 with an optional comment, and the page it was given on', () => {
    expect(readSurveyAnswer({ rating: '4', comment: ' หาข้อมูลง่าย ', page: '/news' })).toEqual({ answer: { rating: 4, comment: 'หาข้อมูลง่าย', page: '/news' } })
    expect(readSurveyAnswer({ rating: 5 })).toEqual({ answer: { rating: 5, comment: '', page: '/' } })
    expect(readSurveyAnswer({ rating: 5, page: 'https://evil.example/' })).toEqual({ answer: { rating: 5, comment: '', page: '/' } })
  })

  it('refuses anything else in Thai', () => {
    for (const rating of ['0', '6', '4.5', '', 'abc', null]) expect(readSurveyAnswer({ rating })).toEqual({ error: 'กรุณาเลือกระดับความพึงพอใจ 1 ถึง 5' })
    expect(readSurveyAnswer({ rating: 3, comment: 'ก'.repeat(501) })).toEqual({ error: 'ข้อเสนอแนะยาวเกิน 500 ตัวอักษร' })
  })

  it('gives a fiscal year’s count, average and spread, leaving other years out', () => {
    const at = (iso: string) => new Date(iso)
    const results = surveyResults(
      [
        { rating: 5, at: at('2025-10-01T01:00:00Z') },
        { rating: 4, at: at('2026-03-01T01:00:00Z') },
        { rating: 4, at: at('2026-09-30T10:00:00Z') },
        { rating: 1, at: at('2026-09-30T18:00:00Z') }, // 1 Oct in Bangkok: the next fiscal year
      ],
      2569,
    )
    expect(results).toEqual({ fiscalYear: 2569, count: 3, average: 4.33, distribution: [{ level: 5, count: 1 }, { level: 4, count: 2 }, { level: 3, count: 0 }, { level: 2, count: 0 }, { level: 1, count: 0 }] })
    expect(surveyResults([], 2570).average).toBeNull()
  })
})
