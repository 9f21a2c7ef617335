import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Published items whose publication period has not begun or has ended, found without reading every published
 * item: the search (src/search/index-store.ts) leaves them out, and there are few. The condition is the one the
 * query writes, so the database sees the index fits.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`CREATE INDEX IF NOT EXISTS "publish_requests_period_idx" ON "publish_requests" ("publish_from", "publish_until")
    WHERE "state" = 'published' AND ("publish_from" IS NOT NULL OR "publish_until" IS NOT NULL);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP INDEX IF EXISTS "publish_requests_period_idx";`)
}
