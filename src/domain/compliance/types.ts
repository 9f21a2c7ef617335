/**
 * The compliance vocabulary: indicator sets (ชุดตัวชี้วัด) as data, the evidence items the site
 * publishes, and the result of checking one against the other for a fiscal year (ปีงบประมาณ).
 */

import type { PageSection } from './pages'

/** ITA (การประเมินคุณธรรมและความโปร่งใส), MOPH MOIT, Government Website Standard, Official Information Act. */
export const SET_NAMES = ['ita', 'moit', 'gws', 'oia'] as const
export type SetName = (typeof SET_NAMES)[number]

/**
 * How current the evidence must be (ความเป็นปัจจุบัน), judged against `now` and the assessed fiscal year.
 * - current: any published item; if maxAgeMonths is given, the newest must have been published within it.
 * - fiscal-year: an item of the assessed fiscal year (offset 0) or of the previous one (offset -1).
 * - first-half: items together cover the first six months (1 Oct – 31 Mar) of the assessed fiscal year.
 * - monthly: items together cover every month of the assessed fiscal year that has ended by `now`.
 * - updated-within: the most recently updated item was updated within `months` months of `now`.
 * - none: no currency rule (an indicator whose requirements are not yet known).
 */
export type CurrencyRule =
  | { kind: 'current'; maxAgeMonths?: number }
  | { kind: 'fiscal-year'; offset: 0 | -1 }
  | { kind: 'first-half' }
  | { kind: 'monthly' }
  | { kind: 'updated-within'; months: number }
  | { kind: 'none' }

export const CURRENCY_KINDS = ['current', 'fiscal-year', 'first-half', 'monthly', 'updated-within', 'none'] as const
export type CurrencyKind = CurrencyRule['kind']

/** One indicator (ตัวชี้วัด), e.g. ITA O12. */
export interface Indicator {
  code: string
  title: string
  /** Category codes C1–C22 (src/domain/categories.ts) whose items can serve as evidence. */
  categories: string[]
  /** When given, an item must also carry one of these tags (แท็ก) to count. */
  tags?: string[]
  /** Sections of the agency's own pages that can stand for it (src/domain/compliance/pages.ts), e.g. "structure". */
  pages?: PageSection[]
  currency: CurrencyRule
  note?: string
}

export interface IndicatorSet {
  set: SetName
  /** Buddhist-era fiscal year the list is for; null = applies to every year. */
  fiscalYear: number | null
  title: string
  /** Where the list comes from and how complete it is. */
  source: string
  indicators: Indicator[]
}

/** A published item on the site, as the compliance check sees it. */
export interface EvidenceItem {
  id: string | number
  title: string
  url: string
  /** The category's code, C1–C22. */
  category: string
  tags: string[]
  /** The dates the information covers (ช่วงเวลาของข้อมูล), both inclusive. */
  coverageFrom?: Date | null
  coverageTo?: Date | null
  /** When the item became public. */
  publishedAt: Date
  /** When its latest version was published (its publication date until it is revised). */
  lastModifiedAt: Date
}

/**
 * met = ครบถ้วน, missing = ยังไม่มี, stale = ไม่เป็นปัจจุบัน; unspecified = the set names the indicator but not yet
 * what it asks for (ITA 2569 O2, O6, O7): the agency fills it in; it is not counted in the score.
 */
export type IndicatorStatus = 'met' | 'missing' | 'stale' | 'unspecified'

export interface IndicatorResult {
  code: string
  title: string
  status: IndicatorStatus
  /** Why, in Thai — always present. */
  reason: string
  /** The newest of the items that count toward the indicator for the assessed period (at most EVIDENCE_SHOWN). */
  evidence: { title: string; url: string }[]
  /** How many items count, shown or not (at most COUNT_CAP + 1: "more than COUNT_CAP"). */
  evidenceCount: number
}

/** How many evidence items a result lists; the count says how many there are in all. */
export const EVIDENCE_SHOWN = 10

/** Counts stop here: an assessor needs to know there are more than a thousand, not how many more. */
export const COUNT_CAP = 1000

/** "12 รายการ", or "มากกว่า 1,000 รายการ" for a count that reached the cap. */
export const countText = (count: number): string => (count > COUNT_CAP ? `มากกว่า ${COUNT_CAP.toLocaleString('th-TH')} รายการ` : `${count.toLocaleString('th-TH')} รายการ`)
