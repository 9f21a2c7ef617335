/**
 * A workflow action as a command (as GOV.UK Whitehall's EditionService#perform! and Outline's commands): the
 * domain decides; then the request's state and history, what follows from it (a revision superseding the version
 * it replaces, the search row, notices that are done) and an event with its effects are written in one database
 * transaction — or nothing is; once it has committed, the effects run (public pages, notices, e-mail). The
 * transition endpoint, the expiry job, the demo seed and the submission of a new request all come through here.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload, PayloadRequest } from 'payload'
import {
  ACTION_LABELS, CONTENT_CHECKED_ACTIONS, PLACEMENT_FIELDS, blockingMessage, decide, describeChanges, changedFields, publicContentOf, publicFrom,
  type ActionInput, type Actor, type Allowed, type Decision, type PlacementField,
} from '@/domain/workflow'
import { informationPeriod } from '@/domain/compliance'
import { itemPath } from '@/domain/site/addresses'
import type { PublishRequest } from '@/payload-types'
import { inTransaction, rows, sql, usesPostgresAdapter } from '@/server/database'
import { dataDir } from '@/server/environment'
import { PUBLIC_SITE, recordEvent, type EffectPlan } from '@/server/events'
import { runEffects } from '@/server/effects'
import { RUN_AT_COMMIT } from '@/server/effect-kinds'
import { badRequest } from '@/server/errors'
import { contentFindingsOf } from '@/server/content-checks'
import { indexPublishedItem, removeFromIndex } from '@/search'
import { categoryOf, factsOf, itemIdOf } from './facts'
import { publicationAlerts } from '@/server/alerts'
import { closeWaitingNotices, noticesFor, stepsChanged } from './notices'

export interface ActingPerson extends Actor {
  name: string
}

/** What a webmaster's placement correction (000 §2.2) may change. */
export type PlacementChanges = Partial<Pick<PublishRequest, PlacementField>>

export interface CommandInput extends ActionInput {
  changes?: PlacementChanges
}

export type TransitionResult = { ok: true; doc: PublishRequest } | Extract<Decision, { ok: false }>

type Applied = { ok: true; doc: PublishRequest; event: number } | Extract<Decision, { ok: false }>

/** The publish request, locked for this transaction on PostgreSQL (SQLite has one writer at a time anyway). */
export async function lockedRequest(payload: Payload, req: PayloadRequest, id: number | string): Promise<PublishRequest | null> {
  if (usesPostgresAdapter(payload) && /^\d+$/.test(String(id))) await rows(payload, sql`SELECT id FROM publish_requests WHERE id = ${Number(id)} FOR UPDATE`, req)
  return payload.findByID({ collection: 'publish-requests', id, depth: 0, overrideAccess: true, disableErrors: true, req })
}

/** The fields a publication writes: when it became public, when this version did, and the period compliance counts. */
async function publication(payload: Payload, req: PayloadRequest, doc: PublishRequest, now: Date, replaced: PublishRequest | null) {
  const becamePublic = publicFrom(now, doc.publishFrom ? new Date(doc.publishFrom) : null)
  const first = replaced?.publishedAt ? new Date(replaced.publishedAt) : becamePublic
  const category = await categoryOf(payload, doc, req)
  const period = informationPeriod({ coverageFrom: doc.coverageFrom ? new Date(doc.coverageFrom) : null, coverageTo: doc.coverageTo ? new Date(doc.coverageTo) : null, publishedAt: first })
  return {
    publishedAt: first.toISOString(),
    lastModifiedAt: becamePublic.toISOString(),
    periodStart: period.start.toISOString(),
    periodEnd: period.end.toISOString(),
    publicPath: itemPath(category.slug, itemIdOf(doc)),
  }
}

/** The version of the item on the public site that a revision being published replaces. */
async function versionReplacedBy(payload: Payload, req: PayloadRequest, revision: PublishRequest): Promise<PublishRequest | null> {
  if (!revision.revisionOf) return null
  const item = itemIdOf(revision)
  const { docs } = await payload.find({
    collection: 'publish-requests',
    where: { and: [{ or: [{ id: { equals: item } }, { itemId: { equals: item } }] }, { state: { equals: 'published' } }, { id: { not_equals: revision.id } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

export const contentHashOf = (item: PublishRequest): string => crypto.createHash('sha256').update(publicContentOf({ ...item })).digest('hex')

const SYSTEM: ActingPerson = { id: 'system', roles: ['system'], unitId: null, name: 'ระบบ' }

/** A history row of the request. */
const historyRow = (decision: Pick<Allowed, 'action' | 'role' | 'reason'>, person: ActingPerson, at: Date, changes?: string) => ({
  action: decision.action,
  by: person.name,
  byUser: Number(person.id) || undefined,
  role: decision.role,
  reason: decision.reason,
  changes: changes || undefined,
  at: at.toISOString(),
})

/** Decides and writes one action inside the transaction of `req`; the effects are recorded, not run. */
export async function applyAction(req: PayloadRequest, id: number | string, person: ActingPerson, action: string, input: CommandInput, at = new Date()): Promise<Applied | null> {
  const { payload } = req
  const request = await lockedRequest(payload, req, id)
  if (!request) return null
  const before = await factsOf(payload, request, req)
  // A placement in a category that needs the division head's endorsement sends the request to them.
  const movedTo = action === 'correct-placement' && input.changes?.category ? await categoryOf(payload, { category: input.changes.category }, req) : null
  // Before approval and again before publication, the content is checked; the request keeps what was found.
  const findings = (CONTENT_CHECKED_ACTIONS as readonly string[]).includes(action) ? await contentFindingsOf(payload, req, request) : null
  const decision = decide(action, person, findings ? { ...before, contentFindings: findings } : before, movedTo?.sensitive ? { ...input, needsEndorsement: true } : input)
  if (!decision.ok) return decision

  const now = at
  const data: Partial<PublishRequest> & Record<string, unknown> = { ...decision.sets }
  let changes: string | undefined
  if (decision.to !== decision.from) Object.assign(data, { state: decision.to, stateChangedAt: now.toISOString() })
  if (decision.action === 'submit' && !request.submittedAt) data.submittedAt = now.toISOString()
  if (decision.action === 'record-verbal-approval') {
    data.verbalApproval = { ...input.verbalApproval, givenAt: input.verbalApproval?.givenAt?.toISOString(), recordedBy: person.name }
  }
  if (decision.action === 'confirm-verbal-approval') data.verbalApproval = { ...request.verbalApproval, confirmedBy: person.name, confirmedAt: now.toISOString() }
  if (findings) Object.assign(data, { contentFindings: findings, contentCheckedAt: now.toISOString() })
  const overridden = findings && blockingMessage(findings) && input.overrideFindings?.trim()
  if (overridden) changes = `เผยแพร่ทั้งที่พบรายการที่ต้องแก้ไข ${findings.filter((f) => f.blocks).length} รายการ เหตุผล: ${overridden}`
  if (decision.action === 'correct-placement') {
    const placement: PlacementChanges = Object.fromEntries(PLACEMENT_FIELDS.filter((field) => input.changes && field in input.changes).map((field) => [field, input.changes![field]]))
    const changed = changedFields(request, { ...request, ...placement })
    if (changed.length === 0) throw badRequest('ไม่มีรายการที่เปลี่ยน: ระบุหมวดหมู่ คำสำคัญ หรือภาพประกอบที่ต้องการแก้ไข')
    Object.assign(data, placement)
    changes = describeChanges(changed)
  }
  const entersSite = decision.to === 'published' && decision.from !== 'published'
  const leavesSite = decision.from === 'published' && decision.to !== 'published'
  const replaced = entersSite ? await versionReplacedBy(payload, req, request) : null
  if (entersSite) Object.assign(data, await publication(payload, req, { ...request, ...data }, now, replaced))
  data.history = [...(request.history ?? []), historyRow(decision, person, now, changes)]

  const doc = await payload.update({ collection: 'publish-requests', id: request.id, data, overrideAccess: true, depth: 0, req, context: { workflowTransition: true } })
  const effects: EffectPlan[] = []
  if (replaced) {
    const superseded = await applyAction(req, replaced.id, { ...SYSTEM, name: `ระบบ (แทนด้วยฉบับแก้ไขหมายเลข ${doc.id} ที่ ${person.name} เผยแพร่)` }, 'supersede', { reason: doc.changeNote }, at)
    if (!superseded?.ok) throw new Error(`ฉบับเดิมหมายเลข ${replaced.id} แทนที่ไม่ได้: ${superseded ? superseded.message : 'ไม่พบ'}`)
    await payload.update({ collection: 'publish-requests', id: replaced.id, data: { publicPath: doc.publicPath }, overrideAccess: true, depth: 0, req, context: { workflowTransition: true } })
  }
  if (entersSite) {
    // The content as published, hashed from the row as stored: the integrity check compares the row with it.
    await rows(payload, sql`UPDATE publish_requests SET content_hash = ${contentHashOf(doc)}, tampered_at = NULL WHERE id = ${doc.id}`, req)
    await indexPublishedItem(payload, doc, req, { files: false })
  }
  if (entersSite && doc.attachments?.length) effects.push({ kind: 'search-files', description: `ทำให้ค้นหาข้อความในไฟล์แนบของ “${doc.title}” ได้`, input: { request: doc.id } })
  if (leavesSite) await removeFromIndex(payload, doc.id, req)
  if (entersSite || leavesSite) effects.push(PUBLIC_SITE)
  if (entersSite && !replaced) effects.push(...(await publicationAlerts(payload, req, doc, now)))

  const after = await factsOf(payload, doc, req)
  const { closed, opened } = stepsChanged(before, after)
  await closeWaitingNotices(payload, req, doc.id, closed)
  effects.push(...(await noticesFor(payload, req, doc, decision, after, opened)))
  const event = await recordEvent(req, { kind: 'workflow', summary: `${ACTION_LABELS[decision.action]}: ${doc.title}`, request: doc.id, by: person }, effects)
  return { ok: true, doc, event }
}

/**
 * For the test of a crash between commit and effects: with KHAOSAN_TEST_CRASH_AFTER_COMMIT=<action>:<title>, the
 * process is killed right after that action on a request of that title commits, once (a file in the data folder
 * remembers it happened).
 */
function crashAfterCommitForTests(action: string, title: string) {
  if (process.env.KHAOSAN_TEST_CRASH_AFTER_COMMIT !== `${action}:${title}`) return
  const marker = path.join(dataDir(), 'crashed-after-commit')
  if (fs.existsSync(marker)) return
  fs.writeFileSync(marker, action)
  process.kill(process.pid, 'SIGKILL')
}

/** Effects every actor waits for before hearing back (whoever published sees the page; notices are there); mail follows; the files' words in search come with the next sweep. */
export async function runCommitted(payload: Payload, event: number) {
  await runEffects(payload, { event, kinds: ['public-site', 'notice'] })
  void runEffects(payload, { event, kinds: RUN_AT_COMMIT }).catch((error) => payload.logger.error({ err: error }, 'ส่งอีเมลแจ้งเตือนไม่สำเร็จ (จะลองใหม่)'))
}

/**
 * `at`: when the action is taken — now, except for history brought in from elsewhere (the items of a site the agency
 * had before, the demo's year of publications), recorded as of the day it happened.
 */
export async function applyTransition(payload: Payload, id: number | string, person: ActingPerson, action: string, input: CommandInput, at?: Date): Promise<TransitionResult | null> {
  const applied = await inTransaction(payload, (req) => applyAction(req, id, person, action, input, at))
  if (!applied?.ok) return applied
  crashAfterCommitForTests(action, applied.doc.title)
  await runCommitted(payload, applied.event)
  return { ok: true, doc: applied.doc }
}

