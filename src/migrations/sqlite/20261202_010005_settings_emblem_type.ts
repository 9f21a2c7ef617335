import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`settings\` ADD \`agency_type\` text DEFAULT 'other' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`emblem_id\` integer REFERENCES site_images(id);`)
  await db.run(sql`CREATE INDEX \`settings_emblem_idx\` ON \`settings\` (\`emblem_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`agency_name\` text DEFAULT 'หน่วยงานของรัฐ' NOT NULL,
  	\`approval_by\` text DEFAULT 'owner-unit' NOT NULL,
  	\`website_unit_id\` integer,
  	\`max_megabytes\` numeric DEFAULT 4,
  	\`log_retention_days\` numeric DEFAULT 90,
  	\`monitoring_round6_due_day\` numeric DEFAULT 28 NOT NULL,
  	\`monitoring_round6_due_month\` text DEFAULT '2' NOT NULL,
  	\`monitoring_round12_due_day\` numeric DEFAULT 31 NOT NULL,
  	\`monitoring_round12_due_month\` text DEFAULT '7' NOT NULL,
  	\`monitoring_issue_window_months\` numeric DEFAULT 1,
  	\`monitoring_stale_months\` numeric DEFAULT 6,
  	\`monitoring_waiting_days\` numeric DEFAULT 7,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`website_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_settings\`("id", "agency_name", "approval_by", "website_unit_id", "max_megabytes", "log_retention_days", "monitoring_round6_due_day", "monitoring_round6_due_month", "monitoring_round12_due_day", "monitoring_round12_due_month", "monitoring_issue_window_months", "monitoring_stale_months", "monitoring_waiting_days", "updated_at", "created_at") SELECT "id", "agency_name", "approval_by", "website_unit_id", "max_megabytes", "log_retention_days", "monitoring_round6_due_day", "monitoring_round6_due_month", "monitoring_round12_due_day", "monitoring_round12_due_month", "monitoring_issue_window_months", "monitoring_stale_months", "monitoring_waiting_days", "updated_at", "created_at" FROM \`settings\`;`)
  await db.run(sql`DROP TABLE \`settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_settings\` RENAME TO \`settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`settings_website_unit_idx\` ON \`settings\` (\`website_unit_id\`);`)
}
