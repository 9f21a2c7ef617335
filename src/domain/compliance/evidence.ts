/**
 * Where the compliance check finds its evidence: the items on the public site now, asked questions as
 * conditions (src/domain/conditions.ts) so that the database answers them — a count, the newest few, the
 * earliest and latest of a date, the information periods in order — and nothing loads every item. The
 * adapter compiles the same conditions into its queries (src/server/compliance.ts); `memorySource` answers
 * them from a list, for the tests and for small sets.
 */
import { all, holds, type Condition } from '../conditions'
import { COUNT_CAP, type EvidenceItem, type Indicator } from './types'

/** What the conditions about evidence read: the item's category code, tags, dates and information period. */
export type EvidenceField = 'category' | 'tags' | 'publishedAt' | 'lastModifiedAt' | 'periodStart' | 'periodEnd'
export type EvidenceCondition = Condition<EvidenceField>
export type DateField = Exclude<EvidenceField, 'category' | 'tags'>

/** The information period (ช่วงเวลาของข้อมูล) an item covers, whole Bangkok days from start to end inclusive. */
export interface InformationPeriod {
  start: Date
  end: Date
}

export interface EvidenceSource {
  /** How many items match, counted up to COUNT_CAP + 1. */
  count(where: EvidenceCondition): Promise<number>
  /** Whether any item matches. */
  any(where: EvidenceCondition): Promise<boolean>
  /** The newest `limit` items, by publication date and then last modification. */
  newest(where: EvidenceCondition, limit: number): Promise<EvidenceItem[]>
  /** The earliest and latest value of a date among the items; null when there are none. */
  extent(where: EvidenceCondition, field: DateField): Promise<{ min: Date; max: Date } | null>
  /** Every item's information period, ordered by start. */
  periods(where: EvidenceCondition): AsyncIterable<InformationPeriod>
}

/**
 * The period an item's information covers: its coverage dates when given (a one-sided date stands for both
 * ends), otherwise the day it was published. Stored with the item when it is published, so the database can
 * compare it.
 */
export function informationPeriod(item: Pick<EvidenceItem, 'coverageFrom' | 'coverageTo' | 'publishedAt'>): InformationPeriod {
  const a = item.coverageFrom ?? item.coverageTo ?? item.publishedAt
  const b = item.coverageTo ?? item.coverageFrom ?? item.publishedAt
  return a <= b ? { start: a, end: b } : { start: b, end: a }
}

/** Tags are stored in this form (NFC, single spaces) and indicators match them exactly. */
export const normalizeTag = (tag: string): string => tag.normalize('NFC').trim().replace(/\s+/g, ' ')

/** An item can serve as evidence when its category is listed and, if the indicator names tags, it carries one. */
export function matching(indicator: Indicator): EvidenceCondition {
  const inCategory: EvidenceCondition = { field: 'category', op: 'in', values: indicator.categories }
  return indicator.tags?.length ? all(inCategory, { field: 'tags', op: 'in', values: indicator.tags.map(normalizeTag) }) : inCategory
}

const DAY_MS = 86_400_000 // a Bangkok day: no daylight saving time

/**
 * Items whose information period covers the whole of [start, end) by itself (both the starts of Bangkok days):
 * its first day is not after `start`'s day, its last day not before the day before `end`.
 */
export const covering = ({ start, end }: { start: Date; end: Date }): EvidenceCondition =>
  all({ field: 'periodStart', op: 'before', at: new Date(start.getTime() + DAY_MS) }, { field: 'periodEnd', op: 'at-or-after', at: new Date(end.getTime() - DAY_MS) })

/**
 * Items whose information period shares at least one Bangkok day with [start, end), both the starts of
 * Bangkok days: the period's last day is not before `start`'s day, its first day is before `end`.
 */
export const touching = ({ start, end }: { start: Date; end: Date }): EvidenceCondition =>
  all({ field: 'periodEnd', op: 'at-or-after', at: start }, { field: 'periodStart', op: 'before', at: end })

type Row = Record<EvidenceField, unknown> & { item: EvidenceItem }

const rowOf = (item: EvidenceItem): Row => {
  const { start, end } = informationPeriod(item)
  return {
    item,
    category: item.category,
    tags: item.tags.map(normalizeTag),
    publishedAt: item.publishedAt,
    lastModifiedAt: item.lastModifiedAt,
    periodStart: start,
    periodEnd: end,
  }
}

const byNewest = (a: EvidenceItem, b: EvidenceItem) =>
  b.publishedAt.getTime() - a.publishedAt.getTime() || b.lastModifiedAt.getTime() - a.lastModifiedAt.getTime()

/** The same questions answered from a list of items already on the public site. */
export function memorySource(items: readonly EvidenceItem[]): EvidenceSource {
  const rows = items.map(rowOf)
  const where = (condition: EvidenceCondition) => rows.filter((row) => holds(condition, row))
  return {
    count: async (condition) => Math.min(where(condition).length, COUNT_CAP + 1),
    any: async (condition) => where(condition).length > 0,
    newest: async (condition, limit) => where(condition).map((r) => r.item).sort(byNewest).slice(0, limit),
    extent: async (condition, field) => {
      const times = where(condition).map((r) => (r[field] as Date).getTime())
      return times.length ? { min: new Date(Math.min(...times)), max: new Date(Math.max(...times)) } : null
    },
    async *periods(condition) {
      const found = where(condition).map((r) => ({ start: r.periodStart as Date, end: r.periodEnd as Date }))
      yield* found.sort((a, b) => a.start.getTime() - b.start.getTime())
    },
  }
}
