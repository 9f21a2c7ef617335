/**
 * The one table of who may do what to a publish request, from which state, to which state, and whose step it
 * is. Read it like GOV.UK Whitehall's edition_rules.rb: every transition is a row; nothing else decides —
 * submitting, editing, the webmaster's corrections, revisions and the expiry job included.
 */
import type { Action, Role, State } from './states'
import { OPEN_STATES } from './states'
import type { ActionInput } from './decide'
import type { Approvers } from './approvers'
import { APPROVING_ROLES } from './approvers'
import type { Guard, Scope } from './guards'
import { hasCatalogueMetadata, hasNoOpenRevision, hasPendingVerbalApproval, hasVerbalApprovalDetails, isNotOwnRequest, isUrgent, passesContentChecks } from './guards'
import type { ContentFinding } from './content-checks'

export interface RequestFacts {
  state: State
  ownerId: string
  /** The request's unit followed by its parent units, up to the agency: endorsements follow this path. */
  unitPath: string[]
  /** Who approves this request, as the agency's setting says (approvers.ts). */
  approvers: Approvers
  /** Needs the division head's endorsement: regulations, finance, procurement (001 §1), by category or flagged. */
  needsEndorsement: boolean
  urgent: boolean // ด่วน
  emergency: boolean // กรณีฉุกเฉิน / กระทบภาพลักษณ์: the executive screens first
  verbalApprovalPending: boolean
  /** A published item with a revision on its way (one at a time). */
  hasOpenRevision: boolean
  /** What the content checks found (content-checks.ts), when the command checked the content for this action. */
  contentFindings?: readonly ContentFinding[]
  /** For a dataset of the open-data category (C9): what the catalogue's metadata lacks (open-data/dataset.ts), or null. */
  datasetProblem?: string | null
}

/** The facts a transition sets on the request. */
export type SetFacts = Partial<Pick<RequestFacts, 'verbalApprovalPending' | 'needsEndorsement'>>

/**
 * - step: the next step of the request's way; whoever may take it is told the request waits for them, and
 *   it is in their list of work (a webmaster's publish, a head's approval, the owner's resubmission)
 * - owner: the owner's own doing on their request (submit a draft, edit, withdraw, open a revision)
 * - maintenance: kept up by webmasters or the system (corrections, taking down, expiry): nobody waits for it
 */
export type Kind = 'step' | 'owner' | 'maintenance'

export interface Transition {
  action: Action
  from: readonly State[]
  /** Where the request goes; the state it is in when the row leaves it there. */
  to: State | ((facts: RequestFacts, input: ActionInput) => State)
  by: readonly Role[]
  scope: Scope
  kind: Kind
  reason: 'required' | 'optional'
  guards: readonly Guard[]
  /** Set on the request when this transition is taken. */
  sets?: (input: ActionInput) => SetFacts
}

/** Where a new or resubmitted request starts. */
export const entryState = (facts: Pick<RequestFacts, 'emergency'>): State => (facts.emergency ? 'awaiting-screening' : 'awaiting-approval')

/** Whoever approves may also say the request needs the division head (a budget report filed under C1); nobody clears it. */
const endorsementAsked = (input: ActionInput): SetFacts => (input.needsEndorsement ? { needsEndorsement: true } : {})
const afterApproval = (facts: RequestFacts, input: ActionInput): State =>
  facts.needsEndorsement || input.needsEndorsement ? 'awaiting-endorsement' : 'ready-to-publish'
const stays = (facts: RequestFacts): State => facts.state

const STAFF: readonly Role[] = ['owner', 'head', 'division-head', 'webmaster', 'executive']
/** A verbal approval is recorded by whoever took the call: the owner, a webmaster, or a head (002 §3.2.1). */
const CALL_TAKERS: readonly Role[] = ['head', 'division-head', 'webmaster', 'executive']
const APPROVED: readonly State[] = ['awaiting-endorsement', 'ready-to-publish', 'published', 'sent-back']
/** The owner may change what they asked for until someone has approved it. */
const EDITABLE: readonly State[] = ['draft', 'awaiting-screening', 'awaiting-approval', 'sent-back']

const row = (t: Omit<Transition, 'reason' | 'guards'> & Partial<Pick<Transition, 'reason' | 'guards'>>): Transition => ({ reason: 'optional', guards: [], ...t })

export const TRANSITIONS: readonly Transition[] = [
  // The owner's own request
  row({ action: 'submit', from: ['draft'], to: entryState, by: STAFF, scope: 'owner', kind: 'owner', guards: [hasCatalogueMetadata] }),
  row({ action: 'edit', from: EDITABLE, to: stays, by: STAFF, scope: 'owner', kind: 'owner' }),
  row({ action: 'resubmit', from: ['sent-back'], to: entryState, by: STAFF, scope: 'owner', kind: 'step', guards: [hasCatalogueMetadata] }),
  row({ action: 'withdraw', from: OPEN_STATES, to: 'withdrawn', by: STAFF, scope: 'owner', kind: 'owner' }),
  // Screening of emergencies by the executive (003 §4.1–4.2)
  row({ action: 'screen', from: ['awaiting-screening'], to: 'awaiting-approval', by: ['executive'], scope: 'anyone', kind: 'step', guards: [isNotOwnRequest] }),
  row({ action: 'reject', from: ['awaiting-screening'], to: 'rejected', by: ['executive'], scope: 'anyone', kind: 'step', reason: 'required', guards: [isNotOwnRequest] }),
  // Approval (002 §3.2.1–3.2.3), by whoever the approval setting names
  row({ action: 'approve', from: ['awaiting-approval'], to: afterApproval, by: APPROVING_ROLES, scope: 'approvers', kind: 'step', guards: [isNotOwnRequest], sets: endorsementAsked }),
  row({ action: 'reject', from: ['awaiting-approval'], to: 'rejected', by: APPROVING_ROLES, scope: 'approvers', kind: 'step', reason: 'required', guards: [isNotOwnRequest] }),
  ...(['owner', 'anyone'] as const).map((scope) =>
    row({
      action: 'record-verbal-approval', from: ['awaiting-approval'], to: afterApproval, by: scope === 'owner' ? STAFF : CALL_TAKERS, scope, kind: 'maintenance', reason: 'required',
      guards: scope === 'owner' ? [isUrgent, hasVerbalApprovalDetails] : [isNotOwnRequest, isUrgent, hasVerbalApprovalDetails],
      sets: (input) => ({ verbalApprovalPending: true, ...endorsementAsked(input) }),
    }),
  ),
  row({ action: 'confirm-verbal-approval', from: APPROVED, to: stays, by: APPROVING_ROLES, scope: 'approvers', kind: 'step', guards: [isNotOwnRequest, hasPendingVerbalApproval], sets: () => ({ verbalApprovalPending: false }) }),
  // The division head's endorsement of regulations, finance and procurement (001 §1)
  row({ action: 'endorse', from: ['awaiting-endorsement'], to: 'ready-to-publish', by: ['division-head'], scope: 'request-units', kind: 'step', guards: [isNotOwnRequest] }),
  row({ action: 'reject', from: ['awaiting-endorsement'], to: 'rejected', by: ['division-head'], scope: 'request-units', kind: 'step', reason: 'required', guards: [isNotOwnRequest] }),
  // The webmaster places and publishes (000 §2.2)
  // Placed in a category that needs the division head (the input says so): it goes to them first.
  row({ action: 'correct-placement', from: ['ready-to-publish'], to: (facts, input) => (input.needsEndorsement && !facts.needsEndorsement ? 'awaiting-endorsement' : facts.state), by: ['webmaster'], scope: 'anyone', kind: 'maintenance', reason: 'required', guards: [isNotOwnRequest], sets: endorsementAsked }),
  row({ action: 'refer-for-endorsement', from: ['ready-to-publish'], to: 'awaiting-endorsement', by: ['webmaster'], scope: 'anyone', kind: 'maintenance', reason: 'required', guards: [isNotOwnRequest], sets: () => ({ needsEndorsement: true }) }),
  row({ action: 'publish', from: ['ready-to-publish'], to: 'published', by: ['webmaster'], scope: 'anyone', kind: 'step', guards: [isNotOwnRequest, passesContentChecks, hasCatalogueMetadata] }),
  row({ action: 'send-back', from: ['ready-to-publish'], to: 'sent-back', by: ['webmaster'], scope: 'anyone', kind: 'step', reason: 'required', guards: [isNotOwnRequest] }),
  // Keeping the published item current
  ...(['owner', 'anyone'] as const).map((scope) =>
    row({ action: 'revise', from: ['published'], to: stays, by: scope === 'owner' ? STAFF : ['webmaster'], scope, kind: 'owner', reason: 'required', guards: [hasNoOpenRevision] }),
  ),
  row({ action: 'unpublish', from: ['published'], to: 'unpublished', by: ['webmaster'], scope: 'anyone', kind: 'maintenance', reason: 'required' }),
  row({ action: 'expire', from: ['published'], to: 'expired', by: ['system'], scope: 'anyone', kind: 'maintenance' }),
  row({ action: 'supersede', from: ['published'], to: 'superseded', by: ['system'], scope: 'anyone', kind: 'maintenance' }),
]

/** The states in which the owner may edit their request (the `edit` rows). */
export const EDITABLE_STATES: readonly State[] = [...new Set(TRANSITIONS.filter((t) => t.action === 'edit').flatMap((t) => t.from))]

/** The actions before which the content is checked and the findings kept on the request: the head sees them when approving, the webmaster when publishing. */
export const CONTENT_CHECKED_ACTIONS: readonly Action[] = ['submit', 'resubmit', 'screen', 'approve', 'record-verbal-approval', 'endorse', 'publish']
