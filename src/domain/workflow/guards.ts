/**
 * Whose request a row of the rules table is about (its scope), and guards: small named conditions a
 * transition needs beyond role, state and scope. Each check returns null when satisfied, or the refusal
 * (HTTP-like status and a Thai message). `needs` names the stored facts a guard requires, so the database can
 * narrow a search for requests waiting for someone before each one is decided.
 */
import type { Actor, ActionInput, Refusal } from './decide'
import type { RequestFacts } from './rules'
import { blockingMessage } from './content-checks'

/**
 * - owner: the person who owns the request (who submitted it, or the revision)
 * - request-units: someone in the request's unit or a unit above it (the division head's endorsement)
 * - approvers: someone the approval setting names (src/domain/workflow/approvers.ts)
 * - anyone: anyone of the row's roles, agency-wide
 */
export type Scope = 'owner' | 'request-units' | 'approvers' | 'anyone'

export function scopeRefusal(scope: Scope, actor: Actor, facts: RequestFacts): Refusal | null {
  switch (scope) {
    case 'owner':
      return actor.id === facts.ownerId ? null : { status: 403, message: 'เฉพาะเจ้าของคำขอเท่านั้นที่ดำเนินการนี้ได้' }
    case 'request-units':
      return actor.unitId && facts.unitPath.includes(actor.unitId) ? null : { status: 403, message: 'คำขอนี้ไม่ได้อยู่ในหน่วยงานที่ท่านรับผิดชอบ' }
    case 'approvers': {
      const { roles, unitPath } = facts.approvers
      const named = actor.roles.some((role) => roles.includes(role)) && (unitPath === null || (!!actor.unitId && unitPath.includes(actor.unitId)))
      return named ? null : { status: 403, message: 'ท่านไม่ได้เป็นผู้อนุมัติคำขอนี้ตามที่หน่วยงานกำหนด' }
    }
    case 'anyone':
      return null
  }
}

export interface Guard {
  check: (actor: Actor, facts: RequestFacts, input: ActionInput) => Refusal | null
  /** Stored facts the guard needs (fields of the request). */
  needs?: Partial<Pick<RequestFacts, 'urgent' | 'verbalApprovalPending'>>
}

/** No one approves or publishes their own request (000 §3.2, separation of duties). */
export const isNotOwnRequest: Guard = {
  check: (actor, facts) => (actor.id === facts.ownerId ? { status: 403, message: 'ไม่สามารถอนุมัติหรือเผยแพร่คำขอของตนเองได้' } : null),
}

/** A verbal approval is only for requests marked urgent (002 §3.2.1). */
export const isUrgent: Guard = {
  check: (_actor, facts) => (facts.urgent ? null : { status: 409, message: 'อนุมัติด้วยวาจาได้เฉพาะคำขอที่ระบุว่าเร่งด่วนเท่านั้น' }),
  needs: { urgent: true },
}

/** A verbal approval records who gave it, when, and by what means. */
export const hasVerbalApprovalDetails: Guard = {
  check: (_actor, _facts, input) => {
    const verbal = input.verbalApproval
    const missing = [
      !verbal?.givenBy?.trim() && 'ผู้ให้ความเห็นชอบ',
      !(verbal?.givenAt instanceof Date && !Number.isNaN(verbal.givenAt.getTime())) && 'วันเวลาที่ให้ความเห็นชอบ',
      !verbal?.means?.trim() && 'ช่องทาง (เช่น โทรศัพท์ LINE)',
    ].filter(Boolean)
    return missing.length ? { status: 400, message: `กรุณาระบุ${missing.join(' ')}ของการอนุมัติด้วยวาจา` } : null
  },
}

export const hasPendingVerbalApproval: Guard = {
  check: (_actor, facts) => (facts.verbalApprovalPending ? null : { status: 409, message: 'คำขอนี้ไม่มีการอนุมัติด้วยวาจาที่รอการยืนยัน' }),
  needs: { verbalApprovalPending: true },
}

/** One open revision of a published item at a time. */
export const hasNoOpenRevision: Guard = {
  check: (_actor, facts) => (facts.hasOpenRevision ? { status: 409, message: 'รายการนี้มีฉบับแก้ไขที่อยู่ระหว่างดำเนินการอยู่แล้ว' } : null),
}

/**
 * Nothing that blocks (personal data of the blocking kinds, gambling spam, hidden links) is published, unless a
 * webmaster publishes anyway with a reason, which the history keeps. Content not checked yet (the facts carry no
 * findings) is not refused here: the command checks it right before deciding.
 */
export const passesContentChecks: Guard = {
  check: (_actor, facts, input) => {
    const refusal = facts.contentFindings ? blockingMessage(facts.contentFindings) : null
    return refusal && !input.overrideFindings?.trim() ? { status: 409, message: refusal } : null
  },
}

/** A dataset (C9) goes out with the catalogue's metadata complete, and of public data only (open-data/dataset.ts). */
export const hasCatalogueMetadata: Guard = {
  check: (_actor, facts) => (facts.datasetProblem ? { status: 400, message: facts.datasetProblem } : null),
}
