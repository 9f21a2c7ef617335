import * as migration_20261201_220220_initial from './20261201_220220_initial';
import * as migration_20261122_070000_search_index from './20261122_070000_search_index';
import * as migration_20261128_120000_search_facets from './20261128_120000_search_facets';
import * as migration_20261128_130000_publication_period_index from './20261128_130000_publication_period_index';
import * as migration_20261201_200000_texts_indexes from './20261201_200000_texts_indexes';
import * as migration_20261201_224139_report_issues from './20261201_224139_report_issues';
import * as migration_20261202_010005_settings_emblem_type from './20261202_010005_settings_emblem_type';
import * as migration_20261205_113216_agency_pages_reviews from './20261205_113216_agency_pages_reviews';
import * as migration_20261206_003559_attachment_title from './20261206_003559_attachment_title';
import * as migration_20261206_063941_complaints from './20261206_063941_complaints';
import * as migration_20261206_065646_survey_answers from './20261206_065646_survey_answers';
import * as migration_20261206_070524_questions_alerts from './20261206_070524_questions_alerts';
import * as migration_20261206_071809_hearings from './20261206_071809_hearings';
import * as migration_20261206_141135_information_requests from './20261206_141135_information_requests';
import * as migration_20261206_212139_e_forms from './20261206_212139_e_forms';
import * as migration_20261206_221422_logs_sign_in_backups from './20261206_221422_logs_sign_in_backups';
import * as migration_20261207_004321_audit_log from './20261207_004321_audit_log';
import * as migration_20261207_010739_open_data from './20261207_010739_open_data';
import * as migration_20261207_040333_instance_traffic_log from './20261207_040333_instance_traffic_log';
import * as migration_20261207_064947_agencies from './20261207_064947_agencies';

export const migrations = [
  {
    up: migration_20261201_220220_initial.up,
    down: migration_20261201_220220_initial.down,
    name: '20261201_220220_initial'
  },
  {
    up: migration_20261122_070000_search_index.up,
    down: migration_20261122_070000_search_index.down,
    name: '20261122_070000_search_index'
  },
  {
    up: migration_20261128_120000_search_facets.up,
    down: migration_20261128_120000_search_facets.down,
    name: '20261128_120000_search_facets'
  },
  {
    up: migration_20261128_130000_publication_period_index.up,
    down: migration_20261128_130000_publication_period_index.down,
    name: '20261128_130000_publication_period_index'
  },
  {
    up: migration_20261201_200000_texts_indexes.up,
    down: migration_20261201_200000_texts_indexes.down,
    name: '20261201_200000_texts_indexes'
  },
  {
    up: migration_20261201_224139_report_issues.up,
    down: migration_20261201_224139_report_issues.down,
    name: '20261201_224139_report_issues'
  },
  {
    up: migration_20261202_010005_settings_emblem_type.up,
    down: migration_20261202_010005_settings_emblem_type.down,
    name: '20261202_010005_settings_emblem_type'
  },
  {
    up: migration_20261205_113216_agency_pages_reviews.up,
    down: migration_20261205_113216_agency_pages_reviews.down,
    name: '20261205_113216_agency_pages_reviews'
  },
  {
    up: migration_20261206_003559_attachment_title.up,
    down: migration_20261206_003559_attachment_title.down,
    name: '20261206_003559_attachment_title'
  },
  {
    up: migration_20261206_063941_complaints.up,
    down: migration_20261206_063941_complaints.down,
    name: '20261206_063941_complaints'
  },
  {
    up: migration_20261206_065646_survey_answers.up,
    down: migration_20261206_065646_survey_answers.down,
    name: '20261206_065646_survey_answers'
  },
  {
    up: migration_20261206_070524_questions_alerts.up,
    down: migration_20261206_070524_questions_alerts.down,
    name: '20261206_070524_questions_alerts'
  },
  {
    up: migration_20261206_071809_hearings.up,
    down: migration_20261206_071809_hearings.down,
    name: '20261206_071809_hearings'
  },
  {
    up: migration_20261206_141135_information_requests.up,
    down: migration_20261206_141135_information_requests.down,
    name: '20261206_141135_information_requests'
  },
  {
    up: migration_20261206_212139_e_forms.up,
    down: migration_20261206_212139_e_forms.down,
    name: '20261206_212139_e_forms'
  },
  {
    up: migration_20261206_221422_logs_sign_in_backups.up,
    down: migration_20261206_221422_logs_sign_in_backups.down,
    name: '20261206_221422_logs_sign_in_backups'
  },
  {
    up: migration_20261207_004321_audit_log.up,
    down: migration_20261207_004321_audit_log.down,
    name: '20261207_004321_audit_log'
  },
  {
    up: migration_20261207_010739_open_data.up,
    down: migration_20261207_010739_open_data.down,
    name: '20261207_010739_open_data'
  },
  {
    up: migration_20261207_040333_instance_traffic_log.up,
    down: migration_20261207_040333_instance_traffic_log.down,
    name: '20261207_040333_instance_traffic_log'
  },
  {
    up: migration_20261207_064947_agencies.up,
    down: migration_20261207_064947_agencies.down,
    name: '20261207_064947_agencies'
  },
];
