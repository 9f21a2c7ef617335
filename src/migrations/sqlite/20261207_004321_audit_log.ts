import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`events\` ADD \`actor\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`actor_id\` numeric;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`address\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`sequence\` numeric;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`previous_hash\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`hash\` text;`)
  await db.run(sql`CREATE INDEX \`events_kind_idx\` ON \`events\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`events_actor_idx\` ON \`events\` (\`actor\`);`)
  await db.run(sql`CREATE INDEX \`events_actor_id_idx\` ON \`events\` (\`actor_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_sequence_idx\` ON \`events\` (\`sequence\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`events_kind_idx\`;`)
  await db.run(sql`DROP INDEX \`events_actor_idx\`;`)
  await db.run(sql`DROP INDEX \`events_actor_id_idx\`;`)
  await db.run(sql`DROP INDEX \`events_sequence_idx\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`actor\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`actor_id\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`address\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`sequence\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`previous_hash\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`hash\`;`)
}
