/**
 * Beside an agency page in the admin: the draft waiting for approval, if any (what it changes, who proposed it), and
 * the changes as approved (who proposed, who approved, when, what changed), newest first.
 */
import type { UIFieldServerComponent } from 'payload'
import { thaiDateTime } from '@/domain/thai/format'
import { pendingDraftOf } from '@/globals/agency-page-approval'

export const AgencyPageHistory: UIFieldServerComponent = async ({ payload, field }) => {
  const slug = field.admin?.custom?.page === 'cio-profile' ? 'cio-profile' : 'agency-profile'
  const [{ docs }, draft] = await Promise.all([
    payload.find({ collection: 'agency-page-approvals', where: { page: { equals: slug } }, sort: '-approvedAt', limit: 10, depth: 0, overrideAccess: true }),
    pendingDraftOf(payload, slug),
  ])
  return (
    <div className="khaosan-page-history">
      {draft && (
        <p className="khaosan-late" data-testid="pending-draft">
          มีร่างการแก้ไขรออนุมัติ (ยังไม่ปรากฏบนเว็บไซต์): {draft.changedFields.join(', ') || 'ไม่มีการเปลี่ยนแปลงเนื้อหา'}
          {draft.proposedBy ? ` — เสนอโดย ${draft.proposedBy}` : ''}
        </p>
      )}
      <p><strong>ประวัติการอนุมัติ</strong></p>
      {docs.length === 0 ? (
        <p>ยังไม่มีการแก้ไขที่ผ่านการอนุมัติ</p>
      ) : (
        <ol>
          {docs.map((approval) => (
            <li key={approval.id}>
              <time>{thaiDateTime(new Date(approval.approvedAt))}</time>: {approval.changedFields} — เสนอโดย {approval.proposedByName} อนุมัติโดย {approval.approvedByName}
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
