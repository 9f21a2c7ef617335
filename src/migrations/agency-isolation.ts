/**
 * PostgreSQL keeping agencies apart (src/server/agency-context.ts), for the migration `agencies` and any later one
 * that adds a table: every table an agency owns gets `agency_id` (its rows so far are the first agency's; a new row
 * takes the connection's agency), an index on it, its unique indexes made unique within an agency, and row-level
 * security so that the role `khaosan_agency` reads and writes that agency's rows only. A user row without an agency
 * is a super-administrator's, known at every agency's sign-in.
 *
 * Tables shared by the install are left as they are: the agencies themselves, Payload's migrations, jobs, locks,
 * preferences and key-value store, and the traffic log's days (one log per instance, not per agency). Payload's
 * child tables (an array's rows, a relationship's, a list of values') are reached only through the row they belong to.
 */
import { sql, type MigrateUpArgs } from '@payloadcms/db-postgres'
import { FIRST_AGENCY_ID } from '@/domain/agencies/agencies'

type Db = MigrateUpArgs['db']

export const SHARED_TABLES: ReadonlySet<string> = new Set(['agencies', 'payload_migrations', 'payload_jobs', 'payload_jobs_stats', 'payload_locked_documents', 'payload_preferences', 'payload_kv', 'traffic_log_days'])
/** Unique across the install, not within an agency: one e-mail signs in one person. */
const UNIQUE_ACROSS_AGENCIES = new Set(['users_email_idx'])

const rowsOf = async <T>(db: Db, statement: ReturnType<typeof sql>): Promise<T[]> => (await db.execute(statement)).rows as T[]

/** The role, the function naming the connection's agency, and the rights the role has on every table now and later. */
export async function prepareAgencyRole(db: Db): Promise<void> {
  await db.execute(sql`
    DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'khaosan_agency') THEN CREATE ROLE khaosan_agency NOLOGIN; END IF;
    END $$;
    DO $$ BEGIN
      IF NOT pg_has_role(current_user, 'khaosan_agency', 'MEMBER') THEN EXECUTE format('GRANT khaosan_agency TO %I', current_user); END IF;
    END $$;
    CREATE OR REPLACE FUNCTION khaosan_agency() RETURNS integer LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('khaosan.agency', true), '')::integer $$;
    GRANT USAGE ON SCHEMA public TO khaosan_agency;
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO khaosan_agency;
    GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO khaosan_agency;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO khaosan_agency;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO khaosan_agency;`)
}

/** The tables an agency owns that are not yet kept apart. */
async function tablesToSeparate(db: Db): Promise<string[]> {
  // A child: an array's rows (`_parent_id`), or a relationship's, a list of values' (`parent_id` and no `updated_at`
  // of its own; a version has both).
  const has = (column: string) => sql`EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = 'public' AND c.table_name = t.table_name AND c.column_name = ${column})`
  const tables = await rowsOf<{ name: string }>(
    db,
    sql`SELECT t.table_name AS name FROM information_schema.tables t
        WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
          AND NOT ${has('_parent_id')} AND NOT (${has('parent_id')} AND NOT ${has('updated_at')}) AND NOT ${has('agency_id')}
        ORDER BY t.table_name`,
  )
  return tables.map((t) => t.name).filter((name) => !SHARED_TABLES.has(name))
}

/** Each unique index of `table` (not its key, not an expression's) with its columns in order. */
async function uniqueIndexes(db: Db, table: string): Promise<{ name: string; columns: string[] }[]> {
  const indexes = await rowsOf<{ name: string; columns: string[] | null }>(
    db,
    sql`SELECT i.relname AS name,
          (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(x.indkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum) AS columns
        FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
        WHERE t.relname = ${table} AND x.indisunique AND NOT x.indisprimary AND x.indexprs IS NULL AND x.indpred IS NULL`,
  )
  return indexes.flatMap((index) => (index.columns ? [{ name: index.name, columns: index.columns }] : []))
}

const id = (name: string) => sql.identifier(name)

/** Keeps every agency-owned table not yet kept apart; what it had belongs to the first agency. */
export async function separateAgencies(db: Db): Promise<void> {
  await prepareAgencyRole(db)
  for (const table of await tablesToSeparate(db)) {
    const users = table === 'users'
    await db.execute(sql`ALTER TABLE ${id(table)} ADD COLUMN agency_id integer REFERENCES agencies(id)`)
    await db.execute(sql`UPDATE ${id(table)} SET agency_id = ${FIRST_AGENCY_ID}`)
    await db.execute(sql`ALTER TABLE ${id(table)} ALTER COLUMN agency_id SET DEFAULT coalesce(khaosan_agency(), ${sql.raw(String(FIRST_AGENCY_ID))})`)
    if (!users) await db.execute(sql`ALTER TABLE ${id(table)} ALTER COLUMN agency_id SET NOT NULL`)
    await db.execute(sql`CREATE INDEX ${id(`${table}_agency_idx`)} ON ${id(table)} (agency_id)`)
    for (const index of await uniqueIndexes(db, table)) {
      if (UNIQUE_ACROSS_AGENCIES.has(index.name)) continue
      await db.execute(sql`DROP INDEX ${id(index.name)}`)
      await db.execute(sql`CREATE UNIQUE INDEX ${id(index.name)} ON ${id(table)} (${sql.join([id('agency_id'), ...index.columns.map(id)], sql`, `)})`)
    }
    const own = users ? sql`agency_id = khaosan_agency() OR agency_id IS NULL` : sql`agency_id = khaosan_agency()`
    await db.execute(sql`ALTER TABLE ${id(table)} ENABLE ROW LEVEL SECURITY`)
    await db.execute(sql`CREATE POLICY agency_rows ON ${id(table)} TO khaosan_agency USING (${own}) WITH CHECK (${own})`)
  }
}

/** Undoes `separateAgencies`: every table back to one agency's (the unique indexes as they were). */
export async function joinAgencies(db: Db): Promise<void> {
  const tables = await rowsOf<{ name: string }>(db, sql`SELECT table_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'agency_id'`)
  for (const { name: table } of tables) {
    await db.execute(sql`DROP POLICY IF EXISTS agency_rows ON ${id(table)}`)
    await db.execute(sql`ALTER TABLE ${id(table)} DISABLE ROW LEVEL SECURITY`)
    for (const index of await uniqueIndexes(db, table)) {
      if (index.columns[0] !== 'agency_id') continue
      await db.execute(sql`DROP INDEX ${id(index.name)}`)
      await db.execute(sql`CREATE UNIQUE INDEX ${id(index.name)} ON ${id(table)} (${sql.join(index.columns.slice(1).map(id), sql`, `)})`)
    }
    await db.execute(sql`ALTER TABLE ${id(table)} DROP COLUMN agency_id`)
  }
  await db.execute(sql`DROP FUNCTION IF EXISTS khaosan_agency()`)
}
