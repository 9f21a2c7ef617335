/**
 * Checking the site against an indicator set for one fiscal year (ปีงบประมาณ): per indicator,
 * met (ครบถ้วน), missing (ยังไม่มี) or stale (ไม่เป็นปัจจุบัน), with the reason, how many items count and
 * the newest of them — every question asked of the evidence source, so the check costs the same whatever the
 * size of the site. A section of the agency's own pages that the indicator names stands for it too, where a
 * page can (a standing page is current; it is not a report of a year); an indicator the set does not yet
 * describe is left for the agency to fill in.
 */
import { categoryDefinition } from '../categories'
import { shiftBangkokMonths } from '../thai/months'
import { thaiDate } from '../thai/format'
import { checkCurrency } from './currency'
import { matching, type EvidenceSource } from './evidence'
import { PAGE_SECTIONS, type PublishedSection } from './pages'
import { isPlaceholder } from './sets'
import { EVIDENCE_SHOWN, type CurrencyRule, type Indicator, type IndicatorResult, type IndicatorSet } from './types'

export async function evaluate(set: IndicatorSet, fiscalYear: number, source: EvidenceSource, now: Date, pages: readonly PublishedSection[] = []): Promise<IndicatorResult[]> {
  const results: IndicatorResult[] = []
  for (const indicator of set.indicators) results.push(await evaluateIndicator(indicator, fiscalYear, source, now, pages))
  return results
}

async function evaluateIndicator(indicator: Indicator, fiscalYear: number, source: EvidenceSource, now: Date, pages: readonly PublishedSection[]): Promise<IndicatorResult> {
  const { code, title } = indicator
  if (isPlaceholder(indicator)) {
    return { code, title, status: 'unspecified', reason: 'ชุดตัวชี้วัดยังไม่ได้ระบุว่าตัวชี้วัดนี้ต้องการข้อมูลใด — หน่วยงานกรอกรายละเอียดได้ที่ชุดตัวชี้วัด', evidence: [], evidenceCount: 0 }
  }
  const fromItems = await fromPublishedItems(indicator, fiscalYear, source, now)
  const sections = pages.filter((page) => indicator.pages?.includes(page.section))
  const standing = sections.length > 0 ? sectionsCurrent(indicator.currency, sections, fiscalYear, now) : null
  if (!standing) return fromItems
  const links = sections.map((page) => ({ title: `${PAGE_SECTIONS[page.section].title} (หน้าเว็บไซต์ของหน่วยงาน)`, url: page.url }))
  const withSections = (status: IndicatorResult['status'], reason: string): IndicatorResult => ({
    code,
    title,
    status,
    reason,
    evidence: [...links, ...fromItems.evidence].slice(0, EVIDENCE_SHOWN),
    evidenceCount: sections.length + fromItems.evidenceCount,
  })
  if (fromItems.status === 'met') return withSections('met', fromItems.reason)
  if (standing.satisfied) return withSections('met', standing.reason)
  return fromItems.status === 'missing' ? withSections('stale', standing.reason) : fromItems
}

async function fromPublishedItems(indicator: Indicator, fiscalYear: number, source: EvidenceSource, now: Date): Promise<IndicatorResult> {
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

/**
 * Whether sections of the agency's pages meet the currency rule: a standing page is current while it is on the
 * site, and recent enough if it changed within the months asked; a rule about a fiscal year's data asks for
 * dated documents, which a page is not — unless the section is itself the record of that year (null: the
 * sections do not count).
 */
function sectionsCurrent(rule: CurrencyRule, sections: readonly PublishedSection[], fiscalYear: number, now: Date): { satisfied: boolean; reason: string } | null {
  const named = sections.map((page) => `“${PAGE_SECTIONS[page.section].title}”`).join(' และ ')
  const onSite = `เผยแพร่ในหน้าเว็บไซต์ของหน่วยงาน: ${named}`
  if (rule.kind === 'fiscal-year') {
    const year = fiscalYear + rule.offset
    return sections.some((page) => page.fiscalYear === year) ? { satisfied: true, reason: `${onSite} ของปีงบประมาณ ${year}` } : null
  }
  if (rule.kind === 'first-half') {
    return sections.some((page) => page.fiscalYear === fiscalYear) ? { satisfied: true, reason: `${onSite} ของปีงบประมาณ ${fiscalYear} (แยกครึ่งปีแรก)` } : null
  }
  if (rule.kind === 'current' && rule.maxAgeMonths === undefined) return { satisfied: true, reason: onSite }
  if (rule.kind === 'none') return { satisfied: true, reason: onSite }
  const months = rule.kind === 'current' ? rule.maxAgeMonths : rule.kind === 'updated-within' ? rule.months : undefined
  if (months === undefined) return null
  const since = shiftBangkokMonths(now, -months)
  const latest = new Date(Math.max(...sections.map((page) => page.updatedAt.getTime())))
  return latest >= since
    ? { satisfied: true, reason: `${onSite} (ปรับปรุงล่าสุด ${thaiDate(latest)})` }
    : { satisfied: false, reason: `${onSite} แต่ปรับปรุงล่าสุดเมื่อ ${thaiDate(latest)} เกิน ${months} เดือน` }
}

const quoted = (values: string[]): string => values.map((value) => `“${value}”`).join(' หรือ ')

function missingReason({ categories, tags, pages }: Indicator): string {
  const inPages = pages?.length ? ` และหน้าเว็บไซต์ของหน่วยงานยังไม่มีส่วน ${quoted(pages.map((page) => PAGE_SECTIONS[page].title))}` : ''
  if (categories.length === 0) return `หน้าเว็บไซต์ของหน่วยงานยังไม่มีส่วน ${quoted((pages ?? []).map((page) => PAGE_SECTIONS[page].title))}`
  const titles = categories.map((code) => categoryDefinition(code)?.title ?? code)
  const tagged = tags?.length ? ` ที่ติดแท็ก ${quoted(tags)}` : ''
  return `ยังไม่มีรายการที่เผยแพร่ในหมวด ${quoted(titles)}${tagged}${inPages}`
}
