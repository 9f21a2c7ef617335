/** A statement run on a test system's database directly, as someone with access to the server could: outside the application. */
import type { DatabaseKind } from './server'

/** `statement` with `?` placeholders, as SQLite writes them; numbered for PostgreSQL. */
export async function executeSql(database: DatabaseKind, url: string, statement: string, args: (string | number)[] = []): Promise<void> {
  if (database === 'postgres') {
    const { default: pg } = await import('pg')
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    let n = 0
    try {
      await client.query(statement.replace(/\?/g, () => `$${++n}`), args)
    } finally {
      await client.end()
    }
  } else {
    const { createClient } = await import('@libsql/client')
    const client = createClient({ url, timeout: 5_000 })
    try {
      await client.execute({ sql: statement, args })
    } finally {
      client.close()
    }
  }
}
