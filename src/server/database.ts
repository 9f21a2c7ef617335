/**
 * The database underneath Payload, for what Payload's operations do not say: one transaction around several
 * operations (a workflow action), and SQL of our own (the search table, claiming effects) on the connection of
 * that transaction. Both databases take the same statements here.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type BaseDatabaseAdapter, type Payload, type PayloadRequest } from 'payload'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { TransactionPg, TransactionSQLite } from '@payloadcms/drizzle'
import type { User } from '@/payload-types'
import type { Sql } from './conditions'

export type { Sql } from './conditions'
export { sql } from '@payloadcms/db-sqlite'

type Adapter = SQLiteAdapter | PostgresAdapter

const isPostgres = (adapter: BaseDatabaseAdapter): adapter is PostgresAdapter => adapter.name === 'postgres'
const isSqlite = (adapter: BaseDatabaseAdapter): adapter is SQLiteAdapter => adapter.name === 'sqlite'

function adapterOf(payload: Payload): Adapter {
  const adapter = payload.db
  if (isPostgres(adapter) || isSqlite(adapter)) return adapter
  throw new Error(`unsupported database adapter ${adapter.name}`)
}

export const usesPostgresAdapter = (payload: Payload): boolean => isPostgres(payload.db)

/** The PostgreSQL adapter's pool of connections; null on SQLite. */
export const postgresPool = (payload: Payload): PostgresAdapter['pool'] | null => (isPostgres(payload.db) ? payload.db.pool : null)

/** The rows of a statement, on the connection of `req`'s transaction when it has one. */
export async function rows<T>(payload: Payload, statement: Sql, req?: PayloadRequest): Promise<T[]> {
  const adapter = adapterOf(payload)
  const transactionID = req?.transactionID ? await req.transactionID : undefined
  const session = transactionID !== undefined ? adapter.sessions[String(transactionID)] : undefined
  // The session of a PostgreSQL adapter holds a PostgreSQL transaction, and of a SQLite adapter a SQLite one.
  if (isPostgres(adapter)) return (await ((session?.db as TransactionPg | undefined) ?? adapter.drizzle).execute(statement)).rows as T[]
  return ((session?.db as TransactionSQLite | undefined) ?? adapter.drizzle).all<T>(statement)
}

/**
 * Runs `work` in one transaction: what it writes through the `req` it is given (Payload's operations and
 * `rows`) commits together, or not at all when it throws.
 */
export async function inTransaction<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>, by?: User | PayloadRequest | null): Promise<T> {
  // `by`: the person acting, or the request that asked (its person and the client's address go into the events).
  const from = by && 'payload' in by ? by : null
  const user = from ? (from.user as User | null) : (by as User | null | undefined)
  const req = await createLocalReq({ user: user ? { ...user, collection: 'users' } : undefined, req: from ? { headers: from.headers } : {} }, payload)
  const ours = await initTransaction(req)
  try {
    const result = await work(req)
    if (ours) await commitTransaction(req)
    return result
  } catch (error) {
    if (ours) await killTransaction(req)
    throw error
  }
}
