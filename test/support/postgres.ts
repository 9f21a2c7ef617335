/**
 * A database of its own on the PostgreSQL server at 127.0.0.1:5432 (trust auth), created for one run and
 * dropped afterwards: CI shares the server as the last session left it.
 */
import pg from 'pg'

const ADMIN_URL = process.env.KHAOSAN_TEST_PG_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres'

export async function createTestDatabase(name = `khaosan_test_${process.pid}_${Date.now()}`) {
  const admin = new pg.Client({ connectionString: ADMIN_URL })
  await admin.connect()
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount! > 0
  if (!exists) await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(ADMIN_URL)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    /** False when a database of that name was there already (a benchmark's kept one). */
    created: !exists,
    async drop() {
      const client = new pg.Client({ connectionString: ADMIN_URL })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
    },
  }
}
