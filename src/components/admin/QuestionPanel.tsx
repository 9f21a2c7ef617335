/** On a question's page in the admin: where it stands, and the moderator's two steps (answer and publish, or not publish). */
import type { ServerFieldBase } from 'payload'
import { QUESTION_STATE_LABELS, availableQuestionRules, type QuestionState } from '@/domain/questions/questions'
import { staff } from '@/access/roles'
import { WorkflowButtons } from './WorkflowButtons'

export function QuestionPanel({ data, req }: ServerFieldBase) {
  const user = staff(req)
  if (!user || !data?.id || !data.state) return null
  const state = data.state as QuestionState
  const moderates = user.role === 'webmaster' || user.role === 'admin'
  return (
    <div className="khaosan-workflow">
      <p>
        สถานะ: <strong data-testid="question-state">{QUESTION_STATE_LABELS[state]}</strong>
        {state === 'published' ? (
          <>
            {' · '}
            <a href={`/questions#q-${data.id}`} target="_blank" rel="noreferrer">
              ดูบนเว็บไซต์
            </a>
          </>
        ) : null}
      </p>
      {moderates ? (
        <WorkflowButtons id={String(data.id)} collection="questions" actions={availableQuestionRules(state).map((rule) => ({ action: rule.action, label: rule.label, needsReason: true, noteLabel: rule.note }))} />
      ) : null}
    </div>
  )
}
