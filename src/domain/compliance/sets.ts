/**
 * Indicator sets per fiscal year (ชุดตัวชี้วัดรายปีงบประมาณ): the bundled ones, choosing the set that
 * applies to a year (carrying the latest earlier year forward until an admin enters the new list),
 * and copying a set forward as the starting point of the next year's list.
 */
import gws from './sets/gws.json'
import ita2568 from './sets/ita-2568.json'
import ita2569 from './sets/ita-2569.json'
import moit2568 from './sets/moit-2568.json'
import moit2569 from './sets/moit-2569.json'
import oia from './sets/oia.json'
import { parseIndicatorSet } from './parse'
import { categoryDefinition, submissionRefusal } from '../categories'
import type { Indicator, IndicatorSet, SetName } from './types'

const BUNDLED: Record<string, unknown> = {
  'ita-2568.json': ita2568,
  'ita-2569.json': ita2569,
  'moit-2568.json': moit2568,
  'moit-2569.json': moit2569,
  'gws.json': gws,
  'oia.json': oia,
}

/** The sets shipped with the system, validated like an import (a broken file is a build error, so it throws). */
export function loadBundledSets(): IndicatorSet[] {
  return Object.entries(BUNDLED).map(([file, json]) => {
    const parsed = parseIndicatorSet(json)
    if (!parsed.ok) throw new Error(`Bundled indicator set ${file} is invalid:\n${parsed.errors.join('\n')}`)
    return parsed.set
  })
}

export interface ResolvedSet {
  set: IndicatorSet
  /** The earlier fiscal year whose set stands in for the requested year; null when none stands in. */
  carriedFrom: number | null
  /** Thai notice for the UI when a set is carried forward, e.g. "ใช้ชุดตัวชี้วัดปี 2569 (ยังไม่มีชุดของปี 2570)". */
  notice: string | null
}

/**
 * The set that applies to a fiscal year: that year's own; else the latest earlier year's (carried
 * forward); else the every-year set (fiscalYear null); else null.
 */
export function resolveSet(sets: IndicatorSet[], setName: SetName, fiscalYear: number): ResolvedSet | null {
  const named = sets.filter((s) => s.set === setName)
  const own = named.find((s) => s.fiscalYear === fiscalYear)
  if (own) return { set: own, carriedFrom: null, notice: null }

  const latestEarlier = named
    .filter((s): s is IndicatorSet & { fiscalYear: number } => s.fiscalYear !== null && s.fiscalYear < fiscalYear)
    .sort((a, b) => b.fiscalYear - a.fiscalYear)[0]
  if (latestEarlier) {
    const year = latestEarlier.fiscalYear
    return { set: latestEarlier, carriedFrom: year, notice: `ใช้ชุดตัวชี้วัดปี ${year} (ยังไม่มีชุดของปี ${fiscalYear})` }
  }

  const everyYear = named.find((s) => s.fiscalYear === null)
  return everyYear ? { set: everyYear, carriedFrom: null, notice: null } : null
}

/** A new, independent copy of a set for another fiscal year, for the admin to edit into that year's list. */
export function copySetForward(set: IndicatorSet, toYear: number): IndicatorSet {
  const fromYear = set.fiscalYear === null ? 'ทุกปี' : String(set.fiscalYear)
  return {
    ...structuredClone(set),
    fiscalYear: toYear,
    title: set.fiscalYear === null ? `${set.title} ปีงบประมาณ ${toYear}` : set.title.replaceAll(fromYear, String(toYear)),
    source: `คัดลอกจากชุดตัวชี้วัดปี ${fromYear} — ต้องตรวจสอบกับรายการของปี ${toYear} ก่อนใช้ (แหล่งเดิม: ${set.source})`,
  }
}

/** Every tag the sets name, sorted in Thai order — the vocabulary editors choose from when tagging items. */
export function tagVocabulary(sets: IndicatorSet[]): string[] {
  const tags = new Set(sets.flatMap((s) => s.indicators.flatMap((indicator) => indicator.tags ?? [])))
  return [...tags].sort((a, b) => a.localeCompare(b, 'th'))
}

/** A placeholder of a set (ตัวชี้วัดที่หน่วยงานกรอกเอง): the set names it, but not yet what evidence meets it. */
export const isPlaceholder = (indicator: Pick<Indicator, 'categories' | 'pages'>): boolean => indicator.categories.length === 0 && !indicator.pages?.length

/** What the agency fills a placeholder in with: its title, the category whose items meet it, and a tag if only some do. */
export interface PlaceholderFilling {
  title: string
  category: string
  tag?: string
}

/**
 * The set with one placeholder filled in (the webmaster's, from the monitoring page), checked as every edit of a set
 * is; its currency is the one most of the set's indicators have. Or why not, in Thai.
 */
export function fillPlaceholder(set: IndicatorSet, code: string, filling: PlaceholderFilling): { ok: true; set: IndicatorSet } | { ok: false; error: string } {
  const indicator = set.indicators.find((i) => i.code === code)
  if (!indicator) return { ok: false, error: `ไม่พบตัวชี้วัด “${code}” ในชุด${set.title}` }
  if (!isPlaceholder(indicator)) return { ok: false, error: `ตัวชี้วัด ${code} ระบุข้อมูลที่ต้องการไว้แล้ว ไม่ใช่ข้อที่รอหน่วยงานกรอก` }
  const title = filling.title.trim()
  if (title.length < 3) return { ok: false, error: 'กรุณาระบุชื่อตัวชี้วัดตามคู่มือการประเมินของปีนั้น' }
  if (!categoryDefinition(filling.category)) return { ok: false, error: `ไม่มีหมวด “${filling.category}” ในเว็บไซต์` }
  const refusal = submissionRefusal(filling.category)
  if (refusal) return { ok: false, error: refusal }
  const tag = filling.tag?.trim()
  const counts = new Map<string, number>()
  for (const other of set.indicators.filter((i) => !isPlaceholder(i))) {
    const currency = JSON.stringify(other.currency)
    counts.set(currency, (counts.get(currency) ?? 0) + 1)
  }
  const common = [...counts].sort(([, a], [, b]) => b - a)[0]?.[0]
  const filled: Indicator = { ...indicator, title, categories: [filling.category], ...(tag ? { tags: [tag] } : {}), currency: common ? JSON.parse(common) : { kind: 'current' }, note: 'กรอกโดยหน่วยงาน' }
  const parsed = parseIndicatorSet({ ...set, indicators: set.indicators.map((i) => (i.code === code ? filled : i)) })
  return parsed.ok ? { ok: true, set: parsed.set } : { ok: false, error: parsed.errors.join('\n') }
}
