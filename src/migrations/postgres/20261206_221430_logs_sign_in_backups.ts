import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_events_kind" ADD VALUE 'log';
  ALTER TYPE "public"."enum_events_kind" ADD VALUE 'backup';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deleteExpiredTrafficLogs';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'dailyBackup';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deleteExpiredTrafficLogs';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'dailyBackup';
  CREATE TABLE "traffic_log_days" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" varchar NOT NULL,
  	"last_hash" varchar NOT NULL,
  	"lines" numeric NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "totp_secret" varchar;
  ALTER TABLE "users" ADD COLUMN "recovery_codes" jsonb;
  ALTER TABLE "users" ADD COLUMN "totp_enabled_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "traffic_log_days_id" integer;
  CREATE UNIQUE INDEX "traffic_log_days_day_idx" ON "traffic_log_days" USING btree ("day");
  CREATE INDEX "traffic_log_days_updated_at_idx" ON "traffic_log_days" USING btree ("updated_at");
  CREATE INDEX "traffic_log_days_created_at_idx" ON "traffic_log_days" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_traffic_log_days_fk" FOREIGN KEY ("traffic_log_days_id") REFERENCES "public"."traffic_log_days"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_traffic_log_days_id_idx" ON "payload_locked_documents_rels" USING btree ("traffic_log_days_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "traffic_log_days" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "traffic_log_days" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_traffic_log_days_fk";
  
  ALTER TABLE "events" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_events_kind";
  CREATE TYPE "public"."enum_events_kind" AS ENUM('workflow', 'public-content', 'upload', 'notice', 'complaint', 'question', 'subscription', 'hearing', 'e-form');
  ALTER TABLE "events" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_events_kind" USING "kind"::"public"."enum_events_kind";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'expirePublications', 'monitoringReminders', 'checkLinks', 'checkIntegrity', 'sendAlertDigests', 'deleteExpiredSubmissions', 'complaintReminders');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'expirePublications', 'monitoringReminders', 'checkLinks', 'checkIntegrity', 'sendAlertDigests', 'deleteExpiredSubmissions', 'complaintReminders');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_traffic_log_days_id_idx";
  ALTER TABLE "users" DROP COLUMN "totp_secret";
  ALTER TABLE "users" DROP COLUMN "recovery_codes";
  ALTER TABLE "users" DROP COLUMN "totp_enabled_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "traffic_log_days_id";`)
}
