/**
 * GET /api/events/export — administrators: the audit log as CSV, filtered as the admin list is (Payload's `where`
 * and `sort` query, as the list's address carries them), the export itself recorded; GET /api/events/verify checks
 * the chain from its first entry and says where it first breaks.
 */
import type { Endpoint, Where } from 'payload'
import { AUDIT_EXPORT_HEADER, auditExportRow } from '@/domain/logs/audit'
import { CSV_START, csvLine } from '@/domain/compliance'
import { allowed, errorResponse, streamedFileResponse } from '@/endpoints/http'
import { verifyAuditLog } from '@/server/audit-log'
import { recordAudit } from '@/server/events'

const PAGE = 1000

const exportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const who = allowed(req, ['admin'])
    if ('refusal' in who) return who.refusal
    const filter = (req.query?.where ?? {}) as Where
    const search = typeof req.query?.search === 'string' && req.query.search.trim() ? req.query.search.trim() : null
    const where: Where = search ? { and: [filter, { summary: { like: search } }] } : filter
    const sort = typeof req.query?.sort === 'string' ? req.query.sort : '-createdAt'
    // Read as the administrator: the filter cannot reach past what the list shows.
    const read = (page: number) => req.payload.find({ collection: 'events', where, sort, limit: PAGE, page, depth: 0, req, overrideAccess: false })
    const opened = await read(1).catch(() => null)
    if (!opened) return errorResponse(400, 'ตัวกรองไม่ถูกต้อง กรุณาเลือกตัวกรองจากหน้ารายการบันทึกการใช้งานระบบ แล้วส่งออกอีกครั้ง')
    await recordAudit(req, { kind: 'export', summary: `ส่งออกบันทึกการใช้งานระบบ ${opened.totalDocs.toLocaleString('th-TH')} รายการ โดย ${who.user.name} (${who.user.email})` })
    const first = opened
    async function* pieces() {
      yield CSV_START + csvLine(AUDIT_EXPORT_HEADER)
      for (let page = first, n = 1; ; ) {
        // the first page was read before the download began; each next one as it is written
        for (const doc of page.docs) {
          yield csvLine(auditExportRow({ id: doc.id, at: doc.createdAt, kind: doc.kind, summary: doc.summary, actor: doc.actor ?? null, actorId: doc.actorId ?? null, address: doc.address ?? null, sequence: doc.sequence, hash: doc.hash }))
        }
        if (!page.hasNextPage) return
        n += 1
        page = await read(n)
      }
    }
    return streamedFileResponse(pieces(), 'text/csv; charset=utf-8', 'audit-log.csv', 'บันทึกการใช้งานระบบ.csv')
  },
}

const verifyEndpoint: Endpoint = {
  path: '/verify',
  method: 'get',
  handler: async (req) => {
    const who = allowed(req, ['admin'])
    if ('refusal' in who) return who.refusal
    return Response.json(await verifyAuditLog(req.payload))
  },
}

export const auditLogEndpoints: Endpoint[] = [exportEndpoint, verifyEndpoint]
