import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`publish_requests\` ADD \`dataset_dataset_type\` text;`)
  await db.run(sql`ALTER TABLE \`publish_requests\` ADD \`dataset_data_category\` text;`)
  await db.run(sql`ALTER TABLE \`publish_requests\` ADD \`dataset_license\` text;`)
  await db.run(sql`ALTER TABLE \`publish_requests\` ADD \`dataset_objective\` text;`)
  await db.run(sql`ALTER TABLE \`publish_requests\` ADD \`dataset_maintainer\` text;`)
  await db.run(sql`ALTER TABLE \`publish_requests\` ADD \`dataset_maintainer_email\` text;`)
  await db.run(sql`ALTER TABLE \`publish_requests\` ADD \`dataset_update_frequency\` text;`)
  await db.run(sql`ALTER TABLE \`publish_requests\` ADD \`dataset_update_interval\` numeric DEFAULT 1;`)
  await db.run(sql`ALTER TABLE \`publish_requests\` ADD \`dataset_geo_coverage\` text;`)
  await db.run(sql`ALTER TABLE \`publish_requests\` ADD \`dataset_first_year\` numeric;`)
  await db.run(sql`ALTER TABLE \`publish_requests\` ADD \`dataset_last_year\` numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`publish_requests\` DROP COLUMN \`dataset_dataset_type\`;`)
  await db.run(sql`ALTER TABLE \`publish_requests\` DROP COLUMN \`dataset_data_category\`;`)
  await db.run(sql`ALTER TABLE \`publish_requests\` DROP COLUMN \`dataset_license\`;`)
  await db.run(sql`ALTER TABLE \`publish_requests\` DROP COLUMN \`dataset_objective\`;`)
  await db.run(sql`ALTER TABLE \`publish_requests\` DROP COLUMN \`dataset_maintainer\`;`)
  await db.run(sql`ALTER TABLE \`publish_requests\` DROP COLUMN \`dataset_maintainer_email\`;`)
  await db.run(sql`ALTER TABLE \`publish_requests\` DROP COLUMN \`dataset_update_frequency\`;`)
  await db.run(sql`ALTER TABLE \`publish_requests\` DROP COLUMN \`dataset_update_interval\`;`)
  await db.run(sql`ALTER TABLE \`publish_requests\` DROP COLUMN \`dataset_geo_coverage\`;`)
  await db.run(sql`ALTER TABLE \`publish_requests\` DROP COLUMN \`dataset_first_year\`;`)
  await db.run(sql`ALTER TABLE \`publish_requests\` DROP COLUMN \`dataset_last_year\`;`)
}
