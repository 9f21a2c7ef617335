import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Thai full-text search (src/search): one row per published item. `document` is built with the 'simple'
 * configuration from the words cut by Intl.Segmenter (src/domain/search indexText), space-separated: the
 * title weighted A, the body B. `body_text` keeps the body as written, for result excerpts.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "search_index" (
  	"request_id" integer PRIMARY KEY NOT NULL REFERENCES "publish_requests"("id") ON DELETE cascade,
  	"body_text" varchar NOT NULL,
  	"document" tsvector NOT NULL
  );
  CREATE INDEX "search_index_document_idx" ON "search_index" USING gin ("document");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "search_index";`)
}
