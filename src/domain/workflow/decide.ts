/**
 * Decides whether an actor may take an action on a publish request, and what follows.
 * Order of refusals: unknown action (400), the role may never do it (403), the state does not allow it (409),
 * the request is not theirs to act on or a guard refuses (its own status), a required reason is missing (400).
 */
import { ACTIONS, ACTION_LABELS, ROLE_LABELS, STATE_LABELS, type Action, type Role, type State } from './states'
import { TRANSITIONS, type Kind, type RequestFacts, type SetFacts, type Transition } from './rules'
import { isNotOwnRequest, scopeRefusal } from './guards'

export interface Actor {
  id: string
  roles: readonly Role[]
  /** The unit the person heads or works in. */
  unitId?: string | null
}

export interface VerbalApproval {
  givenBy: string // ผู้ให้ความเห็นชอบ
  givenAt: Date
  means: string // ช่องทาง: โทรศัพท์, LINE, ต่อหน้า …
}

export interface ActionInput {
  reason?: string | null
  verbalApproval?: Partial<VerbalApproval> | null
  /** The approver (or whoever records a verbal approval) says the division head must endorse it too. */
  needsEndorsement?: boolean | null
  /** A webmaster publishes despite blocking findings of the content checks, for this reason. */
  overrideFindings?: string | null
}

export interface Refusal {
  status: 400 | 403 | 409
  message: string
}

export interface Allowed {
  ok: true
  action: Action
  from: State
  to: State
  kind: Kind
  /** The role under which the actor took the action (for the history). */
  role: Role
  reason: string | null
  sets: SetFacts
}

export type Decision = Allowed | ({ ok: false } & Refusal)

const refuse = (status: Refusal['status'], message: string): Decision => ({ ok: false, status, message })

/** The roles a row is for on this request: the approval rows only for the roles the approval setting names. */
const rolesOf = (t: Transition, facts: RequestFacts): readonly Role[] => (t.scope === 'approvers' ? t.by.filter((r) => facts.approvers.roles.includes(r)) : t.by)
const isFor = (t: Transition, actor: Actor, facts: RequestFacts) => rolesOf(t, facts).some((role) => actor.roles.includes(role))

export const isAction = (value: unknown): value is Action => (ACTIONS as readonly unknown[]).includes(value)

/** The row's answer for this actor: allowed, or the first refusal among its scope and guards. */
function decideRow(transition: Transition, actor: Actor, facts: RequestFacts, input: ActionInput): Decision & { outOfScope?: boolean } {
  const outOfScope = scopeRefusal(transition.scope, actor, facts)
  if (outOfScope) return { ok: false, ...outOfScope, outOfScope: true }
  const refusal = transition.guards.map((guard) => guard.check(actor, facts, input)).find(Boolean)
  if (refusal) return { ok: false, ...refusal }
  const reason = input.reason?.trim() || null
  if (transition.reason === 'required' && !reason) return refuse(400, `กรุณาระบุเหตุผลในการ${ACTION_LABELS[transition.action]}`)
  return {
    ok: true,
    action: transition.action,
    from: facts.state,
    to: typeof transition.to === 'function' ? transition.to(facts, input) : transition.to,
    kind: transition.kind,
    role: rolesOf(transition, facts).find((role) => actor.roles.includes(role))!,
    reason,
    sets: transition.sets?.(input) ?? {},
  }
}

export function decide(action: unknown, actor: Actor, facts: RequestFacts, input: ActionInput = {}): Decision {
  if (!isAction(action)) return refuse(400, `ไม่รู้จักการดำเนินการ "${String(action)}"`)
  const label = ACTION_LABELS[action]
  const forRole = TRANSITIONS.filter((t) => t.action === action && isFor(t, actor, facts))
  if (forRole.length === 0) {
    const roles = actor.roles.map((r) => ROLE_LABELS[r]).join(', ') || 'ไม่มีบทบาท'
    return refuse(403, `บทบาทของท่าน (${roles}) ไม่มีสิทธิ์${label}`)
  }
  const fromHere = forRole.filter((t) => t.from.includes(facts.state))
  if (fromHere.length === 0) return refuse(409, `คำขออยู่ในสถานะ "${STATE_LABELS[facts.state]}" จึง${label}ไม่ได้`)
  // Of several rows (the owner's own way and everyone else's), the one that allows it; else the refusal of a row
  // whose request this is, which says more than "not yours".
  const decisions = fromHere.map((t) => decideRow(t, actor, facts, input))
  const { outOfScope: _, ...decision } = decisions.find((d) => d.ok) ?? decisions.find((d) => !d.outOfScope) ?? decisions[0]
  return decision
}

/** Input that satisfies every guard about the input: what the actor could do once the form is filled in. */
const FILLED_IN: ActionInput = { reason: 'x', verbalApproval: { givenBy: 'x', givenAt: new Date(0), means: 'x' } }

/** The actions this actor could take now (ignoring the reason, which the form asks for). */
export function availableActions(actor: Actor, facts: RequestFacts): Action[] {
  return ACTIONS.filter((action) => decide(action, actor, facts, FILLED_IN).ok)
}

/** Whether the next step of the request is this actor's to take (their list of work, "รอท่านดำเนินการ"). */
export const isWaitingFor = (actor: Actor, facts: RequestFacts): boolean => awaitedSteps(facts).some((key) => canTakeStep(actor, facts, key))

/** Whether the rules ask for a reason with this action (the form shows a reason box). */
export const needsReason = (action: Action): boolean => TRANSITIONS.some((t) => t.action === action && t.reason === 'required')

/**
 * What a request waits for now, as keys: the state it waits in, for the steps that move it on, and the step
 * itself for a step that leaves it where it is (the confirmation of a verbal approval). A notice asking
 * someone to act carries its key, and is done once the request no longer waits for it.
 */
export function awaitedSteps(facts: RequestFacts): string[] {
  const keys = TRANSITIONS.filter((t) => t.kind === 'step' && t.from.includes(facts.state) && stepPossible(t, facts)).map((t) => (leavesInPlace(t, facts) ? t.action : facts.state))
  return [...new Set(keys)]
}

/** Whether the actor may take a step the request waits for under `key`. */
export const canTakeStep = (actor: Actor, facts: RequestFacts, key: string): boolean =>
  TRANSITIONS.some(
    (t) => t.kind === 'step' && t.from.includes(facts.state) && (leavesInPlace(t, facts) ? t.action : facts.state) === key && isFor(t, actor, facts) && decideRow(t, actor, facts, FILLED_IN).ok,
  )

const leavesInPlace = (t: Transition, facts: RequestFacts) => (typeof t.to === 'function' ? t.to(facts, {}) : t.to) === facts.state

/** The facts the row's guards need hold (e.g. a verbal approval is pending): the step is there to be taken. */
const stepPossible = (t: Transition, facts: RequestFacts) =>
  t.guards.every((guard) => Object.entries(guard.needs ?? {}).every(([fact, value]) => facts[fact as keyof RequestFacts] === value))

/** A part of someone's work list, for the database to search before each request found is decided. */
export interface WaitingSlice {
  states: readonly State[]
  scope: Transition['scope']
  needs: Partial<RequestFacts>
  /** The actor's own requests are not theirs to take this step on. */
  notOwn: boolean
}

export function waitingSlices(actor: Actor): WaitingSlice[] {
  const slices = TRANSITIONS.filter((t) => t.kind === 'step' && t.by.some((r) => actor.roles.includes(r))).map(
    (t): WaitingSlice => ({ states: t.from, scope: t.scope, needs: Object.assign({}, ...t.guards.map((g) => g.needs ?? {})), notOwn: t.guards.includes(isNotOwnRequest) }),
  )
  return [...new Map(slices.map((slice) => [JSON.stringify(slice), slice])).values()]
}
