/**
 * Guards: small named conditions a transition needs beyond role and state.
 * Each returns null when satisfied, or the refusal (HTTP-like status and a Thai message).
 */
import type { Actor, ActionInput, Refusal } from './decide'
import type { RequestFacts } from './rules'

export type Guard = (actor: Actor, facts: RequestFacts, input: ActionInput) => Refusal | null

/** No one approves or publishes their own request (000 §3.2, separation of duties). */
export const isNotOwnRequest: Guard = (actor, facts) =>
  actor.id === facts.ownerId ? { status: 403, message: 'ไม่สามารถอนุมัติหรือเผยแพร่คำขอของตนเองได้' } : null

/** Only the owner withdraws or resubmits a request. */
export const isOwnRequest: Guard = (actor, facts) =>
  actor.id === facts.ownerId ? null : { status: 403, message: 'เฉพาะเจ้าของคำขอเท่านั้นที่ดำเนินการนี้ได้' }

/** Approvals follow the unit tree: the approver heads the owner's unit or a unit above it. */
export const isWithinActorsUnitTree: Guard = (actor, facts) =>
  actor.unitId && facts.unitPath.includes(actor.unitId)
    ? null
    : { status: 403, message: 'คำขอนี้ไม่ได้อยู่ในหน่วยงานที่ท่านรับผิดชอบ' }

/** A verbal approval is only for requests marked urgent (002 §3.2.1). */
export const isUrgent: Guard = (_actor, facts) =>
  facts.urgent ? null : { status: 409, message: 'อนุมัติด้วยวาจาได้เฉพาะคำขอที่ระบุว่าเร่งด่วนเท่านั้น' }

/** A verbal approval records who gave it, when, and by what means. */
export const hasVerbalApprovalDetails: Guard = (_actor, _facts, input) => {
  const verbal = input.verbalApproval
  const missing = [
    !verbal?.givenBy?.trim() && 'ผู้ให้ความเห็นชอบ',
    !(verbal?.givenAt instanceof Date && !Number.isNaN(verbal.givenAt.getTime())) && 'วันเวลาที่ให้ความเห็นชอบ',
    !verbal?.means?.trim() && 'ช่องทาง (เช่น โทรศัพท์ LINE)',
  ].filter(Boolean)
  return missing.length ? { status: 400, message: `กรุณาระบุ${missing.join(' ')}ของการอนุมัติด้วยวาจา` } : null
}

export const hasPendingVerbalApproval: Guard = (_actor, facts) =>
  facts.verbalApprovalPending ? null : { status: 409, message: 'คำขอนี้ไม่มีการอนุมัติด้วยวาจาที่รอการยืนยัน' }
