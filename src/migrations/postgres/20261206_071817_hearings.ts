import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_hearing_comments_state" AS ENUM('pending', 'shown', 'flagged', 'hidden');
  CREATE TYPE "public"."enum_comment_flags_reason" AS ENUM('abuse', 'personal-data', 'spam', 'off-topic');
  ALTER TYPE "public"."enum_events_kind" ADD VALUE 'hearing';
  CREATE TABLE "hearings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"description" varchar NOT NULL,
  	"document_id" integer,
  	"opens_at" timestamp(3) with time zone NOT NULL,
  	"closes_at" timestamp(3) with time zone NOT NULL,
  	"outcome_summary" varchar,
  	"outcome_changes" varchar,
  	"participants" numeric,
  	"outcome_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "hearing_comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"hearing_id" integer NOT NULL,
  	"text" varchar NOT NULL,
  	"name" varchar,
  	"email" varchar,
  	"consent_at" timestamp(3) with time zone NOT NULL,
  	"state" "enum_hearing_comments_state" NOT NULL,
  	"flags" numeric DEFAULT 0,
  	"moderation_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "comment_flags" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"comment_id" integer NOT NULL,
  	"reader" varchar NOT NULL,
  	"reason" "enum_comment_flags_reason" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "hearings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "hearing_comments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "comment_flags_id" integer;
  ALTER TABLE "hearings" ADD CONSTRAINT "hearings_document_id_publish_requests_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."publish_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "hearing_comments" ADD CONSTRAINT "hearing_comments_hearing_id_hearings_id_fk" FOREIGN KEY ("hearing_id") REFERENCES "public"."hearings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comment_flags" ADD CONSTRAINT "comment_flags_comment_id_hearing_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."hearing_comments"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "hearings_document_idx" ON "hearings" USING btree ("document_id");
  CREATE INDEX "hearings_outcome_published_at_idx" ON "hearings" USING btree ("outcome_published_at");
  CREATE INDEX "hearings_updated_at_idx" ON "hearings" USING btree ("updated_at");
  CREATE INDEX "hearings_created_at_idx" ON "hearings" USING btree ("created_at");
  CREATE INDEX "hearing_comments_hearing_idx" ON "hearing_comments" USING btree ("hearing_id");
  CREATE INDEX "hearing_comments_state_idx" ON "hearing_comments" USING btree ("state");
  CREATE INDEX "hearing_comments_updated_at_idx" ON "hearing_comments" USING btree ("updated_at");
  CREATE INDEX "hearing_comments_created_at_idx" ON "hearing_comments" USING btree ("created_at");
  CREATE INDEX "comment_flags_comment_idx" ON "comment_flags" USING btree ("comment_id");
  CREATE INDEX "comment_flags_reader_idx" ON "comment_flags" USING btree ("reader");
  CREATE INDEX "comment_flags_updated_at_idx" ON "comment_flags" USING btree ("updated_at");
  CREATE INDEX "comment_flags_created_at_idx" ON "comment_flags" USING btree ("created_at");
  CREATE UNIQUE INDEX "comment_reader_idx" ON "comment_flags" USING btree ("comment_id","reader");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_hearings_fk" FOREIGN KEY ("hearings_id") REFERENCES "public"."hearings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_hearing_comments_fk" FOREIGN KEY ("hearing_comments_id") REFERENCES "public"."hearing_comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comment_flags_fk" FOREIGN KEY ("comment_flags_id") REFERENCES "public"."comment_flags"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_hearings_id_idx" ON "payload_locked_documents_rels" USING btree ("hearings_id");
  CREATE INDEX "payload_locked_documents_rels_hearing_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("hearing_comments_id");
  CREATE INDEX "payload_locked_documents_rels_comment_flags_id_idx" ON "payload_locked_documents_rels" USING btree ("comment_flags_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "hearings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "hearing_comments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "comment_flags" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "hearings" CASCADE;
  DROP TABLE "hearing_comments" CASCADE;
  DROP TABLE "comment_flags" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_hearings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_hearing_comments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_comment_flags_fk";
  
  ALTER TABLE "events" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_events_kind";
  CREATE TYPE "public"."enum_events_kind" AS ENUM('workflow', 'public-content', 'upload', 'notice', 'complaint', 'question', 'subscription');
  ALTER TABLE "events" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_events_kind" USING "kind"::"public"."enum_events_kind";
  DROP INDEX "payload_locked_documents_rels_hearings_id_idx";
  DROP INDEX "payload_locked_documents_rels_hearing_comments_id_idx";
  DROP INDEX "payload_locked_documents_rels_comment_flags_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "hearings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "hearing_comments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "comment_flags_id";
  DROP TYPE "public"."enum_hearing_comments_state";
  DROP TYPE "public"."enum_comment_flags_reason";`)
}
