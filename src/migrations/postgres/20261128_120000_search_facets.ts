import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Search filters as words (src/domain/search/facets): a `facets` vector with the item's category ("c12") and
 * the Buddhist-era year it was published in, Bangkok time ("y2569"), in a column and a GIN index of its own,
 * so the words never match a filter and neither query needs the rows rechecked.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "search_index" ADD COLUMN "facets" tsvector NOT NULL DEFAULT ''::tsvector;
  UPDATE "search_index" s
  SET "facets" = to_tsvector('simple',
    'c' || p."category_id" || COALESCE(' y' || (EXTRACT(YEAR FROM p."published_at" AT TIME ZONE 'Asia/Bangkok')::integer + 543), ''))
  FROM "publish_requests" p
  WHERE p."id" = s."request_id";
  CREATE INDEX "search_index_facets_idx" ON "search_index" USING gin ("facets");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP INDEX IF EXISTS "search_index_facets_idx"; ALTER TABLE "search_index" DROP COLUMN IF EXISTS "facets";`)
}
