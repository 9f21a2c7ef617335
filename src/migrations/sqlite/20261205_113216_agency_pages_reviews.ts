import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`rule_reviews\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`fiscal_year\` numeric NOT NULL,
  	\`outcome\` text NOT NULL,
  	\`changes\` text,
  	\`reasons\` text NOT NULL,
  	\`reviewed_by_id\` integer NOT NULL,
  	\`reviewed_by_name\` text NOT NULL,
  	\`reviewed_at\` text NOT NULL,
  	\`acknowledged_by_id\` integer,
  	\`acknowledged_by_name\` text,
  	\`acknowledged_at\` text,
  	\`acknowledgement_comment\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`acknowledged_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`rule_reviews_fiscal_year_idx\` ON \`rule_reviews\` (\`fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`rule_reviews_reviewed_by_idx\` ON \`rule_reviews\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`rule_reviews_acknowledged_by_idx\` ON \`rule_reviews\` (\`acknowledged_by_id\`);`)
  await db.run(sql`CREATE INDEX \`rule_reviews_updated_at_idx\` ON \`rule_reviews\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`rule_reviews_created_at_idx\` ON \`rule_reviews\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`agency_page_approvals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`page\` text NOT NULL,
  	\`changed_fields\` text NOT NULL,
  	\`proposed_by_name\` text NOT NULL,
  	\`approved_by_id\` integer NOT NULL,
  	\`approved_by_name\` text NOT NULL,
  	\`approved_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`agency_page_approvals_page_idx\` ON \`agency_page_approvals\` (\`page\`);`)
  await db.run(sql`CREATE INDEX \`agency_page_approvals_approved_by_idx\` ON \`agency_page_approvals\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`agency_page_approvals_approved_at_idx\` ON \`agency_page_approvals\` (\`approved_at\`);`)
  await db.run(sql`CREATE INDEX \`agency_page_approvals_updated_at_idx\` ON \`agency_page_approvals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`agency_page_approvals_created_at_idx\` ON \`agency_page_approvals\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_agency_profile_v_version_missions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_agency_profile_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_agency_profile_v_version_missions_order_idx\` ON \`_agency_profile_v_version_missions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_agency_profile_v_version_missions_parent_id_idx\` ON \`_agency_profile_v_version_missions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_agency_profile_v_version_executives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`position\` text,
  	\`photo_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`site_images\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_agency_profile_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_agency_profile_v_version_executives_order_idx\` ON \`_agency_profile_v_version_executives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_agency_profile_v_version_executives_parent_id_idx\` ON \`_agency_profile_v_version_executives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_agency_profile_v_version_executives_photo_idx\` ON \`_agency_profile_v_version_executives\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`_agency_profile_v_version_structure_units\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_agency_profile_v_version_structure\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_agency_profile_v_version_structure_units_order_idx\` ON \`_agency_profile_v_version_structure_units\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_agency_profile_v_version_structure_units_parent_id_idx\` ON \`_agency_profile_v_version_structure_units\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_agency_profile_v_version_structure\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`head\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_agency_profile_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_agency_profile_v_version_structure_order_idx\` ON \`_agency_profile_v_version_structure\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_agency_profile_v_version_structure_parent_id_idx\` ON \`_agency_profile_v_version_structure\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_agency_profile_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_history\` text,
  	\`version_vision\` text,
  	\`version_authority\` text,
  	\`version_strategy\` text,
  	\`version_org_chart_id\` integer,
  	\`version_address\` text,
  	\`version_phone\` text,
  	\`version_fax\` text,
  	\`version_email\` text,
  	\`version_hours\` text,
  	\`version_map_url\` text,
  	\`version_website_policy\` text,
  	\`version_privacy_policy\` text,
  	\`version_cookie_policy\` text,
  	\`version_security_policy\` text,
  	\`version_proposed_by\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`version_org_chart_id\`) REFERENCES \`site_images\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_agency_profile_v_version_version_org_chart_idx\` ON \`_agency_profile_v\` (\`version_org_chart_id\`);`)
  await db.run(sql`CREATE INDEX \`_agency_profile_v_version_version__status_idx\` ON \`_agency_profile_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_agency_profile_v_created_at_idx\` ON \`_agency_profile_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_agency_profile_v_updated_at_idx\` ON \`_agency_profile_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_agency_profile_v_latest_idx\` ON \`_agency_profile_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_cio_profile_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_name\` text,
  	\`version_position\` text,
  	\`version_photo_id\` integer,
  	\`version_phone\` text,
  	\`version_email\` text,
  	\`version_duties\` text,
  	\`version_it_management\` text,
  	\`version_proposed_by\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`site_images\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_cio_profile_v_version_version_photo_idx\` ON \`_cio_profile_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_cio_profile_v_version_version__status_idx\` ON \`_cio_profile_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_cio_profile_v_created_at_idx\` ON \`_cio_profile_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_cio_profile_v_updated_at_idx\` ON \`_cio_profile_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_cio_profile_v_latest_idx\` ON \`_cio_profile_v\` (\`latest\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_agency_profile_missions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agency_profile\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_agency_profile_missions\`("_order", "_parent_id", "id", "text") SELECT "_order", "_parent_id", "id", "text" FROM \`agency_profile_missions\`;`)
  await db.run(sql`DROP TABLE \`agency_profile_missions\`;`)
  await db.run(sql`ALTER TABLE \`__new_agency_profile_missions\` RENAME TO \`agency_profile_missions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`agency_profile_missions_order_idx\` ON \`agency_profile_missions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agency_profile_missions_parent_id_idx\` ON \`agency_profile_missions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_agency_profile_executives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`position\` text,
  	\`photo_id\` integer,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`site_images\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agency_profile\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_agency_profile_executives\`("_order", "_parent_id", "id", "name", "position", "photo_id") SELECT "_order", "_parent_id", "id", "name", "position", "photo_id" FROM \`agency_profile_executives\`;`)
  await db.run(sql`DROP TABLE \`agency_profile_executives\`;`)
  await db.run(sql`ALTER TABLE \`__new_agency_profile_executives\` RENAME TO \`agency_profile_executives\`;`)
  await db.run(sql`CREATE INDEX \`agency_profile_executives_order_idx\` ON \`agency_profile_executives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agency_profile_executives_parent_id_idx\` ON \`agency_profile_executives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`agency_profile_executives_photo_idx\` ON \`agency_profile_executives\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_agency_profile_structure_units\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agency_profile_structure\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_agency_profile_structure_units\`("_order", "_parent_id", "id", "name") SELECT "_order", "_parent_id", "id", "name" FROM \`agency_profile_structure_units\`;`)
  await db.run(sql`DROP TABLE \`agency_profile_structure_units\`;`)
  await db.run(sql`ALTER TABLE \`__new_agency_profile_structure_units\` RENAME TO \`agency_profile_structure_units\`;`)
  await db.run(sql`CREATE INDEX \`agency_profile_structure_units_order_idx\` ON \`agency_profile_structure_units\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agency_profile_structure_units_parent_id_idx\` ON \`agency_profile_structure_units\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_agency_profile_structure\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`head\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agency_profile\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_agency_profile_structure\`("_order", "_parent_id", "id", "name", "head") SELECT "_order", "_parent_id", "id", "name", "head" FROM \`agency_profile_structure\`;`)
  await db.run(sql`DROP TABLE \`agency_profile_structure\`;`)
  await db.run(sql`ALTER TABLE \`__new_agency_profile_structure\` RENAME TO \`agency_profile_structure\`;`)
  await db.run(sql`CREATE INDEX \`agency_profile_structure_order_idx\` ON \`agency_profile_structure\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agency_profile_structure_parent_id_idx\` ON \`agency_profile_structure\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`publish_requests\` ADD \`agency_head_approves\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`rule_reviews_id\` integer REFERENCES rule_reviews(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`agency_page_approvals_id\` integer REFERENCES agency_page_approvals(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rule_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`rule_reviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agency_page_approvals_id_idx\` ON \`payload_locked_documents_rels\` (\`agency_page_approvals_id\`);`)
  await db.run(sql`ALTER TABLE \`agency_profile\` ADD \`proposed_by\` text;`)
  await db.run(sql`ALTER TABLE \`agency_profile\` ADD \`_status\` text DEFAULT 'draft';`)
  // What the pages said before drafts existed was on the public site: it stays the published version.
  await db.run(sql`UPDATE \`agency_profile\` SET \`_status\` = 'published';`)
  await db.run(sql`CREATE INDEX \`agency_profile__status_idx\` ON \`agency_profile\` (\`_status\`);`)
  await db.run(sql`ALTER TABLE \`cio_profile\` ADD \`proposed_by\` text;`)
  await db.run(sql`ALTER TABLE \`cio_profile\` ADD \`_status\` text DEFAULT 'draft';`)
  // What the pages said before drafts existed was on the public site: it stays the published version.
  await db.run(sql`UPDATE \`cio_profile\` SET \`_status\` = 'published';`)
  await db.run(sql`CREATE INDEX \`cio_profile__status_idx\` ON \`cio_profile\` (\`_status\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`rule_reviews\`;`)
  await db.run(sql`DROP TABLE \`agency_page_approvals\`;`)
  await db.run(sql`DROP TABLE \`_agency_profile_v_version_missions\`;`)
  await db.run(sql`DROP TABLE \`_agency_profile_v_version_executives\`;`)
  await db.run(sql`DROP TABLE \`_agency_profile_v_version_structure_units\`;`)
  await db.run(sql`DROP TABLE \`_agency_profile_v_version_structure\`;`)
  await db.run(sql`DROP TABLE \`_agency_profile_v\`;`)
  await db.run(sql`DROP TABLE \`_cio_profile_v\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
  	\`monitoring_report_issues_id\` integer,
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
  	FOREIGN KEY (\`monitoring_report_issues_id\`) REFERENCES \`monitoring_report_issues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`monitoring_acknowledgements_id\`) REFERENCES \`monitoring_acknowledgements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`link_checks_id\`) REFERENCES \`link_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`integrity_checks_id\`) REFERENCES \`integrity_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sent_reminders_id\`) REFERENCES \`sent_reminders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`effects_id\`) REFERENCES \`effects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "publish_requests_id", "attachments_id", "attachment_texts_id", "notifications_id", "categories_id", "units_id", "users_id", "site_images_id", "page_views_id", "indicator_sets_id", "monitoring_report_issues_id", "monitoring_acknowledgements_id", "link_checks_id", "integrity_checks_id", "sent_reminders_id", "events_id", "effects_id") SELECT "id", "order", "parent_id", "path", "publish_requests_id", "attachments_id", "attachment_texts_id", "notifications_id", "categories_id", "units_id", "users_id", "site_images_id", "page_views_id", "indicator_sets_id", "monitoring_report_issues_id", "monitoring_acknowledgements_id", "link_checks_id", "integrity_checks_id", "sent_reminders_id", "events_id", "effects_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_monitoring_report_issues_i_idx\` ON \`payload_locked_documents_rels\` (\`monitoring_report_issues_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_monitoring_acknowledgement_idx\` ON \`payload_locked_documents_rels\` (\`monitoring_acknowledgements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_link_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`link_checks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_integrity_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`integrity_checks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sent_reminders_id_idx\` ON \`payload_locked_documents_rels\` (\`sent_reminders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_effects_id_idx\` ON \`payload_locked_documents_rels\` (\`effects_id\`);`)
  await db.run(sql`DROP INDEX \`agency_profile__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`agency_profile\` DROP COLUMN \`proposed_by\`;`)
  await db.run(sql`ALTER TABLE \`agency_profile\` DROP COLUMN \`_status\`;`)
  await db.run(sql`DROP INDEX \`cio_profile__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`cio_profile\` DROP COLUMN \`proposed_by\`;`)
  await db.run(sql`ALTER TABLE \`cio_profile\` DROP COLUMN \`_status\`;`)
  await db.run(sql`CREATE TABLE \`__new_agency_profile_missions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agency_profile\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_agency_profile_missions\`("_order", "_parent_id", "id", "text") SELECT "_order", "_parent_id", "id", "text" FROM \`agency_profile_missions\`;`)
  await db.run(sql`DROP TABLE \`agency_profile_missions\`;`)
  await db.run(sql`ALTER TABLE \`__new_agency_profile_missions\` RENAME TO \`agency_profile_missions\`;`)
  await db.run(sql`CREATE INDEX \`agency_profile_missions_order_idx\` ON \`agency_profile_missions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agency_profile_missions_parent_id_idx\` ON \`agency_profile_missions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_agency_profile_executives\` (
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
  await db.run(sql`INSERT INTO \`__new_agency_profile_executives\`("_order", "_parent_id", "id", "name", "position", "photo_id") SELECT "_order", "_parent_id", "id", "name", "position", "photo_id" FROM \`agency_profile_executives\`;`)
  await db.run(sql`DROP TABLE \`agency_profile_executives\`;`)
  await db.run(sql`ALTER TABLE \`__new_agency_profile_executives\` RENAME TO \`agency_profile_executives\`;`)
  await db.run(sql`CREATE INDEX \`agency_profile_executives_order_idx\` ON \`agency_profile_executives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agency_profile_executives_parent_id_idx\` ON \`agency_profile_executives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`agency_profile_executives_photo_idx\` ON \`agency_profile_executives\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_agency_profile_structure_units\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agency_profile_structure\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_agency_profile_structure_units\`("_order", "_parent_id", "id", "name") SELECT "_order", "_parent_id", "id", "name" FROM \`agency_profile_structure_units\`;`)
  await db.run(sql`DROP TABLE \`agency_profile_structure_units\`;`)
  await db.run(sql`ALTER TABLE \`__new_agency_profile_structure_units\` RENAME TO \`agency_profile_structure_units\`;`)
  await db.run(sql`CREATE INDEX \`agency_profile_structure_units_order_idx\` ON \`agency_profile_structure_units\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agency_profile_structure_units_parent_id_idx\` ON \`agency_profile_structure_units\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_agency_profile_structure\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`head\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agency_profile\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_agency_profile_structure\`("_order", "_parent_id", "id", "name", "head") SELECT "_order", "_parent_id", "id", "name", "head" FROM \`agency_profile_structure\`;`)
  await db.run(sql`DROP TABLE \`agency_profile_structure\`;`)
  await db.run(sql`ALTER TABLE \`__new_agency_profile_structure\` RENAME TO \`agency_profile_structure\`;`)
  await db.run(sql`CREATE INDEX \`agency_profile_structure_order_idx\` ON \`agency_profile_structure\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agency_profile_structure_parent_id_idx\` ON \`agency_profile_structure\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`publish_requests\` DROP COLUMN \`agency_head_approves\`;`)
}
