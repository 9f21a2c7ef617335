import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { joinAgencies, separateAgencies } from '../agency-isolation'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_agencies_status" AS ENUM('active', 'suspended');
  CREATE TABLE "agencies_hosts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"host" varchar NOT NULL
  );
  
  CREATE TABLE "agencies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"status" "enum_agencies_status" DEFAULT 'active' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "super_admin" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "agencies_id" integer;
  ALTER TABLE "agencies_hosts" ADD CONSTRAINT "agencies_hosts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "agencies_hosts_order_idx" ON "agencies_hosts" USING btree ("_order");
  CREATE INDEX "agencies_hosts_parent_id_idx" ON "agencies_hosts" USING btree ("_parent_id");
  CREATE INDEX "agencies_updated_at_idx" ON "agencies" USING btree ("updated_at");
  CREATE INDEX "agencies_created_at_idx" ON "agencies" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_agencies_fk" FOREIGN KEY ("agencies_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_agencies_id_idx" ON "payload_locked_documents_rels" USING btree ("agencies_id");`)
  // The agency this install has served so far is the first; then every table it owns is kept apart by agency.
  await db.execute(sql`INSERT INTO agencies (id, name) VALUES (1, coalesce((SELECT agency_name FROM settings LIMIT 1), 'หน่วยงาน'));
    SELECT setval(pg_get_serial_sequence('agencies', 'id'), 1);`)
  await separateAgencies(db)
  // The effects' sweep asks, for all agencies at once, which have events not sealed yet (src/server/effects.ts).
  await db.execute(sql`CREATE INDEX events_unsealed_idx ON events (agency_id) WHERE sequence IS NULL`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await joinAgencies(db)
  await db.execute(sql`
   ALTER TABLE "agencies_hosts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "agencies" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "agencies_hosts" CASCADE;
  DROP TABLE "agencies" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_agencies_fk";
  
  DROP INDEX "payload_locked_documents_rels_agencies_id_idx";
  ALTER TABLE "users" DROP COLUMN "super_admin";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "agencies_id";
  DROP TYPE "public"."enum_agencies_status";`)
}
