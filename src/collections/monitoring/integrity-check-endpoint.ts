/** POST /api/integrity-checks/run — a webmaster (or admin) runs the integrity check now; 200 {doc} with what it found. */
import type { Endpoint } from 'payload'
import { allowed } from '@/endpoints/http'
import { runIntegrityCheck } from '@/jobs/check-integrity'

export const runIntegrityCheckEndpoint: Endpoint = {
  path: '/run',
  method: 'post',
  handler: async (req) => {
    const access = allowed(req, ['webmaster', 'admin'])
    if ('refusal' in access) return access.refusal
    const doc = await runIntegrityCheck(req.payload, access.user.id)
    const message = doc.found ? `พบการแก้ไขนอกระบบ ${doc.found} รายการ แจ้งผู้ดูแลเว็บไซต์และผู้ดูแลระบบแล้ว` : 'ไม่พบการแก้ไขนอกระบบ'
    return Response.json({ doc, message })
  },
}
