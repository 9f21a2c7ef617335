import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // The traffic log's expiry is no longer a job (each instance deletes its own days as it closes one): its queued runs go.
  await db.execute(sql`
   DELETE FROM "payload_jobs_log" WHERE "task_slug" = 'deleteExpiredTrafficLogs';
  DELETE FROM "payload_jobs" WHERE "task_slug" = 'deleteExpiredTrafficLogs';
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'expirePublications', 'monitoringReminders', 'checkLinks', 'checkIntegrity', 'sendAlertDigests', 'deleteExpiredSubmissions', 'complaintReminders', 'dailyBackup');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'expirePublications', 'monitoringReminders', 'checkLinks', 'checkIntegrity', 'sendAlertDigests', 'deleteExpiredSubmissions', 'complaintReminders', 'dailyBackup');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "traffic_log_days_day_idx";
  ALTER TABLE "traffic_log_days" ADD COLUMN "instance" varchar DEFAULT '' NOT NULL;
  CREATE INDEX "traffic_log_days_instance_idx" ON "traffic_log_days" USING btree ("instance");
  CREATE UNIQUE INDEX "instance_day_idx" ON "traffic_log_days" USING btree ("instance","day");
  CREATE INDEX "traffic_log_days_day_idx" ON "traffic_log_days" USING btree ("day");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deleteExpiredTrafficLogs' BEFORE 'dailyBackup';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deleteExpiredTrafficLogs' BEFORE 'dailyBackup';
  DROP INDEX "traffic_log_days_instance_idx";
  DROP INDEX "instance_day_idx";
  DROP INDEX "traffic_log_days_day_idx";
  CREATE UNIQUE INDEX "traffic_log_days_day_idx" ON "traffic_log_days" USING btree ("day");
  ALTER TABLE "traffic_log_days" DROP COLUMN "instance";`)
}
