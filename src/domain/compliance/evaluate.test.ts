import { describe, expect, it } from 'vitest'
import { evaluate } from './evaluate'
import { memorySource } from './evidence'
import { profileSections, publishedSection, sectionsOnPage, type PublishedSection } from './pages'
import { loadBundledSets, resolveSet } from './sets'
import type { CurrencyRule, EvidenceItem, Indicator, IndicatorResult, IndicatorSet } from './types'

/** An instant given as Bangkok wall-clock time, e.g. "2026-09-30T23:59". */
const bangkok = (local: string) => new Date(`${local}+07:00`)

let nextId = 1
function item(fields: Partial<EvidenceItem> & { publishedAt: Date }): EvidenceItem {
  const id = nextId++
  return {
    id,
    title: `รายการ ${id}`,
    url: `https://example.go.th/items/${id}`,
    category: 'C10',
    tags: [],
    lastModifiedAt: fields.publishedAt,
    ...fields,
  }
}

/** An item whose information covers the given Bangkok days, published on its first day. */
const covering = (from: string, to: string, fields: Partial<EvidenceItem> = {}) =>
  item({ coverageFrom: bangkok(`${from}T00:00`), coverageTo: bangkok(`${to}T00:00`), publishedAt: bangkok(`${from}T09:00`), ...fields })

async function check(
  currency: CurrencyRule,
  items: EvidenceItem[],
  fiscalYear: number,
  now: Date,
  indicator: Partial<Indicator> = {},
): Promise<IndicatorResult> {
  const set: IndicatorSet = {
    set: 'ita',
    fiscalYear,
    title: 'ชุดทดสอบ',
    source: 'ทดสอบ',
    indicators: [{ code: 'T1', title: 'ตัวชี้วัดทดสอบ', categories: ['C10'], currency, ...indicator }],
  }
  return (await evaluate(set, fiscalYear, memorySource(items), now))[0]
}

const urls = (result: IndicatorResult) => result.evidence.map((e) => e.url)

describe('mapping items to indicators', () => {
  const fiscalYear = { kind: 'fiscal-year', offset: 0 } as const
  const now = bangkok('2026-03-15T12:00')

  it('is missing when no published item is in the category, and names the category and tags', async () => {
    const news = item({ category: 'C15', tags: ['แผนการจัดซื้อจัดจ้าง'], publishedAt: bangkok('2026-01-05T09:00') })
    const result = (await check(fiscalYear, [news], 2569, now, { tags: ['แผนการจัดซื้อจัดจ้าง'] }))
    expect(result.status).toBe('missing')
    expect(result.evidence).toEqual([])
    expect(result.reason).toBe(
      'ยังไม่มีรายการที่เผยแพร่ในหมวด “การจัดซื้อจัดจ้างและการเงินการคลัง” ที่ติดแท็ก “แผนการจัดซื้อจัดจ้าง”',
    )
  })

  it('tells a procurement plan from a monthly summary in the bundled MOIT set', async () => {
    const moit = resolveSet(loadBundledSets(), 'moit', 2569)!.set
    const plan = item({ tags: ['แผนการจัดซื้อจัดจ้าง'], publishedAt: bangkok('2025-10-20T09:00') })
    const october = covering('2025-10-01', '2025-10-31', { tags: ['สรุปผลการจัดซื้อจัดจ้างรายเดือน'] })
    const results = await evaluate(moit, 2569, memorySource([plan, october]), bangkok('2025-11-15T12:00'))
    const byCode = Object.fromEntries(results.map((r) => [r.code, r]))
    expect(byCode.MOIT4.status).toBe('met')
    expect(urls(byCode.MOIT4)).toEqual([plan.url])
    expect(byCode.MOIT5.status).toBe('met')
    expect(urls(byCode.MOIT5)).toEqual([october.url])
  })

  it('matches tags regardless of extra spaces and of how Thai vowels were composed', async () => {
    const declaration = item({ tags: ['  ประกาศ   No Gift Policy '], publishedAt: bangkok('2025-11-01T09:00') })
    expect((await check(fiscalYear, [declaration], 2569, now, { tags: ['ประกาศ No Gift Policy'] })).status).toBe('met')
    const decomposed = item({ tags: ['น้ำ'.normalize('NFD')], publishedAt: bangkok('2025-11-01T09:00') })
    expect((await check(fiscalYear, [decomposed], 2569, now, { tags: ['น้ำ'] })).status).toBe('met')
  })

  it('leaves an indicator the set does not yet describe for the agency to fill in, not as missing', async () => {
    const result = (await check({ kind: 'none' }, [item({ publishedAt: bangkok('2026-01-01T09:00') })], 2569, now, {
      categories: [],
    }))
    expect(result.status).toBe('unspecified')
    expect(result.reason).toContain('หน่วยงานกรอกรายละเอียด')
  })

  it('meets a rule-less indicator once the admin maps evidence to it', async () => {
    const result = (await check({ kind: 'none' }, [item({ publishedAt: bangkok('2020-01-01T09:00') })], 2569, now))
    expect(result.status).toBe('met')
    expect(result.reason).toContain('ไม่มีเกณฑ์ความเป็นปัจจุบัน')
  })
})

describe('current', () => {
  const now = bangkok('2026-01-15T12:00')

  it('is met by any published item, evidence newest first', async () => {
    const older = item({ publishedAt: bangkok('2019-05-01T09:00') })
    const newer = item({ publishedAt: bangkok('2024-05-01T09:00') })
    const result = (await check({ kind: 'current' }, [older, newer], 2569, now))
    expect(result.status).toBe('met')
    expect(urls(result)).toEqual([newer.url, older.url])
    expect(result.reason).toBe('มีข้อมูลเผยแพร่แล้ว 2 รายการ')
  })

  it('is missing with no item', async () => {
    expect((await check({ kind: 'current' }, [], 2569, now)).status).toBe('missing')
  })

  it('is stale when the newest item was published longer ago than maxAgeMonths', async () => {
    const old = item({ publishedAt: bangkok('2025-01-10T09:00'), lastModifiedAt: bangkok('2026-01-10T09:00') })
    const result = (await check({ kind: 'current', maxAgeMonths: 6 }, [old], 2569, now))
    expect(result.status).toBe('stale')
    expect(result.evidence).toEqual([])
    expect(result.reason).toBe('เผยแพร่ล่าสุดเมื่อ 10 มกราคม 2568 เกิน 6 เดือน (ต้องเผยแพร่ตั้งแต่ 15 กรกฎาคม 2568 เป็นต้นไป)')
  })

  it('counts maxAgeMonths in calendar months, to 29 February in a leap year', async () => {
    const lastDayOfMarch = bangkok('2024-03-31T10:00')
    const onTime = item({ publishedAt: bangkok('2024-02-29T10:00') })
    const aMinuteEarly = item({ publishedAt: bangkok('2024-02-29T09:59') })
    expect((await check({ kind: 'current', maxAgeMonths: 1 }, [onTime], 2567, lastDayOfMarch)).status).toBe('met')
    expect((await check({ kind: 'current', maxAgeMonths: 1 }, [aMinuteEarly], 2567, lastDayOfMarch)).status).toBe('stale')
  })
})

describe('updated-within', () => {
  const now = bangkok('2026-01-15T12:00')
  const rule = { kind: 'updated-within', months: 3 } as const

  it('is met when the latest update is recent, however old the publication', async () => {
    const page = item({ publishedAt: bangkok('2020-01-01T09:00'), lastModifiedAt: bangkok('2025-12-01T09:00') })
    const result = (await check(rule, [page], 2569, now))
    expect(result.status).toBe('met')
    expect(urls(result)).toEqual([page.url])
  })

  it('is stale when the latest update is older, naming that date', async () => {
    const page = item({ publishedAt: bangkok('2020-01-01T09:00'), lastModifiedAt: bangkok('2025-09-30T09:00') })
    const result = (await check(rule, [page], 2569, now))
    expect(result.status).toBe('stale')
    expect(result.reason).toBe('ปรับปรุงล่าสุดเมื่อ 30 กันยายน 2568 เกิน 3 เดือน (ต้องปรับปรุงตั้งแต่ 15 ตุลาคม 2568 เป็นต้นไป)')
  })

  it('is missing with no item', async () => {
    expect((await check(rule, [], 2569, now)).status).toBe('missing')
  })
})

describe('fiscal-year', () => {
  const now = bangkok('2026-06-01T12:00')
  const thisYear = { kind: 'fiscal-year', offset: 0 } as const
  const lastYear = { kind: 'fiscal-year', offset: -1 } as const

  it('is met by an item of the assessed fiscal year (October 2025 CE is fiscal year 2569 BE)', async () => {
    const plan = item({ publishedAt: bangkok('2025-10-15T09:00') })
    const result = (await check(thisYear, [plan], 2569, now))
    expect(result.status).toBe('met')
    expect(result.reason).toBe('มีข้อมูลของปีงบประมาณ 2569')
  })

  it('is stale with older items only, naming the year needed, its dates and the years found', async () => {
    const items = [item({ publishedAt: bangkok('2024-03-01T09:00') }), item({ publishedAt: bangkok('2023-03-01T09:00') })]
    const result = (await check(thisYear, items, 2569, now))
    expect(result.status).toBe('stale')
    expect(result.evidence).toEqual([])
    expect(result.reason).toBe(
      'ต้องมีข้อมูลของปีงบประมาณ 2569 (1 ต.ค. 2568 – 30 ก.ย. 2569) แต่พบเฉพาะข้อมูลของปีงบประมาณ 2566–2567',
    )
  })

  it('is missing with no item', async () => {
    expect((await check(thisYear, [], 2569, now)).status).toBe('missing')
  })

  it('places an item by the period it covers, not by when it was published', async () => {
    const report2568 = covering('2024-10-01', '2025-09-30', { publishedAt: bangkok('2025-11-20T09:00') })
    expect((await check(lastYear, [report2568], 2569, now)).status).toBe('met')
    expect((await check(lastYear, [report2568], 2569, now)).reason).toBe('มีข้อมูลของปีงบประมาณ 2568 (ปีก่อนปีที่ประเมิน)')
    expect((await check(thisYear, [report2568], 2569, now)).status).toBe('stale')
  })

  it('needs the previous year for offset -1: this year’s report does not do', async () => {
    const report2569 = covering('2025-10-01', '2026-03-31')
    const result = (await check(lastYear, [report2569], 2569, now))
    expect(result.status).toBe('stale')
    expect(result.reason).toContain('ปีงบประมาณ 2568 (ปีก่อนปีที่ประเมิน) (1 ต.ค. 2567 – 30 ก.ย. 2568)')
  })

  it('counts an item covering a range for every fiscal year the range touches', async () => {
    const spanning = covering('2025-07-01', '2025-12-31')
    expect((await check(thisYear, [spanning], 2568, now)).status).toBe('met')
    expect((await check(thisYear, [spanning], 2569, now)).status).toBe('met')
    expect((await check(thisYear, [spanning], 2570, bangkok('2027-01-01T00:00'))).status).toBe('stale')
  })

  it('splits fiscal years at Bangkok midnight on 1 October, which is 17:00 UTC the day before', async () => {
    const lastMinute = item({ publishedAt: new Date(Date.UTC(2026, 8, 30, 16, 59)) }) // 30 Sep 2569 23:59 Bangkok
    const firstMinute = item({ publishedAt: new Date(Date.UTC(2026, 8, 30, 17, 0)) }) // 1 Oct 2569 00:00 Bangkok
    const later = bangkok('2026-12-01T00:00')
    expect((await check(thisYear, [lastMinute], 2569, later)).status).toBe('met')
    expect((await check(thisYear, [lastMinute], 2570, later)).status).toBe('stale')
    expect((await check(thisYear, [firstMinute], 2569, later)).status).toBe('stale')
    expect((await check(thisYear, [firstMinute], 2570, later)).status).toBe('met')
  })
})

describe('first-half', () => {
  const rule = { kind: 'first-half' } as const
  const now = bangkok('2026-06-01T12:00')

  it('is met by one six-month item', async () => {
    const sixMonths = covering('2025-10-01', '2026-03-31')
    const result = (await check(rule, [sixMonths], 2569, now))
    expect(result.status).toBe('met')
    expect(result.reason).toBe('ข้อมูลครอบคลุมครึ่งปีแรกของปีงบประมาณ 2569 (ตุลาคม 2568 – มีนาคม 2569)')
  })

  it('is met by two quarterly items together, leaving out items outside the half', async () => {
    const q1 = covering('2025-10-01', '2025-12-31')
    const q2 = covering('2026-01-01', '2026-03-31')
    const q3 = covering('2026-04-01', '2026-05-31')
    const result = (await check(rule, [q1, q2, q3], 2569, now))
    expect(result.status).toBe('met')
    expect(urls(result)).toEqual([q2.url, q1.url])
  })

  it('is stale when months are missing, naming them', async () => {
    const q1 = covering('2025-10-01', '2025-12-31')
    const result = (await check(rule, [q1], 2569, now))
    expect(result.status).toBe('stale')
    expect(urls(result)).toEqual([q1.url])
    expect(result.reason).toBe(
      'ข้อมูลยังไม่ครอบคลุมครึ่งปีแรกของปีงบประมาณ 2569 (ตุลาคม 2568 – มีนาคม 2569): ขาด มกราคม 2569, กุมภาพันธ์ 2569, มีนาคม 2569',
    )
  })

  it('is missing with no item', async () => {
    expect((await check(rule, [], 2569, now)).status).toBe('missing')
  })

  it('needs 29 February in a leap year (fiscal year 2567) but not otherwise (2568)', async () => {
    const leapGap = [covering('2023-10-01', '2024-02-28'), covering('2024-03-01', '2024-03-31')]
    const leapFull = [covering('2023-10-01', '2024-02-29'), covering('2024-03-01', '2024-03-31')]
    const ordinary = [covering('2024-10-01', '2025-02-28'), covering('2025-03-01', '2025-03-31')]
    const gap = (await check(rule, leapGap, 2567, now))
    expect(gap.status).toBe('stale')
    expect(gap.reason).toMatch(/ขาด กุมภาพันธ์ 2567$/)
    expect((await check(rule, leapFull, 2567, now)).status).toBe('met')
    expect((await check(rule, ordinary, 2568, now)).status).toBe('met')
  })

  it('counts an item without coverage dates (from before they were required) for its publication day only', async () => {
    const undated = item({ publishedAt: bangkok('2025-10-05T09:00') })
    const result = await check(rule, [undated], 2569, now)
    expect(result.status).toBe('stale')
    expect(result.evidence.map((e) => e.url)).toEqual([undated.url])
    expect(result.reason).toMatch(/ขาด ตุลาคม 2568, /)
  })
})

describe('covering and touching a window of Bangkok days', () => {
  const october = { start: bangkok('2025-10-01T00:00'), end: bangkok('2025-11-01T00:00') }
  it('a period covers a month when its first day is the 1st or earlier and its last the 31st or later, whatever the time of day', async () => {
    const { covering, touching } = await import('./evidence')
    const of = (from: string, to: string) => ({ periodStart: bangkok(from), periodEnd: bangkok(to) })
    const { holds } = await import('../conditions')
    expect(holds(covering(october), of('2025-10-01T09:30', '2025-10-31T08:00'))).toBe(true)
    expect(holds(covering(october), of('2025-10-02T00:00', '2025-10-31T08:00'))).toBe(false)
    expect(holds(covering(october), of('2025-09-15T00:00', '2025-10-30T23:59'))).toBe(false)
    expect(holds(touching(october), of('2025-10-31T23:59', '2025-12-01T00:00'))).toBe(true)
    expect(holds(touching(october), of('2025-09-01T00:00', '2025-09-30T23:59'))).toBe(false)
  })
})

describe('monthly', () => {
  const rule = { kind: 'monthly' } as const
  const month = (year: number, m: number, last: number) => {
    const mm = String(m).padStart(2, '0')
    return covering(`${year}-${mm}-01`, `${year}-${mm}-${last}`)
  }

  it('is met when every ended month of the fiscal year has a summary', async () => {
    const items = [month(2025, 10, 31), month(2025, 11, 30), month(2025, 12, 31)]
    const result = (await check(rule, items, 2569, bangkok('2026-01-15T12:00')))
    expect(result.status).toBe('met')
    expect(urls(result)).toEqual(items.map((i) => i.url).reverse())
    expect(result.reason).toBe('ข้อมูลครอบคลุมทุกเดือนที่สิ้นสุดแล้วของปีงบประมาณ 2569 (ตุลาคม 2568 – ธันวาคม 2568)')
  })

  it('is stale when a month is missing, naming only the missing months', async () => {
    const result = (await check(rule, [month(2025, 10, 31), month(2025, 12, 31)], 2569, bangkok('2026-02-10T12:00')))
    expect(result.status).toBe('stale')
    expect(result.reason).toMatch(/: ขาด พฤศจิกายน 2568, มกราคม 2569$/)
  })

  it('is missing with no item', async () => {
    expect((await check(rule, [], 2569, bangkok('2026-02-10T12:00'))).status).toBe('missing')
  })

  it('accepts a quarterly item for each month of its quarter', async () => {
    const quarter = covering('2025-10-01', '2025-12-31')
    expect((await check(rule, [quarter], 2569, bangkok('2026-01-01T00:00'))).status).toBe('met')
    expect((await check(rule, [quarter], 2569, bangkok('2026-02-01T00:00'))).status).toBe('stale')
  })

  it('joins items that split a month between them, and finds a one-day gap', async () => {
    const october = month(2025, 10, 31)
    const now = bangkok('2025-12-01T00:00')
    const halves = [covering('2025-11-01', '2025-11-15'), covering('2025-11-16', '2025-11-30')]
    const gap = [covering('2025-11-01', '2025-11-14'), covering('2025-11-16', '2025-11-30')]
    expect((await check(rule, [october, ...halves], 2569, now)).status).toBe('met')
    expect((await check(rule, [october, ...gap], 2569, now)).reason).toMatch(/ขาด พฤศจิกายน 2568$/)
  })

  it('requires February only once it has ended, and all 29 days of it in a leap year', async () => {
    const toJanuary = [month(2023, 10, 31), month(2023, 11, 30), month(2023, 12, 31), month(2024, 1, 31)]
    const lastMinuteOfFebruary = bangkok('2024-02-29T23:59')
    const firstOfMarch = bangkok('2024-03-01T00:00')
    expect((await check(rule, toJanuary, 2567, lastMinuteOfFebruary)).status).toBe('met')
    expect((await check(rule, toJanuary, 2567, firstOfMarch)).reason).toMatch(/ขาด กุมภาพันธ์ 2567$/)
    expect((await check(rule, [...toJanuary, month(2024, 2, 28)], 2567, firstOfMarch)).status).toBe('stale')
    expect((await check(rule, [...toJanuary, month(2024, 2, 29)], 2567, firstOfMarch)).status).toBe('met')
  })

  it('requires all twelve months of a fiscal year that has ended', async () => {
    const elevenMonths = Array.from({ length: 11 }, (_, i) => {
      const m = ((9 + i) % 12) + 1
      const year = m >= 10 ? 2024 : 2025
      return month(year, m, new Date(Date.UTC(year, m, 0)).getUTCDate())
    })
    const result = (await check(rule, elevenMonths, 2568, bangkok('2026-01-01T00:00')))
    expect(result.status).toBe('stale')
    expect(result.reason).toMatch(/ขาด กันยายน 2568$/)
  })

  it('is met while no month of the fiscal year has ended yet', async () => {
    const first = covering('2025-10-01', '2025-10-31')
    const result = (await check(rule, [first], 2569, bangkok('2025-10-20T12:00')))
    expect(result.status).toBe('met')
    expect(result.reason).toBe('ยังไม่มีเดือนใดของปีงบประมาณ 2569 ที่สิ้นสุด')
  })
})

describe("the agency's own pages as evidence", () => {
  const now = bangkok('2026-03-15T12:00')
  const origin = 'https://www.bansuan.go.th'
  const structure = publishedSection('structure', origin, bangkok('2025-06-01T09:00'))
  const run = (indicator: Partial<Indicator>, pages: PublishedSection[], items: EvidenceItem[] = []) =>
    evaluate({ set: 'ita', fiscalYear: 2569, title: 'ชุดทดสอบ', source: 'ทดสอบ', indicators: [{ code: 'T1', title: 'ทดสอบ', categories: ['C1'], currency: { kind: 'current' }, ...indicator }] }, 2569, memorySource(items), now, pages).then((r) => r[0])

  it('meets an indicator with a section of the agency page, linking to the section', async () => {
    const result = await run({ tags: ['โครงสร้างหน่วยงาน'], pages: ['structure'] }, [structure])
    expect(result.status).toBe('met')
    expect(result.evidence).toEqual([{ title: 'โครงสร้างส่วนราชการ (หน้าเว็บไซต์ของหน่วยงาน)', url: 'https://www.bansuan.go.th/agency#structure' }])
    expect(result.reason).toContain('เผยแพร่ในหน้าเว็บไซต์ของหน่วยงาน')
  })

  it('does not count a section the indicator does not name, nor a page for a year’s report', async () => {
    expect((await run({ tags: ['โครงสร้างหน่วยงาน'], pages: ['contact'] }, [structure])).status).toBe('missing')
    expect((await run({ pages: ['structure'], currency: { kind: 'fiscal-year', offset: 0 } }, [structure])).status).toBe('missing')
  })

  it('counts a dated record of the assessed fiscal year (the year’s review of the measure) for a rule about that year only', async () => {
    const review2569 = publishedSection('measure-review', origin, bangkok('2025-12-10T09:00'), 2569)
    const met = await run({ pages: ['measure-review'], currency: { kind: 'fiscal-year', offset: 0 } }, [review2569])
    expect(met.status).toBe('met')
    expect(urls(met)).toEqual(['https://www.bansuan.go.th/policies/website#review'])
    const review2568 = publishedSection('measure-review', origin, bangkok('2024-12-10T09:00'), 2568)
    expect((await run({ pages: ['measure-review'], currency: { kind: 'fiscal-year', offset: 0 } }, [review2568])).status).toBe('missing')
    expect((await run({ pages: ['measure-review'], currency: { kind: 'fiscal-year', offset: -1 } }, [review2568])).status).toBe('met')
  })

  it('finds a page not changed within the months asked stale, and says when it last changed', async () => {
    const result = await run({ pages: ['structure'], currency: { kind: 'updated-within', months: 3 } }, [structure])
    expect(result.status).toBe('stale')
    expect(result.reason).toContain('ปรับปรุงล่าสุดเมื่อ 1 มิถุนายน 2568')
  })

  it('lists both the section and the published items when both count', async () => {
    const result = await run({ pages: ['structure'] }, [structure], [item({ category: 'C1', publishedAt: bangkok('2026-01-05T09:00') })])
    expect(result.status).toBe('met')
    expect(result.evidenceCount).toBe(2)
    expect(urls(result)[0]).toBe('https://www.bansuan.go.th/agency#structure')
  })

  it('finds which profile sections have content', () => {
    const sections = profileSections({ history: 'ก่อตั้งเมื่อ พ.ศ. 2542', vision: '  ', missions: [], structure: [{ name: 'สำนักปลัด' }], phone: '0 5312 3456' }, origin, now)
    expect(sections.map((s) => s.section)).toEqual(['history', 'structure', 'contact'])
    expect(sectionsOnPage(sections, '/agency')).toBe(3)
    expect(sectionsOnPage([...sections, publishedSection('website-policy', origin, now)], '/agency')).toBe(3)
    expect(sectionsOnPage(sections, '/cio')).toBe(0)
  })
})
