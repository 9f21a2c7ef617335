/**
 * Background jobs once per schedule however many instances share one PostgreSQL database: before each of its job
 * runs, an instance asks for a session-level advisory lock on a connection of its own; the one that holds it runs
 * the jobs, the others leave them. When that instance stops or loses its connection, PostgreSQL lets the lock go
 * and the next instance to ask takes it over — no setting to give each machine, no server beside the database.
 * On SQLite there is one instance, which runs them. (KHAOSAN_JOBS=off still keeps an instance out entirely.)
 */
import pg from 'pg'

/** The lock's key: any number no other program on the database uses; this one spells "khaosan jobs". */
export const JOBS_LOCK_KEY = 0x6b6a6f62

export class JobLeader {
  private client: pg.Client | null = null
  private holds = false

  constructor(private readonly connectionString: string) {}

  /** The question being asked: the job queues ask at once, on one connection, one at a time. */
  private asking: Promise<boolean> | null = null

  /** Whether this instance is the one that runs the jobs now (taking the lock if nobody holds it). */
  leads(): Promise<boolean> {
    if (this.holds) return Promise.resolve(true)
    this.asking ??= this.ask().finally(() => (this.asking = null))
    return this.asking
  }

  private async ask(): Promise<boolean> {
    try {
      if (!this.client) {
        const client = new pg.Client({ connectionString: this.connectionString })
        // A lost connection has lost the lock with it: ask again, on a new one, next time.
        client.on('error', () => this.forget(client))
        client.on('end', () => this.forget(client))
        await client.connect()
        this.client = client
      }
      const { rows } = await this.client.query<{ held: boolean }>('SELECT pg_try_advisory_lock($1) AS held', [JOBS_LOCK_KEY])
      this.holds = rows[0]?.held === true
    } catch {
      this.holds = false
    }
    return this.holds
  }

  /** Lets the lock go (the connection ends with it). */
  async close(): Promise<void> {
    const client = this.client
    this.forget(client)
    await client?.end().catch(() => {})
  }

  private forget(client: pg.Client | null) {
    if (client !== this.client) return
    this.client = null
    this.holds = false
  }
}
