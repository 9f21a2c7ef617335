/**
 * The dashboard's first block: what waits for the signed-in person (คำขอที่รอท่านดำเนินการ) and their latest notices.
 */
import type { Payload } from 'payload'
import { availableActions, ACTION_LABELS, STATE_LABELS, type State } from '@/domain/workflow'
import type { User } from '@/payload-types'
import { actorOf } from '@/access/roles'
import { factsOf } from '@/collections/publish-requests/facts'
import { waitingFor } from '@/server/waiting'

export async function WaitingForMe({ payload, user }: { payload: Payload; user?: User | null }) {
  if (!user || user.active === false) return null
  const actor = actorOf(user)
  const waiting = await Promise.all(
    (await waitingFor(payload, user)).map(async (doc) => ({ doc, actions: availableActions(actor, await factsOf(payload, doc)).filter((a) => a !== 'withdraw' && a !== 'edit') })),
  )
  const notices = await payload.find({ collection: 'notifications', where: { and: [{ recipient: { equals: user.id } }, { read: { equals: false } }, { done: { not_equals: true } }] }, overrideAccess: true, depth: 0, limit: 5 })
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
          <h3>การแจ้งเตือนที่ยังไม่ได้อ่าน ({notices.totalDocs})</h3>
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
