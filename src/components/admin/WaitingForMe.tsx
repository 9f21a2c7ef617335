/**
 * The dashboard's first block: what waits for the signed-in person (คำขอที่รอท่านดำเนินการ) and their latest notices.
 */
import type { Payload } from 'payload'
import { availableActions, ACTION_LABELS, STATE_LABELS, type State } from '@/domain/workflow'
import { actorOf, type StaffUser } from '@/access/roles'
import { factsOf, type StoredRequest } from '@/collections/publish-requests/facts'

export async function WaitingForMe({ payload, user }: { payload: Payload; user?: unknown }) {
  const staff = user as StaffUser | undefined
  if (!staff) return null
  const actor = actorOf(staff)
  const { docs } = await payload.find({
    collection: 'publish-requests',
    where: { state: { not_in: ['rejected', 'withdrawn', 'unpublished', 'expired'] } },
    user: staff as never,
    overrideAccess: false,
    depth: 0,
    limit: 200,
    sort: 'stateChangedAt',
  })
  const waiting = []
  for (const doc of docs as unknown as StoredRequest[]) {
    const actions = availableActions(actor, await factsOf(payload, doc)).filter((a) => a !== 'withdraw')
    if (actions.length) waiting.push({ doc, actions })
  }
  const notices = await payload.find({ collection: 'notifications', user: staff as never, overrideAccess: false, depth: 0, limit: 5, where: { read: { equals: false } } })
  return (
    <section className="khaosan-waiting" aria-labelledby="khaosan-waiting-title">
      <h2 id="khaosan-waiting-title">งานที่รอท่านดำเนินการ ({waiting.length})</h2>
      {waiting.length === 0 ? (
        <p>ไม่มีคำขอที่รอท่านดำเนินการ</p>
      ) : (
        <ul>
          {waiting.map(({ doc, actions }) => (
            <li key={doc.id}>
              <a href={`/admin/collections/publish-requests/${doc.id}`}>{doc.title}</a> — {STATE_LABELS[doc.state as State]}
              {' · '}
              {actions.map((a) => ACTION_LABELS[a]).join(' / ')}
            </li>
          ))}
        </ul>
      )}
      {notices.docs.length > 0 && (
        <>
          <h3>การแจ้งเตือนที่ยังไม่ได้อ่าน</h3>
          <ul>
            {notices.docs.map((n) => (
              <li key={n.id}>{n.link ? <a href={n.link}>{n.title}</a> : n.title}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
