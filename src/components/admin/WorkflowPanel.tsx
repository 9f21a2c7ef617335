/**
 * On a publish request's page: what the signed-in person may do with it now, as buttons.
 */
import type { ServerFieldBase } from 'payload'
import { availableActions, ACTION_LABELS, ROLE_LABELS, STATE_LABELS, describeFinding, needsReason, type ContentFinding, type State } from '@/domain/workflow'
import { thaiDateTime } from '@/domain/thai/format'
import { describeFileType, formatFileSize } from '@/domain/files'
import { actorOf, idOf, staff } from '@/access/roles'
import { factsOf } from '@/collections/publish-requests/facts'
import { WorkflowButtons } from './WorkflowButtons'

export async function WorkflowPanel({ data, payload, req }: ServerFieldBase) {
  const user = staff(req)
  if (!user || !data?.id || !data.state) return null
  const request = await payload.findByID({ collection: 'publish-requests', id: data.id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!request) return null
  const owner = request.owner ? await payload.findByID({ collection: 'users', id: idOf(request.owner)!, depth: 1, overrideAccess: true, disableErrors: true, select: { name: true, position: true, unit: true } }) : null
  const ownerUnit = owner && typeof owner.unit === 'object' ? owner.unit?.name : null
  // The files right here, to open or download without a drawer inside a drawer.
  const attachmentIds = (request.attachments ?? []).map((a) => idOf(a)).filter((id): id is string => id !== null)
  const files = attachmentIds.length
    ? (await payload.find({ collection: 'attachments', where: { id: { in: attachmentIds } }, depth: 0, overrideAccess: true, pagination: false, limit: attachmentIds.length, select: { filename: true, filesize: true, url: true } })).docs
    : []
  const actions = availableActions(actorOf(user), await factsOf(payload, request)).filter((action) => action !== 'edit')
  const findings = (request.contentFindings ?? []).flatMap(({ check, kind, shown, where, blocks }): ContentFinding[] =>
    check ? [{ check, kind: kind ?? '', shown: shown ?? '', where: where ?? '', blocks: !!blocks }] : [],
  )
  const blocking = findings.filter((finding) => finding.blocks)
  // What does not block but a person should look at: a phone number or e-mail address, a file nobody could read.
  const toLookAt = findings.filter((finding) => !finding.blocks)
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
      {owner && (
        <p data-testid="requester">
          ผู้ยื่นคำขอ: <strong>{owner.name}</strong>
          {owner.position ? ` ตำแหน่ง ${owner.position}` : ''}
          {ownerUnit ? ` · ${ownerUnit}` : ''}
        </p>
      )}
      {request.publicUrl && request.state === 'published' && (
        <p>
          บนเว็บไซต์: <a href={request.publicUrl} target="_blank" rel="noreferrer">{request.publicUrl}</a>
        </p>
      )}
      {files.length > 0 && (
        <div className="khaosan-files">
          <p>ไฟล์แนบ {files.length} ไฟล์:</p>
          <ul>
            {files.map((file) => (
              <li key={file.id}>
                <a href={file.url ?? '#'} target="_blank" rel="noreferrer">{file.filename}</a> — {describeFileType(file.filename?.split('.').pop() ?? '')}, {formatFileSize(file.filesize ?? 0)}
              </li>
            ))}
          </ul>
        </div>
      )}
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
      {toLookAt.length > 0 && (
        <div className="khaosan-workflow__warning" data-testid="findings-to-look-at">
          <p>ข้อควรตรวจก่อนเผยแพร่ {toLookAt.length} รายการ (ไม่ขัดการเผยแพร่):</p>
          <ul>
            {toLookAt.map((finding, i) => (
              <li key={i}>{describeFinding(finding)}</li>
            ))}
          </ul>
        </div>
      )}
      {(request.history?.length ?? 0) > 0 && (
        <details className="khaosan-timeline" open>
          <summary>ประวัติการดำเนินการ ({request.history!.length} ขั้นตอน)</summary>
          <ol>
            {request.history!.map((step, i) => (
              <li key={step.id ?? i}>
                <time>{step.at ? thaiDateTime(new Date(step.at)) : ''}</time> — <strong>{step.action ? ACTION_LABELS[step.action] : ''}</strong> โดย {step.by}
                {step.role ? ` (${ROLE_LABELS[step.role]})` : ''}
                {step.reason ? <div>เหตุผล / หมายเหตุ: {step.reason}</div> : null}
                {step.changes ? <div>รายการที่เปลี่ยน: {step.changes}</div> : null}
              </li>
            ))}
          </ol>
        </details>
      )}
      <WorkflowButtons
        id={String(data.id)}
        actions={actions.map((action) => ({ action, label: ACTION_LABELS[action], needsReason: needsReason(action), override: action === 'publish' && blocking.length > 0 }))}
      />
    </div>
  )
}
