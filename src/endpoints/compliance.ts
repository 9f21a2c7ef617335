/**
 * GET /api/compliance/:set/:fiscalYear — per indicator: met / missing / stale, the reason and the evidence URLs.
 * GET /api/compliance/:set/:fiscalYear/export?format=csv|xlsx — the indicator → URL list assessors take.
 */
import { recordAudit } from '@/server/events'
import type { Endpoint, PayloadRequest } from 'payload'
import { SET_NAMES, exportRows, toCsv, type SetName } from '@/domain/compliance'
import { complianceOf } from '@/server/compliance'
import { rowsToXlsx } from '@/server/xlsx'
import { MONITORS, allowed, errorResponse, fileResponse, fiscalYearParam, formatParam } from './http'

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The check the path asks for, or the response that refuses it. */
async function checked(req: PayloadRequest) {
  const access = allowed(req, MONITORS)
  if ('refusal' in access) return access.refusal
  const setName = String(req.routeParams?.set)
  if (!(SET_NAMES as readonly string[]).includes(setName)) {
    return errorResponse(400, `ไม่รู้จักชุดตัวชี้วัด “${setName}” — ใช้ ${SET_NAMES.join(', ')}`)
  }
  const fiscalYear = fiscalYearParam(req.routeParams?.fiscalYear)
  if (fiscalYear instanceof Response) return fiscalYear
  const result = await complianceOf(req.payload, setName as SetName, fiscalYear, new Date())
  if (!result) return errorResponse(404, `ยังไม่มีชุดตัวชี้วัด ${setName} ที่ใช้กับปีงบประมาณ ${fiscalYear} — ผู้ดูแลระบบเพิ่มได้ที่เมนูชุดตัวชี้วัด`)
  return { setName, fiscalYear, ...result }
}

export const complianceEndpoint: Endpoint = {
  path: '/compliance/:set/:fiscalYear',
  method: 'get',
  handler: async (req) => {
    const result = await checked(req)
    if (result instanceof Response) return result
    const { set, carriedFrom, notice } = result.resolved
    return Response.json({
      set: result.setName,
      fiscalYear: result.fiscalYear,
      title: set.title,
      source: set.source,
      carriedFrom,
      notice,
      indicators: result.indicators,
    })
  },
}

export const complianceExportEndpoint: Endpoint = {
  path: '/compliance/:set/:fiscalYear/export',
  method: 'get',
  handler: async (req) => {
    const result = await checked(req)
    if (result instanceof Response) return result
    const format = formatParam(req, ['csv', 'xlsx'] as const)
    if (format instanceof Response) return format
    const rows = exportRows(result.indicators)
    const name = `${result.setName}-${result.fiscalYear}`
    await recordAudit(req, { kind: 'export', summary: `ส่งออกผลตัวชี้วัด ${result.setName.toUpperCase()} ปีงบประมาณ ${result.fiscalYear} (${format.toUpperCase()})` })
    return format === 'csv'
      ? fileResponse(toCsv(rows), 'text/csv; charset=utf-8', `${name}.csv`, `ตัวชี้วัด-${name}.csv`)
      : fileResponse(await rowsToXlsx(`${result.setName.toUpperCase()} ${result.fiscalYear}`, rows), XLSX_MIME, `${name}.xlsx`, `ตัวชี้วัด-${name}.xlsx`)
  },
}
