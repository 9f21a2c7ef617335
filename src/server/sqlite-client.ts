/**
 * The SQLite connection Payload is given: one writer at a time within the process.
 *
 * libsql runs SQLite synchronously on the JavaScript thread and opens a new connection for each transaction, so
 * a write arriving while a transaction is open elsewhere in the process fails at once with SQLITE_BUSY — or,
 * with a busy timeout, blocks the only thread the open transaction needs to finish (measured: 5 s, then
 * SQLITE_BUSY). Here writes and transactions wait their turn instead, asynchronously: while a transaction is
 * open, other writes queue behind it; reads go on (WAL lets them see the last committed state). The busy
 * timeout still serves against other processes (a backup, a script) writing to the same file.
 *
 * libsql's own transactions each open a new connection and never close it (its transaction object has no way to):
 * every one keeps its copy of the schema and its page cache until V8 happens to collect the small object in front of
 * it, which nothing urges it to do (measured: 200-300 connections open and about 100 MB more held by the site process
 * after 15 publish clicks). As transactions take turns here anyway, they all run on one connection of their own, kept
 * open; everything else runs on the other.
 */
import { LibsqlError, createClient, type Client, type Config, type InArgs, type InStatement, type ResultSet, type Transaction, type TransactionMode } from '@libsql/client'

/** Longer than any transaction of this system takes; a write waiting this long means a write was left outside its transaction (a bug), and it fails instead of hanging. */
const WAIT_LIMIT_MS = 30_000
const BUSY_TIMEOUT_MS = 5_000

const READ = /^\s*(select|with|pragma|explain)\b/i
/** How each kind of transaction begins (as libsql begins them). */
const BEGIN: Record<TransactionMode, string> = { write: 'BEGIN IMMEDIATE', read: 'BEGIN TRANSACTION READONLY', deferred: 'BEGIN DEFERRED' }
const sqlOf = (stmt: InStatement | string): string => (typeof stmt === 'string' ? stmt : stmt.sql)

/** A first-come, first-served lock. */
class Turns {
  private last: Promise<void> = Promise.resolve()

  /** Resolves with the function that ends the turn, once every earlier turn has ended. */
  take(): Promise<() => void> {
    let end!: () => void
    const ended = new Promise<void>((resolve) => (end = resolve))
    const turn = this.last.then(() => once(end))
    this.last = this.last.then(() => ended)
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        void turn.then((release) => release()) // the turn, when it comes, is given back at once
        reject(new Error(`รอคิวเขียนฐานข้อมูลนานเกิน ${WAIT_LIMIT_MS / 1000} วินาที`))
      }, WAIT_LIMIT_MS)
    })
    return Promise.race([turn, timeout]).finally(() => clearTimeout(timer))
  }
}

const once = (fn: () => void) => {
  let done = false
  return () => {
    if (done) return
    done = true
    fn()
  }
}

export function serializedSqliteClient(config: Config): Client {
  const inner = createClient({ timeout: BUSY_TIMEOUT_MS, ...config })
  // Readers and one writer at once, across connections and processes (kept in the file).
  void inner.execute('PRAGMA journal_mode = WAL')
  /** The transactions' connection: only its `execute` is used, so libsql keeps this one connection open. */
  const transactions = createClient({ timeout: BUSY_TIMEOUT_MS, ...config })
  const turns = new Turns()

  async function inTurn<T>(work: () => Promise<T>): Promise<T> {
    const end = await turns.take()
    try {
      return await work()
    } finally {
      end()
    }
  }

  function execute(stmt: InStatement): Promise<ResultSet>
  function execute(sql: string, args?: InArgs): Promise<ResultSet>
  function execute(stmt: InStatement | string, args?: InArgs): Promise<ResultSet> {
    const run = () => (typeof stmt === 'string' ? inner.execute(stmt, args) : inner.execute(stmt))
    return READ.test(sqlOf(stmt)) ? run() : inTurn(run)
  }

  async function transaction(mode: TransactionMode = 'write'): Promise<Transaction> {
    const end = await turns.take()
    try {
      await transactions.execute(BEGIN[mode])
    } catch (error) {
      end()
      throw error
    }
    let open = true
    const inside = <T>(work: () => Promise<T>): Promise<T> => (open ? work() : Promise.reject(new LibsqlError('The transaction is closed', 'TRANSACTION_CLOSED')))
    const finish = async (sql: string) => {
      if (!open) return
      try {
        await transactions.execute(sql)
      } finally {
        open = false
        end()
      }
    }
    return {
      execute: (stmt: InStatement) => inside(() => transactions.execute(stmt)),
      batch: (stmts: InStatement[]) =>
        inside(async () => {
          const results: ResultSet[] = []
          for (const stmt of stmts) results.push(await transactions.execute(stmt))
          return results
        }),
      // libsql's executeMultiple on a connection rolls back whatever transaction is open on it.
      executeMultiple: () => Promise.reject(new LibsqlError('executeMultiple is not available inside a transaction', 'TRANSACTION_UNSUPPORTED')),
      commit: () => finish('COMMIT'),
      rollback: () => finish('ROLLBACK'),
      close: () => void finish('ROLLBACK').catch((error: unknown) => console.error('SQLite rollback', error)),
      get closed() {
        return !open
      },
    }
  }

  return {
    execute,
    batch: (stmts, mode) => inTurn(() => inner.batch(stmts, mode)),
    migrate: (stmts) => inTurn(() => inner.migrate(stmts)),
    transaction,
    executeMultiple: (sql) => inTurn(() => inner.executeMultiple(sql)),
    sync: () => inner.sync(),
    close: () => {
      inner.close()
      transactions.close()
    },
    reconnect: () => inner.reconnect(),
    get closed() {
      return inner.closed
    },
    get protocol() {
      return inner.protocol
    },
  }
}
