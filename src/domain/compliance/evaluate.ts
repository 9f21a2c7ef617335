/**
 * Checking the site against an indicator set for one fiscal year (ปีงบประมาณ): per indicator,
 * met (ครบถ้วน), missing (ยังไม่มี) or stale (ไม่เป็นปัจจุบัน), with the reason, how many items count and
 * the newest of them — every question asked of the evidence source, so the check costs the same whatever the
 * size of the site.
 */
import { categoryDefinition } from '../categories'
import { checkCurrency } from './currency'
import { matching, type EvidenceSource } from './evidence'
import { EVIDENCE_SHOWN, type Indicator, type IndicatorResult, type IndicatorSet } from './types'

export async function evaluate(set: IndicatorSet, fiscalYear: number, source: EvidenceSource, now: Date): Promise<IndicatorResult[]> {
  const results: IndicatorResult[] = []
  for (const indicator of set.indicators) results.push(await evaluateIndicator(indicator, fiscalYear, source, now))
  return results
}

async function evaluateIndicator(indicator: Indicator, fiscalYear: number, source: EvidenceSource, now: Date): Promise<IndicatorResult> {
  const { code, title } = indicator
  const mapped = matching(indicator)
  if (indicator.categories.length === 0 || (await source.count(mapped)) === 0) {
    return { code, title, status: 'missing', reason: missingReason(indicator), evidence: [], evidenceCount: 0 }
  }
  const outcome = await checkCurrency(indicator.currency, source, mapped, fiscalYear, now)
  const [evidenceCount, newest] = await Promise.all([source.count(outcome.counted), source.newest(outcome.counted, EVIDENCE_SHOWN)])
  return {
    code,
    title,
    status: outcome.satisfied ? 'met' : 'stale',
    reason: outcome.reason,
    evidence: newest.map((item) => ({ title: item.title, url: item.url })),
    evidenceCount,
  }
}

const quoted = (values: string[]): string => values.map((value) => `“${value}”`).join(' หรือ ')

function missingReason({ categories, tags }: Indicator): string {
  if (categories.length === 0) {
    return 'ยังไม่ได้กำหนดหมวดหมู่ของหลักฐานสำหรับตัวชี้วัดนี้ — ผู้ดูแลระบบต้องกรอกรายละเอียดตัวชี้วัดเอง'
  }
  const titles = categories.map((code) => categoryDefinition(code)?.title ?? code)
  const tagged = tags?.length ? ` ที่ติดแท็ก ${quoted(tags)}` : ''
  return `ยังไม่มีรายการที่เผยแพร่ในหมวด ${quoted(titles)}${tagged}`
}
