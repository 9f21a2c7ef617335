import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_rule_reviews_outcome" AS ENUM('unchanged', 'changed');
  CREATE TYPE "public"."enum_agency_page_approvals_page" AS ENUM('agency-profile', 'cio-profile');
  CREATE TYPE "public"."enum_agency_profile_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__agency_profile_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_cio_profile_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__cio_profile_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "rule_reviews" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"fiscal_year" numeric NOT NULL,
  	"outcome" "enum_rule_reviews_outcome" NOT NULL,
  	"changes" varchar,
  	"reasons" varchar NOT NULL,
  	"reviewed_by_id" integer NOT NULL,
  	"reviewed_by_name" varchar NOT NULL,
  	"reviewed_at" timestamp(3) with time zone NOT NULL,
  	"acknowledged_by_id" integer,
  	"acknowledged_by_name" varchar,
  	"acknowledged_at" timestamp(3) with time zone,
  	"acknowledgement_comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "agency_page_approvals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"page" "enum_agency_page_approvals_page" NOT NULL,
  	"changed_fields" varchar NOT NULL,
  	"proposed_by_name" varchar NOT NULL,
  	"approved_by_id" integer NOT NULL,
  	"approved_by_name" varchar NOT NULL,
  	"approved_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_agency_profile_v_version_missions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_agency_profile_v_version_executives" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"position" varchar,
  	"photo_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_agency_profile_v_version_structure_units" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_agency_profile_v_version_structure" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"head" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_agency_profile_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_history" varchar,
  	"version_vision" varchar,
  	"version_authority" varchar,
  	"version_strategy" varchar,
  	"version_org_chart_id" integer,
  	"version_address" varchar,
  	"version_phone" varchar,
  	"version_fax" varchar,
  	"version_email" varchar,
  	"version_hours" varchar,
  	"version_map_url" varchar,
  	"version_website_policy" varchar,
  	"version_privacy_policy" varchar,
  	"version_cookie_policy" varchar,
  	"version_security_policy" varchar,
  	"version_proposed_by" varchar,
  	"version__status" "enum__agency_profile_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_cio_profile_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_name" varchar,
  	"version_position" varchar,
  	"version_photo_id" integer,
  	"version_phone" varchar,
  	"version_email" varchar,
  	"version_duties" varchar,
  	"version_it_management" varchar,
  	"version_proposed_by" varchar,
  	"version__status" "enum__cio_profile_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  ALTER TABLE "agency_profile_missions" ALTER COLUMN "text" DROP NOT NULL;
  ALTER TABLE "agency_profile_executives" ALTER COLUMN "name" DROP NOT NULL;
  ALTER TABLE "agency_profile_executives" ALTER COLUMN "position" DROP NOT NULL;
  ALTER TABLE "agency_profile_structure_units" ALTER COLUMN "name" DROP NOT NULL;
  ALTER TABLE "agency_profile_structure" ALTER COLUMN "name" DROP NOT NULL;
  ALTER TABLE "publish_requests" ADD COLUMN "agency_head_approves" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "rule_reviews_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "agency_page_approvals_id" integer;
  ALTER TABLE "agency_profile" ADD COLUMN "proposed_by" varchar;
  ALTER TABLE "agency_profile" ADD COLUMN "_status" "enum_agency_profile_status" DEFAULT 'draft';
  -- What the pages said before drafts existed was on the public site: it stays the published version.
  UPDATE "agency_profile" SET "_status" = 'published';
  ALTER TABLE "cio_profile" ADD COLUMN "proposed_by" varchar;
  ALTER TABLE "cio_profile" ADD COLUMN "_status" "enum_cio_profile_status" DEFAULT 'draft';
  -- What the pages said before drafts existed was on the public site: it stays the published version.
  UPDATE "cio_profile" SET "_status" = 'published';
  ALTER TABLE "rule_reviews" ADD CONSTRAINT "rule_reviews_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "rule_reviews" ADD CONSTRAINT "rule_reviews_acknowledged_by_id_users_id_fk" FOREIGN KEY ("acknowledged_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agency_page_approvals" ADD CONSTRAINT "agency_page_approvals_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_agency_profile_v_version_missions" ADD CONSTRAINT "_agency_profile_v_version_missions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_agency_profile_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_agency_profile_v_version_executives" ADD CONSTRAINT "_agency_profile_v_version_executives_photo_id_site_images_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."site_images"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_agency_profile_v_version_executives" ADD CONSTRAINT "_agency_profile_v_version_executives_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_agency_profile_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_agency_profile_v_version_structure_units" ADD CONSTRAINT "_agency_profile_v_version_structure_units_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_agency_profile_v_version_structure"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_agency_profile_v_version_structure" ADD CONSTRAINT "_agency_profile_v_version_structure_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_agency_profile_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_agency_profile_v" ADD CONSTRAINT "_agency_profile_v_version_org_chart_id_site_images_id_fk" FOREIGN KEY ("version_org_chart_id") REFERENCES "public"."site_images"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cio_profile_v" ADD CONSTRAINT "_cio_profile_v_version_photo_id_site_images_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."site_images"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "rule_reviews_fiscal_year_idx" ON "rule_reviews" USING btree ("fiscal_year");
  CREATE INDEX "rule_reviews_reviewed_by_idx" ON "rule_reviews" USING btree ("reviewed_by_id");
  CREATE INDEX "rule_reviews_acknowledged_by_idx" ON "rule_reviews" USING btree ("acknowledged_by_id");
  CREATE INDEX "rule_reviews_updated_at_idx" ON "rule_reviews" USING btree ("updated_at");
  CREATE INDEX "rule_reviews_created_at_idx" ON "rule_reviews" USING btree ("created_at");
  CREATE INDEX "agency_page_approvals_page_idx" ON "agency_page_approvals" USING btree ("page");
  CREATE INDEX "agency_page_approvals_approved_by_idx" ON "agency_page_approvals" USING btree ("approved_by_id");
  CREATE INDEX "agency_page_approvals_approved_at_idx" ON "agency_page_approvals" USING btree ("approved_at");
  CREATE INDEX "agency_page_approvals_updated_at_idx" ON "agency_page_approvals" USING btree ("updated_at");
  CREATE INDEX "agency_page_approvals_created_at_idx" ON "agency_page_approvals" USING btree ("created_at");
  CREATE INDEX "_agency_profile_v_version_missions_order_idx" ON "_agency_profile_v_version_missions" USING btree ("_order");
  CREATE INDEX "_agency_profile_v_version_missions_parent_id_idx" ON "_agency_profile_v_version_missions" USING btree ("_parent_id");
  CREATE INDEX "_agency_profile_v_version_executives_order_idx" ON "_agency_profile_v_version_executives" USING btree ("_order");
  CREATE INDEX "_agency_profile_v_version_executives_parent_id_idx" ON "_agency_profile_v_version_executives" USING btree ("_parent_id");
  CREATE INDEX "_agency_profile_v_version_executives_photo_idx" ON "_agency_profile_v_version_executives" USING btree ("photo_id");
  CREATE INDEX "_agency_profile_v_version_structure_units_order_idx" ON "_agency_profile_v_version_structure_units" USING btree ("_order");
  CREATE INDEX "_agency_profile_v_version_structure_units_parent_id_idx" ON "_agency_profile_v_version_structure_units" USING btree ("_parent_id");
  CREATE INDEX "_agency_profile_v_version_structure_order_idx" ON "_agency_profile_v_version_structure" USING btree ("_order");
  CREATE INDEX "_agency_profile_v_version_structure_parent_id_idx" ON "_agency_profile_v_version_structure" USING btree ("_parent_id");
  CREATE INDEX "_agency_profile_v_version_version_org_chart_idx" ON "_agency_profile_v" USING btree ("version_org_chart_id");
  CREATE INDEX "_agency_profile_v_version_version__status_idx" ON "_agency_profile_v" USING btree ("version__status");
  CREATE INDEX "_agency_profile_v_created_at_idx" ON "_agency_profile_v" USING btree ("created_at");
  CREATE INDEX "_agency_profile_v_updated_at_idx" ON "_agency_profile_v" USING btree ("updated_at");
  CREATE INDEX "_agency_profile_v_latest_idx" ON "_agency_profile_v" USING btree ("latest");
  CREATE INDEX "_cio_profile_v_version_version_photo_idx" ON "_cio_profile_v" USING btree ("version_photo_id");
  CREATE INDEX "_cio_profile_v_version_version__status_idx" ON "_cio_profile_v" USING btree ("version__status");
  CREATE INDEX "_cio_profile_v_created_at_idx" ON "_cio_profile_v" USING btree ("created_at");
  CREATE INDEX "_cio_profile_v_updated_at_idx" ON "_cio_profile_v" USING btree ("updated_at");
  CREATE INDEX "_cio_profile_v_latest_idx" ON "_cio_profile_v" USING btree ("latest");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rule_reviews_fk" FOREIGN KEY ("rule_reviews_id") REFERENCES "public"."rule_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_agency_page_approvals_fk" FOREIGN KEY ("agency_page_approvals_id") REFERENCES "public"."agency_page_approvals"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_rule_reviews_id_idx" ON "payload_locked_documents_rels" USING btree ("rule_reviews_id");
  CREATE INDEX "payload_locked_documents_rels_agency_page_approvals_id_idx" ON "payload_locked_documents_rels" USING btree ("agency_page_approvals_id");
  CREATE INDEX "agency_profile__status_idx" ON "agency_profile" USING btree ("_status");
  CREATE INDEX "cio_profile__status_idx" ON "cio_profile" USING btree ("_status");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "rule_reviews" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "agency_page_approvals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_agency_profile_v_version_missions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_agency_profile_v_version_executives" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_agency_profile_v_version_structure_units" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_agency_profile_v_version_structure" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_agency_profile_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_cio_profile_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "rule_reviews" CASCADE;
  DROP TABLE "agency_page_approvals" CASCADE;
  DROP TABLE "_agency_profile_v_version_missions" CASCADE;
  DROP TABLE "_agency_profile_v_version_executives" CASCADE;
  DROP TABLE "_agency_profile_v_version_structure_units" CASCADE;
  DROP TABLE "_agency_profile_v_version_structure" CASCADE;
  DROP TABLE "_agency_profile_v" CASCADE;
  DROP TABLE "_cio_profile_v" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_rule_reviews_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_agency_page_approvals_fk";
  
  DROP INDEX "payload_locked_documents_rels_rule_reviews_id_idx";
  DROP INDEX "payload_locked_documents_rels_agency_page_approvals_id_idx";
  DROP INDEX "agency_profile__status_idx";
  DROP INDEX "cio_profile__status_idx";
  ALTER TABLE "agency_profile_missions" ALTER COLUMN "text" SET NOT NULL;
  ALTER TABLE "agency_profile_executives" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "agency_profile_executives" ALTER COLUMN "position" SET NOT NULL;
  ALTER TABLE "agency_profile_structure_units" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "agency_profile_structure" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "publish_requests" DROP COLUMN "agency_head_approves";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "rule_reviews_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "agency_page_approvals_id";
  ALTER TABLE "agency_profile" DROP COLUMN "proposed_by";
  ALTER TABLE "agency_profile" DROP COLUMN "_status";
  ALTER TABLE "cio_profile" DROP COLUMN "proposed_by";
  ALTER TABLE "cio_profile" DROP COLUMN "_status";
  DROP TYPE "public"."enum_rule_reviews_outcome";
  DROP TYPE "public"."enum_agency_page_approvals_page";
  DROP TYPE "public"."enum_agency_profile_status";
  DROP TYPE "public"."enum__agency_profile_v_version_status";
  DROP TYPE "public"."enum_cio_profile_status";
  DROP TYPE "public"."enum__cio_profile_v_version_status";`)
}
