import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_publish_requests_dataset_dataset_type" AS ENUM('record', 'statistics', 'gis', 'multidimensional', 'other');
  CREATE TYPE "public"."enum_publish_requests_dataset_data_category" AS ENUM('public', 'internal', 'personal', 'security', 'secret');
  CREATE TYPE "public"."enum_publish_requests_dataset_license" AS ENUM('Open-Data-Common', 'cc-by', 'cc-by-sa', 'cc-nc', 'cc-zero');
  CREATE TYPE "public"."enum_publish_requests_dataset_update_frequency" AS ENUM('year', 'half-year', 'quarter', 'month', 'week', 'day', 'realtime', 'never');
  CREATE TYPE "public"."enum_publish_requests_dataset_geo_coverage" AS ENUM('none', 'country', 'region', 'province', 'district', 'subdistrict', 'village', 'local', 'other');
  ALTER TABLE "publish_requests" ADD COLUMN "dataset_dataset_type" "enum_publish_requests_dataset_dataset_type";
  ALTER TABLE "publish_requests" ADD COLUMN "dataset_data_category" "enum_publish_requests_dataset_data_category";
  ALTER TABLE "publish_requests" ADD COLUMN "dataset_license" "enum_publish_requests_dataset_license";
  ALTER TABLE "publish_requests" ADD COLUMN "dataset_objective" varchar;
  ALTER TABLE "publish_requests" ADD COLUMN "dataset_maintainer" varchar;
  ALTER TABLE "publish_requests" ADD COLUMN "dataset_maintainer_email" varchar;
  ALTER TABLE "publish_requests" ADD COLUMN "dataset_update_frequency" "enum_publish_requests_dataset_update_frequency";
  ALTER TABLE "publish_requests" ADD COLUMN "dataset_update_interval" numeric DEFAULT 1;
  ALTER TABLE "publish_requests" ADD COLUMN "dataset_geo_coverage" "enum_publish_requests_dataset_geo_coverage";
  ALTER TABLE "publish_requests" ADD COLUMN "dataset_first_year" numeric;
  ALTER TABLE "publish_requests" ADD COLUMN "dataset_last_year" numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "publish_requests" DROP COLUMN "dataset_dataset_type";
  ALTER TABLE "publish_requests" DROP COLUMN "dataset_data_category";
  ALTER TABLE "publish_requests" DROP COLUMN "dataset_license";
  ALTER TABLE "publish_requests" DROP COLUMN "dataset_objective";
  ALTER TABLE "publish_requests" DROP COLUMN "dataset_maintainer";
  ALTER TABLE "publish_requests" DROP COLUMN "dataset_maintainer_email";
  ALTER TABLE "publish_requests" DROP COLUMN "dataset_update_frequency";
  ALTER TABLE "publish_requests" DROP COLUMN "dataset_update_interval";
  ALTER TABLE "publish_requests" DROP COLUMN "dataset_geo_coverage";
  ALTER TABLE "publish_requests" DROP COLUMN "dataset_first_year";
  ALTER TABLE "publish_requests" DROP COLUMN "dataset_last_year";
  DROP TYPE "public"."enum_publish_requests_dataset_dataset_type";
  DROP TYPE "public"."enum_publish_requests_dataset_data_category";
  DROP TYPE "public"."enum_publish_requests_dataset_license";
  DROP TYPE "public"."enum_publish_requests_dataset_update_frequency";
  DROP TYPE "public"."enum_publish_requests_dataset_geo_coverage";`)
}
