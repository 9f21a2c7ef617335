/**
 * The compliance check (SPEC §6 "assessor-ready evidence") against the stored site: indicator sets from the
 * `indicator-sets` collection (seeded from the bundled files), evidence from the items on the public site.
 */
import type { Payload } from 'payload'
import { evaluate, loadBundledSets, parseIndicatorSet, resolveSet, type EvidenceItem, type IndicatorResult, type IndicatorSet, type ResolvedSet, type SetName } from '@/domain/compliance'
import { isOnPublicSite, type State } from '@/domain/workflow'
import { publicOrigin } from './environment'

/** A stored document as the domain's indicator set: the same check an import gets. */
export const asIndicatorSet = (doc: Record<string, unknown>) =>
  parseIndicatorSet({ set: doc.set, fiscalYear: doc.fiscalYear ?? null, title: doc.title, source: doc.source, indicators: doc.indicators })

const dateOrNull = (value: unknown): Date | null => (value ? new Date(value as string) : null)

/** The bundled sets, once, on a database that has none (idempotent; demo or not, like the categories). */
export async function seedIndicatorSets(payload: Payload): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'indicator-sets', overrideAccess: true })
  if (totalDocs > 0) return
  for (const set of loadBundledSets()) {
    await payload.create({ collection: 'indicator-sets', data: { ...set, fiscalYear: set.fiscalYear ?? undefined } as never, overrideAccess: true })
  }
}

/** Every stored set that passes the import check; a broken one is logged and left out. */
export async function storedIndicatorSets(payload: Payload): Promise<IndicatorSet[]> {
  const { docs } = await payload.find({ collection: 'indicator-sets', overrideAccess: true, depth: 0, limit: 0, pagination: false })
  return docs.flatMap((doc) => {
    const parsed = asIndicatorSet(doc as unknown as Record<string, unknown>)
    if (parsed.ok) return [parsed.set]
    payload.logger.error({ id: doc.id, errors: parsed.errors }, 'ชุดตัวชี้วัดที่เก็บไว้ไม่ถูกต้อง')
    return []
  })
}

/** The items on the public site now, as evidence: URL, category, tags, coverage and publication dates. */
export async function publicEvidence(payload: Payload, now: Date): Promise<EvidenceItem[]> {
  const { docs } = await payload.find({
    collection: 'publish-requests',
    where: { state: { equals: 'published' } },
    overrideAccess: true,
    depth: 1,
    limit: 0,
    pagination: false,
    select: { title: true, category: true, tags: true, coverageFrom: true, coverageTo: true, publishFrom: true, publishUntil: true, publishedAt: true, publicPath: true, state: true, updatedAt: true },
  })
  return docs
    .filter((doc) => isOnPublicSite({ state: doc.state as State, publishFrom: dateOrNull(doc.publishFrom), publishUntil: dateOrNull(doc.publishUntil) }, now))
    .map((doc) => ({
      id: doc.id,
      title: doc.title,
      url: `${publicOrigin()}${doc.publicPath ?? ''}`,
      category: typeof doc.category === 'object' && doc.category ? doc.category.slug : '',
      tags: (doc.tags ?? []) as string[],
      coverageFrom: dateOrNull(doc.coverageFrom),
      coverageTo: dateOrNull(doc.coverageTo),
      publishedAt: dateOrNull(doc.publishedAt) ?? new Date(doc.updatedAt),
      updatedAt: new Date(doc.updatedAt),
    }))
}

export interface ComplianceResult {
  resolved: ResolvedSet
  indicators: IndicatorResult[]
}

/** A set checked for a fiscal year; null when no set of that name applies to the year. */
export async function complianceOf(payload: Payload, setName: SetName, fiscalYear: number, now: Date): Promise<ComplianceResult | null> {
  const resolved = resolveSet(await storedIndicatorSets(payload), setName, fiscalYear)
  if (!resolved) return null
  return { resolved, indicators: evaluate(resolved.set, fiscalYear, await publicEvidence(payload, now), now) }
}
