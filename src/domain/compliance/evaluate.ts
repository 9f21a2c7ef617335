/**
 * Checking the site against an indicator set for one fiscal year (ปีงบประมาณ): per indicator,
 * met (ครบถ้วน), missing (ยังไม่มี) or stale (ไม่เป็นปัจจุบัน), with the reason and the evidence URLs.
 */
import { CATEGORY_DEFINITIONS } from '../categories'
import { checkCurrency } from './currency'
import type { EvidenceItem, Indicator, IndicatorResult, IndicatorSet } from './types'

const normalizeTag = (tag: string): string => tag.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()

/** An item can serve as evidence when its category is listed and, if the indicator names tags, it carries one. */
export function matchesIndicator(indicator: Indicator, item: EvidenceItem): boolean {
  if (!indicator.categories.includes(item.category)) return false
  if (!indicator.tags?.length) return true
  const wanted = new Set(indicator.tags.map(normalizeTag))
  return item.tags.some((tag) => wanted.has(normalizeTag(tag)))
}

export function evaluate(set: IndicatorSet, fiscalYear: number, items: EvidenceItem[], now: Date): IndicatorResult[] {
  const published = items.filter((item) => item.publishedAt <= now)
  return set.indicators.map((indicator) => evaluateIndicator(indicator, fiscalYear, published, now))
}

function evaluateIndicator(indicator: Indicator, fiscalYear: number, items: EvidenceItem[], now: Date): IndicatorResult {
  const { code, title } = indicator
  const mapped = items.filter((item) => matchesIndicator(indicator, item))
  if (mapped.length === 0) return { code, title, status: 'missing', reason: missingReason(indicator), evidence: [] }
  const outcome = checkCurrency(indicator.currency, mapped, fiscalYear, now)
  return {
    code,
    title,
    status: outcome.satisfied ? 'met' : 'stale',
    reason: outcome.reason,
    evidence: newestFirst(outcome.counted).map((item) => ({ title: item.title, url: item.url })),
  }
}

const quoted = (values: string[]): string => values.map((value) => `“${value}”`).join(' หรือ ')

function missingReason({ categories, tags }: Indicator): string {
  if (categories.length === 0) {
    return 'ยังไม่ได้กำหนดหมวดหมู่ของหลักฐานสำหรับตัวชี้วัดนี้ — ผู้ดูแลระบบต้องกรอกรายละเอียดตัวชี้วัดเอง'
  }
  const titles = categories.map((slug) => CATEGORY_DEFINITIONS.find((c) => c.slug === slug)?.title ?? slug)
  const tagged = tags?.length ? ` ที่ติดแท็ก ${quoted(tags)}` : ''
  return `ยังไม่มีรายการที่เผยแพร่ในหมวด ${quoted(titles)}${tagged}`
}

const newestFirst = (items: EvidenceItem[]): EvidenceItem[] =>
  [...items].sort(
    (a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || b.updatedAt.getTime() - a.updatedAt.getTime(),
  )
