/**
 * A database of its own on the PostgreSQL server at 127.0.0.1:5432 (trust auth), created for one run and
 * dropped afterwards: CI shares the server as the last session left it.
 */
import pg from 'pg'

const ADMIN_URL = process.env.KHAOSAN_TEST_PG_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres'

/** Runs `work` with a connection to the server's maintenance database. */
async function asAdmin<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: ADMIN_URL })
  await admin.connect()
  try {
    return await work(admin)
  } finally {
    await admin.end()
  }
}

/** A database of its own, empty or a copy of `template` (a seeded installation: test/support/server.ts). */
export async function createTestDatabase(name = `khaosan_test_${process.pid}_${Date.now()}`, template?: string) {
  const exists = await asAdmin(async (admin) => {
    const found = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount! > 0
    if (!found) await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`)
    return found
  })
  const url = new URL(ADMIN_URL)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    /** False when a database of that name was there already (a benchmark's kept one). */
    created: !exists,
    async drop() {
      await asAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))
    },
    /** Kept under another name (a template: nobody connected). */
    async renameTo(other: string) {
      await asAdmin((admin) => admin.query(`ALTER DATABASE ${name} RENAME TO ${other}`))
    },
  }
}

/** The seeded installations' template databases of earlier builds (test/support/server.ts). */
export async function dropTemplateDatabases(): Promise<void> {
  await asAdmin(async (admin) => {
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'khaosan\\_template\\_%'`)
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`)
  })
}
