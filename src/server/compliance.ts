/**
 * The compliance check (SPEC §6 "assessor-ready evidence") against the stored site: indicator sets from the
 * `indicator-sets` collection (seeded from the bundled files), evidence from the items on the public site,
 * asked of the database one question at a time (src/domain/compliance/evidence.ts): counts, the newest few,
 * the extent of a date, the information periods in order — never the whole table.
 */
import type { Payload, Where } from 'payload'
import {
  COUNT_CAP, evaluate, loadBundledSets, parseIndicatorSet, resolveSet,
  type DateField, type EvidenceCondition, type EvidenceField, type EvidenceItem, type EvidenceSource, type IndicatorResult, type IndicatorSet, type ResolvedSet, type SetName,
} from '@/domain/compliance'
import { onPublicSiteAt } from '@/domain/workflow'
import type { IndicatorSet as StoredIndicatorSet } from '@/payload-types'
import { toWhere } from './conditions'
import { itemPath } from '@/domain/site/addresses'
import { publicOrigin } from './environment'

/** A stored document as the domain's indicator set: the same check an import gets. */
export const asIndicatorSet = (doc: Partial<StoredIndicatorSet>) =>
  parseIndicatorSet({ set: doc.set, fiscalYear: doc.fiscalYear ?? null, title: doc.title, source: doc.source, indicators: doc.indicators })

/** The bundled sets, once, on a database that has none (idempotent; demo or not, like the categories). */
export async function seedIndicatorSets(payload: Payload): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'indicator-sets', overrideAccess: true })
  if (totalDocs > 0) return
  for (const set of loadBundledSets()) {
    await payload.create({ collection: 'indicator-sets', data: { ...set, fiscalYear: set.fiscalYear ?? undefined, indicators: JSON.parse(JSON.stringify(set.indicators)) }, overrideAccess: true })
  }
}

/** Every stored set that passes the import check; a broken one is logged and left out. */
export async function storedIndicatorSets(payload: Payload): Promise<IndicatorSet[]> {
  const { docs } = await payload.find({ collection: 'indicator-sets', overrideAccess: true, depth: 0, limit: 0, pagination: false })
  return docs.flatMap((doc) => {
    const parsed = asIndicatorSet(doc)
    if (parsed.ok) return [parsed.set]
    payload.logger.error({ id: doc.id, errors: parsed.errors }, 'ชุดตัวชี้วัดที่เก็บไว้ไม่ถูกต้อง')
    return []
  })
}

/** Evidence fields as the publish request's fields: a category is matched by its code through the relationship. */
const FIELDS: Record<EvidenceField, string> = {
  category: 'category.code',
  tags: 'tags',
  publishedAt: 'publishedAt',
  lastModifiedAt: 'lastModifiedAt',
  periodStart: 'periodStart',
  periodEnd: 'periodEnd',
}

/** The items on the public site at `now`, as the compliance check asks about them. */
export function publicEvidence(payload: Payload, now: Date): EvidenceSource {
  const publicNow = toWhere(onPublicSiteAt(now))
  const where = (condition: EvidenceCondition): Where => ({ and: [publicNow, toWhere(condition, FIELDS)] })
  const firstBy = async (condition: EvidenceCondition, field: DateField, direction: '' | '-') => {
    const { docs } = await payload.find({ collection: 'publish-requests', where: where(condition), sort: `${direction}${FIELDS[field]}`, limit: 1, depth: 0, overrideAccess: true, select: { [FIELDS[field]]: true }, pagination: false })
    const value = docs[0]?.[field]
    return value ? new Date(value) : null
  }
  return {
    async count(condition) {
      const { docs } = await payload.find({ collection: 'publish-requests', where: where(condition), limit: COUNT_CAP + 1, depth: 0, overrideAccess: true, select: {}, pagination: false })
      return docs.length
    },
    async newest(condition, limit) {
      const { docs } = await payload.find({
        collection: 'publish-requests',
        where: where(condition),
        sort: ['-publishedAt', '-lastModifiedAt'],
        limit,
        depth: 1,
        populate: { categories: { code: true, slug: true } },
        select: { title: true, itemId: true, category: true, tags: true, coverageFrom: true, coverageTo: true, publishedAt: true, lastModifiedAt: true },
        overrideAccess: true,
        pagination: false,
      })
      return docs.map(
        (doc): EvidenceItem => ({
          id: doc.id,
          title: doc.title,
          url: `${publicOrigin()}${typeof doc.category === 'object' ? itemPath(doc.category.slug, doc.itemId ?? doc.id) : ''}`,
          category: typeof doc.category === 'object' ? doc.category.code : '',
          tags: doc.tags ?? [],
          coverageFrom: doc.coverageFrom ? new Date(doc.coverageFrom) : null,
          coverageTo: doc.coverageTo ? new Date(doc.coverageTo) : null,
          publishedAt: new Date(doc.publishedAt ?? 0),
          lastModifiedAt: new Date(doc.lastModifiedAt ?? doc.publishedAt ?? 0),
        }),
      )
    },
    async extent(condition, field) {
      const [min, max] = await Promise.all([firstBy(condition, field, ''), firstBy(condition, field, '-')])
      return min && max ? { min, max } : null
    },
    async *periods(condition) {
      const PAGE = 500
      for (let page = 1; ; page++) {
        const { docs, hasNextPage } = await payload.find({ collection: 'publish-requests', where: where(condition), sort: ['periodStart', 'id'], limit: PAGE, page, depth: 0, overrideAccess: true, select: { periodStart: true, periodEnd: true } })
        for (const doc of docs) if (doc.periodStart && doc.periodEnd) yield { start: new Date(doc.periodStart), end: new Date(doc.periodEnd) }
        if (!hasNextPage) return
      }
    },
  }
}

export interface ComplianceResult {
  resolved: ResolvedSet
  indicators: IndicatorResult[]
}

/** A set checked for a fiscal year; null when no set of that name applies to the year. */
export async function complianceOf(payload: Payload, setName: SetName, fiscalYear: number, now: Date): Promise<ComplianceResult | null> {
  const resolved = resolveSet(await storedIndicatorSets(payload), setName, fiscalYear)
  if (!resolved) return null
  return { resolved, indicators: await evaluate(resolved.set, fiscalYear, publicEvidence(payload, now), now) }
}
