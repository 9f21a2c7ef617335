import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_complaint_duties" AS ENUM('general', 'corruption');
  CREATE TYPE "public"."enum_complaints_history_action" AS ENUM('receive', 'assign', 'start', 'answer', 'refer', 'no-action', 'close', 'reopen');
  CREATE TYPE "public"."enum_complaints_history_state" AS ENUM('received', 'assigned', 'in-progress', 'answered', 'closed');
  CREATE TYPE "public"."enum_complaints_track" AS ENUM('general', 'corruption');
  CREATE TYPE "public"."enum_complaints_state" AS ENUM('received', 'assigned', 'in-progress', 'answered', 'closed');
  CREATE TYPE "public"."enum_complaints_outcome" AS ENUM('resolved', 'referred', 'no-action');
  ALTER TYPE "public"."enum_events_kind" ADD VALUE 'complaint';
  CREATE TABLE "users_complaint_duties" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_complaint_duties",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "complaints_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_complaints_history_action",
  	"state" "enum_complaints_history_state",
  	"by" varchar,
  	"by_user_id" integer,
  	"note" varchar,
  	"public" boolean,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "complaints" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tracking_code" varchar NOT NULL,
  	"track" "enum_complaints_track" NOT NULL,
  	"topic" varchar NOT NULL,
  	"details" varchar NOT NULL,
  	"place" varchar,
  	"name" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"consent_at" timestamp(3) with time zone NOT NULL,
  	"state" "enum_complaints_state" NOT NULL,
  	"outcome" "enum_complaints_outcome",
  	"unit_id" integer,
  	"unit_path" varchar,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"state_changed_at" timestamp(3) with time zone NOT NULL,
  	"closed_at" timestamp(3) with time zone,
  	"rating" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "complaint_reads" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"complaint_id" integer NOT NULL,
  	"reader_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "complaints_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "complaint_reads_id" integer;
  ALTER TABLE "settings" ADD COLUMN "complaints_assign_days" numeric DEFAULT 3;
  ALTER TABLE "settings" ADD COLUMN "complaints_answer_days" numeric DEFAULT 15;
  ALTER TABLE "settings" ADD COLUMN "complaints_reopen_days" numeric DEFAULT 30;
  ALTER TABLE "users_complaint_duties" ADD CONSTRAINT "users_complaint_duties_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaints_history" ADD CONSTRAINT "complaints_history_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints_history" ADD CONSTRAINT "complaints_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaint_reads" ADD CONSTRAINT "complaint_reads_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaint_reads" ADD CONSTRAINT "complaint_reads_reader_id_users_id_fk" FOREIGN KEY ("reader_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "users_complaint_duties_order_idx" ON "users_complaint_duties" USING btree ("order");
  CREATE INDEX "users_complaint_duties_parent_idx" ON "users_complaint_duties" USING btree ("parent_id");
  CREATE INDEX "complaints_history_order_idx" ON "complaints_history" USING btree ("_order");
  CREATE INDEX "complaints_history_parent_id_idx" ON "complaints_history" USING btree ("_parent_id");
  CREATE INDEX "complaints_history_by_user_idx" ON "complaints_history" USING btree ("by_user_id");
  CREATE UNIQUE INDEX "complaints_tracking_code_idx" ON "complaints" USING btree ("tracking_code");
  CREATE INDEX "complaints_track_idx" ON "complaints" USING btree ("track");
  CREATE INDEX "complaints_state_idx" ON "complaints" USING btree ("state");
  CREATE INDEX "complaints_unit_idx" ON "complaints" USING btree ("unit_id");
  CREATE INDEX "complaints_unit_path_idx" ON "complaints" USING btree ("unit_path");
  CREATE INDEX "complaints_received_at_idx" ON "complaints" USING btree ("received_at");
  CREATE INDEX "complaints_updated_at_idx" ON "complaints" USING btree ("updated_at");
  CREATE INDEX "complaints_created_at_idx" ON "complaints" USING btree ("created_at");
  CREATE INDEX "complaint_reads_complaint_idx" ON "complaint_reads" USING btree ("complaint_id");
  CREATE INDEX "complaint_reads_reader_idx" ON "complaint_reads" USING btree ("reader_id");
  CREATE INDEX "complaint_reads_updated_at_idx" ON "complaint_reads" USING btree ("updated_at");
  CREATE INDEX "complaint_reads_created_at_idx" ON "complaint_reads" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_complaints_fk" FOREIGN KEY ("complaints_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_complaint_reads_fk" FOREIGN KEY ("complaint_reads_id") REFERENCES "public"."complaint_reads"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_complaints_id_idx" ON "payload_locked_documents_rels" USING btree ("complaints_id");
  CREATE INDEX "payload_locked_documents_rels_complaint_reads_id_idx" ON "payload_locked_documents_rels" USING btree ("complaint_reads_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users_complaint_duties" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "complaints_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "complaints" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "complaint_reads" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "users_complaint_duties" CASCADE;
  DROP TABLE "complaints_history" CASCADE;
  DROP TABLE "complaints" CASCADE;
  DROP TABLE "complaint_reads" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_complaints_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_complaint_reads_fk";
  
  ALTER TABLE "events" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_events_kind";
  CREATE TYPE "public"."enum_events_kind" AS ENUM('workflow', 'public-content', 'upload', 'notice');
  ALTER TABLE "events" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_events_kind" USING "kind"::"public"."enum_events_kind";
  DROP INDEX "payload_locked_documents_rels_complaints_id_idx";
  DROP INDEX "payload_locked_documents_rels_complaint_reads_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "complaints_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "complaint_reads_id";
  ALTER TABLE "settings" DROP COLUMN "complaints_assign_days";
  ALTER TABLE "settings" DROP COLUMN "complaints_answer_days";
  ALTER TABLE "settings" DROP COLUMN "complaints_reopen_days";
  DROP TYPE "public"."enum_users_complaint_duties";
  DROP TYPE "public"."enum_complaints_history_action";
  DROP TYPE "public"."enum_complaints_history_state";
  DROP TYPE "public"."enum_complaints_track";
  DROP TYPE "public"."enum_complaints_state";
  DROP TYPE "public"."enum_complaints_outcome";`)
}
