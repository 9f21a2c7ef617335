/**
 * Beside an agency page in the admin: its changes as approved (who proposed, who approved, when, what changed),
 * newest first, and whether a draft is waiting for approval.
 */
import type { UIFieldServerComponent } from 'payload'
import { thaiDateTime } from '@/domain/thai/format'

export const AgencyPageHistory: UIFieldServerComponent = async ({ payload, data, field }) => {
  const slug = field.admin?.custom?.page === 'cio-profile' ? 'cio-profile' : 'agency-profile'
  const { docs } = await payload.find({ collection: 'agency-page-approvals', where: { page: { equals: slug } }, sort: '-approvedAt', limit: 10, depth: 0, overrideAccess: true })
  return (
    <div className="khaosan-page-history">
      {data?._status === 'draft' && <p className="khaosan-late">มีร่างการแก้ไขรออนุมัติ (ยังไม่ปรากฏบนเว็บไซต์)</p>}
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
