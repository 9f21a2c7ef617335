import type { Payload, TaskConfig } from 'payload'
import { countForEachAgency } from '@/server/agencies'
import { asSystem } from '@/server/agency-context'
import { rows, sql, usesPostgresAdapter } from '@/server/database'
import { dueForExpiryAt } from '@/domain/workflow'
import { PUBLICATION_COLUMNS, toSql, toWhere } from '@/server/conditions'
import { notify } from '@/server/notify'
import { applyTransition } from '@/collections/publish-requests/transition'

const SYSTEM = { id: 'system', roles: ['system' as const], unitId: null, name: 'ระบบ (ครบกำหนดระยะเวลาเผยแพร่)' }

/** The agency's items whose period has ended, taken down; how many. */
async function expireDue(payload: Payload): Promise<number> {
  const { docs } = await payload.find({ collection: 'publish-requests', where: toWhere(dueForExpiryAt(new Date())), overrideAccess: true, depth: 0, limit: 500, select: {} })
  let expired = 0
  for (const doc of docs) {
    const result = await applyTransition(payload, doc.id, SYSTEM, 'expire', {})
    if (result?.ok) expired++
  }
  return expired
}

/** The agencies with an item due (one query across all agencies, by the system); null on SQLite (one agency). */
async function agenciesWithDue(payload: Payload): Promise<number[] | null> {
  if (!usesPostgresAdapter(payload)) return null
  const due = toSql(dueForExpiryAt(new Date()), PUBLICATION_COLUMNS)
  return (await asSystem(() => rows<{ agency: number }>(payload, sql`SELECT DISTINCT p.agency_id AS agency FROM publish_requests p WHERE ${due}`))).map((row) => Number(row.agency))
}

/**
 * Every minute, for each agency with an item due: items whose publication period has ended leave the public site (000 §2.3, 002 §4.2), each
 * through the workflow's own command. A failure is not silent: webmasters are told, and the job's record keeps
 * the error.
 */
export const expirePublications: TaskConfig<'expirePublications'> = {
  slug: 'expirePublications',
  label: 'นำข้อมูลที่ครบกำหนดออกจากเว็บไซต์',
  schedule: [{ cron: '* * * * *', queue: 'minutely' }],
  retries: 0,
  outputSchema: [{ name: 'expired', type: 'number' }],
  handler: async ({ req }) => {
    const { payload } = req
    try {
      return { output: { expired: await countForEachAgency(payload, () => expireDue(payload), await agenciesWithDue(payload)) } }
    } catch (error) {
      await notify(payload, { role: { equals: 'webmaster' } }, {
        kind: 'job-failed',
        title: 'งานนำข้อมูลที่ครบกำหนดออกจากเว็บไซต์ล้มเหลว',
        message: `ระบบไม่สามารถนำข้อมูลที่ครบกำหนดออกจากเว็บไซต์ได้: ${(error as Error).message}\nข้อมูลที่หมดอายุอาจยังแสดงอยู่ กรุณาตรวจสอบและนำออกด้วยตนเอง`,
      })
      throw error
    }
  },
}
