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
  { label: 'ผู้อนุมัติ', actions: ['approve', 'record-verbal-approval'] },
  { label: 'ผู้รับรอง (หัวหน้ากอง)', actions: ['endorse'] },
  { label: 'ผู้รับผิดชอบการนำข้อมูลขึ้นเผยแพร่', actions: ['publish'] },
]

/** The latest person to act in each signing role; the endorser only when there was an endorsement. */
export function signatoriesFrom(history: readonly HistoryEntry[]): Signatory[] {
  return SIGNATORIES.flatMap(({ label, actions }) => {
    const entry = [...history].reverse().find((h) => actions.includes(h.action))
    if (!entry && actions.includes('endorse')) return []
    return [{ label, name: entry?.by, at: entry?.at ?? null }]
  })
}
