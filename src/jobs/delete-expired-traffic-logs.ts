import type { TaskConfig } from 'payload'
import { deleteExpiredTrafficLogs as deleteExpired } from '@/server/traffic-log-days'
import { SWEEP_QUEUE, sweepCron } from '@/server/environment'

/** Every sweep: the traffic log's day files past their retention (a setting, never under 90 days) are deleted, each deletion recorded. */
export const deleteExpiredTrafficLogs: TaskConfig<'deleteExpiredTrafficLogs'> = {
  slug: 'deleteExpiredTrafficLogs',
  label: 'ลบข้อมูลจราจรทางคอมพิวเตอร์ที่ครบระยะเวลาเก็บรักษา',
  schedule: [{ cron: sweepCron(), queue: SWEEP_QUEUE }],
  retries: 0,
  outputSchema: [{ name: 'deleted', type: 'number' }],
  handler: async ({ req }) => ({ output: { deleted: (await deleteExpired(req.payload)).length } }),
}
