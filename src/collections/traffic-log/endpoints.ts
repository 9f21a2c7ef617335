/**
 * GET /api/traffic-log-days/export?from=YYYY-MM-DD&to=YYYY-MM-DD — the super-administrator only: the period's traffic log as
 * a zip for the authorities (src/server/traffic-log-days.ts), the export itself recorded; GET …/verify checks the
 * chain of the same period and says where it first breaks. Both are recorded in the audit log.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { LOG_DAY } from '@/domain/logs/chain'
import { allowed, errorResponse, writtenFileResponse } from '@/endpoints/http'
import { writeTrafficLogArchive, verifyTrafficLog } from '@/server/traffic-log-days'
import { recordAudit } from '@/server/events'
import { INSTALL_LOG_REFUSAL } from '@/domain/agencies/agencies'

/** An administrator's request for a period (each end a day, YYYY-MM-DD, or open), or the Response refusing it. */
function adminPeriod(req: PayloadRequest): { by: string; from: string | null; to: string | null } | Response {
  const who = allowed(req, ['admin'])
  if ('refusal' in who) return who.refusal
  // One log for every agency the install serves: its super-administrator's (src/domain/agencies).
  if (!who.user.superAdmin) return errorResponse(403, INSTALL_LOG_REFUSAL)
  const [from, to] = ['from', 'to'].map((name) => req.searchParams.get(name) || null)
  for (const day of [from, to]) if (day !== null && !LOG_DAY.test(day)) return errorResponse(400, `วันที่ “${day}” ไม่ถูกต้อง ใช้รูปแบบ ปี ค.ศ.-เดือน-วัน เช่น 2026-12-01`)
  return { by: `${who.user.name} (${who.user.email})`, from, to }
}

const exportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const asked = adminPeriod(req)
    if (asked instanceof Response) return asked
    return writtenFileResponse('application/zip', async (file) => (await writeTrafficLogArchive(req.payload, asked.from, asked.to, asked.by, file, req)).name)
  },
}

const verifyEndpoint: Endpoint = {
  path: '/verify',
  method: 'get',
  handler: async (req) => {
    const asked = adminPeriod(req)
    if (asked instanceof Response) return asked
    const check = await verifyTrafficLog(req.payload, asked.from, asked.to)
    const period = `${asked.from ?? 'วันแรก'} ถึง ${asked.to ?? 'วันล่าสุด'}`
    await recordAudit(req, { kind: 'log', summary: `ตรวจสอบข้อมูลจราจรทางคอมพิวเตอร์ ${period}: ${check.ok ? `ครบถ้วน ${check.days} วัน ${check.lines.toLocaleString('th-TH')} บรรทัด` : `ผิดปกติที่ ${check.day} บรรทัด ${check.line}`}` })
    return Response.json(check)
  },
}

export const trafficLogEndpoints: Endpoint[] = [exportEndpoint, verifyEndpoint]
