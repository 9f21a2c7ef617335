import type { Payload, TaskConfig, Where } from 'payload'
import { overdueReminder } from '@/domain/complaints/complaints'
import { idOf } from '@/access/roles'
import { SWEEP_QUEUE, publicOrigin, sweepCron } from '@/server/environment'
import { complaintPeriodsOf } from '@/server/settings'
import { sendOnce } from './monitoring-reminders'
import { countForEachAgency } from '@/server/agencies'

/**
 * Each overdue step of a complaint or a request for information is reminded once, in the app and by e-mail, to
 * whoever it waits for (the domain's overdueReminder): the officers of its track, or the staff of the unit it was
 * passed to. Returns the keys sent.
 */
export async function sendComplaintReminders(payload: Payload, now: Date): Promise<string[]> {
  const periods = await complaintPeriodsOf(payload)
  const { docs } = await payload.find({ collection: 'complaints', where: { state: { in: ['received', 'assigned', 'in-progress'] } }, sort: 'stateChangedAt', depth: 0, limit: 500, overrideAccess: true, select: { trackingCode: true, track: true, state: true, unit: true, receivedAt: true, stateChangedAt: true } })
  const sent: string[] = []
  for (const doc of docs) {
    const unit = idOf(doc.unit)
    const reminder = overdueReminder({ trackingCode: doc.trackingCode, track: doc.track, state: doc.state, unit: unit === null ? null : Number(unit), receivedAt: new Date(doc.receivedAt), stateChangedAt: new Date(doc.stateChangedAt) }, periods, now)
    if (!reminder) continue
    const recipients: Where = reminder.holder === 'unit' ? { unit: { equals: unit } } : { complaintDuties: { in: [doc.track] } }
    if (await sendOnce(payload, reminder.key, recipients, { kind: 'complaint-overdue', title: reminder.title, message: reminder.message, link: `${publicOrigin()}/admin/collections/complaints/${doc.id}` })) sent.push(reminder.key)
  }
  return sent
}

export const complaintReminders: TaskConfig<'complaintReminders'> = {
  slug: 'complaintReminders',
  label: 'เตือนเรื่องร้องเรียนและคำขอข้อมูลที่เกินกำหนด',
  schedule: [{ cron: sweepCron(), queue: SWEEP_QUEUE }],
  retries: 0,
  outputSchema: [{ name: 'sent', type: 'number' }],
  handler: async ({ req }) => ({ output: { sent: await countForEachAgency(req.payload, async () => (await sendComplaintReminders(req.payload, new Date())).length) } }),
}
