import type { Payload, TaskConfig, Where } from 'payload'
import { remindersDue, roundsOf } from '@/domain/reports/rounds'
import { reviewReminderDue } from '@/domain/reports/rule-review'
import { ruleReviewOf } from '@/server/rule-reviews'
import { fiscalYearOf } from '@/domain/thai/calendar'
import { publicOrigin } from '@/server/environment'
import { acknowledgementsOf, monitoringSettings } from '@/server/monitoring'
import { notify, type Notice } from '@/server/notify'
import { countForEachAgency } from '@/server/agencies'

/** Who hears about a round's report: those who write it (heads, webmasters) and the executive who acknowledges it. */
const RECIPIENTS: Where = { role: { in: ['head', 'division-head', 'webmaster', 'executive'] } }
/** Who hears about the yearly review: the webmasters who record it and the executive who acknowledges it. */
const REVIEWERS: Where = { role: { in: ['webmaster', 'executive'] } }

/**
 * The reminders due at `now` for this fiscal year's rounds whose report the executive has not acknowledged,
 * each sent once (its key is kept in `sent-reminders`), in the app and by e-mail. Returns the keys sent.
 */
export async function sendMonitoringReminders(payload: Payload, now: Date): Promise<string[]> {
  const fiscalYear = fiscalYearOf(now)
  const settings = await monitoringSettings(payload)
  const rounds = roundsOf(fiscalYear, settings.rounds)
  const due = remindersDue(now, rounds, await acknowledgementsOf(payload, fiscalYear), settings.reminders)
  const sent: string[] = []
  for (const reminder of due) {
    const link = `${publicOrigin()}/api/monitoring-reports/${reminder.fiscalYear}/${reminder.round}?format=pdf`
    if (await sendOnce(payload, reminder.key, RECIPIENTS, { kind: `monitoring-${reminder.kind}`, title: reminder.subject, message: `${reminder.message}\nดาวน์โหลดรายงาน: ${link}`, link: `${publicOrigin()}/admin` })) sent.push(reminder.key)
  }
  // The yearly review of the measure (003 §4.3): the webmasters who review it and the executive who acknowledges it.
  const review = reviewReminderDue(fiscalYear, rounds[0], (await ruleReviewOf(payload, fiscalYear)) !== null, now)
  if (review && (await sendOnce(payload, review.key, REVIEWERS, { kind: 'rule-review', title: review.subject, message: review.message, link: `${publicOrigin()}/admin/monitoring#review` }))) sent.push(review.key)
  return sent
}

/** Sends a reminder unless one with its key went out already (the key is claimed first: unique). */
export async function sendOnce(payload: Payload, key: string, recipients: Where, notice: Notice): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'sent-reminders', where: { key: { equals: key } }, overrideAccess: true })
  if (totalDocs > 0) return false
  try {
    await payload.create({ collection: 'sent-reminders', data: { key, subject: notice.title }, overrideAccess: true })
  } catch {
    return false // another run claimed the key first
  }
  await notify(payload, recipients, notice)
  return true
}

/** Every ten minutes: reminders before a round's report is due and once it is overdue (002 §4.5, SPEC §6). */
export const monitoringReminders: TaskConfig<'monitoringReminders'> = {
  slug: 'monitoringReminders',
  label: 'เตือนกำหนดส่งรายงานผลการกำกับติดตาม',
  schedule: [{ cron: '*/10 * * * *', queue: 'minutely' }],
  retries: 0,
  outputSchema: [{ name: 'sent', type: 'number' }],
  handler: async ({ req }) => ({ output: { sent: await countForEachAgency(req.payload, async () => (await sendMonitoringReminders(req.payload, new Date())).length) } }),
}
