/**
 * Which agency the work in progress is for (src/domain/agencies), and PostgreSQL keeping each agency's rows apart.
 *
 * A request to the site process is for the agency its host name belongs to; its work (Payload's operations, our own
 * SQL, effects it starts) runs inside `forAgency(id, …)`. Every connection PostgreSQL hands out is told that agency
 * before it is used, and takes the role `khaosan_agency`, under which row-level security shows and accepts only
 * that agency's rows of every table it owns (the migration `agencies` sets this up). The isolation is therefore the
 * database's, on every route alike — REST, GraphQL, the admin, search, files, feeds — not a filter each of them has
 * to remember. Outside any agency (start-up, migrations, the jobs' turn between agencies) the connection keeps its
 * own role and sees every row. SQLite holds one agency and is left as it is.
 *
 * The context lives on globalThis: Next's build of the admin and API handlers carries its own copy of this module.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import type { Pool, PoolClient } from 'pg'

/** The PostgreSQL role a connection takes for an agency's work (created by the migration `agencies`). */
export const AGENCY_ROLE = 'khaosan_agency'
/** The setting naming the connection's agency, read by the row-level security policies. */
export const AGENCY_SETTING = 'khaosan.agency'

declare global {
  var khaosanAgencyContext: AsyncLocalStorage<number> | undefined
  var khaosanAgencyHosts: ReadonlyMap<number, string> | undefined
}

const context = (globalThis.khaosanAgencyContext ??= new AsyncLocalStorage<number>())

/** The agency the work in progress is for; undefined for the system's own work. */
export const currentAgency = (): number | undefined => context.getStore()

/** Runs `work` (and everything it starts) for `agency`. */
export const forAgency = <T>(agency: number, work: () => T): T => context.run(agency, work)

/** Runs `work` as the system's own, for no agency in particular (it sees every agency's rows). */
export const asSystem = <T>(work: () => T): T => context.exit(work)

/** Each agency's first host name, as last read (src/server/agencies.ts): where its site is, in links and e-mails. */
export const rememberAgencyHosts = (hosts: ReadonlyMap<number, string>): void => void (globalThis.khaosanAgencyHosts = hosts)

/** The host name of the current agency's site; undefined where it has none of its own (the first agency, the system). */
export function currentAgencyHost(): string | undefined {
  const agency = currentAgency()
  return agency === undefined ? undefined : globalThis.khaosanAgencyHosts?.get(agency)
}

type Connected = (err: Error | undefined, client: PoolClient | undefined, done: (release?: unknown) => void) => void

/**
 * Every connection `pool` hands out (to a transaction, or to one statement through `pool.query`) is first told the
 * agency of the work asking for it — asked when it asks, not when a connection frees up for it.
 */
export function keepAgenciesApart(pool: Pool): void {
  const connectPlain = pool.connect.bind(pool) as () => Promise<PoolClient>
  async function connectForAgency(): Promise<PoolClient> {
    const agency = currentAgency()
    const client = await connectPlain()
    try {
      await client.query('SELECT set_config($1, $2, false), set_config($3, $4, false)', [AGENCY_SETTING, agency === undefined ? '' : String(agency), 'role', agency === undefined ? 'none' : AGENCY_ROLE])
    } catch (error) {
      client.release(error as Error)
      throw error
    }
    return client
  }
  function connect(): Promise<PoolClient>
  function connect(callback: Connected): void
  function connect(callback?: Connected): Promise<PoolClient> | void {
    const connected = connectForAgency()
    if (!callback) return connected
    connected.then(
      (client) => callback(undefined, client, (release) => client.release(release as Error | boolean | undefined)),
      (error: Error) => callback(error, undefined, () => {}),
    )
  }
  pool.connect = connect
}
