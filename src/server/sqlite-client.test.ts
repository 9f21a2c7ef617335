import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createClient } from '@libsql/client'
import { afterAll, describe, expect, it } from 'vitest'
import { serializedSqliteClient } from './sqlite-client'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khaosan-sqlite-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const count = async (client: ReturnType<typeof serializedSqliteClient>) => Number((await client.execute('SELECT count(*) AS n FROM t')).rows[0].n)

describe('the SQLite connection with one writer at a time', () => {
  it('a write while a transaction is open waits for it instead of failing with SQLITE_BUSY', async () => {
    const client = serializedSqliteClient({ url: `file:${path.join(dir, 'a.db')}` })
    await client.execute('CREATE TABLE t (x)')
    const tx = await client.transaction('write')
    await tx.execute('INSERT INTO t VALUES (1)')
    const order: string[] = []
    const write = client.execute('INSERT INTO t VALUES (2)').then(() => order.push('write'))
    expect(await count(client)).toBe(0) // reads go on, and see what is committed
    await new Promise((resolve) => setTimeout(resolve, 100))
    order.push('commit')
    await tx.commit()
    await write
    expect(order).toEqual(['commit', 'write'])
    expect(await count(client)).toBe(2)
    client.close()
  })

  it('a rolled-back transaction writes nothing and lets the next one through', async () => {
    const client = serializedSqliteClient({ url: `file:${path.join(dir, 'b.db')}` })
    await client.execute('CREATE TABLE t (x)')
    const first = await client.transaction('write')
    await first.execute('INSERT INTO t VALUES (1)')
    const second = client.transaction('write')
    await first.rollback()
    const tx = await second
    await tx.execute('INSERT INTO t VALUES (2)')
    await tx.commit()
    expect((await client.execute('SELECT x FROM t')).rows.map((r) => Number(r.x))).toEqual([2])
    client.close()
  })

  it('runs every transaction on one connection of its own: many transactions leave two connections open, not one each', async () => {
    const file = path.join(dir, 'd.db')
    /** This process's open descriptors of the database file (each connection has one). */
    const connections = () => fs.readdirSync('/proc/self/fd').filter((fd) => {
      try {
        return fs.readlinkSync(`/proc/self/fd/${fd}`) === file
      } catch {
        return false // closed meanwhile (the listing's own descriptor)
      }
    }).length
    const client = serializedSqliteClient({ url: `file:${file}` })
    await client.execute('CREATE TABLE t (x)')
    for (let i = 0; i < 30; i++) {
      const tx = await client.transaction('write')
      await tx.execute({ sql: 'INSERT INTO t VALUES (?)', args: [i] })
      await tx.batch(['INSERT INTO t VALUES (100)', 'DELETE FROM t WHERE x = 100'])
      await (i % 3 ? tx.commit() : tx.rollback())
      expect(tx.closed).toBe(true)
      await expect(tx.execute('SELECT 1')).rejects.toThrow(/closed/)
    }
    expect(await count(client)).toBe(20)
    expect(connections()).toBe(2)
    client.close()
  })

  it('the plain libsql client, for comparison, fails such a write at once, and leaves a connection open for each transaction', async () => {
    const plain = createClient({ url: `file:${path.join(dir, 'c.db')}` })
    await plain.execute('CREATE TABLE t (x)')
    const tx = await plain.transaction('write')
    await tx.execute('INSERT INTO t VALUES (1)')
    await expect(plain.execute('INSERT INTO t VALUES (2)')).rejects.toThrow(/SQLITE_BUSY/)
    await tx.rollback()
    plain.close()
    const another = createClient({ url: `file:${path.join(dir, 'e.db')}` })
    await another.execute('CREATE TABLE t (x)')
    const before = fs.readdirSync('/proc/self/fd').length
    const kept = [] // held, as a caller may hold them, so that a collection does not close them meanwhile
    for (let i = 0; i < 10; i++) {
      const tx = await another.transaction('write')
      await tx.execute('INSERT INTO t VALUES (1)')
      await tx.commit()
      kept.push(tx)
    }
    expect(fs.readdirSync('/proc/self/fd').length - before).toBeGreaterThanOrEqual(9) // the first takes the connection the client had
    expect(kept.every((tx) => tx.closed)).toBe(true)
    another.close()
  })
})
