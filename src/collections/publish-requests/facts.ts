/**
 * Reading a stored publish request as the workflow's facts.
 */
import { CATEGORY } from '@/domain/categories'
import { missingMetadata } from '@/domain/open-data/dataset'
import type { Payload, PayloadRequest } from 'payload'
import { OPEN_STATES, approvalSettingFor, approversOf, type RequestFacts, type State } from '@/domain/workflow'
import type { Category, PublishRequest } from '@/payload-types'
import { idOf } from '@/access/roles'
import { approvalSettingOf } from '@/server/settings'

/** "/3/7/12/" ⇄ ["3", "7", "12"]: stored as text so a head's access rule can match it with `contains`. */
export const encodeUnitPath = (ids: string[]): string => `/${ids.join('/')}/`
export const decodeUnitPath = (text: string | null | undefined): string[] => (text ?? '').split('/').filter(Boolean)

/** The unit and every unit above it. */
export async function unitPathOf(payload: Payload, unitId: string | null, req?: PayloadRequest): Promise<string[]> {
  const path: string[] = []
  let current = unitId
  while (current && !path.includes(current)) {
    path.push(current)
    const unit = await payload.findByID({ collection: 'units', id: current, depth: 0, overrideAccess: true, disableErrors: true, req })
    current = idOf(unit?.parent)
  }
  return path
}

export async function categoryOf(payload: Payload, request: Pick<PublishRequest, 'category'>, req?: PayloadRequest): Promise<Category> {
  return typeof request.category === 'object' ? request.category : payload.findByID({ collection: 'categories', id: request.category, depth: 0, overrideAccess: true, req })
}

/** The item a request is a version of: its first version's id. */
export const itemIdOf = (request: Pick<PublishRequest, 'id' | 'itemId'>): number => request.itemId ?? request.id

export async function factsOf(payload: Payload, request: PublishRequest, req?: PayloadRequest): Promise<RequestFacts> {
  const unitPath = decodeUnitPath(request.unitPath)
  const { setting: agencySetting, websiteUnit } = await approvalSettingOf(payload, req)
  const setting = approvalSettingFor(agencySetting, request)
  const [category, openRevisions] = await Promise.all([
    categoryOf(payload, request, req),
    request.state === 'published'
      ? payload.count({ collection: 'publish-requests', where: { and: [{ itemId: { equals: itemIdOf(request) } }, { state: { in: [...OPEN_STATES] } }] }, overrideAccess: true, req })
      : { totalDocs: 0 },
  ])
  return {
    state: (request.state ?? 'draft') as State,
    ownerId: idOf(request.owner)!,
    unitPath,
    approvers: approversOf(setting, { request: unitPath, websiteUnit: setting === 'website-unit' ? await unitPathOf(payload, websiteUnit, req) : null }),
    needsEndorsement: !!category.sensitive || !!request.needsEndorsement,
    urgent: !!request.urgent,
    emergency: !!request.emergency,
    verbalApprovalPending: !!request.verbalApprovalPending,
    hasOpenRevision: openRevisions.totalDocs > 0,
    datasetProblem: category.code === CATEGORY.openData ? missingMetadata(request.dataset ?? {}) : null,
  }
}
