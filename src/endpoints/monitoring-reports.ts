/**
 * GET  /api/monitoring-reports/:fiscalYear/:round?format=pdf|docx[&unit=<id>] — บันทึกรายงานผลการเผยแพร่ข้อมูลผ่านเว็บไซต์
 * POST /api/monitoring-reports/:fiscalYear/:round/acknowledge {comment?, unit?} — the executive acknowledges it
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { addDataAndFileToRequest } from 'payload'
import { roundPeriod, type RoundNumber } from '@/domain/reports/rounds'
import { officialDate } from '@/domain/thai/format'
import { notify } from '@/server/notify'
import { monitoringReportCsv, monitoringReportSpec, monitoringWarnings } from '@/server/monitoring'
import { MONITORS, allowed, errorResponse, fiscalYearParam, formatParam, roundParam, streamedFileResponse } from './http'
import { DOCUMENT_FORMATS, documentResponse } from './documents'

interface ReportTarget {
  fiscalYear: number
  round: RoundNumber
  unitId: string | null
}

/** The report the path and ?unit= name, or the 400 that refuses them. */
async function targetOf(req: PayloadRequest, unit: unknown): Promise<ReportTarget | Response> {
  const fiscalYear = fiscalYearParam(req.routeParams?.fiscalYear)
  if (fiscalYear instanceof Response) return fiscalYear
  const round = roundParam(req.routeParams?.round)
  if (round instanceof Response) return round
  if (unit === undefined || unit === null || unit === '') return { fiscalYear, round, unitId: null }
  const found = await req.payload.findByID({ collection: 'units', id: String(unit), overrideAccess: true, depth: 0, disableErrors: true })
  if (!found) return errorResponse(400, `ไม่พบกลุ่มงานหมายเลข “${String(unit)}”`)
  return { fiscalYear, round, unitId: String(found.id) }
}

export const monitoringReportEndpoint: Endpoint = {
  path: '/monitoring-reports/:fiscalYear/:round',
  method: 'get',
  handler: async (req) => {
    const access = allowed(req, MONITORS)
    if ('refusal' in access) return access.refusal
    const target = await targetOf(req, req.searchParams.get('unit'))
    if (target instanceof Response) return target
    const format = formatParam(req, [...DOCUMENT_FORMATS, 'csv'] as const)
    if (format instanceof Response) return format
    const name = `monitoring-report-${target.fiscalYear}-${target.round}${target.unitId ? `-unit-${target.unitId}` : ''}`
    const thaiName = `บันทึกรายงานผลการเผยแพร่ข้อมูล-${target.fiscalYear}-รอบ${target.round}เดือน`
    if (format === 'csv') return streamedFileResponse(monitoringReportCsv(req.payload, target.fiscalYear, target.round, target.unitId), 'text/csv; charset=utf-8', `${name}.csv`, `${thaiName}.csv`)
    const spec = await monitoringReportSpec(req.payload, target.fiscalYear, target.round, target.unitId)
    return documentResponse(spec, format, name, thaiName)
  },
}

export const acknowledgeReportEndpoint: Endpoint = {
  path: '/monitoring-reports/:fiscalYear/:round/acknowledge',
  method: 'post',
  handler: async (req) => {
    const access = allowed(req, ['executive'])
    if ('refusal' in access) return access.refusal
    await addDataAndFileToRequest(req)
    const body = (req.data ?? {}) as { comment?: unknown; unit?: unknown }
    const target = await targetOf(req, body.unit ?? req.searchParams.get('unit'))
    if (target instanceof Response) return target
    if (body.comment !== undefined && typeof body.comment !== 'string') return errorResponse(400, 'ความเห็นต้องเป็นข้อความ')
    const { user } = access
    const at = new Date()
    if (roundPeriod(target.fiscalYear, target.round).start > at) {
      return errorResponse(409, `รอบ ${target.round} เดือน ของปีงบประมาณ ${target.fiscalYear} ยังไม่เริ่ม จึงยังรับทราบรายงานไม่ได้`)
    }
    const doc = await req.payload.create({
      collection: 'monitoring-acknowledgements',
      overrideAccess: true,
      data: {
        fiscalYear: target.fiscalYear,
        round: String(target.round) as '6' | '12',
        unit: target.unitId ? Number(target.unitId) || (target.unitId as never) : undefined,
        by: user.id as number,
        byName: user.name ?? user.email ?? String(user.id),
        at: at.toISOString(),
        comment: typeof body.comment === 'string' ? body.comment.trim() || undefined : undefined,
      },
    })
    await notify(req.payload, { role: { in: ['webmaster', 'head'] } }, {
      kind: 'report-acknowledged',
      title: `ผู้บริหารรับทราบรายงานผลการเผยแพร่ข้อมูล ปีงบประมาณ ${target.fiscalYear} รอบ ${target.round} เดือน`,
      message: `${doc.byName} รับทราบรายงานเมื่อ ${officialDate(at)}${doc.comment ? `\nความเห็น: ${doc.comment}` : ''}`,
    })
    return Response.json({ doc, message: 'บันทึกการรับทราบรายงานเรียบร้อยแล้ว' })
  },
}

/** GET /api/monitoring-warnings — the dashboard's warnings as data. */
export const monitoringWarningsEndpoint: Endpoint = {
  path: '/monitoring-warnings',
  method: 'get',
  handler: async (req) => {
    const access = allowed(req, MONITORS)
    if ('refusal' in access) return access.refusal
    return Response.json({ warnings: await monitoringWarnings(req.payload, new Date()) })
  },
}
