import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_publish_requests_steps_unit" AS ENUM('minute', 'hour', 'day', 'working-day');
  CREATE TYPE "public"."enum_publish_requests_content_findings_check" AS ENUM('personal-data', 'spam', 'hidden-link', 'not-checked');
  CREATE TYPE "public"."enum_publish_requests_history_action" AS ENUM('submit', 'edit', 'screen', 'approve', 'reject', 'record-verbal-approval', 'confirm-verbal-approval', 'endorse', 'refer-for-endorsement', 'correct-placement', 'publish', 'send-back', 'resubmit', 'withdraw', 'unpublish', 'expire', 'revise', 'supersede');
  CREATE TYPE "public"."enum_publish_requests_history_role" AS ENUM('owner', 'head', 'division-head', 'webmaster', 'executive', 'admin', 'system');
  CREATE TYPE "public"."enum_publish_requests_channel" AS ENUM('letter', 'email', 'other');
  CREATE TYPE "public"."enum_publish_requests_state" AS ENUM('draft', 'awaiting-screening', 'awaiting-approval', 'awaiting-endorsement', 'ready-to-publish', 'published', 'sent-back', 'rejected', 'withdrawn', 'unpublished', 'expired', 'superseded');
  CREATE TYPE "public"."enum_attachments_text_status" AS ENUM('pending', 'extracted', 'none', 'failed');
  CREATE TYPE "public"."enum_attachment_texts_scan_check" AS ENUM('personal-data', 'spam');
  CREATE TYPE "public"."enum_units_kind" AS ENUM('agency', 'division', 'section', 'work');
  CREATE TYPE "public"."enum_users_role" AS ENUM('owner', 'head', 'division-head', 'webmaster', 'executive', 'admin');
  CREATE TYPE "public"."enum_indicator_sets_set" AS ENUM('ita', 'moit', 'gws', 'oia');
  CREATE TYPE "public"."enum_monitoring_acknowledgements_round" AS ENUM('6', '12');
  CREATE TYPE "public"."enum_link_checks_status" AS ENUM('queued', 'running', 'done', 'failed');
  CREATE TYPE "public"."enum_integrity_checks_findings_kind" AS ENUM('file-changed', 'file-missing', 'item-changed', 'file-restored', 'item-restored');
  CREATE TYPE "public"."enum_events_kind" AS ENUM('workflow', 'public-content', 'upload', 'notice');
  CREATE TYPE "public"."enum_effects_kind" AS ENUM('public-site', 'notice', 'mail', 'extract-text', 'search-files');
  CREATE TYPE "public"."enum_effects_status" AS ENUM('pending', 'done', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'expirePublications', 'monitoringReminders', 'checkLinks', 'checkIntegrity');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'expirePublications', 'monitoringReminders', 'checkLinks', 'checkIntegrity');
  CREATE TYPE "public"."enum_settings_personal_data_blocking" AS ENUM('national-id', 'bank-account', 'phone', 'email');
  CREATE TYPE "public"."enum_settings_approval_by" AS ENUM('owner-unit', 'website-unit', 'agency-head');
  CREATE TYPE "public"."enum_settings_monitoring_round6_due_month" AS ENUM('1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12');
  CREATE TYPE "public"."enum_settings_monitoring_round12_due_month" AS ENUM('1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12');
  CREATE TABLE "publish_requests_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"duration" numeric,
  	"unit" "enum_publish_requests_steps_unit" DEFAULT 'minute'
  );
  
  CREATE TABLE "publish_requests_content_findings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"check" "enum_publish_requests_content_findings_check",
  	"kind" varchar,
  	"shown" varchar,
  	"where" varchar,
  	"blocks" boolean
  );
  
  CREATE TABLE "publish_requests_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_publish_requests_history_action",
  	"by" varchar,
  	"by_user_id" integer,
  	"role" "enum_publish_requests_history_role",
  	"reason" varchar,
  	"changes" varchar,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "publish_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"summary" varchar NOT NULL,
  	"category_id" integer NOT NULL,
  	"source_owner" varchar NOT NULL,
  	"coverage_from" timestamp(3) with time zone,
  	"coverage_to" timestamp(3) with time zone,
  	"publish_from" timestamp(3) with time zone,
  	"publish_until" timestamp(3) with time zone,
  	"channel" "enum_publish_requests_channel" DEFAULT 'letter' NOT NULL,
  	"urgent" boolean DEFAULT false,
  	"emergency" boolean DEFAULT false,
  	"needs_endorsement" boolean DEFAULT false,
  	"on_behalf" boolean DEFAULT false,
  	"requester_name" varchar,
  	"requester_position" varchar,
  	"requester_unit_id" integer,
  	"requester_phone" varchar,
  	"requester_email" varchar,
  	"event_start" timestamp(3) with time zone,
  	"event_end" timestamp(3) with time zone,
  	"location" varchar,
  	"link_url" varchar,
  	"image_id" integer,
  	"image_alt" varchar,
  	"state" "enum_publish_requests_state",
  	"owner_id" integer,
  	"unit_id" integer,
  	"unit_path" varchar,
  	"state_changed_at" timestamp(3) with time zone,
  	"submitted_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"last_modified_at" timestamp(3) with time zone,
  	"period_start" timestamp(3) with time zone,
  	"period_end" timestamp(3) with time zone,
  	"public_path" varchar,
  	"item_id" numeric,
  	"revision_of_id" integer,
  	"change_note" varchar,
  	"changes" varchar,
  	"verbal_approval_pending" boolean DEFAULT false,
  	"verbal_approval_given_by" varchar,
  	"verbal_approval_given_at" timestamp(3) with time zone,
  	"verbal_approval_means" varchar,
  	"verbal_approval_recorded_by" varchar,
  	"verbal_approval_confirmed_by" varchar,
  	"verbal_approval_confirmed_at" timestamp(3) with time zone,
  	"content_hash" varchar,
  	"tampered_at" timestamp(3) with time zone,
  	"content_checked_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "publish_requests_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "publish_requests_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"attachments_id" integer
  );
  
  CREATE TABLE "attachments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"uploaded_by_id" integer,
  	"sha256" varchar,
  	"tampered_at" timestamp(3) with time zone,
  	"text_status" "enum_attachments_text_status" DEFAULT 'pending',
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
  
  CREATE TABLE "attachment_texts_scan" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"check" "enum_attachment_texts_scan_check" NOT NULL,
  	"kind" varchar NOT NULL,
  	"shown" varchar NOT NULL,
  	"page" numeric,
  	"key" varchar
  );
  
  CREATE TABLE "attachment_texts_hidden_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"target" varchar
  );
  
  CREATE TABLE "attachment_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"attachment_id" integer NOT NULL,
  	"text" varchar,
  	"words" varchar,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "notifications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"recipient_id" integer NOT NULL,
  	"kind" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"message" varchar NOT NULL,
  	"link" varchar,
  	"request_id" integer,
  	"awaits" varchar,
  	"read" boolean DEFAULT false,
  	"done" boolean DEFAULT false,
  	"done_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"sensitive" boolean DEFAULT false,
  	"order" numeric DEFAULT 0,
  	"max_megabytes" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "categories_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "units" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_units_kind" NOT NULL,
  	"parent_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"position" varchar,
  	"phone" varchar,
  	"role" "enum_users_role" DEFAULT 'owner' NOT NULL,
  	"unit_id" integer,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_images" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
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
  
  CREATE TABLE "page_views" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" varchar NOT NULL,
  	"path" varchar NOT NULL,
  	"views" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "indicator_sets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"set" "enum_indicator_sets_set" NOT NULL,
  	"fiscal_year" numeric,
  	"title" varchar NOT NULL,
  	"source" varchar NOT NULL,
  	"indicators" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "monitoring_acknowledgements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"fiscal_year" numeric NOT NULL,
  	"round" "enum_monitoring_acknowledgements_round" NOT NULL,
  	"unit_id" integer,
  	"by_id" integer NOT NULL,
  	"by_name" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "link_checks_problems" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"page" varchar,
  	"link" varchar,
  	"problem" varchar
  );
  
  CREATE TABLE "link_checks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_link_checks_status" DEFAULT 'queued' NOT NULL,
  	"started_by_id" integer,
  	"checked" numeric DEFAULT 0,
  	"total" numeric DEFAULT 0,
  	"finished_at" timestamp(3) with time zone,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "integrity_checks_findings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_integrity_checks_findings_kind",
  	"what" varchar,
  	"request_id" integer,
  	"attachment_id" integer
  );
  
  CREATE TABLE "integrity_checks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"items" numeric DEFAULT 0,
  	"files" numeric DEFAULT 0,
  	"found" numeric DEFAULT 0,
  	"started_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sent_reminders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"subject" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_events_kind" NOT NULL,
  	"summary" varchar NOT NULL,
  	"request_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "effects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" integer NOT NULL,
  	"kind" "enum_effects_kind" NOT NULL,
  	"description" varchar NOT NULL,
  	"input" jsonb NOT NULL,
  	"status" "enum_effects_status" DEFAULT 'pending' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"next_attempt_at" timestamp(3) with time zone,
  	"last_error" varchar,
  	"claimed_until" timestamp(3) with time zone,
  	"done_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"publish_requests_id" integer,
  	"attachments_id" integer,
  	"attachment_texts_id" integer,
  	"notifications_id" integer,
  	"categories_id" integer,
  	"units_id" integer,
  	"users_id" integer,
  	"site_images_id" integer,
  	"page_views_id" integer,
  	"indicator_sets_id" integer,
  	"monitoring_acknowledgements_id" integer,
  	"link_checks_id" integer,
  	"integrity_checks_id" integer,
  	"sent_reminders_id" integer,
  	"events_id" integer,
  	"effects_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "settings_personal_data_blocking" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_settings_personal_data_blocking",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"agency_name" varchar DEFAULT 'หน่วยงานของรัฐ' NOT NULL,
  	"approval_by" "enum_settings_approval_by" DEFAULT 'owner-unit' NOT NULL,
  	"website_unit_id" integer,
  	"max_megabytes" numeric DEFAULT 4,
  	"log_retention_days" numeric DEFAULT 90,
  	"monitoring_round6_due_day" numeric DEFAULT 28 NOT NULL,
  	"monitoring_round6_due_month" "enum_settings_monitoring_round6_due_month" DEFAULT '2' NOT NULL,
  	"monitoring_round12_due_day" numeric DEFAULT 31 NOT NULL,
  	"monitoring_round12_due_month" "enum_settings_monitoring_round12_due_month" DEFAULT '7' NOT NULL,
  	"monitoring_stale_months" numeric DEFAULT 6,
  	"monitoring_waiting_days" numeric DEFAULT 7,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "settings_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "settings_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  CREATE TABLE "agency_profile_missions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL
  );
  
  CREATE TABLE "agency_profile_executives" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"position" varchar NOT NULL,
  	"photo_id" integer
  );
  
  CREATE TABLE "agency_profile_structure_units" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL
  );
  
  CREATE TABLE "agency_profile_structure" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"head" varchar
  );
  
  CREATE TABLE "agency_profile" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"history" varchar,
  	"vision" varchar,
  	"authority" varchar,
  	"strategy" varchar,
  	"org_chart_id" integer,
  	"address" varchar,
  	"phone" varchar,
  	"fax" varchar,
  	"email" varchar,
  	"hours" varchar,
  	"map_url" varchar,
  	"website_policy" varchar,
  	"privacy_policy" varchar,
  	"cookie_policy" varchar,
  	"security_policy" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "cio_profile" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"position" varchar,
  	"photo_id" integer,
  	"phone" varchar,
  	"email" varchar,
  	"duties" varchar,
  	"it_management" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "publish_requests_steps" ADD CONSTRAINT "publish_requests_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."publish_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publish_requests_content_findings" ADD CONSTRAINT "publish_requests_content_findings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."publish_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publish_requests_history" ADD CONSTRAINT "publish_requests_history_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publish_requests_history" ADD CONSTRAINT "publish_requests_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."publish_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publish_requests" ADD CONSTRAINT "publish_requests_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publish_requests" ADD CONSTRAINT "publish_requests_requester_unit_id_units_id_fk" FOREIGN KEY ("requester_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publish_requests" ADD CONSTRAINT "publish_requests_image_id_attachments_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publish_requests" ADD CONSTRAINT "publish_requests_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publish_requests" ADD CONSTRAINT "publish_requests_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publish_requests" ADD CONSTRAINT "publish_requests_revision_of_id_publish_requests_id_fk" FOREIGN KEY ("revision_of_id") REFERENCES "public"."publish_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publish_requests_texts" ADD CONSTRAINT "publish_requests_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."publish_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publish_requests_rels" ADD CONSTRAINT "publish_requests_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."publish_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publish_requests_rels" ADD CONSTRAINT "publish_requests_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "attachments" ADD CONSTRAINT "attachments_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attachment_texts_scan" ADD CONSTRAINT "attachment_texts_scan_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."attachment_texts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "attachment_texts_hidden_links" ADD CONSTRAINT "attachment_texts_hidden_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."attachment_texts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "attachment_texts" ADD CONSTRAINT "attachment_texts_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_request_id_publish_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."publish_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "categories_texts" ADD CONSTRAINT "categories_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "units" ADD CONSTRAINT "units_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "monitoring_acknowledgements" ADD CONSTRAINT "monitoring_acknowledgements_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "monitoring_acknowledgements" ADD CONSTRAINT "monitoring_acknowledgements_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "link_checks_problems" ADD CONSTRAINT "link_checks_problems_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."link_checks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "link_checks" ADD CONSTRAINT "link_checks_started_by_id_users_id_fk" FOREIGN KEY ("started_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "integrity_checks_findings" ADD CONSTRAINT "integrity_checks_findings_request_id_publish_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."publish_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "integrity_checks_findings" ADD CONSTRAINT "integrity_checks_findings_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "integrity_checks_findings" ADD CONSTRAINT "integrity_checks_findings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."integrity_checks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "integrity_checks" ADD CONSTRAINT "integrity_checks_started_by_id_users_id_fk" FOREIGN KEY ("started_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_request_id_publish_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."publish_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "effects" ADD CONSTRAINT "effects_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_publish_requests_fk" FOREIGN KEY ("publish_requests_id") REFERENCES "public"."publish_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_attachment_texts_fk" FOREIGN KEY ("attachment_texts_id") REFERENCES "public"."attachment_texts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notifications_fk" FOREIGN KEY ("notifications_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_site_images_fk" FOREIGN KEY ("site_images_id") REFERENCES "public"."site_images"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_page_views_fk" FOREIGN KEY ("page_views_id") REFERENCES "public"."page_views"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_indicator_sets_fk" FOREIGN KEY ("indicator_sets_id") REFERENCES "public"."indicator_sets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_monitoring_acknowledgements_fk" FOREIGN KEY ("monitoring_acknowledgements_id") REFERENCES "public"."monitoring_acknowledgements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_link_checks_fk" FOREIGN KEY ("link_checks_id") REFERENCES "public"."link_checks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_integrity_checks_fk" FOREIGN KEY ("integrity_checks_id") REFERENCES "public"."integrity_checks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sent_reminders_fk" FOREIGN KEY ("sent_reminders_id") REFERENCES "public"."sent_reminders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_effects_fk" FOREIGN KEY ("effects_id") REFERENCES "public"."effects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "settings_personal_data_blocking" ADD CONSTRAINT "settings_personal_data_blocking_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "settings" ADD CONSTRAINT "settings_website_unit_id_units_id_fk" FOREIGN KEY ("website_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "settings_texts" ADD CONSTRAINT "settings_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "settings_numbers" ADD CONSTRAINT "settings_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agency_profile_missions" ADD CONSTRAINT "agency_profile_missions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."agency_profile"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agency_profile_executives" ADD CONSTRAINT "agency_profile_executives_photo_id_site_images_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."site_images"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agency_profile_executives" ADD CONSTRAINT "agency_profile_executives_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."agency_profile"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agency_profile_structure_units" ADD CONSTRAINT "agency_profile_structure_units_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."agency_profile_structure"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agency_profile_structure" ADD CONSTRAINT "agency_profile_structure_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."agency_profile"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agency_profile" ADD CONSTRAINT "agency_profile_org_chart_id_site_images_id_fk" FOREIGN KEY ("org_chart_id") REFERENCES "public"."site_images"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cio_profile" ADD CONSTRAINT "cio_profile_photo_id_site_images_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."site_images"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "publish_requests_steps_order_idx" ON "publish_requests_steps" USING btree ("_order");
  CREATE INDEX "publish_requests_steps_parent_id_idx" ON "publish_requests_steps" USING btree ("_parent_id");
  CREATE INDEX "publish_requests_content_findings_order_idx" ON "publish_requests_content_findings" USING btree ("_order");
  CREATE INDEX "publish_requests_content_findings_parent_id_idx" ON "publish_requests_content_findings" USING btree ("_parent_id");
  CREATE INDEX "publish_requests_history_order_idx" ON "publish_requests_history" USING btree ("_order");
  CREATE INDEX "publish_requests_history_parent_id_idx" ON "publish_requests_history" USING btree ("_parent_id");
  CREATE INDEX "publish_requests_history_by_user_idx" ON "publish_requests_history" USING btree ("by_user_id");
  CREATE INDEX "publish_requests_category_idx" ON "publish_requests" USING btree ("category_id");
  CREATE INDEX "publish_requests_requester_requester_unit_idx" ON "publish_requests" USING btree ("requester_unit_id");
  CREATE INDEX "publish_requests_image_idx" ON "publish_requests" USING btree ("image_id");
  CREATE INDEX "publish_requests_state_idx" ON "publish_requests" USING btree ("state");
  CREATE INDEX "publish_requests_owner_idx" ON "publish_requests" USING btree ("owner_id");
  CREATE INDEX "publish_requests_unit_idx" ON "publish_requests" USING btree ("unit_id");
  CREATE INDEX "publish_requests_unit_path_idx" ON "publish_requests" USING btree ("unit_path");
  CREATE INDEX "publish_requests_state_changed_at_idx" ON "publish_requests" USING btree ("state_changed_at");
  CREATE INDEX "publish_requests_submitted_at_idx" ON "publish_requests" USING btree ("submitted_at");
  CREATE INDEX "publish_requests_published_at_idx" ON "publish_requests" USING btree ("published_at");
  CREATE INDEX "publish_requests_period_start_idx" ON "publish_requests" USING btree ("period_start");
  CREATE INDEX "publish_requests_period_end_idx" ON "publish_requests" USING btree ("period_end");
  CREATE INDEX "publish_requests_item_id_idx" ON "publish_requests" USING btree ("item_id");
  CREATE INDEX "publish_requests_revision_of_idx" ON "publish_requests" USING btree ("revision_of_id");
  CREATE INDEX "publish_requests_updated_at_idx" ON "publish_requests" USING btree ("updated_at");
  CREATE INDEX "publish_requests_created_at_idx" ON "publish_requests" USING btree ("created_at");
  CREATE INDEX "state_category_publishedAt_idx" ON "publish_requests" USING btree ("state","category_id","published_at");
  CREATE INDEX "state_category_lastModifiedAt_idx" ON "publish_requests" USING btree ("state","category_id","last_modified_at");
  CREATE INDEX "state_publishUntil_idx" ON "publish_requests" USING btree ("state","publish_until");
  CREATE INDEX "state_stateChangedAt_idx" ON "publish_requests" USING btree ("state","state_changed_at");
  CREATE INDEX "itemId_state_idx" ON "publish_requests" USING btree ("item_id","state");
  CREATE INDEX "unit_submittedAt_idx" ON "publish_requests" USING btree ("unit_id","submitted_at");
  CREATE INDEX "unit_publishedAt_idx" ON "publish_requests" USING btree ("unit_id","published_at");
  CREATE INDEX "publish_requests_texts_order_parent" ON "publish_requests_texts" USING btree ("order","parent_id");
  CREATE INDEX "publish_requests_rels_order_idx" ON "publish_requests_rels" USING btree ("order");
  CREATE INDEX "publish_requests_rels_parent_idx" ON "publish_requests_rels" USING btree ("parent_id");
  CREATE INDEX "publish_requests_rels_path_idx" ON "publish_requests_rels" USING btree ("path");
  CREATE INDEX "publish_requests_rels_attachments_id_idx" ON "publish_requests_rels" USING btree ("attachments_id");
  CREATE INDEX "attachments_uploaded_by_idx" ON "attachments" USING btree ("uploaded_by_id");
  CREATE INDEX "attachments_updated_at_idx" ON "attachments" USING btree ("updated_at");
  CREATE INDEX "attachments_created_at_idx" ON "attachments" USING btree ("created_at");
  CREATE UNIQUE INDEX "attachments_filename_idx" ON "attachments" USING btree ("filename");
  CREATE INDEX "attachment_texts_scan_order_idx" ON "attachment_texts_scan" USING btree ("_order");
  CREATE INDEX "attachment_texts_scan_parent_id_idx" ON "attachment_texts_scan" USING btree ("_parent_id");
  CREATE INDEX "attachment_texts_hidden_links_order_idx" ON "attachment_texts_hidden_links" USING btree ("_order");
  CREATE INDEX "attachment_texts_hidden_links_parent_id_idx" ON "attachment_texts_hidden_links" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "attachment_texts_attachment_idx" ON "attachment_texts" USING btree ("attachment_id");
  CREATE INDEX "attachment_texts_updated_at_idx" ON "attachment_texts" USING btree ("updated_at");
  CREATE INDEX "attachment_texts_created_at_idx" ON "attachment_texts" USING btree ("created_at");
  CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("recipient_id");
  CREATE INDEX "notifications_request_idx" ON "notifications" USING btree ("request_id");
  CREATE INDEX "notifications_updated_at_idx" ON "notifications" USING btree ("updated_at");
  CREATE INDEX "notifications_created_at_idx" ON "notifications" USING btree ("created_at");
  CREATE INDEX "recipient_read_done_idx" ON "notifications" USING btree ("recipient_id","read","done");
  CREATE INDEX "request_awaits_done_idx" ON "notifications" USING btree ("request_id","awaits","done");
  CREATE UNIQUE INDEX "categories_code_idx" ON "categories" USING btree ("code");
  CREATE UNIQUE INDEX "categories_slug_idx" ON "categories" USING btree ("slug");
  CREATE INDEX "categories_updated_at_idx" ON "categories" USING btree ("updated_at");
  CREATE INDEX "categories_created_at_idx" ON "categories" USING btree ("created_at");
  CREATE INDEX "categories_texts_order_parent" ON "categories_texts" USING btree ("order","parent_id");
  CREATE INDEX "units_parent_idx" ON "units" USING btree ("parent_id");
  CREATE INDEX "units_updated_at_idx" ON "units" USING btree ("updated_at");
  CREATE INDEX "units_created_at_idx" ON "units" USING btree ("created_at");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_unit_idx" ON "users" USING btree ("unit_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "site_images_updated_at_idx" ON "site_images" USING btree ("updated_at");
  CREATE INDEX "site_images_created_at_idx" ON "site_images" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_images_filename_idx" ON "site_images" USING btree ("filename");
  CREATE INDEX "page_views_day_idx" ON "page_views" USING btree ("day");
  CREATE INDEX "page_views_updated_at_idx" ON "page_views" USING btree ("updated_at");
  CREATE INDEX "page_views_created_at_idx" ON "page_views" USING btree ("created_at");
  CREATE UNIQUE INDEX "day_path_idx" ON "page_views" USING btree ("day","path");
  CREATE INDEX "indicator_sets_fiscal_year_idx" ON "indicator_sets" USING btree ("fiscal_year");
  CREATE INDEX "indicator_sets_updated_at_idx" ON "indicator_sets" USING btree ("updated_at");
  CREATE INDEX "indicator_sets_created_at_idx" ON "indicator_sets" USING btree ("created_at");
  CREATE INDEX "monitoring_acknowledgements_fiscal_year_idx" ON "monitoring_acknowledgements" USING btree ("fiscal_year");
  CREATE INDEX "monitoring_acknowledgements_unit_idx" ON "monitoring_acknowledgements" USING btree ("unit_id");
  CREATE INDEX "monitoring_acknowledgements_by_idx" ON "monitoring_acknowledgements" USING btree ("by_id");
  CREATE INDEX "monitoring_acknowledgements_updated_at_idx" ON "monitoring_acknowledgements" USING btree ("updated_at");
  CREATE INDEX "monitoring_acknowledgements_created_at_idx" ON "monitoring_acknowledgements" USING btree ("created_at");
  CREATE INDEX "link_checks_problems_order_idx" ON "link_checks_problems" USING btree ("_order");
  CREATE INDEX "link_checks_problems_parent_id_idx" ON "link_checks_problems" USING btree ("_parent_id");
  CREATE INDEX "link_checks_started_by_idx" ON "link_checks" USING btree ("started_by_id");
  CREATE INDEX "link_checks_updated_at_idx" ON "link_checks" USING btree ("updated_at");
  CREATE INDEX "link_checks_created_at_idx" ON "link_checks" USING btree ("created_at");
  CREATE INDEX "integrity_checks_findings_order_idx" ON "integrity_checks_findings" USING btree ("_order");
  CREATE INDEX "integrity_checks_findings_parent_id_idx" ON "integrity_checks_findings" USING btree ("_parent_id");
  CREATE INDEX "integrity_checks_findings_request_idx" ON "integrity_checks_findings" USING btree ("request_id");
  CREATE INDEX "integrity_checks_findings_attachment_idx" ON "integrity_checks_findings" USING btree ("attachment_id");
  CREATE INDEX "integrity_checks_started_by_idx" ON "integrity_checks" USING btree ("started_by_id");
  CREATE INDEX "integrity_checks_updated_at_idx" ON "integrity_checks" USING btree ("updated_at");
  CREATE INDEX "integrity_checks_created_at_idx" ON "integrity_checks" USING btree ("created_at");
  CREATE UNIQUE INDEX "sent_reminders_key_idx" ON "sent_reminders" USING btree ("key");
  CREATE INDEX "sent_reminders_updated_at_idx" ON "sent_reminders" USING btree ("updated_at");
  CREATE INDEX "sent_reminders_created_at_idx" ON "sent_reminders" USING btree ("created_at");
  CREATE INDEX "events_request_idx" ON "events" USING btree ("request_id");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "effects_event_idx" ON "effects" USING btree ("event_id");
  CREATE INDEX "effects_status_idx" ON "effects" USING btree ("status");
  CREATE INDEX "effects_updated_at_idx" ON "effects" USING btree ("updated_at");
  CREATE INDEX "effects_created_at_idx" ON "effects" USING btree ("created_at");
  CREATE INDEX "status_nextAttemptAt_idx" ON "effects" USING btree ("status","next_attempt_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_publish_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("publish_requests_id");
  CREATE INDEX "payload_locked_documents_rels_attachments_id_idx" ON "payload_locked_documents_rels" USING btree ("attachments_id");
  CREATE INDEX "payload_locked_documents_rels_attachment_texts_id_idx" ON "payload_locked_documents_rels" USING btree ("attachment_texts_id");
  CREATE INDEX "payload_locked_documents_rels_notifications_id_idx" ON "payload_locked_documents_rels" USING btree ("notifications_id");
  CREATE INDEX "payload_locked_documents_rels_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("categories_id");
  CREATE INDEX "payload_locked_documents_rels_units_id_idx" ON "payload_locked_documents_rels" USING btree ("units_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_site_images_id_idx" ON "payload_locked_documents_rels" USING btree ("site_images_id");
  CREATE INDEX "payload_locked_documents_rels_page_views_id_idx" ON "payload_locked_documents_rels" USING btree ("page_views_id");
  CREATE INDEX "payload_locked_documents_rels_indicator_sets_id_idx" ON "payload_locked_documents_rels" USING btree ("indicator_sets_id");
  CREATE INDEX "payload_locked_documents_rels_monitoring_acknowledgement_idx" ON "payload_locked_documents_rels" USING btree ("monitoring_acknowledgements_id");
  CREATE INDEX "payload_locked_documents_rels_link_checks_id_idx" ON "payload_locked_documents_rels" USING btree ("link_checks_id");
  CREATE INDEX "payload_locked_documents_rels_integrity_checks_id_idx" ON "payload_locked_documents_rels" USING btree ("integrity_checks_id");
  CREATE INDEX "payload_locked_documents_rels_sent_reminders_id_idx" ON "payload_locked_documents_rels" USING btree ("sent_reminders_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_effects_id_idx" ON "payload_locked_documents_rels" USING btree ("effects_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "settings_personal_data_blocking_order_idx" ON "settings_personal_data_blocking" USING btree ("order");
  CREATE INDEX "settings_personal_data_blocking_parent_idx" ON "settings_personal_data_blocking" USING btree ("parent_id");
  CREATE INDEX "settings_website_unit_idx" ON "settings" USING btree ("website_unit_id");
  CREATE INDEX "settings_texts_order_parent" ON "settings_texts" USING btree ("order","parent_id");
  CREATE INDEX "settings_numbers_order_parent_idx" ON "settings_numbers" USING btree ("order","parent_id");
  CREATE INDEX "agency_profile_missions_order_idx" ON "agency_profile_missions" USING btree ("_order");
  CREATE INDEX "agency_profile_missions_parent_id_idx" ON "agency_profile_missions" USING btree ("_parent_id");
  CREATE INDEX "agency_profile_executives_order_idx" ON "agency_profile_executives" USING btree ("_order");
  CREATE INDEX "agency_profile_executives_parent_id_idx" ON "agency_profile_executives" USING btree ("_parent_id");
  CREATE INDEX "agency_profile_executives_photo_idx" ON "agency_profile_executives" USING btree ("photo_id");
  CREATE INDEX "agency_profile_structure_units_order_idx" ON "agency_profile_structure_units" USING btree ("_order");
  CREATE INDEX "agency_profile_structure_units_parent_id_idx" ON "agency_profile_structure_units" USING btree ("_parent_id");
  CREATE INDEX "agency_profile_structure_order_idx" ON "agency_profile_structure" USING btree ("_order");
  CREATE INDEX "agency_profile_structure_parent_id_idx" ON "agency_profile_structure" USING btree ("_parent_id");
  CREATE INDEX "agency_profile_org_chart_idx" ON "agency_profile" USING btree ("org_chart_id");
  CREATE INDEX "cio_profile_photo_idx" ON "cio_profile" USING btree ("photo_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "publish_requests_steps" CASCADE;
  DROP TABLE "publish_requests_content_findings" CASCADE;
  DROP TABLE "publish_requests_history" CASCADE;
  DROP TABLE "publish_requests" CASCADE;
  DROP TABLE "publish_requests_texts" CASCADE;
  DROP TABLE "publish_requests_rels" CASCADE;
  DROP TABLE "attachments" CASCADE;
  DROP TABLE "attachment_texts_scan" CASCADE;
  DROP TABLE "attachment_texts_hidden_links" CASCADE;
  DROP TABLE "attachment_texts" CASCADE;
  DROP TABLE "notifications" CASCADE;
  DROP TABLE "categories" CASCADE;
  DROP TABLE "categories_texts" CASCADE;
  DROP TABLE "units" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "site_images" CASCADE;
  DROP TABLE "page_views" CASCADE;
  DROP TABLE "indicator_sets" CASCADE;
  DROP TABLE "monitoring_acknowledgements" CASCADE;
  DROP TABLE "link_checks_problems" CASCADE;
  DROP TABLE "link_checks" CASCADE;
  DROP TABLE "integrity_checks_findings" CASCADE;
  DROP TABLE "integrity_checks" CASCADE;
  DROP TABLE "sent_reminders" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "effects" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "settings_personal_data_blocking" CASCADE;
  DROP TABLE "settings" CASCADE;
  DROP TABLE "settings_texts" CASCADE;
  DROP TABLE "settings_numbers" CASCADE;
  DROP TABLE "agency_profile_missions" CASCADE;
  DROP TABLE "agency_profile_executives" CASCADE;
  DROP TABLE "agency_profile_structure_units" CASCADE;
  DROP TABLE "agency_profile_structure" CASCADE;
  DROP TABLE "agency_profile" CASCADE;
  DROP TABLE "cio_profile" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."enum_publish_requests_steps_unit";
  DROP TYPE "public"."enum_publish_requests_content_findings_check";
  DROP TYPE "public"."enum_publish_requests_history_action";
  DROP TYPE "public"."enum_publish_requests_history_role";
  DROP TYPE "public"."enum_publish_requests_channel";
  DROP TYPE "public"."enum_publish_requests_state";
  DROP TYPE "public"."enum_attachments_text_status";
  DROP TYPE "public"."enum_attachment_texts_scan_check";
  DROP TYPE "public"."enum_units_kind";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_indicator_sets_set";
  DROP TYPE "public"."enum_monitoring_acknowledgements_round";
  DROP TYPE "public"."enum_link_checks_status";
  DROP TYPE "public"."enum_integrity_checks_findings_kind";
  DROP TYPE "public"."enum_events_kind";
  DROP TYPE "public"."enum_effects_kind";
  DROP TYPE "public"."enum_effects_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_settings_personal_data_blocking";
  DROP TYPE "public"."enum_settings_approval_by";
  DROP TYPE "public"."enum_settings_monitoring_round6_due_month";
  DROP TYPE "public"."enum_settings_monitoring_round12_due_month";`)
}
