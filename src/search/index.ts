/**
 * Thai full-text search over the public site's items and their attachments' text (SPEC §6): an item is
 * indexed when it is published and removed when it leaves (applyTransition calls both), and searched with
 * its words ranked, title above body, and only while it is on the public site.
 */
import path from 'node:path'
import type { Payload } from 'payload'
import { categoryFacet, facetsOf, highlightHtml, queryTerms, yearFacet } from '@/domain/search'
import { MAX_QUERY_CHARS } from '@/domain/site/page-cache'
import type { StoredRequest } from '@/collections/publish-requests/facts'
import { idOf } from '@/access/roles'
import { extractFileText, extractableKind } from './extract-text'
import { searchStore } from './index-store'

/** Longer queries are cut (at MAX_QUERY_CHARS too): nobody types more, and every word is one more condition to match. */
const MAX_QUERY_TERMS = 12
const MAX_BODY_CHARS = 1_000_000
const MAX_PER_PAGE = 100

/**
 * Writes (or rewrites) the item's row: title, summary, keywords and its PDF, DOCX and XLSX attachments' text.
 * Whether the row is found is decided at query time, by the item's state and publication period.
 */
export async function indexPublishedItem(payload: Payload, requestId: number | string): Promise<void> {
  const request = (await payload.findByID({ collection: 'publish-requests', id: requestId, depth: 0, overrideAccess: true, disableErrors: true })) as
    | (StoredRequest & { summary?: string | null; tags?: string[] | null; publishedAt?: string | null })
    | null
  if (!request) return removeFromIndex(payload, requestId)
  const texts = [request.summary ?? '', (request.tags ?? []).join(' ')]
  const attachmentIds = (request.attachments ?? []).map((a) => (typeof a === 'object' ? a.id : a))
  if (attachmentIds.length) {
    const { docs } = await payload.find({ collection: 'attachments', where: { id: { in: attachmentIds } }, depth: 0, overrideAccess: true, pagination: false })
    const staticDir = payload.collections.attachments.config.upload.staticDir as string
    for (const attachment of docs) {
      const filename = attachment.filename
      if (!filename || !extractableKind(filename)) continue
      texts.push(await extractFileText(path.join(staticDir, filename), { warn: (message) => payload.logger.warn(message) }))
    }
  }
  const body = texts.filter(Boolean).join('\n').slice(0, MAX_BODY_CHARS)
  const facets = facetsOf({ categoryId: Number(idOf(request.category)), publishedAt: request.publishedAt ? new Date(request.publishedAt) : null })
  await searchStore(payload).put([{ requestId: Number(request.id), title: request.title, body, facets }])
}

export async function removeFromIndex(payload: Payload, requestId: number | string): Promise<void> {
  await searchStore(payload).remove(Number(requestId))
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
        url: hit.publicPath ?? `/${hit.categorySlug}/${hit.id}`,
        categorySlug: hit.categorySlug,
        categoryTitle: hit.categoryTitle,
        publishedAt: hit.publishedAt,
        snippetHtml: fromBody.includes('<mark>') ? fromBody : highlightHtml(hit.title, terms),
      }
    }),
  }
}
