/**
 * On a complaint's page in the admin: where it stands, its due date (overdue flagged), who filed it (or that they
 * asked not to be named), its history, and the steps the signed-in person may take now, as buttons.
 */
import type { ServerFieldBase } from 'payload'
import { COMPLAINT_STATE_LABELS, OUTCOME_LABELS, TRACK_LABELS, availableComplaintRules, dueAt, isOverdue, statusPathOf } from '@/domain/complaints/complaints'
import { thaiDate, thaiDateTime } from '@/domain/thai/format'
import { AGENCY_FILES } from '@/domain/complaints/form'
import { staff } from '@/access/roles'
import { actorFor } from '@/collections/complaints/access'
import { complaintPeriodsOf } from '@/server/settings'
import { WorkflowButtons } from './WorkflowButtons'

export async function ComplaintPanel({ data, payload, req }: ServerFieldBase) {
  const user = staff(req)
  if (!user || !data?.id) return null
  const complaint = await payload.findByID({ collection: 'complaints', id: data.id, depth: 1, overrideAccess: true, disableErrors: true })
  const actor = complaint && actorFor(user, complaint)
  if (!complaint || !actor) return null
  const periods = await complaintPeriodsOf(payload)
  const facts = { track: complaint.track, state: complaint.state, receivedAt: new Date(complaint.receivedAt), stateChangedAt: new Date(complaint.stateChangedAt), unit: null }
  const due = dueAt(facts, periods)
  const now = new Date()
  const rules = availableComplaintRules(complaint.track, complaint.state, actor)
  const units = rules.some((rule) => rule.action === 'assign')
    ? (await payload.find({ collection: 'units', depth: 0, limit: 0, pagination: false, overrideAccess: true, sort: 'name', select: { name: true } })).docs.map((u) => ({ id: u.id, name: u.name }))
    : []
  const unitName = typeof complaint.unit === 'object' ? complaint.unit?.name : null
  return (
    <div className="khaosan-workflow">
      <p>
        {TRACK_LABELS[complaint.track]} · รหัส <strong>{complaint.trackingCode}</strong> · สถานะ: <strong data-testid="complaint-state">{COMPLAINT_STATE_LABELS[complaint.state]}</strong>
        {complaint.outcome ? ` (${OUTCOME_LABELS[complaint.outcome]})` : ''}
        {unitName ? ` · หน่วยงานที่รับผิดชอบ: ${unitName}` : ''}
      </p>
      {due && (
        <p role={isOverdue(facts, periods, now) ? 'alert' : undefined} className={isOverdue(facts, periods, now) ? 'khaosan-workflow__error' : undefined}>
          {isOverdue(facts, periods, now) ? 'เกินกำหนด: ' : 'กำหนด: '}ขั้นตอนนี้ต้องเสร็จภายใน {thaiDate(due)}
        </p>
      )}
      <p>
        ผู้ร้อง: {complaint.name || 'ไม่ประสงค์ออกนาม'}
        {complaint.email ? ` · ${complaint.email}` : ''}
        {complaint.phone ? ` · ${complaint.phone}` : ''} · ผู้ร้องติดตามได้ที่{' '}
        <a href={statusPathOf(complaint.trackingCode)} target="_blank" rel="noreferrer">
          หน้าติดตามเรื่อง
        </a>
        {complaint.rating ? ` · ความพึงพอใจ ${complaint.rating}/5` : ''}
      </p>
      <details className="khaosan-timeline" open>
        <summary>ลำดับการดำเนินการ ({complaint.history?.length ?? 0} ขั้นตอน)</summary>
        <ol>
          {(complaint.history ?? []).map((step, i) => (
            <li key={step.id ?? i}>
              <time>{step.at ? thaiDateTime(new Date(step.at)) : ''}</time> — <strong>{step.state ? COMPLAINT_STATE_LABELS[step.state] : ''}</strong> โดย {step.by}
              {step.note ? <div>{step.public ? 'แจ้งผู้ร้อง' : 'บันทึกภายใน'}: {step.note}</div> : null}
            </li>
          ))}
        </ol>
      </details>
      <WorkflowButtons
        id={String(complaint.id)}
        collection="complaints"
        units={units}
        actions={rules.map((rule) => ({ action: rule.action, label: rule.label, needsReason: rule.note.required, noteLabel: `${rule.note.label}${rule.note.public ? ' (ผู้ร้องเห็นข้อความนี้)' : ''}`, needsUnit: rule.action === 'assign', filesLabel: rule.files ? `ไฟล์ที่ส่งให้ผู้ขอ (ถ้ามี ไม่เกิน ${AGENCY_FILES} ไฟล์ ผู้ขอดาวน์โหลดได้จากหน้าติดตามเรื่อง)` : undefined }))}
      />
    </div>
  )
}
