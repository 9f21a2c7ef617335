/**
 * The search table (created by the hand-written migrations *_search_index.ts and *_search_facets.ts), on the
 * connection Payload uses — inside the transaction of a workflow action when given its `req`: SQLite FTS5
 * ranked by bm25, PostgreSQL tsvector ranked by ts_rank. Both store the words cut by src/domain/search
 * (indexText) and the item's facets (category, year), and match every query word and filter
 * (ftsMatchExpression / tsQuery); both check the publish request at query time against the domain's "on the
 * public site now", so only items published and within their period are found.
 */
import type { Payload, PayloadRequest } from 'payload'
import { FTS_FACET_MARK, ftsMatchExpression, indexText, tsQuery } from '@/domain/search'
import { onPublicSiteAt, outsidePeriodAt } from '@/domain/workflow'
import { rows as rowsOf, sql, usesPostgresAdapter, type Sql } from '@/server/database'
import { PUBLICATION_COLUMNS, toSql } from '@/server/conditions'
import { itemPath } from '@/domain/site/addresses'

export interface IndexedText {
  requestId: number
  title: string
  /** Summary, keywords and attachments' text, as written. */
  body: string
  /** The body's words as indexText cuts them, where they were cut already (attachments' words are cut when read). */
  bodyWords?: string
  /** The filters it is found by (src/domain/search/facets). */
  facets: string[]
}

export interface StoreQuery {
  terms: string[]
  /** Only items with every one of these facets (category, year of publication). */
  facets: string[]
  now: Date
  limit: number
  offset: number
}

export interface StoredHit {
  id: number
  title: string
  body: string
  publicPath: string
  categorySlug: string
  categoryTitle: string
  publishedAt: string
}

export interface SearchStore {
  /** Adds or replaces items' rows. */
  put(items: IndexedText[]): Promise<void>
  remove(requestId: number): Promise<void>
  /** Removes the rows of requests that are not published (left by a crash, or by a database edited by hand). */
  removeUnpublished(): Promise<number>
  /** One page of hits; `total` counts at most MAX_RANKED, and `more` says whether there were more matches. */
  search(query: StoreQuery): Promise<{ hits: StoredHit[]; total: number; more: boolean }>
}

type SQL = Sql

/** Rows per INSERT statement (4 bound values each, well under SQLite's limit). */
const PUT_BATCH = 200

/**
 * A search matching more items than this is answered from its newest MAX_RANKED matches (and says it found
 * more than MAX_RANKED): scoring every item of a large site for a word nearly all of them contain would take
 * far longer than the 50 ms a search may take, and nobody reads beyond the first pages.
 */
export const MAX_RANKED = 1000

/** Title matches count this many times a body match. */
const TITLE_WEIGHT = 10

/** What differs between the two databases; the queries around it are the same. */
interface Dialect {
  /** Adds or replaces the items' rows (each item once). */
  upsert(items: IndexedText[]): SQL
  /** The search row's publish request id. */
  key: SQL
  /**
   * The newest `limit` rows with every term and facet, as `id` and `score` (the lower, the better the
   * match), from the search table alone; null when there is nothing to search for.
   */
  newest(terms: string[], facets: string[], limit: number): SQL | null
  /** The publish requests `p`, read through the partial index of published items with a period (see outsidePeriod). */
  withPeriods: SQL
}

const sqlite: Dialect = {
  upsert: (items) => sql`INSERT OR REPLACE INTO search_index (rowid, title, body, facets, body_text) VALUES ${sql.join(
    items.map((item) => sql`(${item.requestId}, ${indexText(item.title)}, ${item.bodyWords ?? indexText(item.body)}, ${item.facets.map((f) => FTS_FACET_MARK + f).join(' ')}, ${item.body})`),
    sql`, `,
  )}`,
  key: sql`s.rowid`,
  // FTS5 walks the matches newest first and stops at the limit; bm25() only works in the query that reads the
  // FTS table, so it is scored here, for those rows only. Columns title, body, facets: the facets only filter.
  newest: (terms, facets, limit) => {
    const match = ftsMatchExpression(terms, facets)
    return match === null
      ? null
      : sql`SELECT s.rowid AS id, bm25(search_index, ${TITLE_WEIGHT}, 1.0, 0.0) AS score FROM search_index s
          WHERE search_index MATCH ${match} ORDER BY s.rowid DESC LIMIT ${limit}`
  },
  // Without statistics SQLite would take the index on state, and read every published item.
  withPeriods: sql`publish_requests p INDEXED BY publish_requests_period_idx`,
}

// ts_rank's weights for D, C, B, A: the title (A) TITLE_WEIGHT times the body (B).
const TS_RANK_WEIGHTS = `{0, 0, ${1 / TITLE_WEIGHT}, 1}`

const postgres: Dialect = {
  upsert: (items) => sql`INSERT INTO search_index (request_id, body_text, document, facets) VALUES ${sql.join(
    items.map(
      (item) => sql`(${item.requestId}, ${item.body},
        setweight(to_tsvector('simple', ${indexText(item.title)}), 'A') || setweight(to_tsvector('simple', ${item.bodyWords ?? indexText(item.body)}), 'B'),
        to_tsvector('simple', ${item.facets.join(' ')}))`,
    ),
    sql`, `,
  )}
    ON CONFLICT (request_id) DO UPDATE SET body_text = excluded.body_text, document = excluded.document, facets = excluded.facets`,
  key: sql`s.request_id`,
  // Words and facets each have a GIN index. Walking the newest rows instead, PostgreSQL tests conditions in
  // the order written: the small facets vector before the document, which must be read whole (detoasted).
  // ts_rank reads the whole document too, so only the newest `limit` matches are scored, after the limit.
  newest: (terms, facets, limit) => {
    const words = tsQuery(terms)
    if (words === null) return null
    const filters = tsQuery(facets)
    return sql`SELECT n.id, -ts_rank(${TS_RANK_WEIGHTS}::float4[], n.document, to_tsquery('simple', ${words})) AS score FROM (
        SELECT s.request_id AS id, s.document FROM search_index s
        WHERE ${filters === null ? sql`` : sql`s.facets @@ to_tsquery('simple', ${filters}) AND`} s.document @@ to_tsquery('simple', ${words})
        ORDER BY s.request_id DESC LIMIT ${limit}) n`
  },
  withPeriods: sql`publish_requests p`,
}

/** The store on Payload's connection, or on the connection of `req`'s transaction. */
export function searchStore(payload: Payload, req?: PayloadRequest): SearchStore {
  const dialect = usesPostgresAdapter(payload) ? postgres : sqlite
  const rows = <T>(query: SQL) => rowsOf<T>(payload, query, req)
  const { key } = dialect
  return {
    async put(items) {
      const latest = [...new Map(items.map((item) => [item.requestId, item])).values()]
      for (let at = 0; at < latest.length; at += PUT_BATCH) await rows(dialect.upsert(latest.slice(at, at + PUT_BATCH)))
    },
    async remove(requestId) {
      await rows(sql`DELETE FROM search_index AS s WHERE ${key} = ${requestId}`)
    },
    async removeUnpublished() {
      const stale = sql`${key} NOT IN (SELECT id FROM publish_requests WHERE state = 'published')`
      const [{ n }] = await rows<{ n: number | string }>(sql`SELECT count(*) AS n FROM search_index AS s WHERE ${stale}`)
      if (Number(n) > 0) await rows(sql`DELETE FROM search_index AS s WHERE ${stale}`)
      return Number(n)
    },
    async search(query) {
      const { terms, facets, limit, offset } = query
      const newest = dialect.newest(terms, facets, MAX_RANKED + 1)
      if (!newest) return { hits: [], total: 0, more: false }
      // The newest MAX_RANKED matches on the public site now (one more is read, to tell whether there are
      // more); then the ranking and the count on ids only, and the texts for one page of hits. Rows are in
      // the table only while their item is published, so only those published outside their period are left
      // out: a few, found through the partial index *_publication_period_index.
      const candidates = sql`
        SELECT n.id, n.score, count(*) OVER () AS matched FROM (${newest}) n
        WHERE n.id NOT IN (SELECT p.id FROM ${dialect.withPeriods} WHERE ${outsidePeriod(query.now)})
        ORDER BY n.id DESC LIMIT ${MAX_RANKED}`
      const ranked = await rows<Counts & { id: number }>(sql`
        SELECT id, count(*) OVER () AS total, matched FROM (${candidates}) scored
        ORDER BY score, id DESC
        LIMIT ${limit} OFFSET ${offset}`)
      // A page past the last hit still tells how many there are.
      const counts = ranked[0] ?? (offset > 0 ? (await rows<Counts>(sql`SELECT count(*) AS total, max(matched) AS matched FROM (${candidates}) scored`))[0] : { total: 0, matched: 0 })
      const total = Number(counts.total)
      const more = Number(counts.matched ?? 0) > MAX_RANKED
      if (ranked.length === 0) return { hits: [], total, more }
      const ids = ranked.map((row) => Number(row.id))
      // For one page of hits, the requests first (checked again: on the public site now), then their rows by
      // rowid (FTS5 looks up rowid = ?, not rowid IN (…)). CROSS JOIN keeps SQLite's join order as written.
      const found = await rows<HitRow>(sql`
        SELECT p.id, p.item_id, p.title, s.body_text AS body, c.slug AS category_slug, c.title AS category_title, p.published_at
        FROM publish_requests p CROSS JOIN categories c CROSS JOIN search_index s
        WHERE p.id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) AND c.id = p.category_id AND ${key} = p.id ${onPublicSiteSql(query.now)}`)
      return { hits: inOrder(ids, found), total, more }
    },
  }
}

type Counts = { total: number | string; matched: number | string | null }

type HitRow = { id: number; item_id: number | null; title: string; body: string; category_slug: string; category_title: string; published_at: string | Date }

const toHit = (row: HitRow): StoredHit => ({
  id: Number(row.id),
  title: row.title,
  body: row.body,
  publicPath: itemPath(row.category_slug, Number(row.item_id ?? row.id)),
  categorySlug: row.category_slug,
  categoryTitle: row.category_title,
  publishedAt: new Date(row.published_at).toISOString(),
})

/**
 * Published, but not on the public site at `now`: its period has not begun or has ended (the expiry job has not
 * taken it down yet). The partial index *_publication_period_index holds exactly the published items with a
 * period; its condition is repeated so the database sees the index fits.
 */
const outsidePeriod = (now: Date) => sql`(p.publish_from IS NOT NULL OR p.publish_until IS NOT NULL) AND ${toSql(outsidePeriodAt(now), PUBLICATION_COLUMNS)}`

/** The publish request `p` is on the public site at `now`. */
const onPublicSiteSql = (now: Date) => sql`AND ${toSql(onPublicSiteAt(now), PUBLICATION_COLUMNS)}`

/** Rows in the order of `ids`. */
const inOrder = (ids: number[], rows: HitRow[]): StoredHit[] => {
  const byId = new Map(rows.map((row) => [Number(row.id), row]))
  return ids.flatMap((id) => (byId.has(id) ? [toHit(byId.get(id)!)] : []))
}
