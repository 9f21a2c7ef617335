/**
 * The one table of who may do what to a publish request, from which state, to which state.
 * Read it like GOV.UK Whitehall's edition_rules.rb: every transition is a row; nothing else decides.
 */
import type { Action, Role, State } from './states'
import type { Guard } from './guards'
import { isNotOwnRequest, isOwnRequest, isUrgent, isWithinActorsUnitTree, hasPendingVerbalApproval, hasVerbalApprovalDetails } from './guards'

export interface RequestFacts {
  state: State
  ownerId: string
  /** The owner's unit followed by its parent units, up to the agency: approvals follow this path. */
  unitPath: string[]
  sensitive: boolean // category needs the division head (001 §1)
  urgent: boolean // ด่วน
  emergency: boolean // กรณีฉุกเฉิน / กระทบภาพลักษณ์: the executive screens first
  verbalApprovalPending: boolean
}

/** Where a new or resubmitted request starts. */
export const entryState = (facts: Pick<RequestFacts, 'emergency'>): State =>
  facts.emergency ? 'awaiting-screening' : 'awaiting-approval'

/** After the unit head's approval: the division head first for sensitive categories. */
const afterApproval = (facts: RequestFacts): State => (facts.sensitive ? 'awaiting-endorsement' : 'ready-to-publish')

export interface Transition {
  action: Action
  from: readonly State[]
  to: State | ((facts: RequestFacts) => State)
  by: readonly Role[]
  reason: 'required' | 'optional'
  guards: readonly Guard[]
  /** Set on the request when this transition is taken. */
  sets?: Partial<Pick<RequestFacts, 'verbalApprovalPending'>>
}

const STAFF: readonly Role[] = ['owner', 'head', 'division-head', 'webmaster', 'executive']
const APPROVERS: readonly Role[] = ['head', 'division-head']
const OPEN: readonly State[] = ['awaiting-screening', 'awaiting-approval', 'awaiting-endorsement', 'ready-to-publish', 'sent-back']
const APPROVED: readonly State[] = ['awaiting-endorsement', 'ready-to-publish', 'published', 'sent-back']

export const TRANSITIONS: readonly Transition[] = [
  // action                    from                         to                        by                 reason      guards
  { action: 'screen', from: ['awaiting-screening'], to: 'awaiting-approval', by: ['executive'], reason: 'optional', guards: [isNotOwnRequest] },
  { action: 'reject', from: ['awaiting-screening'], to: 'rejected', by: ['executive'], reason: 'required', guards: [isNotOwnRequest] },
  { action: 'approve', from: ['awaiting-approval'], to: afterApproval, by: APPROVERS, reason: 'optional', guards: [isNotOwnRequest, isWithinActorsUnitTree] },
  { action: 'reject', from: ['awaiting-approval'], to: 'rejected', by: APPROVERS, reason: 'required', guards: [isNotOwnRequest, isWithinActorsUnitTree] },
  {
    action: 'record-verbal-approval', from: ['awaiting-approval'], to: afterApproval, by: APPROVERS, reason: 'required',
    guards: [isNotOwnRequest, isWithinActorsUnitTree, isUrgent, hasVerbalApprovalDetails], sets: { verbalApprovalPending: true },
  },
  {
    action: 'confirm-verbal-approval', from: APPROVED, to: (facts) => facts.state, by: APPROVERS, reason: 'optional',
    guards: [isNotOwnRequest, isWithinActorsUnitTree, hasPendingVerbalApproval], sets: { verbalApprovalPending: false },
  },
  { action: 'endorse', from: ['awaiting-endorsement'], to: 'ready-to-publish', by: ['division-head'], reason: 'optional', guards: [isNotOwnRequest, isWithinActorsUnitTree] },
  { action: 'reject', from: ['awaiting-endorsement'], to: 'rejected', by: ['division-head'], reason: 'required', guards: [isNotOwnRequest, isWithinActorsUnitTree] },
  { action: 'publish', from: ['ready-to-publish'], to: 'published', by: ['webmaster'], reason: 'optional', guards: [isNotOwnRequest] },
  { action: 'send-back', from: ['ready-to-publish'], to: 'sent-back', by: ['webmaster'], reason: 'required', guards: [isNotOwnRequest] },
  { action: 'resubmit', from: ['sent-back'], to: entryState, by: STAFF, reason: 'optional', guards: [isOwnRequest] },
  { action: 'withdraw', from: OPEN, to: 'withdrawn', by: STAFF, reason: 'optional', guards: [isOwnRequest] },
  { action: 'unpublish', from: ['published'], to: 'unpublished', by: ['webmaster'], reason: 'required', guards: [] },
  { action: 'expire', from: ['published'], to: 'expired', by: ['system'], reason: 'optional', guards: [] },
]
