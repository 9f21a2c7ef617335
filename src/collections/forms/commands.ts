/**
 * The e-form commands, as the complaints': write the submission, its files and an event with what must follow (a
 * notice to the unit's staff, an e-mail to the citizen when the form asked for one) in one transaction, and run what
 * follows once it has committed. Marking and deleting are commands too, each with its event.
 */
import type { Payload } from 'payload'
import { idOf } from '@/access/roles'
import { SUBMISSION_MARKS, deleteAfter, newFormReference, receiptPath, type FormAnswer } from '@/domain/forms/forms'
import type { EForm, FormSubmission, User } from '@/payload-types'
import { inTransaction } from '@/server/database'
import { recordEvent, type EffectPlan } from '@/server/events'
import { runWhenCommitted } from '@/server/effects'
import { publicOrigin } from '@/server/environment'
import { noticeTo } from '@/server/notify'
import { encodeUnitPath, unitPathOf } from '@/collections/publish-requests/facts'
import { storeCaseFiles, type ArrivedCaseFile } from '@/collections/complaints/files'

const adminLink = (id: number) => `${publicOrigin()}/admin/collections/form-submissions/${id}`

/** A citizen's submission of a form, with its checked files (each named by its field's key). */
export async function submitForm(payload: Payload, form: EForm, answers: FormAnswer[], files: readonly ArrivedCaseFile[], now = new Date()): Promise<FormSubmission> {
  let event = 0
  const submission = await inTransaction(payload, async (req) => {
    const unit = idOf(form.unit)
    const doc = await payload.create({
      collection: 'form-submissions',
      data: {
        reference: newFormReference(now),
        form: form.id,
        answers,
        state: 'new',
        unit: unit ? Number(unit) : null,
        unitPath: encodeUnitPath(await unitPathOf(payload, unit, req)),
        submittedAt: now.toISOString(),
        deleteAfter: deleteAfter(now, form.retentionDays).toISOString(),
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
    await storeCaseFiles(payload, req, { submission: doc.id }, { citizen: true }, files)
    const { docs: unitStaff } = unit
      ? await payload.find({ collection: 'users', where: { and: [{ unit: { equals: unit } }, { active: { not_equals: false } }] }, overrideAccess: true, depth: 0, limit: 0, pagination: false, req })
      : { docs: [] as User[] }
    const citizen = answers.find((answer) => answer.type === 'email' && answer.value)?.value
    const effects: EffectPlan[] = [
      ...unitStaff.flatMap((user) => noticeTo(user, { kind: 'e-form', title: `${form.title}: มีผู้ส่งแบบฟอร์มใหม่`, message: `เลขที่อ้างอิง ${doc.reference}`, link: adminLink(doc.id) })),
      ...(citizen
        ? [{ kind: 'mail' as const, description: `อีเมลถึงผู้ส่งแบบฟอร์ม (${doc.reference})`, input: { to: citizen, subject: `ได้รับ${form.title}แล้ว เลขที่อ้างอิง ${doc.reference}`, text: `หน่วยงานได้รับ${form.title}ของท่านแล้ว\nเลขที่อ้างอิง: ${doc.reference}\nดูและพิมพ์สิ่งที่ท่านส่งได้ภายใน 24 ชั่วโมงที่ ${publicOrigin()}${receiptPath(doc.reference)}` } }]
        : []),
    ]
    event = await recordEvent(req, { kind: 'e-form', summary: `รับ${form.title} ${doc.reference}` }, effects)
    return doc
  })
  runWhenCommitted(payload, event)
  return submission
}

/** A staff member marks a submission (รับเรื่อง, ดำเนินการเสร็จ): the new state, with who and when (and their note, kept inside), and its event. */
export async function markSubmission(payload: Payload, submission: FormSubmission, by: User, mark: string, note: string): Promise<{ ok: true; submission: FormSubmission } | { ok: false; status: number; message: string }> {
  const rule = Object.hasOwn(SUBMISSION_MARKS, mark) ? SUBMISSION_MARKS[mark] : null
  if (!rule) return { ok: false, status: 400, message: `ไม่รู้จักการดำเนินการ “${mark}” ใช้ได้: ${Object.values(SUBMISSION_MARKS).map((m) => m.label).join(', ')}` }
  if (submission.state === rule.to) return { ok: false, status: 409, message: `แบบฟอร์มนี้อยู่ในสถานะนี้แล้ว` }
  const updated = await inTransaction(payload, async (req) => {
    const doc = await payload.update({ collection: 'form-submissions', id: submission.id, data: { state: rule.to, markedBy: by.name, markedAt: new Date().toISOString(), ...(note ? { staffNote: note } : {}) }, overrideAccess: true, depth: 0, req })
    await recordEvent(req, { kind: 'e-form', summary: `${rule.label}: ${doc.reference} (${by.name})`, by }, [])
    return doc
  })
  return { ok: true, submission: updated }
}

/** Deletes the submissions whose retention has passed, with their files, and records how many (not what they said). */
export async function deleteExpiredSubmissions(payload: Payload, now = new Date()): Promise<number> {
  return inTransaction(payload, async (req) => {
    const { docs } = await payload.find({ collection: 'form-submissions', where: { deleteAfter: { less_than_equal: now.toISOString() } }, overrideAccess: true, depth: 0, limit: 500, select: { reference: true }, req })
    if (!docs.length) return 0
    const ids = docs.map((doc) => doc.id)
    await payload.delete({ collection: 'case-files', where: { submission: { in: ids } }, overrideAccess: true, req })
    await payload.delete({ collection: 'form-submissions', where: { id: { in: ids } }, overrideAccess: true, req })
    await recordEvent(req, { kind: 'e-form', summary: `ลบแบบฟอร์มที่ครบระยะเวลาเก็บรักษา ${docs.length} รายการ (${docs.map((doc) => doc.reference).join(', ')})` }, [])
    return docs.length
  })
}
