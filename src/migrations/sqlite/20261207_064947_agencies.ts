import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`agencies_hosts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`host\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agencies_hosts_order_idx\` ON \`agencies_hosts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agencies_hosts_parent_id_idx\` ON \`agencies_hosts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agencies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`status\` text DEFAULT 'active' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`agencies_updated_at_idx\` ON \`agencies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`agencies_created_at_idx\` ON \`agencies\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`super_admin\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`agencies_id\` integer REFERENCES agencies(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agencies_id_idx\` ON \`payload_locked_documents_rels\` (\`agencies_id\`);`)
  // The agency this install serves: SQLite holds only the first.
  await db.run(sql`INSERT INTO \`agencies\` (\`id\`, \`name\`) VALUES (1, coalesce((SELECT \`agency_name\` FROM \`settings\` LIMIT 1), 'หน่วยงาน'));`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`agencies_hosts\`;`)
  await db.run(sql`DROP TABLE \`agencies\`;`)
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
  	\`rule_reviews_id\` integer,
  	\`agency_page_approvals_id\` integer,
  	\`sent_reminders_id\` integer,
  	\`complaints_id\` integer,
  	\`complaint_reads_id\` integer,
  	\`case_files_id\` integer,
  	\`e_forms_id\` integer,
  	\`form_submissions_id\` integer,
  	\`questions_id\` integer,
  	\`subscriptions_id\` integer,
  	\`survey_answers_id\` integer,
  	\`hearings_id\` integer,
  	\`hearing_comments_id\` integer,
  	\`comment_flags_id\` integer,
  	\`traffic_log_days_id\` integer,
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
  	FOREIGN KEY (\`rule_reviews_id\`) REFERENCES \`rule_reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agency_page_approvals_id\`) REFERENCES \`agency_page_approvals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sent_reminders_id\`) REFERENCES \`sent_reminders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`complaints_id\`) REFERENCES \`complaints\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`complaint_reads_id\`) REFERENCES \`complaint_reads\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_files_id\`) REFERENCES \`case_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`e_forms_id\`) REFERENCES \`e_forms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`form_submissions_id\`) REFERENCES \`form_submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subscriptions_id\`) REFERENCES \`subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`survey_answers_id\`) REFERENCES \`survey_answers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hearings_id\`) REFERENCES \`hearings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hearing_comments_id\`) REFERENCES \`hearing_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comment_flags_id\`) REFERENCES \`comment_flags\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`traffic_log_days_id\`) REFERENCES \`traffic_log_days\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`effects_id\`) REFERENCES \`effects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "publish_requests_id", "attachments_id", "attachment_texts_id", "notifications_id", "categories_id", "units_id", "users_id", "site_images_id", "page_views_id", "indicator_sets_id", "monitoring_report_issues_id", "monitoring_acknowledgements_id", "link_checks_id", "integrity_checks_id", "rule_reviews_id", "agency_page_approvals_id", "sent_reminders_id", "complaints_id", "complaint_reads_id", "case_files_id", "e_forms_id", "form_submissions_id", "questions_id", "subscriptions_id", "survey_answers_id", "hearings_id", "hearing_comments_id", "comment_flags_id", "traffic_log_days_id", "events_id", "effects_id") SELECT "id", "order", "parent_id", "path", "publish_requests_id", "attachments_id", "attachment_texts_id", "notifications_id", "categories_id", "units_id", "users_id", "site_images_id", "page_views_id", "indicator_sets_id", "monitoring_report_issues_id", "monitoring_acknowledgements_id", "link_checks_id", "integrity_checks_id", "rule_reviews_id", "agency_page_approvals_id", "sent_reminders_id", "complaints_id", "complaint_reads_id", "case_files_id", "e_forms_id", "form_submissions_id", "questions_id", "subscriptions_id", "survey_answers_id", "hearings_id", "hearing_comments_id", "comment_flags_id", "traffic_log_days_id", "events_id", "effects_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rule_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`rule_reviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agency_page_approvals_id_idx\` ON \`payload_locked_documents_rels\` (\`agency_page_approvals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sent_reminders_id_idx\` ON \`payload_locked_documents_rels\` (\`sent_reminders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_complaints_id_idx\` ON \`payload_locked_documents_rels\` (\`complaints_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_complaint_reads_id_idx\` ON \`payload_locked_documents_rels\` (\`complaint_reads_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_case_files_id_idx\` ON \`payload_locked_documents_rels\` (\`case_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_e_forms_id_idx\` ON \`payload_locked_documents_rels\` (\`e_forms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_form_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`form_submissions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`subscriptions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_survey_answers_id_idx\` ON \`payload_locked_documents_rels\` (\`survey_answers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_hearings_id_idx\` ON \`payload_locked_documents_rels\` (\`hearings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_hearing_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`hearing_comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comment_flags_id_idx\` ON \`payload_locked_documents_rels\` (\`comment_flags_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_traffic_log_days_id_idx\` ON \`payload_locked_documents_rels\` (\`traffic_log_days_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_effects_id_idx\` ON \`payload_locked_documents_rels\` (\`effects_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`super_admin\`;`)
}
