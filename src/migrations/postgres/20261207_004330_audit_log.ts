import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_events_kind" ADD VALUE 'sign-in' BEFORE 'workflow';
  ALTER TYPE "public"."enum_events_kind" ADD VALUE 'account' BEFORE 'workflow';
  ALTER TYPE "public"."enum_events_kind" ADD VALUE 'settings' BEFORE 'workflow';
  ALTER TYPE "public"."enum_events_kind" ADD VALUE 'download' BEFORE 'notice';
  ALTER TYPE "public"."enum_events_kind" ADD VALUE 'export' BEFORE 'notice';
  ALTER TABLE "events" ADD COLUMN "actor" varchar;
  ALTER TABLE "events" ADD COLUMN "actor_id" numeric;
  ALTER TABLE "events" ADD COLUMN "address" varchar;
  ALTER TABLE "events" ADD COLUMN "sequence" numeric;
  ALTER TABLE "events" ADD COLUMN "previous_hash" varchar;
  ALTER TABLE "events" ADD COLUMN "hash" varchar;
  CREATE INDEX "events_kind_idx" ON "events" USING btree ("kind");
  CREATE INDEX "events_actor_idx" ON "events" USING btree ("actor");
  CREATE INDEX "events_actor_id_idx" ON "events" USING btree ("actor_id");
  CREATE UNIQUE INDEX "events_sequence_idx" ON "events" USING btree ("sequence");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "events" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_events_kind";
  CREATE TYPE "public"."enum_events_kind" AS ENUM('workflow', 'public-content', 'upload', 'notice', 'complaint', 'question', 'subscription', 'hearing', 'e-form', 'log', 'backup');
  ALTER TABLE "events" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_events_kind" USING "kind"::"public"."enum_events_kind";
  DROP INDEX "events_kind_idx";
  DROP INDEX "events_actor_idx";
  DROP INDEX "events_actor_id_idx";
  DROP INDEX "events_sequence_idx";
  ALTER TABLE "events" DROP COLUMN "actor";
  ALTER TABLE "events" DROP COLUMN "actor_id";
  ALTER TABLE "events" DROP COLUMN "address";
  ALTER TABLE "events" DROP COLUMN "sequence";
  ALTER TABLE "events" DROP COLUMN "previous_hash";
  ALTER TABLE "events" DROP COLUMN "hash";`)
}
