/**
 * The compliance check (SPEC §6 "assessor-ready evidence") against the stored site: indicator sets from the
 * `indicator-sets` collection (seeded from the bundled files), evidence from the items on the public site,
 * asked of the database one question at a time (src/domain/compliance/evidence.ts): counts, the newest few,
 * the extent of a date, the information periods in order — never the whole table.
 */
import type { Payload } from 'payload'
import {
  COUNT_CAP, evaluate, loadBundledSets, parseIndicatorSet, profileSections, publishedSection, resolveSet,
  type EvidenceCondition, type PublishedSection, type EvidenceField, type EvidenceItem, type EvidenceSource, type IndicatorResult, type IndicatorSet, type ResolvedSet, type SetName,
} from '@/domain/compliance'
import { onPublicSiteAt } from '@/domain/workflow'
import type { Value } from '@/domain/conditions'
import type { IndicatorSet as StoredIndicatorSet } from '@/payload-types'
import { PUBLICATION_COLUMNS, toSql, type Sql, type SqlField } from './conditions'
import { rows, sql } from './database'
import { itemPath } from '@/domain/site/addresses'
import { ruleReviews } from './rule-reviews'
import { publicOrigin } from './environment'
import type { ComplaintTrack } from '@/domain/complaints/complaints'
import { fiscalYearOf } from '@/domain/thai/calendar'

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

/** The publish requests `p`: the domain's evidence fields as their columns (a category's code matched as its id). */
const COLUMNS: Record<EvidenceField, SqlField<EvidenceField>> = {
  category: sql`p.category_id`,
  // Keywords are a has-many field: one row each in publish_requests_texts, found by keyword on its index of
  // (path, text, parent), so a rare keyword costs its few rows, not a look at every item of the category.
  tags: (comparison) => sql`p.id IN (SELECT t.parent_id FROM publish_requests_texts t WHERE t.path = 'tags' AND ${toSql({ ...comparison, field: 'tags' }, { ...COLUMNS, tags: sql`t.text` })})`,
  publishedAt: sql`p.published_at`,
  lastModifiedAt: sql`p.last_modified_at`,
  periodStart: sql`p.period_start`,
  periodEnd: sql`p.period_end`,
}

/** The condition with each category code replaced by the category's id: the publish request's own column, indexed with its state and date. */
function byCategoryId(condition: EvidenceCondition, ids: Map<string, number>): EvidenceCondition {
  if ('all' in condition) return { all: condition.all.map((c) => byCategoryId(c, ids)) }
  if ('any' in condition) return { any: condition.any.map((c) => byCategoryId(c, ids)) }
  if (condition.field !== 'category') return condition
  const id = (code: Value) => ids.get(String(code)) ?? -1
  if (condition.op === 'in') return { ...condition, values: condition.values.map(id) }
  if (condition.op === 'equals') return { ...condition, value: id(condition.value) }
  return condition
}

type PeriodRow = { id: number; period_start: string | Date; period_end: string | Date }

const dateOf = (value: string | Date | null | undefined): Date | null => (value ? new Date(value) : null)

/**
 * The items on the public site at `now`, as the compliance check asks about them, each question one SQL
 * statement on the publish requests' indexes (compiled from the domain's conditions, src/server/conditions.ts):
 * a count that stops at COUNT_CAP + 1, the newest ids, a minimum and a maximum, the periods in pages. One source
 * serves one evaluation (or one dashboard): a question several indicators or sets ask is asked once.
 */
export function publicEvidence(payload: Payload, now: Date): EvidenceSource {
  const publicNow = toSql(onPublicSiteAt(now), PUBLICATION_COLUMNS)
  const categoryIds = payload
    .find({ collection: 'categories', depth: 0, limit: 0, pagination: false, overrideAccess: true, select: { code: true } })
    .then(({ docs }) => new Map(docs.map((c) => [c.code, c.id])))
  const remembered = new Map<string, Promise<unknown>>()
  const once = <T>(key: string, ask: () => Promise<T>): Promise<T> => {
    if (!remembered.has(key)) remembered.set(key, ask())
    return remembered.get(key) as Promise<T>
  }
  const where = async (condition: EvidenceCondition): Promise<Sql> => sql`${publicNow} AND ${toSql(byCategoryId(condition, await categoryIds), COLUMNS)}`
  const query = <T>(statement: Sql) => rows<T>(payload, statement)

  return {
    count: (condition) =>
      once(`count ${JSON.stringify(condition)}`, async () => {
        const [{ n }] = await query<{ n: number | string }>(sql`SELECT count(*) AS n FROM (SELECT 1 FROM publish_requests p WHERE ${await where(condition)} LIMIT ${COUNT_CAP + 1}) counted`)
        return Number(n)
      }),
    any: (condition) => once(`any ${JSON.stringify(condition)}`, async () => (await query(sql`SELECT 1 AS found FROM publish_requests p WHERE ${await where(condition)} LIMIT 1`)).length > 0),
    newest: (condition, limit) => once(`newest ${limit} ${JSON.stringify(condition)}`, () => newest(condition, limit)),
    extent: (condition, field) =>
      once(`extent ${field} ${JSON.stringify(condition)}`, async () => {
        const column = COLUMNS[field] as Sql
        const [found] = await query<{ first: string | Date | null; last: string | Date | null }>(sql`SELECT min(${column}) AS first, max(${column}) AS last FROM publish_requests p WHERE ${await where(condition)}`)
        const [min, max] = [dateOf(found?.first), dateOf(found?.last)]
        return min && max ? { min, max } : null
      }),
    // In pages, each after the last period read (by start, then id): the thousandth page costs what the first does.
    async *periods(condition) {
      const PAGE = 5000
      const matching = await where(condition)
      for (let after: { start: string; id: number } | null = null; ; ) {
        const next: Sql = after ? sql`AND (p.period_start > ${after.start} OR (p.period_start = ${after.start} AND p.id > ${after.id}))` : sql``
        const page: PeriodRow[] = await query<PeriodRow>(
          sql`SELECT p.id, p.period_start, p.period_end FROM publish_requests p WHERE ${matching} AND p.period_start IS NOT NULL ${next} ORDER BY p.period_start, p.id LIMIT ${PAGE}`,
        )
        for (const row of page) yield { start: new Date(row.period_start), end: new Date(row.period_end) }
        if (page.length < PAGE) return
        const last: PeriodRow = page[page.length - 1]
        after = { start: new Date(last.period_start).toISOString(), id: Number(last.id) }
      }
    },
  }

  /** The newest ids (on the index of state, category and publication date), then those items' fields. */
  async function newest(condition: EvidenceCondition, limit: number): Promise<EvidenceItem[]> {
    const found = await query<{ id: number }>(sql`SELECT p.id FROM publish_requests p WHERE ${await where(condition)} ORDER BY p.published_at DESC, p.last_modified_at DESC, p.id DESC LIMIT ${limit}`)
    if (found.length === 0) return []
    const { docs } = await payload.find({
      collection: 'publish-requests',
      where: { id: { in: found.map((row) => Number(row.id)) } },
      limit,
      depth: 1,
      populate: { categories: { code: true, slug: true } },
      select: { title: true, itemId: true, category: true, tags: true, coverageFrom: true, coverageTo: true, publishedAt: true, lastModifiedAt: true },
      overrideAccess: true,
      pagination: false,
    })
    const byId = new Map(docs.map((doc) => [doc.id, doc]))
    return found.flatMap(({ id }): EvidenceItem[] => {
      const doc = byId.get(Number(id))
      if (!doc) return []
      const category = typeof doc.category === 'object' ? doc.category : null
      return [
        {
          id: doc.id,
          title: doc.title,
          url: `${publicOrigin()}${category ? itemPath(category.slug, doc.itemId ?? doc.id) : ''}`,
          category: category?.code ?? '',
          tags: doc.tags ?? [],
          coverageFrom: dateOf(doc.coverageFrom),
          coverageTo: dateOf(doc.coverageTo),
          publishedAt: new Date(doc.publishedAt ?? 0),
          lastModifiedAt: new Date(doc.lastModifiedAt ?? doc.publishedAt ?? 0),
        },
      ]
    })
  }
}

export interface ComplianceResult {
  resolved: ResolvedSet
  indicators: IndicatorResult[]
}

/** What the site shows now as evidence: its published items, and the sections of the agency's own pages. */
export interface SiteEvidence {
  items: EvidenceSource
  pages: Promise<PublishedSection[]>
}

export const siteEvidence = (payload: Payload, now: Date): SiteEvidence => ({ items: publicEvidence(payload, now), pages: agencyPageSections(payload, now) })

/**
 * The sections of the agency's own pages that have content: the profile's (as its fields are filled in), the CIO
 * page once it names the CIO, and the site map and statistics, which the site generates and keeps current; the
 * complaint channels and the information-request e-service while someone is designated to receive them (a
 * channel nobody reads is no channel), with their guideline, and the complaint statistics of this fiscal year and the two before it.
 */
async function agencyPageSections(payload: Payload, now: Date): Promise<PublishedSection[]> {
  const staffedTracks = async (track: ComplaintTrack) =>
    (await payload.count({ collection: 'users', where: { and: [{ complaintDuties: { in: [track] } }, { active: { not_equals: false } }] }, overrideAccess: true })).totalDocs > 0
  const [profile, cio, reviews, general, corruption, information, hearings, forms] = await Promise.all([
    payload.findGlobal({ slug: 'agency-profile', depth: 0, overrideAccess: true }),
    payload.findGlobal({ slug: 'cio-profile', depth: 0, overrideAccess: true, select: { name: true, updatedAt: true } }),
    ruleReviews(payload),
    staffedTracks('general'),
    staffedTracks('corruption'),
    staffedTracks('information'),
    payload.find({ collection: 'hearings', where: { opensAt: { less_than_equal: now.toISOString() } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, select: { outcomePublishedAt: true, opensAt: true } }),
    payload.find({ collection: 'e-forms', where: { active: { equals: true } }, sort: '-updatedAt', depth: 0, limit: 1, overrideAccess: true, select: { updatedAt: true } }),
  ])
  const origin = publicOrigin()
  const changed = (global: { updatedAt?: string | null }) => new Date(global.updatedAt ?? now)
  return [
    ...profileSections(profile, origin, changed(profile)),
    ...(cio.name?.trim() ? [publishedSection('cio', origin, changed(cio))] : []),
    publishedSection('site-map', origin, now),
    publishedSection('statistics', origin, now),
    publishedSection('satisfaction-survey', origin, now), // the survey is in every page's footer, its results on the statistics page
    publishedSection('questions-board', origin, now), // answered by the webmasters, whom every agency has
    publishedSection('alerts', origin, now), // anyone may subscribe to the agency's new items by e-mail
    ...(general ? [publishedSection('complaint-channel', origin, now)] : []),
    ...(corruption ? [publishedSection('corruption-channel', origin, now)] : []),
    ...(general || corruption ? [publishedSection('complaint-guideline', origin, now)] : []),
    ...[0, 1, 2].map((yearsAgo) => publishedSection('complaint-statistics', origin, now, fiscalYearOf(now) - yearsAgo)),
    ...(information ? [publishedSection('information-request', origin, now)] : []),
    ...(forms.docs.length ? [publishedSection('e-forms', origin, changed(forms.docs[0]))] : []),
    // A hearing held (opened) is the channel; one concluded with its published outcome is that fiscal year's result.
    ...(hearings.docs.length ? [publishedSection('hearings', origin, new Date(hearings.docs[0].opensAt))] : []),
    ...hearings.docs.flatMap((hearing) => (hearing.outcomePublishedAt ? [publishedSection('hearing-outcomes', origin, new Date(hearing.outcomePublishedAt), fiscalYearOf(new Date(hearing.outcomePublishedAt)))] : [])),
    // The yearly review of the measure, once the executive has acknowledged it: shown on the website policy page.
    ...reviews.flatMap((review) => (review.acknowledgedAt ? [publishedSection('measure-review', origin, review.acknowledgedAt, review.fiscalYear)] : [])),
  ]
}

/** A set checked for a fiscal year; null when no set of that name applies to the year. */
export async function complianceOf(payload: Payload, setName: SetName, fiscalYear: number, now: Date, evidence = siteEvidence(payload, now)): Promise<ComplianceResult | null> {
  const resolved = resolveSet(await storedIndicatorSets(payload), setName, fiscalYear)
  if (!resolved) return null
  return { resolved, indicators: await evaluate(resolved.set, fiscalYear, evidence.items, now, await evidence.pages) }
}
