import { describe, expect, it } from 'vitest'
import { scoreOf, scoreText } from './score'
import { CATEGORY_DEFINITIONS } from '../categories'
import { evaluate } from './evaluate'
import { memorySource } from './evidence'
import { parseIndicatorSet } from './parse'
import { copySetForward, fillPlaceholder, isPlaceholder, loadBundledSets, resolveSet, tagVocabulary } from './sets'
import type { IndicatorResult, IndicatorSet } from './types'

const bundled = loadBundledSets()
const NOT_FOUND_TITLE = 'ยังไม่พบข้อมูลตัวชี้วัดจากแหล่งสาธารณะ — หน่วยงานกรอกเอง'

const codesOf = (set: IndicatorSet) => set.indicators.map((i) => i.code)
const bundledSet = (name: IndicatorSet['set'], year: number | null) =>
  bundled.find((s) => s.set === name && s.fiscalYear === year)!

describe('bundled indicator sets', () => {
  it('ships ITA and MOIT for 2568 and 2569 and the every-year GWS and OIA sets', () => {
    expect(bundled.map((s) => `${s.set}-${s.fiscalYear}`).sort()).toEqual(
      ['gws-null', 'ita-2568', 'ita-2569', 'moit-2568', 'moit-2569', 'oia-null'].sort(),
    )
  })

  it('lists ITA O1–O26 and MOIT1–MOIT22 in order', () => {
    const ita = Array.from({ length: 26 }, (_, i) => `O${i + 1}`)
    const moit = Array.from({ length: 22 }, (_, i) => `MOIT${i + 1}`)
    expect(codesOf(bundledSet('ita', 2568))).toEqual(ita)
    expect(codesOf(bundledSet('ita', 2569))).toEqual(ita)
    expect(codesOf(bundledSet('moit', 2568))).toEqual(moit)
    expect(codesOf(bundledSet('moit', 2569))).toEqual(moit)
  })

  it('keeps indicators not found in public sources, marked for the agency to fill in', () => {
    const unknown = (set: IndicatorSet) =>
      set.indicators.filter((i) => i.currency.kind === 'none').map((i) => [i.code, i.title, i.categories.length])
    expect(unknown(bundledSet('ita', 2568))).toEqual([
      ['O5', NOT_FOUND_TITLE, 0],
      ['O6', NOT_FOUND_TITLE, 0],
      ['O7', NOT_FOUND_TITLE, 0],
    ])
    expect(unknown(bundledSet('ita', 2569))).toEqual([
      ['O2', NOT_FOUND_TITLE, 0],
      ['O6', NOT_FOUND_TITLE, 0],
      ['O7', NOT_FOUND_TITLE, 0],
    ])
  })

  it('says in the source where a list is incomplete', () => {
    expect(bundledSet('ita', 2568).source).toContain('ไม่ครบถ้วน')
    expect(bundledSet('ita', 2569).source).toContain('ไม่ครบถ้วน')
  })

  it('reports every indicator of a set as missing on an empty site, but those the set leaves to the agency', async () => {
    const results = await evaluate(bundledSet('ita', 2569), 2569, memorySource([]), new Date('2026-06-01T00:00:00+07:00'))
    expect(results).toHaveLength(26)
    expect(results.filter((r) => r.status === 'unspecified').map((r) => r.code)).toEqual(['O2', 'O6', 'O7'])
    expect(results.every((r) => (r.status === 'missing' || r.status === 'unspecified') && r.reason.length > 0)).toBe(true)
  })

  it('covers every item of 003 §1.1–1.4 in the Government Website Standard set', () => {
    const gws = bundledSet('gws', null)
    // 003 §1.1 (1)–(7), §1.2 (1)–(2), §1.3 (1)–(3), §1.4 (1)–(3): each by the category or agency page that carries it.
    const carriers = new Set(gws.indicators.flatMap((i) => [...i.categories, ...(i.pages ?? [])]))
    for (const needed of ['C1', 'C2', 'cio', 'C4', 'C5', 'C6', 'site-map', 'C8', 'C9', 'C12', 'C13', 'C14', 'C15', 'C16', 'alerts', 'C17', 'C18']) expect(carriers, needed).toContain(needed)
    for (const policy of ['website-policy', 'security-policy', 'privacy-policy', 'cookie-policy']) expect(carriers, policy).toContain(policy)
    // And SPEC §2's content categories the seeds name besides: procurement, work manuals, banners, the survey and statistics.
    for (const needed of ['C10', 'C11', 'C19', 'C21', 'satisfaction-survey', 'statistics']) expect(carriers, needed).toContain(needed)
    // 003 §1.1(1): the agency's dated documents, each its own item (plans, budget, performance agreement, reports).
    const c1Tags = new Set(gws.indicators.filter((i) => i.categories.includes('C1')).flatMap((i) => i.tags ?? []))
    for (const tag of ['แผนปฏิบัติการประจำปี', 'งบประมาณรายจ่ายประจำปี', 'คำรับรองการปฏิบัติราชการ', 'รายงานผลการดำเนินงาน']) expect(c1Tags, tag).toContain(tag)
  })

  it('maps only to categories the site has', () => {
    const codes = new Set(CATEGORY_DEFINITIONS.map((c) => c.code))
    const used = bundled.flatMap((s) => s.indicators.flatMap((i) => i.categories))
    expect(used.filter((code) => !codes.has(code))).toEqual([])
  })

  it('gives editors one tag vocabulary shared across the sets', () => {
    const vocabulary = tagVocabulary(bundled)
    expect(new Set(vocabulary).size).toBe(vocabulary.length)
    expect(vocabulary).toContain('แผนการจัดซื้อจัดจ้าง')
    expect(vocabulary).toContain('สรุปผลการจัดซื้อจัดจ้างรายเดือน')
    expect(vocabulary).toContain('No Gift Policy')
  })
})

describe('resolveSet', () => {
  it('uses the set of the requested year', () => {
    const resolved = resolveSet(bundled, 'ita', 2568)!
    expect(resolved.set.fiscalYear).toBe(2568)
    expect(resolved.carriedFrom).toBeNull()
    expect(resolved.notice).toBeNull()
  })

  it('carries the latest earlier year forward and says so', () => {
    const resolved = resolveSet(bundled, 'ita', 2571)!
    expect(resolved.set.fiscalYear).toBe(2569)
    expect(resolved.carriedFrom).toBe(2569)
    expect(resolved.notice).toBe('ใช้ชุดตัวชี้วัดปี 2569 (ยังไม่มีชุดของปี 2571)')
  })

  it('uses the every-year set for GWS and OIA', () => {
    expect(resolveSet(bundled, 'gws', 2570)!.set).toBe(bundledSet('gws', null))
    expect(resolveSet(bundled, 'oia', 2568)!.notice).toBeNull()
  })

  it('prefers an earlier year over the every-year set, and falls back to it before the first year', () => {
    const everyYear = { ...bundledSet('ita', 2569), fiscalYear: null }
    const sets = [bundledSet('ita', 2568), everyYear]
    expect(resolveSet(sets, 'ita', 2570)!.set.fiscalYear).toBe(2568)
    expect(resolveSet(sets, 'ita', 2560)!.set).toBe(everyYear)
  })

  it('finds nothing for a year before any set', () => {
    expect(resolveSet(bundled, 'ita', 2567)).toBeNull()
  })
})

describe('copySetForward', () => {
  it('makes an independent, valid set for the new year', () => {
    const original = bundledSet('ita', 2569)
    const copy = copySetForward(original, 2570)
    expect(copy.fiscalYear).toBe(2570)
    expect(copy.title).toBe('ตัวชี้วัดการเปิดเผยข้อมูลสาธารณะ (OIT) การประเมิน ITA ปีงบประมาณ 2570')
    expect(copy.source).toContain('คัดลอกจากชุดตัวชี้วัดปี 2569')
    expect(copy.indicators).toEqual(original.indicators)
    copy.indicators[0].title = 'แก้ไขแล้ว'
    copy.indicators[0].categories.push('C15')
    expect(original.indicators[0].title).toBe('โครงสร้าง หน้าที่และอำนาจ')
    expect(original.indicators[0].categories).toEqual(['C1'])
    expect(parseIndicatorSet(copy).ok).toBe(true)
  })

  it('becomes the set of its year once added', () => {
    const copy = copySetForward(bundledSet('ita', 2569), 2570)
    const resolved = resolveSet([...bundled, copy], 'ita', 2570)!
    expect(resolved.set).toBe(copy)
    expect(resolved.notice).toBeNull()
  })
})

describe('a set’s score', () => {
  const result = (status: IndicatorResult['status']): IndicatorResult => ({ code: 'X', title: 'X', status, reason: 'X', evidence: [], evidenceCount: 0 })
  it('counts met out of the indicators the set describes, and rates it', () => {
    const score = scoreOf([...Array(4)].map(() => result('met')).concat(result('missing'), result('unspecified')))
    expect(score).toEqual({ met: 4, assessed: 5, unspecified: 1, rating: 'green' })
    expect(scoreText(score)).toBe('4 จาก 5 ตัวชี้วัด (80%)')
    expect(scoreOf([result('met'), result('stale')]).rating).toBe('amber')
    expect(scoreOf([result('met'), result('stale'), result('missing')]).rating).toBe('red')
  })
})

describe('fillPlaceholder', () => {
  const ita = () => bundledSet('ita', 2569)

  it('fills a placeholder with a title, a category and a tag, taking the currency most of the set has', () => {
    const filled = fillPlaceholder(ita(), 'O2', { title: ' ข้อมูลผู้บริหารและการติดต่อผู้บริหาร ', category: 'C1', tag: 'ผู้บริหาร' })
    expect(filled.ok).toBe(true)
    if (!filled.ok) return
    const o2 = filled.set.indicators.find((i) => i.code === 'O2')!
    expect(o2).toMatchObject({ title: 'ข้อมูลผู้บริหารและการติดต่อผู้บริหาร', categories: ['C1'], tags: ['ผู้บริหาร'], note: 'กรอกโดยหน่วยงาน' })
    expect(isPlaceholder(o2)).toBe(false)
    const currencies = ita().indicators.filter((i) => !isPlaceholder(i)).map((i) => JSON.stringify(i.currency))
    expect(currencies.filter((c) => c === JSON.stringify(o2.currency)).length).toBe(Math.max(...currencies.map((c) => currencies.filter((d) => d === c).length)))
    // The other indicators are untouched.
    expect(filled.set.indicators.filter((i) => i.code !== 'O2')).toEqual(ita().indicators.filter((i) => i.code !== 'O2'))
  })

  it('refuses in Thai: an indicator already specified, an unknown code, no title, a category that takes no requests', () => {
    const refusal = (code: string, filling: { title: string; category: string }) => {
      const result = fillPlaceholder(ita(), code, filling)
      return result.ok ? null : result.error
    }
    expect(refusal('O1', { title: 'โครงสร้าง', category: 'C1' })).toContain('ไม่ใช่ข้อที่รอหน่วยงานกรอก')
    expect(refusal('O99', { title: 'ข้อใหม่', category: 'C1' })).toContain('ไม่พบตัวชี้วัด')
    expect(refusal('O2', { title: ' ', category: 'C1' })).toContain('กรุณาระบุชื่อตัวชี้วัด')
    expect(refusal('O2', { title: 'แผนผังเว็บไซต์', category: 'C7' })).toContain('ไม่รับคำขอเผยแพร่')
    expect(refusal('O2', { title: 'ข้อใหม่', category: 'C99' })).toContain('ไม่มีหมวด')
  })
})
