import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Thai full-text search (src/search): one FTS5 row per published item, rowid = the publish request's id.
 * `title` and `body` hold the words cut by Intl.Segmenter (src/domain/search indexText), space-separated;
 * unicode61 then splits on the spaces, counting Thai vowel and tone marks (categories M*) as part of a word.
 * `body_text` keeps the body as written, for result excerpts.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE VIRTUAL TABLE \`search_index\` USING fts5(
    \`title\`, \`body\`, \`body_text\` UNINDEXED,
    tokenize = "unicode61 categories 'L* N* Co M*'"
  );`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE IF EXISTS \`search_index\`;`)
}
