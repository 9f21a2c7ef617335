import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_settings_agency_type" AS ENUM('local-government', 'moph', 'other');
  ALTER TABLE "settings" ADD COLUMN "agency_type" "enum_settings_agency_type" DEFAULT 'other' NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "emblem_id" integer;
  ALTER TABLE "settings" ADD CONSTRAINT "settings_emblem_id_site_images_id_fk" FOREIGN KEY ("emblem_id") REFERENCES "public"."site_images"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "settings_emblem_idx" ON "settings" USING btree ("emblem_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "settings" DROP CONSTRAINT "settings_emblem_id_site_images_id_fk";
  
  DROP INDEX "settings_emblem_idx";
  ALTER TABLE "settings" DROP COLUMN "agency_type";
  ALTER TABLE "settings" DROP COLUMN "emblem_id";
  DROP TYPE "public"."enum_settings_agency_type";`)
}
