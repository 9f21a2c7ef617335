/** POST /api/link-checks/start — a webmaster (or admin) starts the link and file checker; progress shows on the record. */
import type { Endpoint } from 'payload'
import { allowed, errorResponse } from '@/endpoints/http'
import { currentAgency } from '@/server/agency-context'

export const LINK_CHECK_QUEUE = 'link-checks'
/** A run that has not moved for this long is taken as lost (e.g. the server restarted) and does not block a new one. */
const STALE_AFTER_MS = 30 * 60 * 1000

export const startLinkCheckEndpoint: Endpoint = {
  path: '/start',
  method: 'post',
  handler: async (req) => {
    const access = allowed(req, ['webmaster', 'admin'])
    if ('refusal' in access) return access.refusal
    const { payload } = req
    const running = await payload.count({ collection: 'link-checks', where: { and: [{ status: { in: ['queued', 'running'] } }, { updatedAt: { greater_than: new Date(Date.now() - STALE_AFTER_MS).toISOString() } }] }, overrideAccess: true })
    if (running.totalDocs > 0) return errorResponse(409, 'มีการตรวจสอบลิงก์ที่กำลังดำเนินการอยู่ กรุณารอให้เสร็จก่อน')
    const check = await payload.create({ collection: 'link-checks', data: { status: 'queued', startedBy: access.user.id as number }, overrideAccess: true })
    await payload.jobs.queue({ task: 'checkLinks', input: { checkId: String(check.id), agency: currentAgency() }, queue: LINK_CHECK_QUEUE })
    // Start now rather than at the next minute; the queue's own schedule picks it up if this run is lost.
    void payload.jobs.run({ queue: LINK_CHECK_QUEUE }).catch((error: unknown) => payload.logger.error({ err: error }, 'เริ่มตรวจสอบลิงก์ไม่สำเร็จ'))
    return Response.json({ doc: check, message: 'เริ่มตรวจสอบลิงก์และไฟล์แล้ว' }, { status: 202 })
  },
}
