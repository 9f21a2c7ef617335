import type { Payload, TaskConfig } from 'payload'
import { remindersDue, roundsOf } from '@/domain/reports/rounds'
import { fiscalYearOf } from '@/domain/thai/calendar'
import { publicOrigin } from '@/server/environment'
import { acknowledgementsOf, monitoringSettings } from '@/server/monitoring'
import { notify } from '@/server/notify'

/** Who hears about a round's report: those who write it (heads, webmasters) and the executive who acknowledges it. */
const RECIPIENTS = { role: { in: ['head', 'division-head', 'webmaster', 'executive'] } }

/**
 * The reminders due at `now` for this fiscal year's rounds whose report the executive has not acknowledged,
 * each sent once (its key is kept in `sent-reminders`), in the app and by e-mail. Returns the keys sent.
 */
export async function sendMonitoringReminders(payload: Payload, now: Date): Promise<string[]> {
  const fiscalYear = fiscalYearOf(now)
  const settings = await monitoringSettings(payload)
  const due = remindersDue(now, roundsOf(fiscalYear, settings.rounds), await acknowledgementsOf(payload, fiscalYear), settings.reminders)
  const sent: string[] = []
  for (const reminder of due) {
    const { totalDocs } = await payload.count({ collection: 'sent-reminders', where: { key: { equals: reminder.key } }, overrideAccess: true })
    if (totalDocs > 0) continue
    try {
      await payload.create({ collection: 'sent-reminders', data: { key: reminder.key, subject: reminder.subject }, overrideAccess: true })
    } catch {
      continue // another run claimed the key first (unique)
    }
    await notify(payload, RECIPIENTS, {
      kind: `monitoring-${reminder.kind}`,
      title: reminder.subject,
      message: `${reminder.message}\nดาวน์โหลดรายงาน: ${publicOrigin()}/api/monitoring-reports/${reminder.fiscalYear}/${reminder.round}?format=pdf`,
      link: `${publicOrigin()}/admin`,
    })
    sent.push(reminder.key)
  }
  return sent
}

/** Every ten minutes: reminders before a round's report is due and once it is overdue (002 §4.5, SPEC §6). */
export const monitoringReminders: TaskConfig<'monitoringReminders'> = {
  slug: 'monitoringReminders',
  label: 'เตือนกำหนดส่งรายงานผลการกำกับติดตาม',
  schedule: [{ cron: '*/10 * * * *', queue: 'minutely' }],
  retries: 0,
  outputSchema: [{ name: 'sent', type: 'number' }],
  handler: async ({ req }) => ({ output: { sent: (await sendMonitoringReminders(req.payload, new Date())).length } }),
}
