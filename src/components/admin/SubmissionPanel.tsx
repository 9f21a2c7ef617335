/**
 * On a form submission's page in the admin: the form, when it was sent and until when it is kept, the citizen's
 * answers as a table (each with the label it had when sent), the files they attached, and the staff's marks.
 */
import type { ServerFieldBase } from 'payload'
import { SUBMISSION_MARKS, SUBMISSION_STATE_LABELS, answersOf } from '@/domain/forms/forms'
import { thaiDate, thaiDateTime } from '@/domain/thai/format'
import { staff } from '@/access/roles'
import { handlesSubmission } from '@/collections/forms/access'
import { WorkflowButtons } from './WorkflowButtons'

export async function SubmissionPanel({ data, payload, req }: ServerFieldBase) {
  const user = staff(req)
  if (!user || !data?.id) return null
  const submission = await payload.findByID({ collection: 'form-submissions', id: data.id, depth: 1, overrideAccess: true, disableErrors: true })
  if (!submission || !handlesSubmission(user, submission)) return null
  const { docs: files } = await payload.find({ collection: 'case-files', where: { submission: { equals: submission.id } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, select: { filename: true, url: true } })
  const formTitle = typeof submission.form === 'object' ? submission.form.title : ''
  return (
    <div className="khaosan-workflow">
      <p>
        {formTitle} · เลขที่อ้างอิง <strong>{submission.reference}</strong> · สถานะ: <strong data-testid="submission-state">{SUBMISSION_STATE_LABELS[submission.state]}</strong>
      </p>
      <p>
        ส่งเมื่อ {thaiDateTime(new Date(submission.submittedAt))} · ลบอัตโนมัติเมื่อ {thaiDate(new Date(submission.deleteAfter))}
        {submission.markedBy ? ` · ดำเนินการล่าสุดโดย ${submission.markedBy}${submission.markedAt ? ` เมื่อ ${thaiDateTime(new Date(submission.markedAt))}` : ''}` : ''}
      </p>
      <table className="khaosan-answers">
        <caption>คำตอบในแบบฟอร์ม</caption>
        <tbody>
          {answersOf(submission.answers).map((answer) => (
            <tr key={answer.key}>
              <th scope="row">{answer.label}</th>
              <td style={{ whiteSpace: 'pre-wrap' }}>
                {answer.type === 'file' && answer.value ? (
                  files.filter((file) => file.filename === answer.value).map((file) => (
                    <a key={file.id} href={file.url ?? '#'} target="_blank" rel="noreferrer">
                      {file.filename}
                    </a>
                  ))[0] ?? answer.value
                ) : (
                  answer.value || '-'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <WorkflowButtons
        id={String(submission.id)}
        collection="form-submissions"
        actions={Object.entries(SUBMISSION_MARKS)
          .filter(([, mark]) => mark.to !== submission.state)
          .map(([action, mark]) => ({ action, label: mark.label, needsReason: false, noteLabel: 'หมายเหตุของเจ้าหน้าที่ (ภายใน ผู้ส่งไม่เห็น)' }))}
      />
    </div>
  )
}
