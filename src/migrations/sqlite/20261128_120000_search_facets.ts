import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Search filters as words (src/domain/search/facets): a `facets` column with the item's category ("c12") and
 * the Buddhist-era year it was published in, Bangkok time ("y2569"), each after the private-use character
 * U+E000 (FTS_FACET_MARK, char(57344)) that no text has. FTS5 tables cannot gain a column, so the table is
 * built again from the rows it has, each given the facets of its publish request.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE VIRTUAL TABLE \`search_index_new\` USING fts5(
    \`title\`, \`body\`, \`facets\`, \`body_text\` UNINDEXED,
    tokenize = "unicode61 categories 'L* N* Co M*'"
  );`)
  await db.run(sql`INSERT INTO \`search_index_new\` (rowid, title, body, facets, body_text)
    SELECT s.rowid, s.title, s.body,
      char(57344) || 'c' || p.category_id || COALESCE(' ' || char(57344) || 'y' || (CAST(strftime('%Y', p.published_at, '+7 hours') AS INTEGER) + 543), ''),
      s.body_text
    FROM \`search_index\` s JOIN \`publish_requests\` p ON p.id = s.rowid;`)
  await db.run(sql`DROP TABLE \`search_index\`;`)
  await db.run(sql`ALTER TABLE \`search_index_new\` RENAME TO \`search_index\`;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE VIRTUAL TABLE \`search_index_old\` USING fts5(
    \`title\`, \`body\`, \`body_text\` UNINDEXED,
    tokenize = "unicode61 categories 'L* N* Co M*'"
  );`)
  await db.run(sql`INSERT INTO \`search_index_old\` (rowid, title, body, body_text) SELECT rowid, title, body, body_text FROM \`search_index\`;`)
  await db.run(sql`DROP TABLE \`search_index\`;`)
  await db.run(sql`ALTER TABLE \`search_index_old\` RENAME TO \`search_index\`;`)
}
