import path from 'node:path'
import type { TaskConfig } from 'payload'
import { makeBackup, pruneBackups } from '@/server/backup'
import { SWEEP_QUEUE, backupDays } from '@/server/environment'
import { inTransaction } from '@/server/database'
import { recordEvent } from '@/server/events'

/** Every night at 02:00 Bangkok time (19:00 UTC): an archive of the installation, and those older than KHAOSAN_BACKUP_DAYS deleted. */
export const dailyBackup: TaskConfig<'dailyBackup'> = {
  slug: 'dailyBackup',
  label: 'สำรองข้อมูลประจำวัน',
  schedule: [{ cron: '0 19 * * *', queue: SWEEP_QUEUE }],
  retries: 1,
  outputSchema: [{ name: 'archive', type: 'text' }],
  handler: async ({ req }) => {
    const archive = await makeBackup()
    const pruned = pruneBackups(backupDays())
    await inTransaction(req.payload, (tx) => recordEvent(tx, { kind: 'backup', summary: `สำรองข้อมูลประจำวัน: ${path.basename(archive)}${pruned.length ? ` ลบสำเนาเก่า ${pruned.length} ชุด` : ''}` }, []))
    return { output: { archive } }
  },
}
