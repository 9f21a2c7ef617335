/**
 * The complaint endpoints. Citizens, without an account: POST /api/complaints (JSON, or a form sent by the page
 * without JavaScript: then answered with a redirect to the status page), and, on their own complaint by its
 * tracking code, POST /api/complaints/track/:code/reopen {note} and …/rating {rating}. Staff: POST
 * /api/complaints/:id/transition {action, note?, unit?}. Every public one is rate-limited per address and answers
 * bad input with 400 and a Thai message, never a 5xx.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { COMPLAINT_PAGES, normalizeTrackingCode, statusPathOf } from '@/domain/complaints/complaints'
import { COMPLAINT_FIELD_LABELS, readComplaint, type ComplaintErrors } from '@/domain/complaints/form'
import { PUBLIC_FORM_RATE, RateLimit } from '@/domain/site/rate-limit'
import { staff } from '@/access/roles'
import { errorResponse } from '@/endpoints/http'
import { bodyOf, fromForm, overLimit, redirect, refused, refusedFormPage, type Body } from '@/endpoints/citizen-forms'
import { actOnComplaint, fileComplaint, rateComplaint, type ActResult } from './commands'
import { actorFor } from './access'

const rate = new RateLimit(PUBLIC_FORM_RATE)

const errorsList = (errors: ComplaintErrors) => Object.entries(errors).map(([field, message]) => `${COMPLAINT_FIELD_LABELS[field as keyof ComplaintErrors]}: ${message}`)

const fileEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    const limited = overLimit(req, rate, COMPLAINT_PAGES.general)
    if (limited) return limited
    const body = await bodyOf(req)
    if (!body) return refused(req, 400, 'อ่านข้อมูลที่ส่งมาไม่ได้ กรุณาส่งเป็น JSON หรือจากแบบฟอร์มบนเว็บไซต์', COMPLAINT_PAGES.general)
    const back = body.track === 'corruption' ? COMPLAINT_PAGES.corruption : COMPLAINT_PAGES.general
    const read = readComplaint(body)
    if ('robot' in read) return fromForm(req) ? redirect(back) : Response.json({ trackingCode: null }, { status: 202 }) // nothing kept, nothing said
    if ('errors' in read) {
      return fromForm(req) ? refusedFormPage(400, 'กรุณาแก้ไขข้อมูลก่อนส่งเรื่อง', errorsList(read.errors), back) : Response.json({ errors: Object.entries(read.errors).map(([field, message]) => ({ field, message })) }, { status: 400 })
    }
    const complaint = await fileComplaint(req.payload, read.input)
    const statusUrl = statusPathOf(complaint.trackingCode)
    return fromForm(req) ? redirect(`${statusUrl}?filed=1`) : Response.json({ trackingCode: complaint.trackingCode, statusUrl }, { status: 201 })
  },
}

const transitionEndpoint: Endpoint = {
  path: '/:id/transition',
  method: 'post',
  handler: async (req) => {
    const user = staff(req)
    if (!user) return errorResponse(401, 'กรุณาเข้าสู่ระบบ')
    const body = await bodyOf(req)
    if (!body) return errorResponse(400, 'อ่านข้อมูลที่ส่งมาไม่ได้ กรุณาส่งเป็น JSON')
    const id = Number(req.routeParams?.id)
    const complaint = Number.isInteger(id) && id > 0 ? await req.payload.findByID({ collection: 'complaints', id, depth: 0, overrideAccess: true, disableErrors: true }) : null
    const actor = complaint && actorFor(user, complaint)
    if (!complaint || !actor) return errorResponse(404, 'ไม่พบเรื่องร้องเรียนนี้ หรือท่านไม่ได้รับมอบหมายให้ดูแลเรื่องนี้')
    const unit = Number(body.unit)
    const result = await actOnComplaint(req.payload, complaint, actor, { name: user.name, user: user.id }, String(body.action ?? ''), {
      note: typeof body.note === 'string' ? body.note : undefined,
      unit: Number.isInteger(unit) && unit > 0 ? unit : null,
    })
    return result.ok ? Response.json({ doc: result.complaint, message: 'ดำเนินการเรียบร้อยแล้ว' }) : errorResponse(result.status, result.message)
  },
}

/** A citizen's step on their own complaint, found by its tracking code; back to its status page when sent from it. */
const byTrackingCode = (path: string, act: (req: PayloadRequest, body: Body, complaint: Parameters<typeof rateComplaint>[1]) => Promise<ActResult>): Endpoint => ({
  path: `/track/:code/${path}`,
  method: 'post',
  handler: async (req) => {
    const code = normalizeTrackingCode(String(req.routeParams?.code ?? ''))
    const back = code ? statusPathOf(code) : COMPLAINT_PAGES.general
    const limited = overLimit(req, rate, back)
    if (limited) return limited
    const body = await bodyOf(req)
    if (!body) return refused(req, 400, 'อ่านข้อมูลที่ส่งมาไม่ได้', back)
    const { docs } = code ? await req.payload.find({ collection: 'complaints', where: { trackingCode: { equals: code } }, depth: 0, limit: 1, overrideAccess: true }) : { docs: [] }
    if (!docs[0]) return refused(req, 404, 'ไม่พบเรื่องตามรหัสติดตามนี้ กรุณาตรวจสอบรหัสอีกครั้ง', COMPLAINT_PAGES.general)
    const result = await act(req, body, docs[0])
    if (!result.ok) return refused(req, result.status, result.message, back)
    return fromForm(req) ? redirect(back) : Response.json({ state: result.complaint.state, message: 'บันทึกแล้ว' })
  },
})

const reopenEndpoint = byTrackingCode('reopen', (req, body, complaint) =>
  actOnComplaint(req.payload, complaint, 'citizen', { name: 'ผู้ร้อง' }, 'reopen', { note: typeof body.note === 'string' ? body.note : '' }),
)
const ratingEndpoint = byTrackingCode('rating', (req, body, complaint) => rateComplaint(req.payload, complaint, Number(body.rating)))

export const complaintEndpoints: Endpoint[] = [fileEndpoint, transitionEndpoint, reopenEndpoint, ratingEndpoint]
