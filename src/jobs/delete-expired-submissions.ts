import type { TaskConfig } from 'payload'
import { deleteExpiredSubmissions as deleteExpired } from '@/collections/forms/commands'
import { retentionSweepCron } from '@/server/environment'

/** The queue of the sweep, run on its own cron (payload.config.ts). */
export const RETENTION_QUEUE = 'retention'

/**
 * Every 15 minutes (retentionSweepCron; one indexed query when nothing is due): the answers of e-forms (and their files) whose form's retention period has passed are deleted
 * (PDPA: kept no longer than needed); the event log keeps how many and their reference numbers, not what they said.
 */
export const deleteExpiredSubmissions: TaskConfig<'deleteExpiredSubmissions'> = {
  slug: 'deleteExpiredSubmissions',
  label: 'ลบแบบฟอร์มที่ครบระยะเวลาเก็บรักษา',
  schedule: [{ cron: retentionSweepCron(), queue: RETENTION_QUEUE }],
  retries: 0,
  outputSchema: [{ name: 'deleted', type: 'number' }],
  handler: async ({ req }) => ({ output: { deleted: await deleteExpired(req.payload) } }),
}
