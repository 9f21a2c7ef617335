/**
 * Several instances on one PostgreSQL database (behind a load balancer): a change of public content is told to every
 * instance through the database itself (LISTEN/NOTIFY), so each drops its pages within moments — no other server to
 * run. The instance whose effect ran the change notifies; every other one hears it and drops its own pages. On SQLite
 * there is one instance and nothing to tell.
 */
import { randomUUID } from 'node:crypto'
import pg from 'pg'
import type { Payload } from 'payload'
import { rows, sql, usesPostgresAdapter } from './database'

const CHANNEL = 'khaosan_public_site'
/** This process, so that it does not act on its own notice. */
const INSTANCE = randomUUID()
const RECONNECT_MS = 1_000

/** Tells the other instances that `agency`'s public content changed (no agency: every agency's). */
export async function tellOtherInstances(payload: Payload, agency?: number): Promise<void> {
  if (usesPostgresAdapter(payload)) await rows(payload, sql`SELECT pg_notify(${CHANNEL}, ${`${INSTANCE} ${agency ?? ''}`})`)
}

/** Hears the other instances' notices for as long as the process runs (reconnecting after a lost connection). */
export function listenToOtherInstances(payload: Payload, connectionString: string, changed: (agency?: number) => void): void {
  if (!usesPostgresAdapter(payload)) return
  const connect = async () => {
    const client = new pg.Client({ connectionString })
    const again = () => {
      client.removeAllListeners()
      void client.end().catch(() => {})
      // A change missed while disconnected: drop the pages once reconnected, to be sure.
      setTimeout(() => void connect().then(() => changed(), () => {}), RECONNECT_MS).unref()
    }
    client.on('error', again)
    client.on('notification', (notice) => {
      const [instance, agency] = (notice.payload ?? '').split(' ')
      if (notice.channel === CHANNEL && instance !== INSTANCE) changed(agency ? Number(agency) : undefined)
    })
    try {
      await client.connect()
      await client.query(`LISTEN ${CHANNEL}`)
    } catch (error) {
      payload.logger.warn({ err: error }, 'รับแจ้งการเปลี่ยนแปลงจากเครื่องอื่นไม่ได้ จะลองใหม่')
      again()
      throw error
    }
  }
  void connect().catch(() => {})
}
