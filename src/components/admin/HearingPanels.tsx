/** On a hearing's page: its phase, and the outcome form once it has closed. On a comment's page: the moderator's buttons. */
import type { ServerFieldBase } from 'payload'
import { COMMENT_STATE_LABELS, PHASE_LABELS, availableModerations, hearingPath, hearingPhase, type CommentState } from '@/domain/hearings/hearings'
import { hasRole, staff } from '@/access/roles'
import { HearingOutcomeForm } from './HearingOutcomeForm'
import { WorkflowButtons } from './WorkflowButtons'

export function HearingOutcomePanel({ data, req }: ServerFieldBase) {
  if (!staff(req) || !data?.id || !data.opensAt || !data.closesAt) return null
  const phase = hearingPhase({ opensAt: new Date(data.opensAt), closesAt: new Date(data.closesAt), outcomePublishedAt: data.outcomePublishedAt ? new Date(data.outcomePublishedAt) : null }, new Date())
  return (
    <div className="khaosan-workflow">
      <p>
        สถานะ: <strong data-testid="hearing-phase">{PHASE_LABELS[phase]}</strong> ·{' '}
        <a href={hearingPath(data.id)} target="_blank" rel="noreferrer">
          ดูบนเว็บไซต์
        </a>
      </p>
      {phase === 'closed' && hasRole('webmaster', 'admin')(req) ? <HearingOutcomeForm id={data.id} /> : null}
    </div>
  )
}

export function CommentModerationPanel({ data, req }: ServerFieldBase) {
  if (!data?.id || !data.state || !hasRole('webmaster', 'admin')(req)) return null
  const state = data.state as CommentState
  return (
    <div className="khaosan-workflow">
      <p>
        สถานะ: <strong data-testid="comment-state">{COMMENT_STATE_LABELS[state]}</strong>
      </p>
      <WorkflowButtons id={String(data.id)} collection="hearing-comments" actions={availableModerations(state).map((m) => ({ action: m.action, label: m.label, needsReason: m.noteRequired, noteLabel: m.note }))} />
    </div>
  )
}
