/**
 * The e-form endpoints. Citizens, without an account: POST /api/form-submissions/form/:slug (JSON, or the form's page
 * sent without JavaScript, with its files: then answered with a redirect to the receipt) → 201 {reference,
 * receiptUrl, receiptPdfUrl}; GET /api/form-submissions/receipt/:reference/pdf, their answers as a PDF while the
 * receipt is open. Staff of the form's unit: POST /api/form-submissions/:id/transition {action: 'seen' | 'done', note?} and
 * GET /api/form-submissions/export?form=<id>, a CSV of the submissions they may read. Every public one is
 * rate-limited per address and answers bad input with 4xx and a Thai message, never a 5xx.
 */
import { recordAudit } from '@/server/events'
import type { Endpoint, PayloadRequest } from 'payload'
import { toCsv } from '@/domain/compliance/export'
import { CITIZEN_FILES, CITIZEN_FORM_BYTES } from '@/domain/complaints/form'
import { FORMS_PATH, exportRows, fieldOf, formPath, normalizeFormReference, readSubmission, receiptOpen, receiptPath, receiptPdfPath, receiptSpec, answersOf } from '@/domain/forms/forms'
import { PUBLIC_FORM_RATE, RateLimit } from '@/domain/site/rate-limit'
import type { EForm, FormSubmission } from '@/payload-types'
import { staff } from '@/access/roles'
import { errorResponse, fileResponse } from '@/endpoints/http'
import { bodyOf, fromForm, overLimit, readBody, redirect, refused, refusedFields } from '@/endpoints/citizen-forms'
import { FORM_MESSAGE } from '@/domain/site/form-reply'
import { renderDocument } from '@/endpoints/documents'
import { DOCUMENT_MIME } from '@/documents'
import { agencySettings } from '@/server/settings'
import { checkCaseFiles } from '@/collections/complaints/files'
import { handlesSubmission, readableSubmissions } from './access'
import { markSubmission, submitForm } from './commands'

const rate = new RateLimit(PUBLIC_FORM_RATE)

/** A form open on the public site, by its slug. */
async function openForm(req: PayloadRequest, slug: string): Promise<EForm | null> {
  const { docs } = await req.payload.find({ collection: 'e-forms', where: { and: [{ slug: { equals: slug } }, { active: { equals: true } }] }, depth: 0, limit: 1, overrideAccess: true })
  return docs[0] ?? null
}

const sendEndpoint: Endpoint = {
  path: '/form/:slug',
  method: 'post',
  handler: async (req) => {
    const slug = String(req.routeParams?.slug ?? '')
    const back = formPath(slug)
    const limited = overLimit(req, rate, back)
    if (limited) return limited
    const form = /^[a-z0-9-]{1,80}$/.test(slug) ? await openForm(req, slug) : null
    if (!form) return refused(req, 404, 'ไม่พบแบบฟอร์มนี้ หรือแบบฟอร์มปิดรับแล้ว', FORMS_PATH)
    const read = await readBody(req, CITIZEN_FORM_BYTES)
    if (read === 'too-large') return refused(req, 413, `ข้อมูลที่ส่งมีขนาดเกินที่รับได้ แนบไฟล์ได้ไม่เกิน ${CITIZEN_FILES.count} ไฟล์ ไฟล์ละไม่เกิน ${CITIZEN_FILES.megabytesEach} MB`, back)
    if (!read) return refused(req, 400, 'อ่านข้อมูลที่ส่งมาไม่ได้ กรุณาส่งเป็น JSON หรือจากแบบฟอร์มบนเว็บไซต์', back)
    const fields = form.fields.map(fieldOf)
    // Only a file field's files are kept; anything else sent as a file is not part of the form.
    const sent = fields.filter((field) => field.type === 'file').map((field) => ({ field, files: read.filesByField[field.key] ?? [] }))
    const submitted = readSubmission(fields, read.fields, Object.fromEntries(sent.map(({ field, files }) => [field.key, files.map((file) => file.name)])))
    if ('robot' in submitted) return fromForm(req) ? redirect(back) : Response.json({ reference: null }, { status: 202 }) // nothing kept, nothing said
    const fileFields = sent.map(({ field }) => field.key)
    if ('errors' in submitted) {
      const labelOf = (key: string) => fields.find((field) => field.key === key)?.label ?? 'ความยินยอม'
      return refusedFields(req, 400, back, read.fields, submitted.errors, { never: fileFields, labelOf })
    }
    const checked = await checkCaseFiles(req.payload, sent.flatMap(({ files }) => files), 'citizen')
    if ('message' in checked) return fromForm(req) ? refusedFields(req, checked.status, back, read.fields, { [FORM_MESSAGE]: checked.message }, { never: fileFields }) : refused(req, checked.status, checked.message, back)
    const submission = await submitForm(req.payload, form, submitted.answers, checked.files)
    const receiptUrl = receiptPath(submission.reference)
    return fromForm(req) ? redirect(receiptUrl) : Response.json({ reference: submission.reference, receiptUrl, receiptPdfUrl: receiptPdfPath(submission.reference) }, { status: 201 })
  },
}

/** The submission a reference names while its receipt is open (24 hours after sending), with its form. */
async function openReceipt(req: PayloadRequest, typed: string): Promise<{ submission: FormSubmission; form: EForm } | null> {
  const reference = normalizeFormReference(typed)
  if (!reference) return null
  const { docs } = await req.payload.find({ collection: 'form-submissions', where: { reference: { equals: reference } }, depth: 1, limit: 1, overrideAccess: true })
  const submission = docs[0]
  if (!submission || typeof submission.form !== 'object' || !receiptOpen(new Date(submission.submittedAt), new Date())) return null
  return { submission, form: submission.form }
}

const receiptPdfEndpoint: Endpoint = {
  path: '/receipt/:reference/pdf',
  method: 'get',
  handler: async (req) => {
    const limited = overLimit(req, rate, FORMS_PATH)
    if (limited) return limited
    const receipt = await openReceipt(req, String(req.routeParams?.reference ?? ''))
    if (!receipt) return refused(req, 404, 'ไม่พบแบบฟอร์มตามเลขที่อ้างอิงนี้ หรือพ้นเวลา 24 ชั่วโมงที่เปิดให้พิมพ์แล้ว', FORMS_PATH)
    const { submission, form } = receipt
    const { agencyName } = await agencySettings(req.payload)
    const spec = receiptSpec({ agencyName, formTitle: form.title, reference: submission.reference, submittedAt: new Date(submission.submittedAt), answers: answersOf(submission.answers) })
    return fileResponse(await renderDocument(spec, 'pdf'), DOCUMENT_MIME.pdf, `${submission.reference}.pdf`, `${form.title} ${submission.reference}.pdf`)
  },
}

const markEndpoint: Endpoint = {
  path: '/:id/transition',
  method: 'post',
  handler: async (req) => {
    const user = staff(req)
    if (!user) return errorResponse(401, 'กรุณาเข้าสู่ระบบ')
    const body = await bodyOf(req)
    const id = Number(req.routeParams?.id)
    const submission = Number.isInteger(id) && id > 0 ? await req.payload.findByID({ collection: 'form-submissions', id, depth: 0, overrideAccess: true, disableErrors: true }) : null
    if (!submission || !handlesSubmission(user, submission)) return errorResponse(404, 'ไม่พบแบบฟอร์มนี้ หรือแบบฟอร์มนี้ไม่ได้ส่งถึงหน่วยงานของท่าน')
    const note = typeof body?.note === 'string' ? body.note.trim().slice(0, 2000) : ''
    const result = await markSubmission(req.payload, submission, user, String(body?.action ?? ''), note)
    return result.ok ? Response.json({ doc: result.submission, message: 'ดำเนินการเรียบร้อยแล้ว' }) : errorResponse(result.status, result.message)
  },
}

const exportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const user = staff(req)
    if (!user) return errorResponse(401, 'กรุณาเข้าสู่ระบบ')
    const formId = Number(req.searchParams.get('form'))
    const form = Number.isInteger(formId) && formId > 0 ? await req.payload.findByID({ collection: 'e-forms', id: formId, depth: 0, overrideAccess: true, disableErrors: true }) : null
    if (!form) return errorResponse(404, 'ไม่พบแบบฟอร์มนี้ ระบุ ?form= เป็นรหัสของแบบฟอร์ม')
    const readable = readableSubmissions(user)
    if (readable === false) return errorResponse(403, 'ท่านไม่มีสิทธิ์อ่านแบบฟอร์มที่ประชาชนส่ง')
    const { docs } = await req.payload.find({
      collection: 'form-submissions',
      where: { and: [{ form: { equals: form.id } }, ...(readable === true ? [] : [readable])] },
      sort: 'submittedAt',
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    const rows = exportRows(
      docs.map((doc) => ({ reference: doc.reference, submittedAt: new Date(doc.submittedAt), state: doc.state, answers: answersOf(doc.answers) })),
      form.fields.map(fieldOf),
    )
    await recordAudit(req, { kind: 'export', summary: `ส่งออกแบบฟอร์มที่ประชาชนส่ง “${form.title}” ${docs.length} รายการ` })
    return fileResponse(toCsv(rows), 'text/csv; charset=utf-8', `form-${form.slug}.csv`, `${form.title}.csv`)
  },
}

export const formSubmissionEndpoints: Endpoint[] = [sendEndpoint, receiptPdfEndpoint, markEndpoint, exportEndpoint]
