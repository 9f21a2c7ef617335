import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Search filters as words (src/domain/search/facets): each document gains, with weight D (which ranking
 * ignores), the item's category ("c12") and the Buddhist-era year it was published in, Bangkok time ("y2569").
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  UPDATE "search_index" s
  SET "document" = s."document" || setweight(to_tsvector('simple',
    'c' || p."category_id" || COALESCE(' y' || (EXTRACT(YEAR FROM p."published_at" AT TIME ZONE 'Asia/Bangkok')::integer + 543), '')), 'D')
  FROM "publish_requests" p
  WHERE p."id" = s."request_id";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`UPDATE "search_index" SET "document" = ts_filter("document", '{a,b}');`)
}
