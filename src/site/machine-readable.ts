/** The site for machines: sitemap (split at 50,000 addresses), RSS feeds, robots.txt. */
import { publicOrigin } from '@/server/environment'
import { SITEMAP_LIMIT, robotsTxt, rssXml, sitemapIndexXml, sitemapParts, sitemapXml, type SitemapEntry } from '@/domain/site/xml'
import { CATEGORY } from '@/domain/categories'
import { COMPLAINT_PAGES } from '@/domain/complaints/complaints'
import { HEARING_PATH, hearingPath } from '@/domain/hearings/hearings'
import { QUESTION_PAGES } from '@/domain/questions/questions'
import { ALERT_PAGES } from '@/domain/alerts/alerts'
import { FORMS_PATH, formPath } from '@/domain/forms/forms'
import { itaPath, itaYears } from '@/domain/site/addresses'
import { categoryByCode, payloadInstance, publicAddresses, publicCategories, publicItems } from './content'

/** A machine-readable answer, rendered like a page and kept like one (src/site/render.tsx). */
export interface MachineReadable {
  status: number
  contentType: string
  body: string
}

const xml = (body: string, type = 'application/xml'): MachineReadable => ({ status: 200, contentType: `${type}; charset=utf-8`, body })
const NOT_FOUND: MachineReadable = { status: 404, contentType: 'text/plain; charset=utf-8', body: 'ไม่พบ' }

/** The pages that are always there: the home page, the ITA page (each of its years besides), the policies, and the citizen channels. */
const FIXED_PAGES = [
  ...['/', '/ita', '/statistics', '/policies/website', '/policies/privacy', '/policies/cookies', '/policies/security'],
  ...Object.values(COMPLAINT_PAGES),
  ...[QUESTION_PAGES.board, ALERT_PAGES.subscribe, HEARING_PATH, FORMS_PATH],
]

/** The pages of the e-forms open now and of every public hearing (upcoming, open or concluded). */
async function channelPaths(): Promise<string[]> {
  const payload = await payloadInstance()
  const [forms, hearings] = await Promise.all([
    payload.find({ collection: 'e-forms', where: { active: { equals: true } }, depth: 0, limit: 100, overrideAccess: true, select: { slug: true } }),
    payload.find({ collection: 'hearings', sort: '-opensAt', depth: 0, limit: 1000, overrideAccess: true, select: {} }),
  ])
  return [...forms.docs.map((form) => formPath(form.slug)), ...hearings.docs.map((hearing) => hearingPath(hearing.id))]
}

/** Part `part` (1-based) of every public address: the fixed pages and category listings first, then the items. */
async function sitemapEntries(part: number): Promise<{ entries: SitemapEntry[]; parts: number }> {
  const origin = publicOrigin()
  const fixed: SitemapEntry[] = [...new Set([...FIXED_PAGES, ...itaYears(new Date()).map(itaPath), ...(await channelPaths()), ...(await publicCategories()).map((c) => `/${c.slug}`)])].map((p) => ({ loc: `${origin}${p}` }))
  const { docs, totalDocs } = await publicAddresses(part, SITEMAP_LIMIT)
  const items = docs.map((d) => ({ loc: `${origin}${d.publicPath}`, lastmod: d.lastModifiedAt ? new Date(d.lastModifiedAt) : undefined }))
  return { entries: part === 1 ? [...fixed, ...items] : items, parts: sitemapParts(totalDocs + fixed.length) }
}

/** /sitemap.xml: the addresses themselves, or an index of /sitemaps/<n>.xml when there are more than 50,000. */
export async function sitemap(): Promise<MachineReadable> {
  const first = await sitemapEntries(1)
  if (first.parts === 1) return xml(sitemapXml(first.entries))
  return xml(sitemapIndexXml(Array.from({ length: first.parts }, (_, i) => `${publicOrigin()}/sitemaps/${i + 1}.xml`)))
}

export async function sitemapPart(name: string): Promise<MachineReadable> {
  const part = Number(/^(\d{1,4})\.xml$/.exec(name)?.[1])
  const { entries, parts } = part ? await sitemapEntries(part) : { entries: [], parts: 0 }
  return part && part <= parts ? xml(sitemapXml(entries)) : NOT_FOUND
}

const FEEDS: Record<string, { code: string; title: string }> = {
  'news.xml': { code: CATEGORY.news, title: 'ข่าวประชาสัมพันธ์' },
  'procurement.xml': { code: CATEGORY.procurement, title: 'ประกาศจัดซื้อจัดจ้าง' },
}

export async function rssFeed(name: string): Promise<MachineReadable> {
  const feed = FEEDS[name]
  const category = feed ? await categoryByCode(feed.code) : null
  if (!feed || !category) return NOT_FOUND
  const origin = publicOrigin()
  const { docs } = await publicItems({ categoryId: category.id, limit: 30 })
  return xml(
    rssXml({
      title: feed.title,
      link: `${origin}/${category.slug}`,
      self: `${origin}/feeds/${name}`,
      description: category.title,
      items: docs.map((d) => ({ title: d.title, link: `${origin}${d.publicPath}`, description: d.summary, published: new Date(d.publishedAt ?? d.lastModifiedAt ?? Date.now()) })),
    }),
    'application/rss+xml',
  )
}

export const robots = (): MachineReadable => ({ status: 200, contentType: 'text/plain; charset=utf-8', body: robotsTxt(publicOrigin()) })
