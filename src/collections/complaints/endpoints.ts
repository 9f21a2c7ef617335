/**
 * The complaint endpoints. Citizens, without an account: POST /api/complaints (JSON, or a form sent by the page
 * without JavaScript, with files if any: then answered with a redirect to the status page), and, on their own complaint by its
 * tracking code, POST /api/complaints/track/:code/reopen {note} and …/rating {rating}, and GET …/files/:id for a
 * file the agency gave. Staff: POST
 * /api/complaints/:id/transition {action, note?, unit?}. Every public one is rate-limited per address and answers
 * bad input with 400 and a Thai message, never a 5xx.
 */
import path from 'node:path'
import type { Endpoint, PayloadRequest } from 'payload'
import { caseFilesDir } from '@/server/environment'
import { fileResponse, notFound } from '@/server/file-response'
import { COMPLAINT_PAGES, channelPageOf, normalizeTrackingCode, statusPathOf } from '@/domain/complaints/complaints'
import { CITIZEN_FILES, CITIZEN_FORM_BYTES, readComplaint } from '@/domain/complaints/form'
import { PUBLIC_FORM_RATE, RateLimit } from '@/domain/site/rate-limit'
import { staff } from '@/access/roles'
import { errorResponse } from '@/endpoints/http'
import { bodyOf, fromForm, overLimit, readBody, redirect, refused, refusedFields, type Body } from '@/endpoints/citizen-forms'
import { agencyStepBytes, checkCaseFiles } from './files'
import { actOnComplaint, fileComplaint, rateComplaint, type ActResult } from './commands'
import { actorFor } from './access'

const rate = new RateLimit(PUBLIC_FORM_RATE)

const fileEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    const limited = overLimit(req, rate, COMPLAINT_PAGES.general)
    if (limited) return limited
    const read = await readBody(req, CITIZEN_FORM_BYTES)
    if (read === 'too-large') return refused(req, 413, `ข้อมูลที่ส่งมีขนาดเกินที่รับได้ แนบไฟล์ได้ไม่เกิน ${CITIZEN_FILES.count} ไฟล์ ไฟล์ละไม่เกิน ${CITIZEN_FILES.megabytesEach} MB`, COMPLAINT_PAGES.general)
    if (!read) return refused(req, 400, 'อ่านข้อมูลที่ส่งมาไม่ได้ กรุณาส่งเป็น JSON หรือจากแบบฟอร์มบนเว็บไซต์', COMPLAINT_PAGES.general)
    const body = read.fields
    const back = channelPageOf(body.track)
    const filed = readComplaint(body)
    if ('robot' in filed) return fromForm(req) ? redirect(back) : Response.json({ trackingCode: null }, { status: 202 }) // nothing kept, nothing said
    if ('errors' in filed) return refusedFields(req, 400, back, body, filed.errors)
    const files = await checkCaseFiles(req.payload, read.files, 'citizen')
    if ('message' in files) return fromForm(req) ? refusedFields(req, files.status, back, body, { files: files.message }) : refused(req, files.status, files.message, back)
    const complaint = await fileComplaint(req.payload, filed.input, files.files)
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
    const read = await readBody(req, await agencyStepBytes(req.payload))
    if (read === 'too-large') return errorResponse(413, 'ไฟล์ที่แนบรวมกันมีขนาดเกินที่ระบบรับได้')
    if (!read) return errorResponse(400, 'อ่านข้อมูลที่ส่งมาไม่ได้ กรุณาส่งเป็น JSON หรือ multipart/form-data')
    const body = read.fields
    const id = Number(req.routeParams?.id)
    const complaint = Number.isInteger(id) && id > 0 ? await req.payload.findByID({ collection: 'complaints', id, depth: 0, overrideAccess: true, disableErrors: true }) : null
    const actor = complaint && actorFor(user, complaint)
    if (!complaint || !actor) return errorResponse(404, 'ไม่พบเรื่องร้องเรียนนี้ หรือท่านไม่ได้รับมอบหมายให้ดูแลเรื่องนี้')
    const unit = Number(body.unit)
    const files = await checkCaseFiles(req.payload, read.files, 'agency')
    if ('message' in files) return errorResponse(files.status, files.message)
    const result = await actOnComplaint(req.payload, complaint, actor, { name: user.name, user: user.id }, String(body.action ?? ''), {
      note: typeof body.note === 'string' ? body.note : undefined,
      unit: Number.isInteger(unit) && unit > 0 ? unit : null,
      files: files.files,
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

/** GET /api/complaints/track/:code/files/:id — a file the agency gave on this case, to whoever holds its tracking code. */
const caseFileEndpoint: Endpoint = {
  path: '/track/:code/files/:id',
  method: 'get',
  handler: async (req) => {
    const code = normalizeTrackingCode(String(req.routeParams?.code ?? ''))
    const id = Number(req.routeParams?.id)
    if (!code || !Number.isInteger(id) || id < 1) return notFound()
    const { docs } = await req.payload.find({
      collection: 'case-files',
      where: { and: [{ id: { equals: id } }, { from: { equals: 'agency' } }, { 'case.trackingCode': { equals: code } }] },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      select: { filename: true, mimeType: true },
    })
    const file = docs[0]
    return file?.filename ? fileResponse(path.join(caseFilesDir(), path.basename(file.filename)), file.mimeType ?? '', file.filename, false) : notFound()
  },
}

const reopenEndpoint = byTrackingCode('reopen', (req, body, complaint) =>
  actOnComplaint(req.payload, complaint, 'citizen', { name: 'ผู้ร้อง' }, 'reopen', { note: typeof body.note === 'string' ? body.note : '' }),
)
const ratingEndpoint = byTrackingCode('rating', (req, body, complaint) => rateComplaint(req.payload, complaint, Number(body.rating)))

export const complaintEndpoints: Endpoint[] = [fileEndpoint, transitionEndpoint, reopenEndpoint, ratingEndpoint, caseFileEndpoint]
