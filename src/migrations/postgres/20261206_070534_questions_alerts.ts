import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_questions_state" AS ENUM('pending', 'published', 'rejected');
  CREATE TYPE "public"."enum_subscriptions_topics" AS ENUM('news', 'procurement', 'jobs', 'questions');
  CREATE TYPE "public"."enum_subscriptions_frequency" AS ENUM('immediate', 'daily');
  CREATE TYPE "public"."enum_subscriptions_state" AS ENUM('active', 'ended');
  CREATE TYPE "public"."enum_subscriptions_end_reason" AS ENUM('unsubscribed', 'one-click', 'bounced', 'admin');
  ALTER TYPE "public"."enum_events_kind" ADD VALUE 'question';
  ALTER TYPE "public"."enum_events_kind" ADD VALUE 'subscription';
  ALTER TYPE "public"."enum_effects_kind" ADD VALUE 'alerts';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendAlertDigests';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendAlertDigests';
  CREATE TABLE "questions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar NOT NULL,
  	"details" varchar,
  	"email" varchar,
  	"consent_at" timestamp(3) with time zone NOT NULL,
  	"state" "enum_questions_state" NOT NULL,
  	"answer" varchar,
  	"reject_reason" varchar,
  	"answered_by" varchar,
  	"answered_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "subscriptions_topics" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_subscriptions_topics",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "subscriptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"frequency" "enum_subscriptions_frequency" NOT NULL,
  	"state" "enum_subscriptions_state" NOT NULL,
  	"token" varchar NOT NULL,
  	"consent_at" timestamp(3) with time zone NOT NULL,
  	"confirmed_at" timestamp(3) with time zone NOT NULL,
  	"ended_at" timestamp(3) with time zone,
  	"end_reason" "enum_subscriptions_end_reason",
  	"last_digest_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "questions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "subscriptions_id" integer;
  ALTER TABLE "subscriptions_topics" ADD CONSTRAINT "subscriptions_topics_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "questions_state_idx" ON "questions" USING btree ("state");
  CREATE INDEX "questions_answered_at_idx" ON "questions" USING btree ("answered_at");
  CREATE INDEX "questions_updated_at_idx" ON "questions" USING btree ("updated_at");
  CREATE INDEX "questions_created_at_idx" ON "questions" USING btree ("created_at");
  CREATE INDEX "subscriptions_topics_order_idx" ON "subscriptions_topics" USING btree ("order");
  CREATE INDEX "subscriptions_topics_parent_idx" ON "subscriptions_topics" USING btree ("parent_id");
  CREATE INDEX "subscriptions_email_idx" ON "subscriptions" USING btree ("email");
  CREATE INDEX "subscriptions_state_idx" ON "subscriptions" USING btree ("state");
  CREATE UNIQUE INDEX "subscriptions_token_idx" ON "subscriptions" USING btree ("token");
  CREATE INDEX "subscriptions_updated_at_idx" ON "subscriptions" USING btree ("updated_at");
  CREATE INDEX "subscriptions_created_at_idx" ON "subscriptions" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_questions_fk" FOREIGN KEY ("questions_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subscriptions_fk" FOREIGN KEY ("subscriptions_id") REFERENCES "public"."subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_questions_id_idx" ON "payload_locked_documents_rels" USING btree ("questions_id");
  CREATE INDEX "payload_locked_documents_rels_subscriptions_id_idx" ON "payload_locked_documents_rels" USING btree ("subscriptions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscriptions_topics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscriptions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "questions" CASCADE;
  DROP TABLE "subscriptions_topics" CASCADE;
  DROP TABLE "subscriptions" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_questions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_subscriptions_fk";
  
  ALTER TABLE "events" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_events_kind";
  CREATE TYPE "public"."enum_events_kind" AS ENUM('workflow', 'public-content', 'upload', 'notice', 'complaint');
  ALTER TABLE "events" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_events_kind" USING "kind"::"public"."enum_events_kind";
  ALTER TABLE "effects" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_effects_kind";
  CREATE TYPE "public"."enum_effects_kind" AS ENUM('public-site', 'notice', 'mail', 'extract-text', 'search-files');
  ALTER TABLE "effects" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_effects_kind" USING "kind"::"public"."enum_effects_kind";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'expirePublications', 'monitoringReminders', 'checkLinks', 'checkIntegrity');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'expirePublications', 'monitoringReminders', 'checkLinks', 'checkIntegrity');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_questions_id_idx";
  DROP INDEX "payload_locked_documents_rels_subscriptions_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "questions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "subscriptions_id";
  DROP TYPE "public"."enum_questions_state";
  DROP TYPE "public"."enum_subscriptions_topics";
  DROP TYPE "public"."enum_subscriptions_frequency";
  DROP TYPE "public"."enum_subscriptions_state";
  DROP TYPE "public"."enum_subscriptions_end_reason";`)
}
