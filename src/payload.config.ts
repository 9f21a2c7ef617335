import path from 'node:path'
import { buildConfig, type DatabaseAdapterObj, type Payload } from 'payload'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { startWritingViews } from './site/statistics'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { th } from '@payloadcms/translations/languages/th'
import { Users } from './collections/Users'
import { Agencies } from './collections/Agencies'
import { Units } from './collections/Units'
import { Categories } from './collections/Categories'
import { Attachments } from './collections/Attachments'
import { PublishRequests } from './collections/PublishRequests'
import { Notifications } from './collections/Notifications'
import { AttachmentTexts } from './collections/AttachmentTexts'
import { Events } from './collections/Events'
import { Effects } from './collections/Effects'
import { serializedSqliteClient } from './server/sqlite-client'
import { startEffects } from './server/effects'
import { listenToOtherInstances } from './server/broadcast'
import { IndicatorSets } from './collections/IndicatorSets'
import { MonitoringAcknowledgements } from './collections/MonitoringAcknowledgements'
import { MonitoringReportIssues } from './collections/MonitoringReportIssues'
import { SentReminders } from './collections/SentReminders'
import { LinkChecks } from './collections/LinkChecks'
import { IntegrityChecks } from './collections/IntegrityChecks'
import { RuleReviews } from './collections/RuleReviews'
import { AgencyPageApprovals } from './collections/AgencyPageApprovals'
import { ComplaintReads, Complaints } from './collections/Complaints'
import { CaseFiles } from './collections/CaseFiles'
import { EForms } from './collections/EForms'
import { FormSubmissions } from './collections/FormSubmissions'
import { SurveyAnswers } from './collections/SurveyAnswers'
import { Questions } from './collections/Questions'
import { Subscriptions } from './collections/Subscriptions'
import { CommentFlags, HearingComments, Hearings } from './collections/Hearings'
import { sendAlertDigests } from './server/alerts'
import { LINK_CHECK_QUEUE } from './collections/monitoring/link-check-endpoint'
import { Settings } from './globals/Settings'
import { expirePublications } from './jobs/expire-publications'
import { monitoringReminders } from './jobs/monitoring-reminders'
import { checkLinks } from './jobs/check-links'
import { checkIntegrity } from './jobs/check-integrity'
import { deleteExpiredSubmissions } from './jobs/delete-expired-submissions'
import { complaintReminders } from './jobs/complaint-reminders'
import { dailyBackup } from './jobs/daily-backup'
import { TrafficLogDays } from './collections/TrafficLogDays'
import { monitoringEndpoints } from './endpoints'
import { MONITORING_PAGE_TITLE } from './components/admin/MonitoringNavLink'
import { prepareAgency, publicSitesChanged } from './server/agencies'
import { forAgency, keepAgenciesApart } from './server/agency-context'
import { FIRST_AGENCY_ID } from './domain/agencies/agencies'
import { postgresPool } from './server/database'
import { hasRole } from './access/roles'
import { apiTabForAdmins, withBuddhistDates, withBuddhistTimestamps, withPeriodFilter } from './collections/admin-presentation'
import { backgroundJobs } from './collections/background-jobs'
import { THAI_INTERFACE_TEXT } from './components/admin/interface-text'
import { JobLeader } from './server/job-leader'
import { databaseUrl, jobsRunHere, projectRoot, secret, SWEEP_QUEUE, sweepCron, uploadTempDir, usesPostgres } from './server/environment'
import { MAX_REQUEST_BYTES, MAX_UPLOAD_BYTES } from './domain/files'
import { uploadBodyErrors } from './collections/attachments/upload-errors'
import { khaosanEmailAdapter } from './server/mailer'
import { migrations as sqliteMigrations } from './migrations/sqlite'
import { migrations as postgresMigrations } from './migrations/postgres'
import { seedDemoIfEmpty } from './server/seed'
import { letRowSecurityUseIndexes } from './server/row-security'
import { publicSiteCollections, publicSiteGlobals } from './site/schema'

const dirname = path.join(projectRoot(), 'src')

/**
 * SQLite: every Payload operation in a transaction (`transactionOptions`), on a connection that lets one writer
 * through at a time within the process (src/server/sqlite-client.ts), so transactions never meet as SQLITE_BUSY.
 */
function sqlite(): DatabaseAdapterObj {
  const adapter = sqliteAdapter({ client: { url: databaseUrl() }, transactionOptions: {}, migrationDir: path.resolve(dirname, 'migrations/sqlite'), push: false })
  return { ...adapter, init: (args) => Object.assign(adapter.init(args), { client: serializedSqliteClient({ url: databaseUrl() }) }) }
}

const db = usesPostgres()
  ? postgresAdapter({ pool: { connectionString: databaseUrl() }, migrationDir: path.resolve(dirname, 'migrations/postgres'), push: false })
  : sqlite()

/** Tables come from the shipped migrations, in every mode; then demo data if the database is empty. */
async function prepareDatabase(payload: Payload) {
  if (process.env.PAYLOAD_MIGRATING === 'true') return
  await payload.db.migrate({ migrations: (usesPostgres() ? postgresMigrations : sqliteMigrations) as Parameters<typeof payload.db.migrate>[0] extends { migrations?: infer M } ? M : never })
  if (usesPostgres()) await letRowSecurityUseIndexes(payload)
  // What is written now is the first agency's (it has been every install's only one).
  await forAgency(FIRST_AGENCY_ID, async () => {
    await seedDemoIfEmpty(payload)
    await prepareAgency(payload)
  })
}

/** This instance's claim to run the background jobs, asked before each run (made on first use). */
let jobLeader: JobLeader | null = null
const leadsJobs = () => (jobLeader ??= new JobLeader(databaseUrl())).leads()

export default buildConfig({
  secret: secret(),
  db,
  editor: undefined,
  collections: [Agencies, PublishRequests, Attachments, AttachmentTexts, Notifications, Categories, Units, Users, ...publicSiteCollections, IndicatorSets, MonitoringReportIssues, MonitoringAcknowledgements, LinkChecks, IntegrityChecks, RuleReviews, AgencyPageApprovals, SentReminders, Complaints, ComplaintReads, CaseFiles, EForms, FormSubmissions, Questions, Subscriptions, SurveyAnswers, Hearings, HearingComments, CommentFlags, TrafficLogDays, Events, Effects].map(apiTabForAdmins).map(withBuddhistDates).map(withBuddhistTimestamps).map(withPeriodFilter),
  endpoints: monitoringEndpoints,
  globals: [Settings, ...publicSiteGlobals].map(apiTabForAdmins).map(withBuddhistDates),
  email: khaosanEmailAdapter,
  i18n: { supportedLanguages: { th }, fallbackLanguage: 'th', translations: { th: THAI_INTERFACE_TEXT } },
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' — Khaosan ระบบเผยแพร่ข้อมูล' },
    dateFormat: 'd MMMM yyyy HH:mm',
    importMap: { baseDir: dirname },
    // The default avatar, not gravatar.com: no admin page asks another host, nor sends it a hash of anyone's e-mail.
    avatar: 'default',
    components: {
      providers: ['@/components/admin/ThaiToastRegion#ThaiToastRegion'],
      graphics: { Logo: '@/components/admin/AgencyMark#AgencyLogo', Icon: '@/components/admin/AgencyMark#AgencyIcon' },
      beforeDashboard: ['@/components/admin/WaitingForMe#WaitingForMe'],
      afterNavLinks: ['@/components/admin/MonitoringNavLink#MonitoringNavLink'],
      views: {
        monitoring: { Component: '@/components/admin/MonitoringView#MonitoringView', path: '/monitoring', meta: { title: MONITORING_PAGE_TITLE } },
        // Sign-in in one or two steps (the second factor): src/components/admin/SignInView.tsx.
        login: { Component: '@/components/admin/SignInView#SignInView' },
      },
    },
  },
  jobs: {
    tasks: [expirePublications, monitoringReminders, checkLinks, checkIntegrity, sendAlertDigests, deleteExpiredSubmissions, complaintReminders, dailyBackup],
    // KHAOSAN_JOBS=off: this server neither schedules nor runs the background jobs (one of several servers leaves them to another, or a quiet copy).
    autoRun: jobsRunHere() ? [{ cron: '* * * * *', queue: 'minutely' }, { cron: '* * * * *', queue: LINK_CHECK_QUEUE }, { cron: sweepCron(), queue: SWEEP_QUEUE }] : [],
    // Several instances on one PostgreSQL database: the one holding the jobs' lock runs them (src/server/job-leader.ts).
    shouldAutoRun: usesPostgres() ? leadsJobs : () => true,
    deleteJobOnComplete: true,
    access: { run: ({ req }) => hasRole('admin', 'webmaster')(req), queue: ({ req }) => hasRole('admin', 'webmaster')(req) },
    jobsCollectionOverrides: backgroundJobs,
  },
  // Uploads stream to files on disk (never whole in memory), and stop once past the largest limit the settings allow.
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 }, requestSizeLimit: MAX_REQUEST_BYTES, abortOnLimit: true, useTempFiles: true, tempFileDir: uploadTempDir(), createParentPath: true },
  hooks: { afterError: [uploadBodyErrors] },
  graphQL: { disablePlaygroundInProduction: true },
  telemetry: false,
  onInit: async (payload) => {
    const pool = postgresPool(payload)
    if (pool) keepAgenciesApart(pool)
    await prepareDatabase(payload)
    startWritingViews(payload)
    // Scripts that share the database with a running site (npm run reindex) leave its effects to it.
    if (process.env.PAYLOAD_MIGRATING !== 'true' && process.env.KHAOSAN_RUN_EFFECTS !== 'off') {
      startEffects(payload)
      listenToOtherInstances(payload, databaseUrl(), publicSitesChanged)
    }
  },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
})
