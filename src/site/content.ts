/**
 * What the public site reads: only published items inside their publication period, never drafts or requests,
 * never owners, unit paths or history; and the agency's own pages. Every render also tells the page cache
 * when its pages stop being right (the next start or end of a publication period, or midnight in Bangkok).
 */
import config from '@payload-config'
import { getPayload, type Payload, type Where } from 'payload'
import { isOnPublicSite, onPublicSiteAt, takenDownAt, type State } from '@/domain/workflow'
import { toWhere } from '@/server/conditions'
import { itemPath } from '@/domain/site/addresses'
import { bangkokDay, startOfBangkokDay } from '@/domain/thai/calendar'
import { addDays } from '@/domain/thai/days'
import { pagesValidUntil, publicStore, sharedUntilChange } from './public-cache'
import { asSystem } from '@/server/agency-context'
import { agencySettings, type AgencySettings } from '@/server/settings'
import type { AgencyProfile, Attachment, CioProfile, PublishRequest } from '@/payload-types'

export const payloadInstance = (): Promise<Payload> => getPayload({ config })

/** The domain's "on the public site now" as Payload's where (item pages check it again with the domain rule). */
export const onPublicSite = (now: Date): Where => toWhere(onPublicSiteAt(now))

export interface PublicAttachment {
  id: number
  title?: string | null
  filename: string
  filesize: number
  mimeType: string
  sha256?: string | null
  createdAt?: string
}

export interface PublicItem {
  id: number
  title: string
  summary: string
  sourceOwner: string
  coverageFrom?: string | null
  coverageTo?: string | null
  publishFrom?: string | null
  publishUntil?: string | null
  publishedAt?: string | null
  lastModifiedAt?: string | null
  itemId?: number | null
  changeNote?: string | null
  state: State
  category: { id: number; slug: string; title: string; code: string }
  attachments?: PublicAttachment[] | null
  publicPath: string
  tags?: string[] | null
  steps?: PublishRequest['steps']
  eventStart?: string | null
  eventEnd?: string | null
  location?: string | null
  linkUrl?: string | null
  image?: PublicAttachment | null
  imageAlt?: string | null
  /** An open dataset's catalogue metadata (C9). */
  dataset?: PublishRequest['dataset']
}

type StoredAttachment = number | Attachment | null | undefined

const publicAttachment = (file: StoredAttachment): PublicAttachment | null =>
  typeof file === 'object' && file ? { id: file.id, title: file.title ?? null, filename: file.filename ?? '', filesize: file.filesize ?? 0, mimeType: file.mimeType ?? '', sha256: file.sha256 ?? null, createdAt: file.createdAt } : null

/** A stored request as a public page shows it: only what the page shows, its address from its category as it is now. */
function publicItemOf(doc: Pick<PublishRequest, 'id' | keyof typeof PUBLIC_FIELDS>): PublicItem | null {
  const category = typeof doc.category === 'object' ? doc.category : null
  if (!category) return null
  const itemId = doc.itemId ?? doc.id
  return {
    id: doc.id,
    title: doc.title,
    summary: doc.summary,
    sourceOwner: doc.sourceOwner,
    coverageFrom: doc.coverageFrom,
    coverageTo: doc.coverageTo,
    publishFrom: doc.publishFrom,
    publishUntil: doc.publishUntil,
    publishedAt: doc.publishedAt,
    lastModifiedAt: doc.lastModifiedAt,
    itemId,
    changeNote: doc.changeNote,
    state: doc.state ?? 'draft',
    category: { id: category.id, slug: category.slug, title: category.title, code: category.code },
    attachments: (doc.attachments ?? []).flatMap((file) => publicAttachment(file) ?? []),
    publicPath: itemPath(category.slug, itemId),
    tags: doc.tags,
    steps: doc.steps,
    eventStart: doc.eventStart,
    eventEnd: doc.eventEnd,
    location: doc.location,
    linkUrl: doc.linkUrl,
    image: publicAttachment(doc.image),
    imageAlt: doc.imageAlt,
    dataset: doc.dataset,
  }
}

/** Only what a public page shows. */
const PUBLIC_FIELDS = {
  title: true, summary: true, sourceOwner: true, coverageFrom: true, coverageTo: true, publishFrom: true, publishUntil: true,
  publishedAt: true, lastModifiedAt: true, itemId: true, changeNote: true, state: true, category: true, attachments: true, publicPath: true, tags: true,
  steps: true, eventStart: true, eventEnd: true, location: true, linkUrl: true, image: true, imageAlt: true, dataset: true,
} as const

export interface PublicCategory {
  id: number
  code: string
  slug: string
  title: string
}

export const publicCategories = (): Promise<PublicCategory[]> =>
  sharedUntilChange('categories', async () => {
    const payload = await payloadInstance()
    const { docs } = await payload.find({ collection: 'categories', overrideAccess: true, limit: 100, pagination: false, sort: 'order', depth: 0, select: { code: true, slug: true, title: true } })
    return docs.map(({ id, code, slug, title }) => ({ id, code, slug, title }))
  })

/** Whether item `id` (its address's id) was on the public site and has been taken down: its address answers 410 Gone, not 404. */
export async function wasTakenDown(id: number): Promise<boolean> {
  const payload = await payloadInstance()
  const { totalDocs } = await payload.count({
    collection: 'publish-requests',
    where: { and: [toWhere(takenDownAt(new Date())), { or: [{ id: { equals: id } }, { itemId: { equals: id } }] }] },
    overrideAccess: true,
  })
  return totalDocs > 0
}

export const siteSettings = (): Promise<AgencySettings> => sharedUntilChange('settings', async () => agencySettings(await payloadInstance()))

export const categoryBySlug = async (slug: string) => (await publicCategories()).find((c) => c.slug === slug) ?? null

export const categoryByCode = async (code: string) => (await publicCategories()).find((c) => c.code === code) ?? null

export interface ItemQuery {
  categoryId?: number
  published?: { start: Date; end: Date }
  events?: { start: Date; end: Date } // events overlapping this period, soonest first
  limit?: number
  page?: number
}

export async function publicItems(query: ItemQuery = {}) {
  const payload = await payloadInstance()
  const now = new Date()
  await noteBoundary(payload, now)
  const and: Where[] = [onPublicSite(now)]
  if (query.categoryId) and.push({ category: { equals: query.categoryId } })
  if (query.published) and.push({ publishedAt: { greater_than_equal: query.published.start.toISOString() } }, { publishedAt: { less_than: query.published.end.toISOString() } })
  if (query.events) and.push({ eventStart: { less_than: query.events.end.toISOString() } }, { or: [{ eventEnd: { greater_than_equal: query.events.start.toISOString() } }, { and: [{ eventEnd: { exists: false } }, { eventStart: { greater_than_equal: query.events.start.toISOString() } }] }] })
  const result = await payload.find({
    collection: 'publish-requests',
    where: { and },
    overrideAccess: true,
    depth: 1,
    select: PUBLIC_FIELDS,
    populate: { categories: { slug: true, title: true, code: true }, attachments: { title: true, filename: true, filesize: true, mimeType: true, sha256: true, createdAt: true } },
    sort: query.events ? 'eventStart' : '-publishedAt',
    limit: query.limit ?? 20,
    page: query.page ?? 1,
  })
  return { docs: result.docs.flatMap((doc) => publicItemOf(doc) ?? []), totalDocs: result.totalDocs, totalPages: result.totalPages, page: result.page ?? 1 }
}

/** The version of item `id` (its first version's id, as in its address) on the public site now. */
export async function publicItem(id: string): Promise<PublicItem | null> {
  if (!/^\d{1,12}$/.test(id)) return null
  const payload = await payloadInstance()
  const now = new Date()
  await noteBoundary(payload, now)
  const { docs } = await payload.find({
    collection: 'publish-requests',
    where: { and: [onPublicSite(now), { or: [{ id: { equals: Number(id) } }, { itemId: { equals: Number(id) } }] }] },
    overrideAccess: true,
    depth: 1,
    select: PUBLIC_FIELDS,
    populate: { categories: { slug: true, title: true, code: true }, attachments: { title: true, filename: true, filesize: true, mimeType: true, sha256: true, createdAt: true } },
    limit: 1,
  })
  const item = docs[0] ? publicItemOf(docs[0]) : null
  return item && isOnPublicSite(item, now) ? item : null
}

export interface ChangeNote {
  note: string
  at: string
}

/** ประวัติการแก้ไข: the change notes of the item's published revisions, oldest first. */
export async function changeNotesOf(itemId: number): Promise<ChangeNote[]> {
  const payload = await payloadInstance()
  const { docs } = await payload.find({
    collection: 'publish-requests',
    where: { and: [{ itemId: { equals: itemId } }, { state: { in: ['published', 'superseded'] } }, { changeNote: { exists: true } }] },
    overrideAccess: true,
    depth: 0,
    select: { changeNote: true, lastModifiedAt: true },
    sort: 'lastModifiedAt',
    limit: 100,
  })
  return docs.flatMap((doc) => (doc.changeNote && doc.lastModifiedAt ? [{ note: doc.changeNote, at: doc.lastModifiedAt }] : []))
}

/** When the oldest public item of a category (or of the site) was published, for the year filters. */
export const firstPublication = (categoryId?: number): Promise<Date | null> => sharedUntilChange(`first-${categoryId ?? 'all'}`, () => readFirstPublication(categoryId))

async function readFirstPublication(categoryId?: number): Promise<Date | null> {
  const payload = await payloadInstance()
  const and: Where[] = [onPublicSite(new Date())]
  if (categoryId) and.push({ category: { equals: categoryId } })
  const { docs } = await payload.find({ collection: 'publish-requests', where: { and }, overrideAccess: true, depth: 0, select: { publishedAt: true }, sort: 'publishedAt', limit: 1, pagination: false })
  const at = (docs[0] as { publishedAt?: string } | undefined)?.publishedAt
  return at ? new Date(at) : null
}

/** The site's last update: the newest change among public items and the agency's pages. */
export async function siteLastUpdated(): Promise<Date | null> {
  const payload = await payloadInstance()
  await noteBoundary(payload, new Date()) // every page has the footer, so every page render notes when pages go stale
  return sharedUntilChange('last-updated', () => readLastUpdated(payload))
}

async function readLastUpdated(payload: Payload): Promise<Date | null> {
  const [{ docs }, profile] = await Promise.all([
    payload.find({ collection: 'publish-requests', where: onPublicSite(new Date()), overrideAccess: true, depth: 0, select: { lastModifiedAt: true }, sort: '-lastModifiedAt', limit: 1, pagination: false }),
    payload.findGlobal({ slug: 'agency-profile', overrideAccess: true, depth: 0, select: { updatedAt: true } as never }),
  ])
  const times = [docs[0]?.lastModifiedAt, profile.updatedAt].filter(Boolean).map((t) => new Date(t!).getTime())
  return times.length ? new Date(Math.max(...times)) : null
}

/** Every public item's address and last change, for the sitemap; `page` counts from 1 in parts of `limit`. */
export async function publicAddresses(page: number, limit: number) {
  const payload = await payloadInstance()
  await noteBoundary(payload, new Date())
  const [categories, result] = await Promise.all([
    publicCategories(),
    payload.find({ collection: 'publish-requests', where: onPublicSite(new Date()), overrideAccess: true, depth: 0, select: { category: true, itemId: true, lastModifiedAt: true }, sort: 'id', limit, page }),
  ])
  const slugs = new Map(categories.map((c) => [c.id, c.slug]))
  const docs = result.docs.map((doc) => ({ publicPath: itemPath(slugs.get(Number(doc.category)) ?? '', doc.itemId ?? doc.id), lastModifiedAt: doc.lastModifiedAt ?? null }))
  return { docs, totalDocs: result.totalDocs }
}

/**
 * The page cache is right until the next publication period starts or ends (of any agency's item), or the Bangkok
 * day turns (the calendar's "today" and the home page's upcoming events move then): found once per cache generation.
 */
async function noteBoundary(payload: Payload, now: Date): Promise<void> {
  const store = publicStore()
  const generation = store.generation
  if (store.boundaryGeneration === generation) return
  // Across every agency (the system's read): the pages kept are all agencies', and all go at the soonest boundary.
  const soonest = async (field: 'publishFrom' | 'publishUntil') => {
    const { docs } = await asSystem(() => payload.find({ collection: 'publish-requests', where: { and: [{ state: { equals: 'published' } }, { [field]: { greater_than: now.toISOString() } }] }, overrideAccess: true, depth: 0, select: { [field]: true }, sort: field, limit: 1, pagination: false }))
    const at = docs[0]?.[field]
    return at ? new Date(at).getTime() : Infinity
  }
  const midnight = startOfBangkokDay(addDays(bangkokDay(now), 1)).getTime()
  pagesValidUntil(Math.min(midnight, await soonest('publishFrom'), await soonest('publishUntil')), generation)
}

export type { AgencyProfile, CioProfile } from '@/payload-types'

export const agencyProfile = (): Promise<AgencyProfile> => sharedUntilChange('agency-profile', async () => (await payloadInstance()).findGlobal({ slug: 'agency-profile', overrideAccess: true, depth: 1 }))

export const cioProfile = (): Promise<CioProfile> => sharedUntilChange('cio-profile', async () => (await payloadInstance()).findGlobal({ slug: 'cio-profile', overrideAccess: true, depth: 1 }))


/** Titles of those of `ids` that are public now, by id. */
export async function publicTitles(ids: number[]): Promise<Map<number, { title: string; publicPath: string }>> {
  if (ids.length === 0) return new Map()
  const payload = await payloadInstance()
  const [categories, { docs }] = await Promise.all([
    publicCategories(),
    payload.find({ collection: 'publish-requests', where: { and: [onPublicSite(new Date()), { id: { in: ids } }] }, overrideAccess: true, depth: 0, select: { title: true, category: true, itemId: true }, limit: ids.length, pagination: false }),
  ])
  const slugs = new Map(categories.map((c) => [c.id, c.slug]))
  return new Map(docs.map((d) => [d.id, { title: d.title, publicPath: itemPath(slugs.get(Number(d.category)) ?? '', d.itemId ?? d.id) }]))
}
