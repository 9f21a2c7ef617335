/**
 * What the public site reads: only published items inside their publication period, never drafts or requests,
 * never owners, unit paths or history; and the agency's own pages. Every render also tells the page cache
 * when its pages stop being right (the next start or end of a publication period, or midnight in Bangkok).
 */
import config from '@payload-config'
import { getPayload, type Payload, type Where } from 'payload'
import { isOnPublicSite, onPublicSiteAt, type State } from '@/domain/workflow'
import { toWhere } from '@/server/conditions'
import { itemPath } from '@/domain/site/addresses'
import { bangkokDay, startOfBangkokDay } from '@/domain/thai/calendar'
import { addDays } from '@/domain/thai/days'
import type { DurationUnit } from '@/domain/site/manual'
import { pagesValidUntil, publicStore, sharedUntilChange } from './public-cache'
import { agencySettings, type AgencySettings } from '@/server/settings'

export const payloadInstance = (): Promise<Payload> => getPayload({ config })

/** The domain's "on the public site now" as Payload's where (item pages check it again with the domain rule). */
export const onPublicSite = (now: Date): Where => toWhere(onPublicSiteAt(now))

export interface PublicAttachment {
  id: number
  filename: string
  filesize: number
  mimeType: string
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
  steps?: { id?: string; title: string; description?: string | null; duration?: number | null; unit?: DurationUnit | null }[] | null
  eventStart?: string | null
  eventEnd?: string | null
  location?: string | null
  linkUrl?: string | null
  image?: PublicAttachment | null
  imageAlt?: string | null
}

/** Only what a public page shows. */
const PUBLIC_FIELDS = {
  title: true, summary: true, sourceOwner: true, coverageFrom: true, coverageTo: true, publishFrom: true, publishUntil: true,
  publishedAt: true, lastModifiedAt: true, itemId: true, changeNote: true, state: true, category: true, attachments: true, publicPath: true, tags: true,
  steps: true, eventStart: true, eventEnd: true, location: true, linkUrl: true, image: true, imageAlt: true,
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
    return docs as unknown as PublicCategory[]
  })

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

/** The item with its address worked out from its category as it is now (src/domain/site/addresses.ts). */
const addressed = (item: PublicItem): PublicItem => ({ ...item, publicPath: itemPath(item.category.slug, item.itemId ?? item.id) })

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
    populate: { categories: { slug: true, title: true, code: true }, attachments: { filename: true, filesize: true, mimeType: true } },
    sort: query.events ? 'eventStart' : '-publishedAt',
    limit: query.limit ?? 20,
    page: query.page ?? 1,
  })
  const page = result as unknown as { docs: PublicItem[]; totalDocs: number; totalPages: number; page: number }
  return { ...page, docs: page.docs.map(addressed) }
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
    populate: { categories: { slug: true, title: true, code: true }, attachments: { filename: true, filesize: true, mimeType: true } },
    limit: 1,
  })
  const item = docs[0] as unknown as PublicItem | undefined
  return item && isOnPublicSite(item, now) ? addressed(item) : null
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
 * The page cache is right until the next publication period starts or ends, or the Bangkok day turns
 * (the calendar's "today" and the home page's upcoming events move then): found once per cache generation.
 */
async function noteBoundary(payload: Payload, now: Date): Promise<void> {
  const store = publicStore()
  const generation = store.generation
  if (store.boundaryGeneration === generation) return
  const soonest = async (field: 'publishFrom' | 'publishUntil') => {
    const { docs } = await payload.find({ collection: 'publish-requests', where: { and: [{ state: { equals: 'published' } }, { [field]: { greater_than: now.toISOString() } }] }, overrideAccess: true, depth: 0, select: { [field]: true }, sort: field, limit: 1, pagination: false })
    const at = (docs[0] as unknown as Record<string, string | undefined> | undefined)?.[field]
    return at ? new Date(at).getTime() : Infinity
  }
  const midnight = startOfBangkokDay(addDays(bangkokDay(now), 1)).getTime()
  pagesValidUntil(Math.min(midnight, await soonest('publishFrom'), await soonest('publishUntil')), generation)
}

export interface SiteImage {
  id: number
  alt: string
}

export interface AgencyProfile {
  history?: string | null
  vision?: string | null
  missions?: { text: string }[] | null
  authority?: string | null
  strategy?: string | null
  executives?: { name: string; position: string; photo?: SiteImage | null }[] | null
  structure?: { name: string; head?: string | null; units?: { name: string }[] | null }[] | null
  orgChart?: SiteImage | null
  address?: string | null
  phone?: string | null
  fax?: string | null
  email?: string | null
  hours?: string | null
  mapUrl?: string | null
  websitePolicy?: string | null
  privacyPolicy?: string | null
  cookiePolicy?: string | null
  securityPolicy?: string | null
  updatedAt?: string | null
}

export interface CioProfile {
  name?: string | null
  position?: string | null
  photo?: SiteImage | null
  phone?: string | null
  email?: string | null
  duties?: string | null
  itManagement?: string | null
  updatedAt?: string | null
}

export const agencyProfile = (): Promise<AgencyProfile> =>
  sharedUntilChange('agency-profile', async () => (await (await payloadInstance()).findGlobal({ slug: 'agency-profile', overrideAccess: true, depth: 1 })) as unknown as AgencyProfile)

export const cioProfile = (): Promise<CioProfile> =>
  sharedUntilChange('cio-profile', async () => (await (await payloadInstance()).findGlobal({ slug: 'cio-profile', overrideAccess: true, depth: 1 })) as unknown as CioProfile)

export const siteImageUrl = (image: SiteImage): string => `/images/site/${image.id}`

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
