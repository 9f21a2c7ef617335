/**
 * Opening a revision (ฉบับแก้ไข) of a published item: a new request carrying the published version's fields
 * with the changes asked for and the change note, submitted at once, in one transaction with the `revise`
 * row of the published version's history. The published version stays public until the revision is published
 * (transition.ts supersedes it then).
 */
import type { Payload } from 'payload'
import { changedFields, decide, describeChanges, revisionRefusal, type Decision } from '@/domain/workflow'
import type { PublishRequest, User } from '@/payload-types'
import { idOf } from '@/access/roles'
import { inTransaction } from '@/server/database'
import { categoryOf, factsOf, itemIdOf } from './facts'
import { checkAttachmentsOf, personOf } from './hooks'
import { applyAction, lockedRequest, runCommitted } from './transition'

type Opened = { ok: true; doc: PublishRequest } | Extract<Decision, { ok: false }>

/** The version's own fields a revision starts from: what it says, not where it stands in the workflow. */
function carriedOver(original: PublishRequest) {
  return {
    title: original.title,
    summary: original.summary,
    category: original.category,
    sourceOwner: original.sourceOwner,
    coverageFrom: original.coverageFrom,
    coverageTo: original.coverageTo,
    publishUntil: original.publishUntil,
    urgent: original.urgent,
    emergency: original.emergency,
    needsEndorsement: original.needsEndorsement,
    dataset: original.dataset,
    attachments: original.attachments,
    tags: original.tags,
    eventStart: original.eventStart,
    eventEnd: original.eventEnd,
    location: original.location,
    linkUrl: original.linkUrl,
    image: original.image,
    imageAlt: original.imageAlt,
    publishFrom: original.publishFrom,
    channel: original.channel,
    onBehalf: original.onBehalf,
    requester: original.requester,
    unit: idOf(original.unit) ? Number(idOf(original.unit)) : null,
    unitPath: original.unitPath,
    steps: (original.steps ?? []).map(({ id: _id, ...step }) => step),
  }
}

export async function openRevision(payload: Payload, id: string, user: User, changeNote: unknown, changes: Record<string, unknown>): Promise<Opened | null> {
  const person = personOf(user)
  const outcome = await inTransaction(payload, async (req) => {
    const original = await lockedRequest(payload, req, id)
    if (!original) return null
    const decision = decide('revise', person, await factsOf(payload, original, req), { reason: typeof changeNote === 'string' ? changeNote : null })
    if (!decision.ok) return { outcome: decision, events: [] }
    const refusal = revisionRefusal(changeNote, changes)
    if (refusal) return { outcome: { ok: false as const, status: 400 as const, message: refusal }, events: [] }
    const note = String(changeNote).trim()
    // The changes come from the request body: Payload checks each field against the collection when it is created.
    const draft: ReturnType<typeof carriedOver> = { ...carriedOver(original), ...changes }
    await checkAttachmentsOf(payload, req, draft, user, original.attachments)
    const category = await categoryOf(payload, draft, req)
    const changed = describeChanges(changedFields(original, draft))
    // The published version's history first: once the revision exists, the item has an open revision.
    const revised = await applyAction(req, original.id, person, 'revise', { reason: note })
    const revision = await payload.create({
      collection: 'publish-requests',
      data: {
        ...draft,
        owner: user.id,
        state: 'draft',
        stateChangedAt: new Date().toISOString(),
        verbalApprovalPending: false,
        needsEndorsement: !!category.sensitive || !!draft.needsEndorsement,
        itemId: itemIdOf(original),
        revisionOf: original.id,
        changeNote: note,
        changes: changed,
        history: [],
      },
      overrideAccess: true,
      depth: 0,
      req,
      context: { workflowTransition: true },
    })
    const submitted = await applyAction(req, revision.id, person, 'submit', { reason: note })
    if (!revised?.ok || !submitted?.ok) throw new Error('เปิดฉบับแก้ไขไม่สำเร็จ')
    return { outcome: { ok: true as const, doc: submitted.doc }, events: [revised.event, submitted.event] }
  })
  if (!outcome) return null
  for (const event of outcome.events) await runCommitted(payload, event)
  return outcome.outcome
}
