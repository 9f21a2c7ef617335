/**
 * Thai full-text search over the public site's items and their attachments' text (SPEC §6): a workflow action
 * that publishes an item writes its row in the same transaction (its attachments' words follow right after
 * commit, an effect: four files of 200,000 characters took 330 ms to index), one that takes it down removes the row, and
 * the search checks each hit against the domain's "on the public site now" when it is made. Attachments' text
 * is read when they are uploaded (attachment-text.ts), so indexing never waits for it.
 */
import type { Payload, PayloadRequest } from 'payload'
import { categoryFacet, facetsOf, highlightHtml, indexText, queryTerms, yearFacet } from '@/domain/search'
import { MAX_QUERY_CHARS } from '@/domain/site/page-cache'
import type { PublishRequest } from '@/payload-types'
import { idOf } from '@/access/roles'
import { searchStore } from './index-store'

/** Longer queries are cut (at MAX_QUERY_CHARS too): nobody types more, and every word is one more condition to match. */
const MAX_QUERY_TERMS = 12
const MAX_BODY_CHARS = 1_000_000
const MAX_PER_PAGE = 100

/** The stored texts and words of the given attachments, by attachment id (none for those not read yet). */
export async function attachmentTexts(payload: Payload, ids: readonly number[], req?: PayloadRequest): Promise<Map<number, { text: string; words: string }>> {
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({ collection: 'attachment-texts', where: { attachment: { in: [...ids] } }, depth: 0, limit: ids.length, pagination: false, overrideAccess: true, req })
  return new Map(docs.map((doc) => [Number(typeof doc.attachment === 'object' ? doc.attachment.id : doc.attachment), { text: doc.text ?? '', words: doc.words ?? indexText(doc.text ?? '') }]))
}

const idsOf = (values: PublishRequest['attachments']): number[] => (values ?? []).map((a) => Number(idOf(a)))

/**
 * Writes (or rewrites) the item's row: title, summary, keywords and (unless `files` is false) its attachments'
 * text as read at upload. Whether the row is found is decided at query time, by the item's state and
 * publication period.
 */
export async function indexPublishedItem(payload: Payload, request: PublishRequest, req?: PayloadRequest, { files: withFiles = true } = {}): Promise<void> {
  const files = withFiles ? [...(await attachmentTexts(payload, idsOf(request.attachments), req)).values()] : []
  const own = [request.summary ?? '', (request.tags ?? []).join(' ')].filter(Boolean).join('\n')
  const body = [own, ...files.map((f) => f.text)].filter(Boolean).join('\n').slice(0, MAX_BODY_CHARS)
  // The attachments' words were cut when they were read: only the item's own text is cut now.
  const bodyWords = [indexText(own), ...files.map((f) => f.words)].filter(Boolean).join('\n')
  const facets = facetsOf({ categoryId: Number(idOf(request.category)), publishedAt: request.publishedAt ? new Date(request.publishedAt) : null })
  await searchStore(payload, req).put([{ requestId: request.id, title: request.title, body, bodyWords, facets }])
}

export async function removeFromIndex(payload: Payload, requestId: number | string, req?: PayloadRequest): Promise<void> {
  await searchStore(payload, req).remove(Number(requestId))
}

export interface SearchQuery {
  q: string
  /** A category's slug. */
  category?: string
  /** A Buddhist-era year: items published in it, Bangkok time. */
  year?: number
  page?: number
  perPage?: number
}

export interface SearchHit {
  id: number
  title: string
  /** The item's public path, e.g. "/news/12". */
  url: string
  categorySlug: string
  categoryTitle: string
  publishedAt: string
  /** HTML-escaped excerpt with <mark> around the matches. */
  snippetHtml: string
}

export interface SearchResult {
  hits: SearchHit[]
  /** How many hits there are to page through (at most MAX_RANKED, src/search/index-store.ts). */
  total: number
  /** More items matched than are ranked: the newest of them were. */
  more: boolean
}

export async function searchPublished(payload: Payload, query: SearchQuery): Promise<SearchResult> {
  const terms = queryTerms(String(query.q ?? '').slice(0, MAX_QUERY_CHARS)).slice(0, MAX_QUERY_TERMS)
  if (terms.length === 0) return { hits: [], total: 0, more: false }
  const perPage = Math.min(MAX_PER_PAGE, Math.max(1, Math.floor(query.perPage ?? 10) || 10))
  const page = Math.max(1, Math.floor(query.page ?? 1) || 1)
  const facets = query.year !== undefined && Number.isInteger(query.year) ? [yearFacet(query.year)] : []
  if (query.category) {
    const { docs } = await payload.find({ collection: 'categories', where: { slug: { equals: query.category } }, overrideAccess: true, depth: 0, limit: 1, pagination: false, select: {} })
    if (!docs[0]) return { hits: [], total: 0, more: false }
    facets.push(categoryFacet(Number(docs[0].id)))
  }
  const { hits, total, more } = await searchStore(payload).search({
    terms,
    facets,
    now: new Date(),
    limit: perPage,
    offset: (page - 1) * perPage,
  })
  return {
    total,
    more,
    hits: hits.map((hit) => {
      const fromBody = highlightHtml(hit.body, terms)
      return {
        id: hit.id,
        title: hit.title,
        url: hit.publicPath,
        categorySlug: hit.categorySlug,
        categoryTitle: hit.categoryTitle,
        publishedAt: hit.publishedAt,
        snippetHtml: fromBody.includes('<mark>') ? fromBody : highlightHtml(hit.title, terms),
      }
    }),
  }
}
