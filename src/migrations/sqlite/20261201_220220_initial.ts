import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`publish_requests_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`duration\` numeric,
  	\`unit\` text DEFAULT 'minute',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`publish_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publish_requests_steps_order_idx\` ON \`publish_requests_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`publish_requests_steps_parent_id_idx\` ON \`publish_requests_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`publish_requests_content_findings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`check\` text,
  	\`kind\` text,
  	\`shown\` text,
  	\`where\` text,
  	\`blocks\` integer,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`publish_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publish_requests_content_findings_order_idx\` ON \`publish_requests_content_findings\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`publish_requests_content_findings_parent_id_idx\` ON \`publish_requests_content_findings\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`publish_requests_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by\` text,
  	\`by_user_id\` integer,
  	\`role\` text,
  	\`reason\` text,
  	\`changes\` text,
  	\`at\` text,
  	FOREIGN KEY (\`by_user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`publish_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publish_requests_history_order_idx\` ON \`publish_requests_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`publish_requests_history_parent_id_idx\` ON \`publish_requests_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`publish_requests_history_by_user_idx\` ON \`publish_requests_history\` (\`by_user_id\`);`)
  await db.run(sql`CREATE TABLE \`publish_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`summary\` text NOT NULL,
  	\`category_id\` integer NOT NULL,
  	\`source_owner\` text NOT NULL,
  	\`coverage_from\` text,
  	\`coverage_to\` text,
  	\`publish_from\` text,
  	\`publish_until\` text,
  	\`channel\` text DEFAULT 'letter' NOT NULL,
  	\`urgent\` integer DEFAULT false,
  	\`emergency\` integer DEFAULT false,
  	\`needs_endorsement\` integer DEFAULT false,
  	\`on_behalf\` integer DEFAULT false,
  	\`requester_name\` text,
  	\`requester_position\` text,
  	\`requester_unit_id\` integer,
  	\`requester_phone\` text,
  	\`requester_email\` text,
  	\`event_start\` text,
  	\`event_end\` text,
  	\`location\` text,
  	\`link_url\` text,
  	\`image_id\` integer,
  	\`image_alt\` text,
  	\`state\` text,
  	\`owner_id\` integer,
  	\`unit_id\` integer,
  	\`unit_path\` text,
  	\`state_changed_at\` text,
  	\`submitted_at\` text,
  	\`published_at\` text,
  	\`last_modified_at\` text,
  	\`period_start\` text,
  	\`period_end\` text,
  	\`public_path\` text,
  	\`item_id\` numeric,
  	\`revision_of_id\` integer,
  	\`change_note\` text,
  	\`changes\` text,
  	\`verbal_approval_pending\` integer DEFAULT false,
  	\`verbal_approval_given_by\` text,
  	\`verbal_approval_given_at\` text,
  	\`verbal_approval_means\` text,
  	\`verbal_approval_recorded_by\` text,
  	\`verbal_approval_confirmed_by\` text,
  	\`verbal_approval_confirmed_at\` text,
  	\`content_hash\` text,
  	\`tampered_at\` text,
  	\`content_checked_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`category_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`requester_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`revision_of_id\`) REFERENCES \`publish_requests\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`publish_requests_category_idx\` ON \`publish_requests\` (\`category_id\`);`)
  await db.run(sql`CREATE INDEX \`publish_requests_requester_requester_unit_idx\` ON \`publish_requests\` (\`requester_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`publish_requests_image_idx\` ON \`publish_requests\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`publish_requests_state_idx\` ON \`publish_requests\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`publish_requests_owner_idx\` ON \`publish_requests\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`publish_requests_unit_idx\` ON \`publish_requests\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`publish_requests_unit_path_idx\` ON \`publish_requests\` (\`unit_path\`);`)
  await db.run(sql`CREATE INDEX \`publish_requests_state_changed_at_idx\` ON \`publish_requests\` (\`state_changed_at\`);`)
  await db.run(sql`CREATE INDEX \`publish_requests_submitted_at_idx\` ON \`publish_requests\` (\`submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`publish_requests_published_at_idx\` ON \`publish_requests\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`publish_requests_period_start_idx\` ON \`publish_requests\` (\`period_start\`);`)
  await db.run(sql`CREATE INDEX \`publish_requests_period_end_idx\` ON \`publish_requests\` (\`period_end\`);`)
  await db.run(sql`CREATE INDEX \`publish_requests_item_id_idx\` ON \`publish_requests\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`publish_requests_revision_of_idx\` ON \`publish_requests\` (\`revision_of_id\`);`)
  await db.run(sql`CREATE INDEX \`publish_requests_updated_at_idx\` ON \`publish_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`publish_requests_created_at_idx\` ON \`publish_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`state_category_publishedAt_idx\` ON \`publish_requests\` (\`state\`,\`category_id\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`state_category_lastModifiedAt_idx\` ON \`publish_requests\` (\`state\`,\`category_id\`,\`last_modified_at\`);`)
  await db.run(sql`CREATE INDEX \`state_publishUntil_idx\` ON \`publish_requests\` (\`state\`,\`publish_until\`);`)
  await db.run(sql`CREATE INDEX \`state_stateChangedAt_idx\` ON \`publish_requests\` (\`state\`,\`state_changed_at\`);`)
  await db.run(sql`CREATE INDEX \`itemId_state_idx\` ON \`publish_requests\` (\`item_id\`,\`state\`);`)
  await db.run(sql`CREATE INDEX \`unit_submittedAt_idx\` ON \`publish_requests\` (\`unit_id\`,\`submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`unit_publishedAt_idx\` ON \`publish_requests\` (\`unit_id\`,\`published_at\`);`)
  await db.run(sql`CREATE TABLE \`publish_requests_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publish_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publish_requests_texts_order_parent\` ON \`publish_requests_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`publish_requests_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`attachments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publish_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publish_requests_rels_order_idx\` ON \`publish_requests_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`publish_requests_rels_parent_idx\` ON \`publish_requests_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`publish_requests_rels_path_idx\` ON \`publish_requests_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`publish_requests_rels_attachments_id_idx\` ON \`publish_requests_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE TABLE \`attachments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`uploaded_by_id\` integer,
  	\`sha256\` text,
  	\`tampered_at\` text,
  	\`text_status\` text DEFAULT 'pending',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`attachments_uploaded_by_idx\` ON \`attachments\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`attachments_updated_at_idx\` ON \`attachments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`attachments_created_at_idx\` ON \`attachments\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`attachments_filename_idx\` ON \`attachments\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`attachment_texts_scan\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`check\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`shown\` text NOT NULL,
  	\`page\` numeric,
  	\`key\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`attachment_texts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`attachment_texts_scan_order_idx\` ON \`attachment_texts_scan\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`attachment_texts_scan_parent_id_idx\` ON \`attachment_texts_scan\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`attachment_texts_hidden_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`target\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`attachment_texts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`attachment_texts_hidden_links_order_idx\` ON \`attachment_texts_hidden_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`attachment_texts_hidden_links_parent_id_idx\` ON \`attachment_texts_hidden_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`attachment_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`attachment_id\` integer NOT NULL,
  	\`text\` text,
  	\`words\` text,
  	\`error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`attachment_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`attachment_texts_attachment_idx\` ON \`attachment_texts\` (\`attachment_id\`);`)
  await db.run(sql`CREATE INDEX \`attachment_texts_updated_at_idx\` ON \`attachment_texts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`attachment_texts_created_at_idx\` ON \`attachment_texts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`notifications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`recipient_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`link\` text,
  	\`request_id\` integer,
  	\`awaits\` text,
  	\`read\` integer DEFAULT false,
  	\`done\` integer DEFAULT false,
  	\`done_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`recipient_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`request_id\`) REFERENCES \`publish_requests\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`notifications_recipient_idx\` ON \`notifications\` (\`recipient_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_request_idx\` ON \`notifications\` (\`request_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_updated_at_idx\` ON \`notifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_created_at_idx\` ON \`notifications\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`recipient_read_done_idx\` ON \`notifications\` (\`recipient_id\`,\`read\`,\`done\`);`)
  await db.run(sql`CREATE INDEX \`request_awaits_done_idx\` ON \`notifications\` (\`request_id\`,\`awaits\`,\`done\`);`)
  await db.run(sql`CREATE TABLE \`categories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`sensitive\` integer DEFAULT false,
  	\`order\` numeric DEFAULT 0,
  	\`max_megabytes\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`categories_code_idx\` ON \`categories\` (\`code\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`categories_slug_idx\` ON \`categories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`categories_updated_at_idx\` ON \`categories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`categories_created_at_idx\` ON \`categories\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`categories_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`categories_texts_order_parent\` ON \`categories_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`units\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`parent_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`units_parent_idx\` ON \`units\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`units_updated_at_idx\` ON \`units\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`units_created_at_idx\` ON \`units\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`position\` text,
  	\`phone\` text,
  	\`role\` text DEFAULT 'owner' NOT NULL,
  	\`unit_id\` integer,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_unit_idx\` ON \`users\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`site_images\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`site_images_updated_at_idx\` ON \`site_images\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`site_images_created_at_idx\` ON \`site_images\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`site_images_filename_idx\` ON \`site_images\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`page_views\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`day\` text NOT NULL,
  	\`path\` text NOT NULL,
  	\`views\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`page_views_day_idx\` ON \`page_views\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`page_views_updated_at_idx\` ON \`page_views\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`page_views_created_at_idx\` ON \`page_views\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`day_path_idx\` ON \`page_views\` (\`day\`,\`path\`);`)
  await db.run(sql`CREATE TABLE \`indicator_sets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`set\` text NOT NULL,
  	\`fiscal_year\` numeric,
  	\`title\` text NOT NULL,
  	\`source\` text NOT NULL,
  	\`indicators\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`indicator_sets_fiscal_year_idx\` ON \`indicator_sets\` (\`fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`indicator_sets_updated_at_idx\` ON \`indicator_sets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`indicator_sets_created_at_idx\` ON \`indicator_sets\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`monitoring_acknowledgements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`fiscal_year\` numeric NOT NULL,
  	\`round\` text NOT NULL,
  	\`unit_id\` integer,
  	\`by_id\` integer NOT NULL,
  	\`by_name\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`comment\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`monitoring_acknowledgements_fiscal_year_idx\` ON \`monitoring_acknowledgements\` (\`fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`monitoring_acknowledgements_unit_idx\` ON \`monitoring_acknowledgements\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`monitoring_acknowledgements_by_idx\` ON \`monitoring_acknowledgements\` (\`by_id\`);`)
  await db.run(sql`CREATE INDEX \`monitoring_acknowledgements_updated_at_idx\` ON \`monitoring_acknowledgements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`monitoring_acknowledgements_created_at_idx\` ON \`monitoring_acknowledgements\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`link_checks_problems\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`page\` text,
  	\`link\` text,
  	\`problem\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`link_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`link_checks_problems_order_idx\` ON \`link_checks_problems\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`link_checks_problems_parent_id_idx\` ON \`link_checks_problems\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`link_checks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`started_by_id\` integer,
  	\`checked\` numeric DEFAULT 0,
  	\`total\` numeric DEFAULT 0,
  	\`finished_at\` text,
  	\`error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`started_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`link_checks_started_by_idx\` ON \`link_checks\` (\`started_by_id\`);`)
  await db.run(sql`CREATE INDEX \`link_checks_updated_at_idx\` ON \`link_checks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`link_checks_created_at_idx\` ON \`link_checks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`integrity_checks_findings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`what\` text,
  	\`request_id\` integer,
  	\`attachment_id\` integer,
  	FOREIGN KEY (\`request_id\`) REFERENCES \`publish_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`attachment_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`integrity_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`integrity_checks_findings_order_idx\` ON \`integrity_checks_findings\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`integrity_checks_findings_parent_id_idx\` ON \`integrity_checks_findings\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`integrity_checks_findings_request_idx\` ON \`integrity_checks_findings\` (\`request_id\`);`)
  await db.run(sql`CREATE INDEX \`integrity_checks_findings_attachment_idx\` ON \`integrity_checks_findings\` (\`attachment_id\`);`)
  await db.run(sql`CREATE TABLE \`integrity_checks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`items\` numeric DEFAULT 0,
  	\`files\` numeric DEFAULT 0,
  	\`found\` numeric DEFAULT 0,
  	\`started_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`started_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`integrity_checks_started_by_idx\` ON \`integrity_checks\` (\`started_by_id\`);`)
  await db.run(sql`CREATE INDEX \`integrity_checks_updated_at_idx\` ON \`integrity_checks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`integrity_checks_created_at_idx\` ON \`integrity_checks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sent_reminders\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`subject\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sent_reminders_key_idx\` ON \`sent_reminders\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`sent_reminders_updated_at_idx\` ON \`sent_reminders\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sent_reminders_created_at_idx\` ON \`sent_reminders\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`summary\` text NOT NULL,
  	\`request_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`request_id\`) REFERENCES \`publish_requests\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`events_request_idx\` ON \`events\` (\`request_id\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`effects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`event_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`description\` text NOT NULL,
  	\`input\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`next_attempt_at\` text,
  	\`last_error\` text,
  	\`claimed_until\` text,
  	\`done_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`effects_event_idx\` ON \`effects\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`effects_status_idx\` ON \`effects\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`effects_updated_at_idx\` ON \`effects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`effects_created_at_idx\` ON \`effects\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_nextAttemptAt_idx\` ON \`effects\` (\`status\`,\`next_attempt_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`publish_requests_id\` integer,
  	\`attachments_id\` integer,
  	\`attachment_texts_id\` integer,
  	\`notifications_id\` integer,
  	\`categories_id\` integer,
  	\`units_id\` integer,
  	\`users_id\` integer,
  	\`site_images_id\` integer,
  	\`page_views_id\` integer,
  	\`indicator_sets_id\` integer,
  	\`monitoring_acknowledgements_id\` integer,
  	\`link_checks_id\` integer,
  	\`integrity_checks_id\` integer,
  	\`sent_reminders_id\` integer,
  	\`events_id\` integer,
  	\`effects_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publish_requests_id\`) REFERENCES \`publish_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachment_texts_id\`) REFERENCES \`attachment_texts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_images_id\`) REFERENCES \`site_images\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`page_views_id\`) REFERENCES \`page_views\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicator_sets_id\`) REFERENCES \`indicator_sets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`monitoring_acknowledgements_id\`) REFERENCES \`monitoring_acknowledgements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`link_checks_id\`) REFERENCES \`link_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`integrity_checks_id\`) REFERENCES \`integrity_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sent_reminders_id\`) REFERENCES \`sent_reminders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`effects_id\`) REFERENCES \`effects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publish_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`publish_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attachment_texts_id_idx\` ON \`payload_locked_documents_rels\` (\`attachment_texts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_images_id_idx\` ON \`payload_locked_documents_rels\` (\`site_images_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_page_views_id_idx\` ON \`payload_locked_documents_rels\` (\`page_views_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicator_sets_id_idx\` ON \`payload_locked_documents_rels\` (\`indicator_sets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_monitoring_acknowledgement_idx\` ON \`payload_locked_documents_rels\` (\`monitoring_acknowledgements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_link_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`link_checks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_integrity_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`integrity_checks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sent_reminders_id_idx\` ON \`payload_locked_documents_rels\` (\`sent_reminders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_effects_id_idx\` ON \`payload_locked_documents_rels\` (\`effects_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`settings_personal_data_blocking\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`settings_personal_data_blocking_order_idx\` ON \`settings_personal_data_blocking\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`settings_personal_data_blocking_parent_idx\` ON \`settings_personal_data_blocking\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`agency_name\` text DEFAULT 'หน่วยงานของรัฐ' NOT NULL,
  	\`approval_by\` text DEFAULT 'owner-unit' NOT NULL,
  	\`website_unit_id\` integer,
  	\`max_megabytes\` numeric DEFAULT 4,
  	\`log_retention_days\` numeric DEFAULT 90,
  	\`monitoring_round6_due_day\` numeric DEFAULT 28 NOT NULL,
  	\`monitoring_round6_due_month\` text DEFAULT '2' NOT NULL,
  	\`monitoring_round12_due_day\` numeric DEFAULT 31 NOT NULL,
  	\`monitoring_round12_due_month\` text DEFAULT '7' NOT NULL,
  	\`monitoring_stale_months\` numeric DEFAULT 6,
  	\`monitoring_waiting_days\` numeric DEFAULT 7,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`website_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`settings_website_unit_idx\` ON \`settings\` (\`website_unit_id\`);`)
  await db.run(sql`CREATE TABLE \`settings_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`settings_texts_order_parent\` ON \`settings_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`settings_numbers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`settings_numbers_order_parent_idx\` ON \`settings_numbers\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agency_profile_missions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agency_profile\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agency_profile_missions_order_idx\` ON \`agency_profile_missions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agency_profile_missions_parent_id_idx\` ON \`agency_profile_missions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agency_profile_executives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`position\` text NOT NULL,
  	\`photo_id\` integer,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`site_images\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agency_profile\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agency_profile_executives_order_idx\` ON \`agency_profile_executives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agency_profile_executives_parent_id_idx\` ON \`agency_profile_executives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`agency_profile_executives_photo_idx\` ON \`agency_profile_executives\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`agency_profile_structure_units\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agency_profile_structure\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agency_profile_structure_units_order_idx\` ON \`agency_profile_structure_units\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agency_profile_structure_units_parent_id_idx\` ON \`agency_profile_structure_units\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agency_profile_structure\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`head\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agency_profile\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agency_profile_structure_order_idx\` ON \`agency_profile_structure\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agency_profile_structure_parent_id_idx\` ON \`agency_profile_structure\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agency_profile\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`history\` text,
  	\`vision\` text,
  	\`authority\` text,
  	\`strategy\` text,
  	\`org_chart_id\` integer,
  	\`address\` text,
  	\`phone\` text,
  	\`fax\` text,
  	\`email\` text,
  	\`hours\` text,
  	\`map_url\` text,
  	\`website_policy\` text,
  	\`privacy_policy\` text,
  	\`cookie_policy\` text,
  	\`security_policy\` text,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`org_chart_id\`) REFERENCES \`site_images\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`agency_profile_org_chart_idx\` ON \`agency_profile\` (\`org_chart_id\`);`)
  await db.run(sql`CREATE TABLE \`cio_profile\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`position\` text,
  	\`photo_id\` integer,
  	\`phone\` text,
  	\`email\` text,
  	\`duties\` text,
  	\`it_management\` text,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`site_images\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`cio_profile_photo_idx\` ON \`cio_profile\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`publish_requests_steps\`;`)
  await db.run(sql`DROP TABLE \`publish_requests_content_findings\`;`)
  await db.run(sql`DROP TABLE \`publish_requests_history\`;`)
  await db.run(sql`DROP TABLE \`publish_requests\`;`)
  await db.run(sql`DROP TABLE \`publish_requests_texts\`;`)
  await db.run(sql`DROP TABLE \`publish_requests_rels\`;`)
  await db.run(sql`DROP TABLE \`attachments\`;`)
  await db.run(sql`DROP TABLE \`attachment_texts_scan\`;`)
  await db.run(sql`DROP TABLE \`attachment_texts_hidden_links\`;`)
  await db.run(sql`DROP TABLE \`attachment_texts\`;`)
  await db.run(sql`DROP TABLE \`notifications\`;`)
  await db.run(sql`DROP TABLE \`categories\`;`)
  await db.run(sql`DROP TABLE \`categories_texts\`;`)
  await db.run(sql`DROP TABLE \`units\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`site_images\`;`)
  await db.run(sql`DROP TABLE \`page_views\`;`)
  await db.run(sql`DROP TABLE \`indicator_sets\`;`)
  await db.run(sql`DROP TABLE \`monitoring_acknowledgements\`;`)
  await db.run(sql`DROP TABLE \`link_checks_problems\`;`)
  await db.run(sql`DROP TABLE \`link_checks\`;`)
  await db.run(sql`DROP TABLE \`integrity_checks_findings\`;`)
  await db.run(sql`DROP TABLE \`integrity_checks\`;`)
  await db.run(sql`DROP TABLE \`sent_reminders\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`DROP TABLE \`effects\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`settings_personal_data_blocking\`;`)
  await db.run(sql`DROP TABLE \`settings\`;`)
  await db.run(sql`DROP TABLE \`settings_texts\`;`)
  await db.run(sql`DROP TABLE \`settings_numbers\`;`)
  await db.run(sql`DROP TABLE \`agency_profile_missions\`;`)
  await db.run(sql`DROP TABLE \`agency_profile_executives\`;`)
  await db.run(sql`DROP TABLE \`agency_profile_structure_units\`;`)
  await db.run(sql`DROP TABLE \`agency_profile_structure\`;`)
  await db.run(sql`DROP TABLE \`agency_profile\`;`)
  await db.run(sql`DROP TABLE \`cio_profile\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
