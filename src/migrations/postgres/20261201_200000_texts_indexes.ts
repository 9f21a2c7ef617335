import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * An item's keywords (and every other has-many text) found from the item, and items found from a keyword:
 * Payload indexes this table by (order, parent) only, so reading the tags of a page of items, or matching
 * items by tag, read the whole table once per item.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`CREATE INDEX IF NOT EXISTS "publish_requests_texts_parent_path_idx" ON "publish_requests_texts" ("parent_id", "path", "text");`)
  await db.execute(sql`CREATE INDEX IF NOT EXISTS "publish_requests_texts_path_text_idx" ON "publish_requests_texts" ("path", "text", "parent_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP INDEX IF EXISTS "publish_requests_texts_path_text_idx";`)
  await db.execute(sql`DROP INDEX IF EXISTS "publish_requests_texts_parent_path_idx";`)
}
