/**
 * The signature block of the printed request form (003 §3.1–3.2): the requester, the approver and the
 * webmaster who published, each taken from the history the workflow recorded.
 */
import type { Action } from './states'

export interface HistoryEntry {
  action: Action
  by: string
  at: Date
}

export interface Signatory {
  label: string
  name?: string
  at?: Date | null
}

const SIGNATORIES: { label: string; actions: Action[] }[] = [
  { label: 'ผู้ขอเผยแพร่', actions: ['submit', 'resubmit'] },
  { label: 'ผู้อนุมัติ', actions: ['approve', 'confirm-verbal-approval'] },
  { label: 'ผู้รับรอง (หัวหน้ากอง)', actions: ['endorse'] },
  { label: 'ผู้รับผิดชอบการนำข้อมูลขึ้นเผยแพร่', actions: ['publish'] },
]

/**
 * The latest person to act in each signing role; the endorser only when there was an endorsement. The
 * requester signs as themselves when the request was filed on their behalf (000 §2.1, 002 §2.1.1), not as the
 * member of staff who typed it in.
 */
export function signatoriesFrom(history: readonly HistoryEntry[], requester: string | null = null): Signatory[] {
  return SIGNATORIES.flatMap(({ label, actions }) => {
    const entry = [...history].reverse().find((h) => actions.includes(h.action))
    if (!entry && actions.includes('endorse')) return []
    const name = requester && actions.includes('submit') ? requester : entry?.by
    return [{ label, name, at: entry?.at ?? null }]
  })
}
