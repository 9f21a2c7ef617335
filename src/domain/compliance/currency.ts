/**
 * Currency rules (เกณฑ์ความเป็นปัจจุบัน): given the published items that map to an indicator, decide
 * whether they are current enough for the assessed fiscal year, which of them count, and why — in Thai.
 */
import { fiscalYearRange } from '../thai/calendar'
import { thaiDate, thaiShortDate } from '../thai/format'
import { monthRange, monthsOfFiscalYear, shiftBangkokMonths, thaiMonthYear, type LocalMonth } from '../thai/months'
import { belongsToFiscalYear, fiscalYearsOf, hasCoverageDates, touchesMonths, uncoveredMonths } from './coverage'
import type { CurrencyRule, EvidenceItem } from './types'

export interface CurrencyOutcome {
  satisfied: boolean
  /** The items that count toward the rule for the assessed period (possibly only part of what is needed). */
  counted: EvidenceItem[]
  reason: string
}

/** `items` are the published items that map to the indicator; there is at least one. */
export function checkCurrency(
  rule: CurrencyRule,
  items: EvidenceItem[],
  fiscalYear: number,
  now: Date,
): CurrencyOutcome {
  switch (rule.kind) {
    case 'current':
      return rule.maxAgeMonths === undefined
        ? { satisfied: true, counted: items, reason: `มีข้อมูลเผยแพร่แล้ว ${items.length} รายการ` }
        : recentEnough(items, 'publishedAt', rule.maxAgeMonths, now)
    case 'updated-within':
      return recentEnough(items, 'updatedAt', rule.months, now)
    case 'fiscal-year':
      return ofFiscalYear(items, fiscalYear + rule.offset, rule.offset === -1)
    case 'first-half':
      return coversMonths(items, monthsOfFiscalYear(fiscalYear).slice(0, 6), `ครึ่งปีแรกของปีงบประมาณ ${fiscalYear}`)
    case 'monthly':
      return monthly(items, fiscalYear, now)
    case 'none':
      return {
        satisfied: true,
        counted: items,
        reason: `มีรายการที่ตรงกับตัวชี้วัด ${items.length} รายการ (ตัวชี้วัดนี้ไม่มีเกณฑ์ความเป็นปัจจุบัน)`,
      }
  }
}

/** The newest date (published or last updated) must lie within `months` calendar months of now. */
function recentEnough(
  items: EvidenceItem[],
  field: 'publishedAt' | 'updatedAt',
  months: number,
  now: Date,
): CurrencyOutcome {
  const verb = field === 'publishedAt' ? 'เผยแพร่' : 'ปรับปรุง'
  const since = shiftBangkokMonths(now, -months)
  const counted = items.filter((item) => item[field] >= since)
  if (counted.length > 0) {
    return { satisfied: true, counted, reason: `มีข้อมูลที่${verb}ภายใน ${months} เดือนล่าสุด (ตั้งแต่ ${thaiDate(since)})` }
  }
  const latest = new Date(Math.max(...items.map((item) => item[field].getTime())))
  return {
    satisfied: false,
    counted,
    reason: `${verb}ล่าสุดเมื่อ ${thaiDate(latest)} เกิน ${months} เดือน (ต้อง${verb}ตั้งแต่ ${thaiDate(since)} เป็นต้นไป)`,
  }
}

function ofFiscalYear(items: EvidenceItem[], target: number, previous: boolean): CurrencyOutcome {
  const label = `ปีงบประมาณ ${target}${previous ? ' (ปีก่อนปีที่ประเมิน)' : ''}`
  const counted = items.filter((item) => belongsToFiscalYear(item, target))
  if (counted.length > 0) return { satisfied: true, counted, reason: `มีข้อมูลของ${label}` }
  const { start, end } = fiscalYearRange(target)
  const found = [...new Set(items.flatMap(fiscalYearsOf))].sort((a, b) => a - b)
  return {
    satisfied: false,
    counted,
    reason:
      `ต้องมีข้อมูลของ${label} (${thaiShortDate(start)} – ${thaiShortDate(new Date(end.getTime() - 1))}) ` +
      `แต่พบเฉพาะข้อมูลของปีงบประมาณ ${found.join(', ')}`,
  }
}

function monthly(items: EvidenceItem[], fiscalYear: number, now: Date): CurrencyOutcome {
  const ended = monthsOfFiscalYear(fiscalYear).filter((month) => monthRange(month).end <= now)
  if (ended.length === 0) {
    return {
      satisfied: true,
      counted: items.filter((item) => belongsToFiscalYear(item, fiscalYear)),
      reason: `ยังไม่มีเดือนใดของปีงบประมาณ ${fiscalYear} ที่สิ้นสุด`,
    }
  }
  return coversMonths(items, ended, `ทุกเดือนที่สิ้นสุดแล้วของปีงบประมาณ ${fiscalYear}`)
}

/** The items' periods together must cover every day of every month given (at least one month). */
function coversMonths(items: EvidenceItem[], months: LocalMonth[], what: string): CurrencyOutcome {
  const counted = items.filter((item) => touchesMonths(item, months))
  const missing = uncoveredMonths(counted, months)
  const span = `${thaiMonthYear(months[0])} – ${thaiMonthYear(months[months.length - 1])}`
  if (missing.length === 0) return { satisfied: true, counted, reason: `ข้อมูลครอบคลุม${what} (${span})` }
  const hint = items.some((item) => !hasCoverageDates(item))
    ? ' — รายการที่ไม่ได้ระบุช่วงเวลาของข้อมูลนับเฉพาะวันที่เผยแพร่'
    : ''
  return {
    satisfied: false,
    counted,
    reason: `ข้อมูลยังไม่ครอบคลุม${what} (${span}): ขาด ${missing.map(thaiMonthYear).join(', ')}${hint}`,
  }
}
