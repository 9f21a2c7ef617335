/**
 * The audit log's chain (src/domain/logs/audit.ts) kept by the database: events are written in their own
 * transactions with no place in the chain; once committed they are sealed here, in the order they are found, a
 * batch per transaction. Sealing is deterministic, and `sequence` is unique: two instances sealing the same events
 * write the same values, and two sealing different ones cannot both commit the same number — the loser tries again
 * on its next turn. And the chain checked, page by page.
 */
import type { Payload } from 'payload'
import type { Event } from '@/payload-types'
import { sealAfter, verifyAudit, type AuditCheck, type AuditContent, type SealedEntry } from '@/domain/logs/audit'
import { inTransaction } from './database'
import { currentAgency } from './agency-context'

const BATCH = 500

const contentOf = (event: Event): AuditContent => ({
  id: event.id,
  at: event.createdAt,
  kind: event.kind,
  summary: event.summary,
  actor: event.actor ?? null,
  actorId: event.actorId ?? null,
  address: event.address ?? null,
})

async function lastSealed(payload: Payload): Promise<{ sequence: number; hash: string } | null> {
  const { docs } = await payload.find({ collection: 'events', where: { sequence: { exists: true } }, sort: '-sequence', limit: 1, depth: 0, overrideAccess: true, select: { sequence: true, hash: true } })
  return docs[0]?.sequence && docs[0].hash ? { sequence: docs[0].sequence, hash: docs[0].hash } : null
}

/** Seals what has committed since the last time; returns how many it sealed. */
async function sealBatches(payload: Payload): Promise<number> {
  let sealed = 0
  for (;;) {
    const { docs } = await payload.find({ collection: 'events', where: { sequence: { exists: false } }, sort: 'id', limit: BATCH, depth: 0, overrideAccess: true })
    if (docs.length === 0) return sealed
    const batch = sealAfter(await lastSealed(payload), docs.map(contentOf))
    await inTransaction(payload, async (req) => {
      for (const entry of batch) {
        await payload.update({ collection: 'events', id: entry.id, data: { sequence: entry.sequence, previousHash: entry.previousHash, hash: entry.hash }, overrideAccess: true, depth: 0, req })
      }
    })
    sealed += batch.length
    if (docs.length < BATCH) return sealed
  }
}

/** Each agency's sealing under way (its own chain), and whether more was asked for meanwhile. */
const sealing = new Map<number | undefined, { running: Promise<number>; again: boolean }>()

/** Seals the current agency's events committed so far; called after each commit and every few seconds (src/server/effects.ts). */
export async function sealAuditLog(payload: Payload): Promise<number> {
  const agency = currentAgency()
  const under = sealing.get(agency)
  if (under) {
    under.again = true
    return under.running
  }
  const turn = { running: Promise.resolve(0), again: false }
  turn.running = (async () => {
    let total = 0
    do {
      turn.again = false
      try {
        total += await sealBatches(payload)
      } catch (error) {
        // Another instance sealed the same numbers first: what is left is sealed on the next turn.
        payload.logger.warn({ err: error }, 'ผนึกบันทึกการใช้งานไม่สำเร็จในรอบนี้ จะลองใหม่')
      }
    } while (turn.again)
    return total
  })()
  sealing.set(agency, turn)
  try {
    return await turn.running
  } finally {
    sealing.delete(agency)
  }
}

/** The whole chain checked from its first entry, a page at a time; and how many events are not sealed yet. */
export async function verifyAuditLog(payload: Payload): Promise<AuditCheck & { unsealed: number }> {
  let after: { sequence: number; hash: string } | null = null
  let check: AuditCheck = verifyAudit([])
  for (;;) {
    const { docs } = await payload.find({ collection: 'events', where: { sequence: { greater_than: after?.sequence ?? 0 } }, sort: 'sequence', limit: 2000, depth: 0, overrideAccess: true })
    if (docs.length === 0) break
    const entries: SealedEntry[] = docs.map((doc) => ({ ...contentOf(doc), sequence: doc.sequence ?? 0, previousHash: doc.previousHash ?? '', hash: doc.hash ?? '' }))
    check = verifyAudit(entries, after)
    if (!check.ok) break
    after = { sequence: check.entries, hash: check.lastHash }
  }
  if (check.ok && after) check = { ok: true, entries: after.sequence, lastHash: after.hash }
  const { totalDocs: unsealed } = await payload.count({ collection: 'events', where: { sequence: { exists: false } }, overrideAccess: true })
  return { ...check, unsealed }
}
