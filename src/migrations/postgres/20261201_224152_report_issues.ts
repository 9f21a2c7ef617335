import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_monitoring_report_issues_round" AS ENUM('6', '12');
  CREATE TABLE "monitoring_report_issues" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"fiscal_year" numeric NOT NULL,
  	"round" "enum_monitoring_report_issues_round" NOT NULL,
  	"unit_id" integer,
  	"by_id" integer NOT NULL,
  	"by_name" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"cut_off" timestamp(3) with time zone NOT NULL,
  	"late" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "monitoring_report_issues_id" integer;
  ALTER TABLE "settings" ADD COLUMN "monitoring_issue_window_months" numeric DEFAULT 1;
  ALTER TABLE "monitoring_report_issues" ADD CONSTRAINT "monitoring_report_issues_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "monitoring_report_issues" ADD CONSTRAINT "monitoring_report_issues_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "monitoring_report_issues_fiscal_year_idx" ON "monitoring_report_issues" USING btree ("fiscal_year");
  CREATE INDEX "monitoring_report_issues_unit_idx" ON "monitoring_report_issues" USING btree ("unit_id");
  CREATE INDEX "monitoring_report_issues_by_idx" ON "monitoring_report_issues" USING btree ("by_id");
  CREATE INDEX "monitoring_report_issues_updated_at_idx" ON "monitoring_report_issues" USING btree ("updated_at");
  CREATE INDEX "monitoring_report_issues_created_at_idx" ON "monitoring_report_issues" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_monitoring_report_issues_fk" FOREIGN KEY ("monitoring_report_issues_id") REFERENCES "public"."monitoring_report_issues"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_monitoring_report_issues_i_idx" ON "payload_locked_documents_rels" USING btree ("monitoring_report_issues_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "monitoring_report_issues" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "monitoring_report_issues" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_monitoring_report_issues_fk";
  
  DROP INDEX "payload_locked_documents_rels_monitoring_report_issues_i_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "monitoring_report_issues_id";
  ALTER TABLE "settings" DROP COLUMN "monitoring_issue_window_months";
  DROP TYPE "public"."enum_monitoring_report_issues_round";`)
}
