/**
 * Currency rules (เกณฑ์ความเป็นปัจจุบัน): given the items on the public site that map to an indicator (as a
 * condition the evidence source answers), decide whether they are current enough for the assessed fiscal
 * year, which of them count, and why — in Thai.
 */
import { all } from '../conditions'
import { fiscalYearOf, fiscalYearRange } from '../thai/calendar'
import { thaiDate, thaiShortDate } from '../thai/format'
import { monthRange, monthsOfFiscalYear, shiftBangkokMonths, thaiMonthYear, type LocalMonth } from '../thai/months'
import { uncoveredMonths } from './coverage'
import { covering, touching, type EvidenceCondition, type EvidenceSource } from './evidence'
import { countText, type CurrencyRule } from './types'

export interface CurrencyOutcome {
  satisfied: boolean
  /** The items that count toward the rule for the assessed period (possibly only part of what is needed). */
  counted: EvidenceCondition
  reason: string
}

/** `mapped` matches at least one item. */
export async function checkCurrency(rule: CurrencyRule, source: EvidenceSource, mapped: EvidenceCondition, fiscalYear: number, now: Date): Promise<CurrencyOutcome> {
  switch (rule.kind) {
    case 'current':
      return rule.maxAgeMonths === undefined
        ? { satisfied: true, counted: mapped, reason: `มีข้อมูลเผยแพร่แล้ว ${countText(await source.count(mapped))}` }
        : recentEnough(source, mapped, 'publishedAt', rule.maxAgeMonths, now)
    case 'updated-within':
      return recentEnough(source, mapped, 'lastModifiedAt', rule.months, now)
    case 'fiscal-year':
      return ofFiscalYear(source, mapped, fiscalYear + rule.offset, rule.offset === -1)
    case 'first-half':
      return coversMonths(source, mapped, monthsOfFiscalYear(fiscalYear).slice(0, 6), `ครึ่งปีแรกของปีงบประมาณ ${fiscalYear}`)
    case 'monthly':
      return monthly(source, mapped, fiscalYear, now)
    case 'none':
      return { satisfied: true, counted: mapped, reason: `มีรายการที่ตรงกับตัวชี้วัด ${countText(await source.count(mapped))} (ตัวชี้วัดนี้ไม่มีเกณฑ์ความเป็นปัจจุบัน)` }
  }
}

/** The newest date (published or last modified) must lie within `months` calendar months of now. */
async function recentEnough(source: EvidenceSource, mapped: EvidenceCondition, field: 'publishedAt' | 'lastModifiedAt', months: number, now: Date): Promise<CurrencyOutcome> {
  const verb = field === 'publishedAt' ? 'เผยแพร่' : 'ปรับปรุง'
  const since = shiftBangkokMonths(now, -months)
  const counted = all(mapped, { field, op: 'at-or-after', at: since })
  if ((await source.count(counted)) > 0) {
    return { satisfied: true, counted, reason: `มีข้อมูลที่${verb}ภายใน ${months} เดือนล่าสุด (ตั้งแต่ ${thaiDate(since)})` }
  }
  const latest = (await source.extent(mapped, field))!.max
  return { satisfied: false, counted, reason: `${verb}ล่าสุดเมื่อ ${thaiDate(latest)} เกิน ${months} เดือน (ต้อง${verb}ตั้งแต่ ${thaiDate(since)} เป็นต้นไป)` }
}

/** "2567" or "2566–2567": the fiscal years from the first to the last day of the data found. */
const fiscalYearsFound = (extent: { min: Date; max: Date }) => {
  const first = fiscalYearOf(extent.min)
  const last = fiscalYearOf(extent.max)
  return first === last ? String(first) : `${first}–${last}`
}

async function ofFiscalYear(source: EvidenceSource, mapped: EvidenceCondition, target: number, previous: boolean): Promise<CurrencyOutcome> {
  const label = `ปีงบประมาณ ${target}${previous ? ' (ปีก่อนปีที่ประเมิน)' : ''}`
  const { start, end } = fiscalYearRange(target)
  const counted = all(mapped, touching({ start, end }))
  if ((await source.count(counted)) > 0) return { satisfied: true, counted, reason: `มีข้อมูลของ${label}` }
  const [starts, ends] = await Promise.all([source.extent(mapped, 'periodStart'), source.extent(mapped, 'periodEnd')])
  return {
    satisfied: false,
    counted,
    reason:
      `ต้องมีข้อมูลของ${label} (${thaiShortDate(start)} – ${thaiShortDate(new Date(end.getTime() - 1))}) ` +
      `แต่พบเฉพาะข้อมูลของปีงบประมาณ ${fiscalYearsFound({ min: starts!.min, max: ends!.max })}`,
  }
}

async function monthly(source: EvidenceSource, mapped: EvidenceCondition, fiscalYear: number, now: Date): Promise<CurrencyOutcome> {
  const ended = monthsOfFiscalYear(fiscalYear).filter((month) => monthRange(month).end <= now)
  if (ended.length === 0) {
    return { satisfied: true, counted: all(mapped, touching(fiscalYearRange(fiscalYear))), reason: `ยังไม่มีเดือนใดของปีงบประมาณ ${fiscalYear} ที่สิ้นสุด` }
  }
  return coversMonths(source, mapped, ended, `ทุกเดือนที่สิ้นสุดแล้วของปีงบประมาณ ${fiscalYear}`)
}

/**
 * The items' periods together must cover every day of every month given (at least one month). A month one item
 * covers whole (a monthly summary, a yearly plan) is asked of the database alone; only the others are pieced
 * together from the periods that touch them.
 */
async function coversMonths(source: EvidenceSource, mapped: EvidenceCondition, months: LocalMonth[], what: string): Promise<CurrencyOutcome> {
  const counted = all(mapped, touching({ start: monthRange(months[0]).start, end: monthRange(months[months.length - 1]).end }))
  const missing: LocalMonth[] = []
  for (const month of months) {
    const range = monthRange(month)
    if (await source.any(all(mapped, covering(range)))) continue
    missing.push(...(await uncoveredMonths(source.periods(all(mapped, touching(range))), [month])))
  }
  const span = `${thaiMonthYear(months[0])} – ${thaiMonthYear(months[months.length - 1])}`
  if (missing.length === 0) return { satisfied: true, counted, reason: `ข้อมูลครอบคลุม${what} (${span})` }
  return {
    satisfied: false,
    counted,
    reason: `ข้อมูลยังไม่ครอบคลุม${what} (${span}): ขาด ${missing.map(thaiMonthYear).join(', ')}`,
  }
}
