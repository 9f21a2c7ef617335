/**
 * POST /api/indicator-sets/:id/copy-forward {toYear?} — a copy of a set for a later fiscal year (default: the next),
 *      for the administrator to edit when the new list is announced.
 * POST /api/indicator-sets/import — a whole set as JSON (the bundled files' form), checked like every edit.
 * POST /api/indicator-sets/fill {set, fiscalYear, code, title, category, tag?} — a webmaster fills in a placeholder of
 *      the set that applies to the year (ตัวชี้วัดที่หน่วยงานกรอกเอง), from the monitoring page.
 */
import type { Endpoint } from 'payload'
import { addDataAndFileToRequest } from 'payload'
import { SET_NAMES, copySetForward, fillPlaceholder, parseIndicatorSet, resolveSet, type IndicatorSet, type SetName } from '@/domain/compliance'
import { fiscalYearOf } from '@/domain/thai/calendar'
import { allowed, errorResponse } from '@/endpoints/http'
import { asIndicatorSet, storedIndicatorSets } from '@/server/compliance'

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

export const fillPlaceholderEndpoint: Endpoint = {
  path: '/fill',
  method: 'post',
  handler: async (req) => {
    const access = allowed(req, ['webmaster', 'admin'])
    if ('refusal' in access) return access.refusal
    await addDataAndFileToRequest(req)
    const body = (req.data ?? {}) as Record<string, unknown>
    const text = (value: unknown) => (typeof value === 'string' ? value : '')
    const setName = text(body.set) as SetName
    const fiscalYear = Number(body.fiscalYear)
    if (!SET_NAMES.includes(setName) || !Number.isInteger(fiscalYear)) return errorResponse(400, 'กรุณาระบุชุดตัวชี้วัดและปีงบประมาณ')
    const resolved = resolveSet(await storedIndicatorSets(req.payload), setName, fiscalYear)
    if (!resolved) return errorResponse(404, `ยังไม่มีชุดตัวชี้วัดของปีงบประมาณ ${fiscalYear}`)
    const filled = fillPlaceholder(resolved.set, text(body.code), { title: text(body.title), category: text(body.category), tag: text(body.tag) || undefined })
    if (!filled.ok) return errorResponse(400, filled.error)
    // The stored set the year's check uses (a set carried from an earlier year is that year's).
    const year = resolved.set.fiscalYear
    const { docs } = await req.payload.find({
      collection: 'indicator-sets',
      where: { and: [{ set: { equals: setName } }, year === null ? { fiscalYear: { exists: false } } : { fiscalYear: { equals: year } }] },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    if (!docs[0]) return errorResponse(404, `ยังไม่มีชุดตัวชี้วัดของปีงบประมาณ ${fiscalYear}`)
    const doc = await req.payload.update({ collection: 'indicator-sets', id: docs[0].id, data: { indicators: filled.set.indicators }, overrideAccess: true, depth: 0, req })
    return Response.json({ doc, message: `บันทึกรายละเอียดตัวชี้วัด ${text(body.code)} แล้ว ระบบจะนับตัวชี้วัดนี้ในคะแนนตั้งแต่นี้` })
  },
}
