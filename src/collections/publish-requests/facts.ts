/**
 * Reading a stored publish request as the workflow's facts.
 */
import type { Payload } from 'payload'
import type { RequestFacts, State } from '@/domain/workflow'
import { idOf } from '@/access/roles'

export interface StoredRequest {
  id: number | string
  title: string
  state: State
  owner: number | string | { id: number | string }
  unitPath?: string | null
  category: number | string | { id: number | string; slug: string; sensitive?: boolean | null }
  urgent?: boolean | null
  emergency?: boolean | null
  verbalApprovalPending?: boolean | null
  attachments?: (number | string | { id: number | string })[] | null
  publishFrom?: string | null
  publishUntil?: string | null
  publicPath?: string | null
  history?: unknown[] | null
}

/** "/3/7/12/" ⇄ ["3", "7", "12"]: stored as text so a head's access rule can match it with `contains`. */
export const encodeUnitPath = (ids: string[]): string => `/${ids.join('/')}/`
export const decodeUnitPath = (text: string | null | undefined): string[] => (text ?? '').split('/').filter(Boolean)

/** The unit and every unit above it. */
export async function unitPathOf(payload: Payload, unitId: string | null): Promise<string[]> {
  const path: string[] = []
  let current = unitId
  while (current && !path.includes(current)) {
    path.push(current)
    const unit = await payload.findByID({ collection: 'units', id: current, depth: 0, overrideAccess: true, disableErrors: true })
    current = idOf(unit?.parent as number | null)
  }
  return path
}

export async function categoryOf(payload: Payload, request: StoredRequest) {
  return typeof request.category === 'object'
    ? request.category
    : await payload.findByID({ collection: 'categories', id: request.category, depth: 0, overrideAccess: true })
}

export async function factsOf(payload: Payload, request: StoredRequest): Promise<RequestFacts> {
  const category = await categoryOf(payload, request)
  return {
    state: request.state,
    ownerId: idOf(request.owner)!,
    unitPath: decodeUnitPath(request.unitPath),
    sensitive: !!category.sensitive,
    urgent: !!request.urgent,
    emergency: !!request.emergency,
    verbalApprovalPending: !!request.verbalApprovalPending,
  }
}
