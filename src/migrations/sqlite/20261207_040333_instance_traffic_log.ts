import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // The traffic log's expiry is no longer a job (each instance deletes its own days as it closes one): its queued runs go.
  await db.run(sql`DELETE FROM \`payload_jobs\` WHERE \`task_slug\` = 'deleteExpiredTrafficLogs';`)
  await db.run(sql`DROP INDEX \`traffic_log_days_day_idx\`;`)
  await db.run(sql`ALTER TABLE \`traffic_log_days\` ADD \`instance\` text DEFAULT '' NOT NULL;`)
  await db.run(sql`CREATE INDEX \`traffic_log_days_instance_idx\` ON \`traffic_log_days\` (\`instance\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`instance_day_idx\` ON \`traffic_log_days\` (\`instance\`,\`day\`);`)
  await db.run(sql`CREATE INDEX \`traffic_log_days_day_idx\` ON \`traffic_log_days\` (\`day\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`traffic_log_days_instance_idx\`;`)
  await db.run(sql`DROP INDEX \`instance_day_idx\`;`)
  await db.run(sql`DROP INDEX \`traffic_log_days_day_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`traffic_log_days_day_idx\` ON \`traffic_log_days\` (\`day\`);`)
  await db.run(sql`ALTER TABLE \`traffic_log_days\` DROP COLUMN \`instance\`;`)
}
