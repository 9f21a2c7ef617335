import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_e_forms_fields_type" AS ENUM('text', 'long-text', 'number', 'date', 'choice', 'checkbox', 'email', 'phone', 'file');
  CREATE TYPE "public"."enum_form_submissions_state" AS ENUM('new', 'seen', 'done');
  ALTER TYPE "public"."enum_events_kind" ADD VALUE 'e-form';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deleteExpiredSubmissions';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'complaintReminders';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deleteExpiredSubmissions';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'complaintReminders';
  CREATE TABLE "e_forms_fields" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"type" "enum_e_forms_fields_type" DEFAULT 'text' NOT NULL,
  	"required" boolean,
  	"options" varchar,
  	"help" varchar
  );
  
  CREATE TABLE "e_forms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"intro" varchar,
  	"unit_id" integer NOT NULL,
  	"active" boolean DEFAULT true,
  	"retention_days" numeric DEFAULT 365 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "form_submissions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar NOT NULL,
  	"form_id" integer NOT NULL,
  	"answers" jsonb NOT NULL,
  	"state" "enum_form_submissions_state" NOT NULL,
  	"unit_id" integer,
  	"unit_path" varchar,
  	"submitted_at" timestamp(3) with time zone NOT NULL,
  	"delete_after" timestamp(3) with time zone NOT NULL,
  	"marked_by" varchar,
  	"marked_at" timestamp(3) with time zone,
  	"staff_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "case_files" ALTER COLUMN "case_id" DROP NOT NULL;
  ALTER TABLE "case_files" ADD COLUMN "submission_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "e_forms_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "form_submissions_id" integer;
  ALTER TABLE "e_forms_fields" ADD CONSTRAINT "e_forms_fields_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."e_forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "e_forms" ADD CONSTRAINT "e_forms_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_form_id_e_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."e_forms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "e_forms_fields_order_idx" ON "e_forms_fields" USING btree ("_order");
  CREATE INDEX "e_forms_fields_parent_id_idx" ON "e_forms_fields" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "e_forms_slug_idx" ON "e_forms" USING btree ("slug");
  CREATE INDEX "e_forms_unit_idx" ON "e_forms" USING btree ("unit_id");
  CREATE INDEX "e_forms_updated_at_idx" ON "e_forms" USING btree ("updated_at");
  CREATE INDEX "e_forms_created_at_idx" ON "e_forms" USING btree ("created_at");
  CREATE UNIQUE INDEX "form_submissions_reference_idx" ON "form_submissions" USING btree ("reference");
  CREATE INDEX "form_submissions_form_idx" ON "form_submissions" USING btree ("form_id");
  CREATE INDEX "form_submissions_state_idx" ON "form_submissions" USING btree ("state");
  CREATE INDEX "form_submissions_unit_idx" ON "form_submissions" USING btree ("unit_id");
  CREATE INDEX "form_submissions_unit_path_idx" ON "form_submissions" USING btree ("unit_path");
  CREATE INDEX "form_submissions_submitted_at_idx" ON "form_submissions" USING btree ("submitted_at");
  CREATE INDEX "form_submissions_delete_after_idx" ON "form_submissions" USING btree ("delete_after");
  CREATE INDEX "form_submissions_updated_at_idx" ON "form_submissions" USING btree ("updated_at");
  CREATE INDEX "form_submissions_created_at_idx" ON "form_submissions" USING btree ("created_at");
  ALTER TABLE "case_files" ADD CONSTRAINT "case_files_submission_id_form_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."form_submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_e_forms_fk" FOREIGN KEY ("e_forms_id") REFERENCES "public"."e_forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_form_submissions_fk" FOREIGN KEY ("form_submissions_id") REFERENCES "public"."form_submissions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "case_files_submission_idx" ON "case_files" USING btree ("submission_id");
  CREATE INDEX "payload_locked_documents_rels_e_forms_id_idx" ON "payload_locked_documents_rels" USING btree ("e_forms_id");
  CREATE INDEX "payload_locked_documents_rels_form_submissions_id_idx" ON "payload_locked_documents_rels" USING btree ("form_submissions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "e_forms_fields" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "e_forms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "form_submissions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "e_forms_fields" CASCADE;
  DROP TABLE "e_forms" CASCADE;
  DROP TABLE "form_submissions" CASCADE;
  ALTER TABLE "case_files" DROP CONSTRAINT "case_files_submission_id_form_submissions_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_e_forms_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_form_submissions_fk";
  
  ALTER TABLE "events" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_events_kind";
  CREATE TYPE "public"."enum_events_kind" AS ENUM('workflow', 'public-content', 'upload', 'notice', 'complaint', 'question', 'subscription', 'hearing');
  ALTER TABLE "events" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_events_kind" USING "kind"::"public"."enum_events_kind";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'expirePublications', 'monitoringReminders', 'checkLinks', 'checkIntegrity', 'sendAlertDigests');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'expirePublications', 'monitoringReminders', 'checkLinks', 'checkIntegrity', 'sendAlertDigests');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "case_files_submission_idx";
  DROP INDEX "payload_locked_documents_rels_e_forms_id_idx";
  DROP INDEX "payload_locked_documents_rels_form_submissions_id_idx";
  ALTER TABLE "case_files" ALTER COLUMN "case_id" SET NOT NULL;
  ALTER TABLE "case_files" DROP COLUMN "submission_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "e_forms_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "form_submissions_id";
  DROP TYPE "public"."enum_e_forms_fields_type";
  DROP TYPE "public"."enum_form_submissions_state";`)
}
