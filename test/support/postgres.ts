/**
 * A database of its own on the PostgreSQL server at 127.0.0.1:5432 (trust auth), created for one run and
 * dropped afterwards: CI shares the server as the last session left it.
 */
import pg from 'pg'

const ADMIN_URL = process.env.KHAOSAN_TEST_PG_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres'

export async function createTestDatabase() {
  const name = `khaosan_test_${process.pid}_${Date.now()}`
  const admin = new pg.Client({ connectionString: ADMIN_URL })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(ADMIN_URL)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: ADMIN_URL })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
    },
  }
}
