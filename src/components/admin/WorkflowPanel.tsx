/**
 * On a publish request's page: what the signed-in person may do with it now, as buttons.
 */
import type { ServerFieldBase } from 'payload'
import { availableActions, ACTION_LABELS, STATE_LABELS, needsReason, type State } from '@/domain/workflow'
import { actorOf, staff } from '@/access/roles'
import { factsOf } from '@/collections/publish-requests/facts'
import { WorkflowButtons } from './WorkflowButtons'

export async function WorkflowPanel({ data, payload, req }: ServerFieldBase) {
  const user = staff(req)
  if (!user || !data?.id || !data.state) return null
  const request = await payload.findByID({ collection: 'publish-requests', id: data.id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!request) return null
  const actions = availableActions(actorOf(user), await factsOf(payload, request)).filter((action) => action !== 'edit')
  return (
    <div className="khaosan-workflow">
      <p>
        สถานะ: <strong data-testid="request-state">{STATE_LABELS[request.state as State]}</strong>
        {data.verbalApprovalPending ? ' · อนุมัติด้วยวาจา รอยืนยันในระบบ' : ''}
        {' · '}
        <a href={`/api/publish-requests/${data.id}/form?format=pdf`} target="_blank" rel="noreferrer">
          พิมพ์แบบฟอร์มคำขอ (PDF)
        </a>
      </p>
      <WorkflowButtons
        id={String(data.id)}
        actions={actions.map((action) => ({ action, label: ACTION_LABELS[action], needsReason: needsReason(action) }))}
      />
    </div>
  )
}
