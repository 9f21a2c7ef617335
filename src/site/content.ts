/**
 * What the public site reads: only published items inside their publication period, never drafts or requests.
 */
import config from '@payload-config'
import { getPayload, type Where } from 'payload'
import { isOnPublicSite, type State } from '@/domain/workflow'

export const payloadInstance = () => getPayload({ config })

/** The database-side filter matching isOnPublicSite (the page checks it again with the domain rule). */
export const onPublicSite = (now: Date): Where => ({
  and: [
    { state: { equals: 'published' } },
    { or: [{ publishFrom: { exists: false } }, { publishFrom: { less_than_equal: now.toISOString() } }] },
    { or: [{ publishUntil: { exists: false } }, { publishUntil: { greater_than: now.toISOString() } }] },
  ],
})

export interface PublicAttachment {
  id: number
  filename: string
  filesize: number
  mimeType: string
  url: string
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
  updatedAt: string
  state: State
  category: { id: number; slug: string; title: string }
  attachments: PublicAttachment[]
  publicPath: string
}

/** Only what a public page shows: never the owner's account, the unit path or the history. */
const PUBLIC_FIELDS = {
  title: true, summary: true, sourceOwner: true, coverageFrom: true, coverageTo: true, publishFrom: true, publishUntil: true,
  publishedAt: true, updatedAt: true, state: true, category: true, attachments: true, publicPath: true, tags: true,
} as const

export async function publicCategories() {
  const payload = await payloadInstance()
  const { docs } = await payload.find({ collection: 'categories', overrideAccess: true, limit: 100, pagination: false, sort: 'order', depth: 0 })
  return docs
}

export async function publicItems(options: { categoryId?: number; limit?: number; page?: number } = {}) {
  const payload = await payloadInstance()
  const now = new Date()
  const where: Where = options.categoryId ? { and: [onPublicSite(now), { category: { equals: options.categoryId } }] } : onPublicSite(now)
  return payload.find({ collection: 'publish-requests', where, overrideAccess: true, depth: 1, select: PUBLIC_FIELDS, sort: '-publishedAt', limit: options.limit ?? 20, page: options.page ?? 1 }) as unknown as Promise<{ docs: PublicItem[]; totalDocs: number; totalPages: number; page: number }>
}

export async function publicItem(id: string): Promise<PublicItem | null> {
  if (!/^\d+$/.test(id)) return null
  const payload = await payloadInstance()
  const item = (await payload.findByID({ collection: 'publish-requests', id, overrideAccess: true, depth: 1, select: PUBLIC_FIELDS, disableErrors: true })) as unknown as PublicItem | null
  if (!item) return null
  const period = { state: item.state, publishFrom: item.publishFrom ? new Date(item.publishFrom) : null, publishUntil: item.publishUntil ? new Date(item.publishUntil) : null }
  return isOnPublicSite(period, new Date()) ? item : null
}
