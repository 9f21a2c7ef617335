/**
 * Decides whether an actor may take an action on a publish request, and what follows.
 * Order of refusals: unknown action (400), the role may never do it (403), the state does not allow it (409),
 * a guard refuses (its own status), a required reason is missing (400).
 */
import { ACTIONS, ACTION_LABELS, ROLE_LABELS, STATE_LABELS, type Action, type Role, type State } from './states'
import { TRANSITIONS, type RequestFacts, type Transition } from './rules'

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
  /** The role under which the actor took the action (for the history). */
  role: Role
  reason: string | null
  sets: Partial<Pick<RequestFacts, 'verbalApprovalPending'>>
}

export type Decision = Allowed | ({ ok: false } & Refusal)

const refuse = (status: Refusal['status'], message: string): Decision => ({ ok: false, status, message })

export const isAction = (value: unknown): value is Action => (ACTIONS as readonly unknown[]).includes(value)

export function decide(action: unknown, actor: Actor, facts: RequestFacts, input: ActionInput = {}): Decision {
  if (!isAction(action)) return refuse(400, `ไม่รู้จักการดำเนินการ "${String(action)}"`)
  const label = ACTION_LABELS[action]
  const forRole = TRANSITIONS.filter((t) => t.action === action && t.by.some((role) => actor.roles.includes(role)))
  if (forRole.length === 0) {
    const roles = actor.roles.map((r) => ROLE_LABELS[r]).join(', ') || 'ไม่มีบทบาท'
    return refuse(403, `บทบาทของท่าน (${roles}) ไม่มีสิทธิ์${label}`)
  }
  const transition = forRole.find((t) => t.from.includes(facts.state))
  if (!transition) return refuse(409, `คำขออยู่ในสถานะ "${STATE_LABELS[facts.state]}" จึง${label}ไม่ได้`)
  for (const guard of transition.guards) {
    const refusal = guard(actor, facts, input)
    if (refusal) return { ok: false, ...refusal }
  }
  const reason = input.reason?.trim() || null
  if (transition.reason === 'required' && !reason) return refuse(400, `กรุณาระบุเหตุผลในการ${label}`)
  return {
    ok: true,
    action,
    from: facts.state,
    to: typeof transition.to === 'function' ? transition.to(facts) : transition.to,
    role: roleFor(transition, actor),
    reason,
    sets: transition.sets ?? {},
  }
}

const roleFor = (transition: Transition, actor: Actor): Role => transition.by.find((role) => actor.roles.includes(role))!

/** The actions this actor could take now (ignoring the reason, which the form asks for). */
export function availableActions(actor: Actor, facts: RequestFacts): Action[] {
  const placeholder: ActionInput = {
    reason: 'x',
    verbalApproval: { givenBy: 'x', givenAt: new Date(0), means: 'x' },
  }
  return ACTIONS.filter((action) => decide(action, actor, facts, placeholder).ok)
}

/** Whether the rules ask for a reason with this action (the form shows a reason box). */
export const needsReason = (action: Action): boolean => TRANSITIONS.some((t) => t.action === action && t.reason === 'required')
