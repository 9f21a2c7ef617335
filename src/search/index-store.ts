/**
 * The search table (created by the hand-written migrations *_search_index.ts and *_search_facets.ts), on the
 * connection Payload uses: SQLite FTS5 ranked by bm25, PostgreSQL tsvector ranked by ts_rank. Both store the
 * words cut by src/domain/search (indexText) and the item's facets (category, year), and match every query
 * word and filter (ftsMatchExpression / tsQuery); both join the publish request at query time, so only items
 * on the public site now (published, within their period) are found.
 */
import type { Payload } from 'payload'
// Both adapters re-export the one drizzle-orm `sql`.
import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { ftsMatchExpression, indexText, tsQuery } from '@/domain/search'

export interface IndexedText {
  requestId: number
  title: string
  /** Summary, keywords and attachments' text, as written. */
  body: string
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
  publicPath: string | null
  categorySlug: string
  categoryTitle: string
  publishedAt: string
}

export interface SearchStore {
  /** Adds or replaces items' rows. */
  put(items: IndexedText[]): Promise<void>
  remove(requestId: number): Promise<void>
  search(query: StoreQuery): Promise<{ hits: StoredHit[]; total: number }>
}

type SQL = ReturnType<typeof sql>

/** Rows per INSERT statement (4 bound values each, well under SQLite's limit). */
const PUT_BATCH = 200

/**
 * A search matching more items than this is answered from its newest MAX_RANKED matches (and says it
 * found MAX_RANKED): scoring every item of a large site for a word nearly all of them contain would take
 * far longer than the 50 ms a search may take, and nobody reads beyond the first pages.
 */
const MAX_RANKED = 1000

/** Title matches count this many times a body match. */
const TITLE_WEIGHT = 10

/** What differs between the two databases; the queries around it are the same. */
interface Dialect {
  rows<T>(query: SQL): Promise<T[]>
  /** Adds or replaces the items' rows (each item once). */
  upsert(items: IndexedText[]): SQL
  /** The search row's publish request id. */
  key: SQL
  /** The row has every term and facet; null when there is nothing to search for. */
  matches(terms: string[], facets: string[]): SQL | null
  /** The lower, the better the match. */
  score(terms: string[]): SQL
}

const sqlite = (adapter: SQLiteAdapter): Dialect => ({
  rows: async <T>(query: SQL) => (await adapter.drizzle.all(query)) as T[],
  upsert: (items) => sql`INSERT OR REPLACE INTO search_index (rowid, title, body, facets, body_text) VALUES ${sql.join(
    items.map((item) => sql`(${item.requestId}, ${indexText(item.title)}, ${indexText(item.body)}, ${item.facets.join(' ')}, ${item.body})`),
    sql`, `,
  )}`,
  key: sql`s.rowid`,
  matches: (terms, facets) => {
    const match = ftsMatchExpression(terms, facets)
    return match === null ? null : sql`search_index MATCH ${match}`
  },
  // Columns title, body, facets: the facets only filter.
  score: () => sql`bm25(search_index, ${TITLE_WEIGHT}, 1.0, 0.0)`,
})

// ts_rank's weights for D, C, B, A: the title (A) TITLE_WEIGHT times the body (B); the facets (D) only filter.
const TS_RANK_WEIGHTS = `{0, 0, ${1 / TITLE_WEIGHT}, 1}`

const postgres = (adapter: PostgresAdapter): Dialect => ({
  rows: async <T>(query: SQL) => (await adapter.drizzle.execute(query)).rows as T[],
  upsert: (items) => sql`INSERT INTO search_index (request_id, body_text, document) VALUES ${sql.join(
    items.map(
      (item) => sql`(${item.requestId}, ${item.body},
        setweight(to_tsvector('simple', ${indexText(item.title)}), 'A') || setweight(to_tsvector('simple', ${indexText(item.body)}), 'B')
          || setweight(to_tsvector('simple', ${item.facets.join(' ')}), 'D'))`,
    ),
    sql`, `,
  )}
    ON CONFLICT (request_id) DO UPDATE SET body_text = excluded.body_text, document = excluded.document`,
  key: sql`s.request_id`,
  matches: (terms, facets) => {
    const text = tsQuery(terms, facets)
    return text === null ? null : sql`s.document @@ to_tsquery('simple', ${text})`
  },
  score: (terms) => sql`-ts_rank(${TS_RANK_WEIGHTS}::float4[], s.document, to_tsquery('simple', ${tsQuery(terms)}))`,
})

export function searchStore(payload: Payload): SearchStore {
  const dialect = payload.db.name === 'postgres' ? postgres(payload.db as unknown as PostgresAdapter) : sqlite(payload.db as unknown as SQLiteAdapter)
  const { rows, key } = dialect
  // CROSS JOIN keeps SQLite's join order as written: here the full-text match first, then each match's
  // request (the other way, SQLite runs the match once per published request); for one page of hits, the
  // requests first, then their rows by rowid (FTS5 looks up rowid = ?, not rowid IN (…)).
  const joined = sql`FROM search_index s CROSS JOIN publish_requests p CROSS JOIN categories c WHERE p.id = ${key} AND c.id = p.category_id`
  return {
    async put(items) {
      const latest = [...new Map(items.map((item) => [item.requestId, item])).values()]
      for (let at = 0; at < latest.length; at += PUT_BATCH) await rows(dialect.upsert(latest.slice(at, at + PUT_BATCH)))
    },
    async remove(requestId) {
      await rows(sql`DELETE FROM search_index AS s WHERE ${key} = ${requestId}`)
    },
    async search(query) {
      const { terms, facets, limit, offset } = query
      const matches = dialect.matches(terms, facets)
      if (!matches) return { hits: [], total: 0 }
      // The newest MAX_RANKED matches that are on the public site and pass the filters, scored; then the
      // ranking and the count on ids only, and the texts for one page of hits. (SQLite's bm25() only works
      // in the query that reads the FTS table, so scoring happens there.)
      const candidates = sql`
        SELECT ${key} AS id, ${dialect.score(terms)} AS score, p.published_at
        ${joined} AND ${matches} ${onPublicSiteAt(query.now)}
        ORDER BY ${key} DESC LIMIT ${MAX_RANKED}`
      const ranked = await rows<{ id: number; total: number | string }>(sql`
        SELECT id, count(*) OVER () AS total FROM (${candidates}) scored
        ORDER BY score, published_at DESC
        LIMIT ${limit} OFFSET ${offset}`)
      if (ranked.length === 0) {
        // A page past the last hit still tells how many there are.
        const total = offset > 0 ? Number((await rows<{ total: number | string }>(sql`SELECT count(*) AS total FROM (${candidates}) scored`))[0].total) : 0
        return { hits: [], total }
      }
      const ids = ranked.map((row) => Number(row.id))
      const found = await rows<HitRow>(sql`
        SELECT p.id, p.title, s.body_text AS body, p.public_path, c.slug AS category_slug, c.title AS category_title, p.published_at
        FROM publish_requests p CROSS JOIN categories c CROSS JOIN search_index s
        WHERE p.id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) AND c.id = p.category_id AND ${key} = p.id`)
      return { hits: inOrder(ids, found), total: Number(ranked[0].total) }
    },
  }
}

type HitRow = { id: number; title: string; body: string; public_path: string | null; category_slug: string; category_title: string; published_at: string | Date }

const toHit = (row: HitRow): StoredHit => ({
  id: Number(row.id),
  title: row.title,
  body: row.body,
  publicPath: row.public_path,
  categorySlug: row.category_slug,
  categoryTitle: row.category_title,
  publishedAt: new Date(row.published_at).toISOString(),
})

/** The publish request `p` is on the public site at `now`: published, and within its publication period. */
const onPublicSiteAt = (now: Date) => sql`
  AND p.state = 'published'
  AND (p.publish_from IS NULL OR p.publish_from <= ${now.toISOString()})
  AND (p.publish_until IS NULL OR p.publish_until > ${now.toISOString()})`

/** Rows in the order of `ids`. */
const inOrder = (ids: number[], rows: HitRow[]): StoredHit[] => {
  const byId = new Map(rows.map((row) => [Number(row.id), row]))
  return ids.flatMap((id) => (byId.has(id) ? [toHit(byId.get(id)!)] : []))
}
