/**
 * "Waiting for me" (รอท่านดำเนินการ): the requests whose next step is this person's, as the domain says
 * (waitingSlices narrows the search, isWaitingFor decides each request found). Maintenance such as taking an
 * item down is never waiting.
 */
import type { Payload, Where } from 'payload'
import { approvalReach, approvesForAgencyHead, isWaitingFor, waitingSlices, type WaitingSlice } from '@/domain/workflow'
import type { PublishRequest, User } from '@/payload-types'
import { actorOf, idOf } from '@/access/roles'
import { factsOf, unitPathOf } from '@/collections/publish-requests/facts'
import { approvalSettingOf } from './settings'

const LIMIT = 200

export async function waitingFor(payload: Payload, user: User): Promise<PublishRequest[]> {
  const actor = actorOf(user)
  const { setting, websiteUnit } = await approvalSettingOf(payload)
  const reach = approvalReach(setting, setting === 'website-unit' ? await unitPathOf(payload, websiteUnit) : null, actor)
  const unit = idOf(user.unit)
  const scoped = (slice: WaitingSlice): Where | null => {
    const inUnits: Where | null = unit ? { unitPath: { contains: `/${unit}/` } } : null
    switch (slice.scope) {
      case 'owner':
        return { owner: { equals: user.id } }
      case 'request-units':
        return inUnits
      case 'approvers': {
        if (reach === 'all') return {}
        const bySetting = reach === 'request-units' ? inUnits : null
        // The agency head also approves what carries their name (approvalSettingFor), whatever the setting.
        const forAgencyHead: Where | null = approvesForAgencyHead(actor) ? { agencyHeadApproves: { equals: true } } : null
        return bySetting && forAgencyHead ? { or: [bySetting, forAgencyHead] } : (bySetting ?? forAgencyHead)
      }
      case 'anyone':
        return {}
    }
  }
  const slices = waitingSlices(actor).flatMap((slice) => {
    const scope = scoped(slice)
    if (scope === null) return []
    const needs = Object.entries(slice.needs).map(([fact, value]): Where => ({ [fact]: { equals: value } }))
    return [{ and: [{ state: { in: [...slice.states] } }, scope, ...needs, ...(slice.notOwn ? [{ owner: { not_equals: user.id } }] : [])] }]
  })
  if (slices.length === 0) return []
  const { docs } = await payload.find({ collection: 'publish-requests', where: { or: slices }, sort: 'stateChangedAt', limit: LIMIT, depth: 0, overrideAccess: true })
  const waiting: PublishRequest[] = []
  for (const doc of docs) if (isWaitingFor(actor, await factsOf(payload, doc))) waiting.push(doc)
  return waiting
}
