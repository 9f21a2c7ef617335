import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_case_files_from" AS ENUM('citizen', 'agency');
  ALTER TYPE "public"."enum_users_complaint_duties" ADD VALUE 'information';
  ALTER TYPE "public"."enum_complaints_history_action" ADD VALUE 'provide' BEFORE 'refer';
  ALTER TYPE "public"."enum_complaints_history_action" ADD VALUE 'refuse' BEFORE 'refer';
  ALTER TYPE "public"."enum_complaints_track" ADD VALUE 'information';
  ALTER TYPE "public"."enum_complaints_outcome" ADD VALUE 'provided';
  ALTER TYPE "public"."enum_complaints_outcome" ADD VALUE 'refused';
  CREATE TABLE "case_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"case_id" integer NOT NULL,
  	"from" "enum_case_files_from" NOT NULL,
  	"uploaded_by_id" integer,
  	"sha256" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "case_files_id" integer;
  ALTER TABLE "settings" ADD COLUMN "complaints_information_days" numeric DEFAULT 15;
  ALTER TABLE "case_files" ADD CONSTRAINT "case_files_case_id_complaints_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."complaints"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "case_files" ADD CONSTRAINT "case_files_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "case_files_case_idx" ON "case_files" USING btree ("case_id");
  CREATE INDEX "case_files_uploaded_by_idx" ON "case_files" USING btree ("uploaded_by_id");
  CREATE INDEX "case_files_updated_at_idx" ON "case_files" USING btree ("updated_at");
  CREATE INDEX "case_files_created_at_idx" ON "case_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "case_files_filename_idx" ON "case_files" USING btree ("filename");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_case_files_fk" FOREIGN KEY ("case_files_id") REFERENCES "public"."case_files"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_case_files_id_idx" ON "payload_locked_documents_rels" USING btree ("case_files_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "case_files" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "case_files" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_case_files_fk";
  
  ALTER TABLE "users_complaint_duties" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_complaint_duties";
  CREATE TYPE "public"."enum_users_complaint_duties" AS ENUM('general', 'corruption');
  ALTER TABLE "users_complaint_duties" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_complaint_duties" USING "value"::"public"."enum_users_complaint_duties";
  ALTER TABLE "complaints_history" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_complaints_history_action";
  CREATE TYPE "public"."enum_complaints_history_action" AS ENUM('receive', 'assign', 'start', 'answer', 'refer', 'no-action', 'close', 'reopen');
  ALTER TABLE "complaints_history" ALTER COLUMN "action" SET DATA TYPE "public"."enum_complaints_history_action" USING "action"::"public"."enum_complaints_history_action";
  ALTER TABLE "complaints" ALTER COLUMN "track" SET DATA TYPE text;
  DROP TYPE "public"."enum_complaints_track";
  CREATE TYPE "public"."enum_complaints_track" AS ENUM('general', 'corruption');
  ALTER TABLE "complaints" ALTER COLUMN "track" SET DATA TYPE "public"."enum_complaints_track" USING "track"::"public"."enum_complaints_track";
  ALTER TABLE "complaints" ALTER COLUMN "outcome" SET DATA TYPE text;
  DROP TYPE "public"."enum_complaints_outcome";
  CREATE TYPE "public"."enum_complaints_outcome" AS ENUM('resolved', 'referred', 'no-action');
  ALTER TABLE "complaints" ALTER COLUMN "outcome" SET DATA TYPE "public"."enum_complaints_outcome" USING "outcome"::"public"."enum_complaints_outcome";
  DROP INDEX "payload_locked_documents_rels_case_files_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "case_files_id";
  ALTER TABLE "settings" DROP COLUMN "complaints_information_days";
  DROP TYPE "public"."enum_case_files_from";`)
}
