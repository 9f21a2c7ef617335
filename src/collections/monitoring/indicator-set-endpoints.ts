/**
 * POST /api/indicator-sets/:id/copy-forward {toYear?} — a copy of a set for a later fiscal year (default: the next),
 *      for the administrator to edit when the new list is announced.
 * POST /api/indicator-sets/import — a whole set as JSON (the bundled files' form), checked like every edit.
 */
import type { Endpoint } from 'payload'
import { addDataAndFileToRequest } from 'payload'
import { copySetForward, parseIndicatorSet, type IndicatorSet } from '@/domain/compliance'
import { fiscalYearOf } from '@/domain/thai/calendar'
import { allowed, errorResponse } from '@/endpoints/http'
import { asIndicatorSet } from '@/server/compliance'

const create = async (req: Parameters<Endpoint['handler']>[0], set: IndicatorSet) =>
  req.payload.create({ collection: 'indicator-sets', data: { ...set, fiscalYear: set.fiscalYear ?? undefined } as never, overrideAccess: true, req })

export const copyForwardEndpoint: Endpoint = {
  path: '/:id/copy-forward',
  method: 'post',
  handler: async (req) => {
    const access = allowed(req, ['admin'])
    if ('refusal' in access) return access.refusal
    await addDataAndFileToRequest(req)
    const doc = await req.payload.findByID({ collection: 'indicator-sets', id: String(req.routeParams?.id), overrideAccess: true, depth: 0, disableErrors: true })
    if (!doc) return errorResponse(404, 'ไม่พบชุดตัวชี้วัดนี้')
    const parsed = asIndicatorSet(doc)
    if (!parsed.ok) return errorResponse(409, `ชุดตัวชี้วัดต้นฉบับไม่ถูกต้อง กรุณาแก้ไขก่อนคัดลอก:\n${parsed.errors.join('\n')}`)
    const requested = (req.data as { toYear?: unknown } | undefined)?.toYear
    const toYear = requested === undefined ? (parsed.set.fiscalYear ?? fiscalYearOf(new Date())) + 1 : Number(requested)
    if (!Number.isInteger(toYear) || toYear < 2500 || toYear > 2700 || (parsed.set.fiscalYear !== null && toYear <= parsed.set.fiscalYear)) {
      return errorResponse(400, `ปีงบประมาณปลายทาง “${String(requested)}” ไม่ถูกต้อง — ต้องเป็นปีพุทธศักราชหลังปีของชุดต้นฉบับ`)
    }
    const created = await create(req, copySetForward(parsed.set, toYear))
    return Response.json({ doc: created, message: `คัดลอกชุดตัวชี้วัดไปปีงบประมาณ ${toYear} แล้ว กรุณาตรวจสอบและแก้ไขตามรายการของปีนั้น` }, { status: 201 })
  },
}

export const importEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    const access = allowed(req, ['admin'])
    if ('refusal' in access) return access.refusal
    await addDataAndFileToRequest(req)
    const parsed = parseIndicatorSet(req.file ? req.file.data.toString('utf8') : req.data)
    if (!parsed.ok) return Response.json({ errors: parsed.errors.map((message) => ({ message })) }, { status: 400 })
    const created = await create(req, parsed.set)
    return Response.json({ doc: created, message: 'นำเข้าชุดตัวชี้วัดเรียบร้อยแล้ว' }, { status: 201 })
  },
}
