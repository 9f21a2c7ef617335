/**
 * On a publish request's page: what the signed-in person may do with it now, as buttons.
 */
import type { ServerFieldBase } from 'payload'
import { availableActions, ACTION_LABELS, STATE_LABELS, describeFinding, needsReason, type ContentFinding, type State } from '@/domain/workflow'
import { actorOf, staff } from '@/access/roles'
import { factsOf } from '@/collections/publish-requests/facts'
import { WorkflowButtons } from './WorkflowButtons'

export async function WorkflowPanel({ data, payload, req }: ServerFieldBase) {
  const user = staff(req)
  if (!user || !data?.id || !data.state) return null
  const request = await payload.findByID({ collection: 'publish-requests', id: data.id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!request) return null
  const actions = availableActions(actorOf(user), await factsOf(payload, request)).filter((action) => action !== 'edit')
  const blocking = (request.contentFindings ?? []).flatMap(({ check, kind, shown, where, blocks }): ContentFinding[] =>
    blocks && check ? [{ check, kind: kind ?? '', shown: shown ?? '', where: where ?? '', blocks }] : [],
  )
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
      {blocking.length > 0 && (
        <div role="alert" className="khaosan-workflow__error">
          <p>พบรายการที่ต้องแก้ไขก่อนเผยแพร่ {blocking.length} รายการ:</p>
          <ul>
            {blocking.map((finding, i) => (
              <li key={i}>{describeFinding(finding)}</li>
            ))}
          </ul>
        </div>
      )}
      <WorkflowButtons
        id={String(data.id)}
        actions={actions.map((action) => ({ action, label: ACTION_LABELS[action], needsReason: needsReason(action), override: action === 'publish' && blocking.length > 0 }))}
      />
    </div>
  )
}
