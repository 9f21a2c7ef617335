/**
 * E-forms on the public site (แบบฟอร์มออนไลน์): the list of forms open now, each form's page (its fields drawn from
 * the form's definition, sent without JavaScript; the browser checks what it can, the server checks everything:
 * src/domain/forms/forms.ts), and the citizen's receipt by its reference number: what they sent, to print or save as
 * PDF, for 24 hours. The list and the forms are kept by the page cache (a form's change drops it); the receipt is
 * one citizen's and never kept.
 */
import type { ReactNode } from 'react'
import {
  CONSENT_FIELD,
  FIELD_PATTERNS,
  FORMS_PATH,
  FORM_TEXT_LIMITS,
  HONEYPOT_FIELD,
  RECEIPT_HOURS,
  answersOf,
  fieldOf,
  formPath,
  normalizeFormReference,
  receiptOpen,
  receiptPath,
  receiptPdfPath,
  type FormField,
} from '@/domain/forms/forms'
import { CITIZEN_FILES } from '@/domain/complaints/form'
import { thaiDate, thaiDateTime } from '@/domain/thai/format'
import { Breadcrumb, Paragraphs } from '@/site/components'
import { agencyProfile, payloadInstance, siteSettings } from '@/site/content'
import type { PageOutcome } from '@/site/page'
import { FieldMessage, ReplySummary, TickBox, sentField, sentTick } from '@/site/views/FormReply'
import type { FormReply } from '@/domain/site/form-reply'

const FORMS = 'แบบฟอร์มออนไลน์'
const id = (key: string) => `form-${key}`

const isGroup = (field: FormField) => (field.type === 'choice' || field.type === 'checkbox') && field.options.length > 0

/** Where a field's message in the summary leads: the field, or a group's first choice. */
const targetOf = (fields: FormField[]) => (key: string) => {
  const field = fields.find((f) => f.key === key)
  return field && isGroup(field) ? id(`${key}-0`) : id(key)
}

function Field({ field, reply, children, group = false }: { field: FormField; reply?: FormReply; children: ReactNode; group?: boolean }) {
  const label = `${field.label}${field.required ? ' (จำเป็น)' : ''}`
  const message = <FieldMessage reply={reply} name={field.key} id={id(field.key)} />
  const help = field.help ? (
    <small id={id(`${field.key}-hint`)} className="muted">
      {field.help}
    </small>
  ) : null
  if (group)
    return (
      <fieldset aria-describedby={[field.help ? id(`${field.key}-hint`) : '', reply?.errors[field.key] ? id(`${field.key}-error`) : ''].filter(Boolean).join(' ') || undefined}>
        <legend>{label}</legend>
        {help}
        {message}
        {children}
      </fieldset>
    )
  return (
    <div className="field">
      <label htmlFor={id(field.key)}>{label}</label>
      {help}
      {message}
      {children}
    </div>
  )
}

/** The shape the browser checks beside the field before sending, with its Thai hint. */
const checked = (type: keyof typeof FIELD_PATTERNS) => ({ pattern: FIELD_PATTERNS[type]!.pattern, title: FIELD_PATTERNS[type]!.hint })

/** One field of the form as an input the browser checks before sending (the server checks it again). */
function FormInput({ field, reply }: { field: FormField; reply?: FormReply }) {
  const common = { ...sentField(reply, field.key, id(field.key), field.help ? id(`${field.key}-hint`) : undefined), required: field.required }
  switch (field.type) {
    case 'text':
      return <input {...common} maxLength={FORM_TEXT_LIMITS.text} />
    case 'long-text':
      return <textarea {...common} rows={5} maxLength={FORM_TEXT_LIMITS['long-text']} />
    case 'number':
      return <input {...common} {...checked('number')} inputMode="decimal" maxLength={FORM_TEXT_LIMITS.number} />
    case 'email':
      return <input {...common} type="email" autoComplete="email" maxLength={FORM_TEXT_LIMITS.email} />
    case 'phone':
      return <input {...common} {...checked('phone')} type="tel" autoComplete="tel" maxLength={FORM_TEXT_LIMITS.phone} />
    case 'date':
      return <input {...common} {...checked('date')} inputMode="numeric" placeholder="วว/ดด/ปปปป เช่น 15/01/2569" maxLength={16} />
    case 'file':
      return <input {...common} defaultValue={undefined} type="file" />
    case 'choice':
    case 'checkbox':
      return null
  }
}

function Choices({ field, reply }: { field: FormField; reply?: FormReply }) {
  const many = field.type === 'checkbox'
  return (
    <div className="choices">
      {field.options.map((option, index) => (
        <label key={option} htmlFor={id(`${field.key}-${index}`)}>
          <input {...sentTick(reply, field.key, option, { id: id(`${field.key}-${index}`) })} aria-describedby={undefined} type={many ? 'checkbox' : 'radio'} required={!many && field.required} />
          {option}
        </label>
      ))}
    </div>
  )
}

function FormFieldView({ field, reply }: { field: FormField; reply?: FormReply }) {
  if (isGroup(field))
    return (
      <Field field={field} reply={reply} group>
        <Choices field={field} reply={reply} />
      </Field>
    )
  if (field.type === 'checkbox') return <TickBox reply={reply} name={field.key} id={id(field.key)} label={field.label} required={field.required} />
  return (
    <Field field={field} reply={reply}>
      <FormInput field={field} reply={reply} />
    </Field>
  )
}

/** ประกาศความเป็นส่วนตัว (PDPA s.23) of a form: why, on what basis, for how long, and the citizen's rights. */
async function PrivacyNotice({ retentionDays }: { retentionDays: number }) {
  const [profile, settings] = await Promise.all([agencyProfile(), siteSettings()])
  return (
    <details className="privacy-notice">
      <summary>ประกาศความเป็นส่วนตัว (โปรดอ่านก่อนส่งแบบฟอร์ม)</summary>
      <p>
        {settings.agencyName} เก็บข้อมูลที่ท่านกรอกเพื่อดำเนินการตามแบบฟอร์มนี้เท่านั้น ตามอำนาจหน้าที่ของหน่วยงานรัฐ (มาตรา 24 (4) แห่งพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562)
        ข้อมูลส่งถึงเจ้าหน้าที่ของหน่วยงานที่รับผิดชอบเท่านั้น ไม่แสดงบนเว็บไซต์ และจะถูกลบโดยอัตโนมัติเมื่อครบ {retentionDays.toLocaleString('th-TH')} วันนับจากวันที่ส่ง
        ท่านขอเข้าถึง แก้ไข หรือขอให้ลบข้อมูลของท่านได้ที่ {profile.email || profile.phone || 'หน่วยงาน'} โดยแจ้งเลขที่อ้างอิง
      </p>
    </details>
  )
}

/** แบบฟอร์มออนไลน์: the forms open now. */
export async function formsPage(): Promise<PageOutcome> {
  const payload = await payloadInstance()
  const { docs } = await payload.find({ collection: 'e-forms', where: { active: { equals: true } }, sort: 'title', depth: 0, limit: 100, overrideAccess: true, select: { title: true, slug: true, intro: true } })
  return {
    head: { title: FORMS, path: FORMS_PATH, description: 'กรอกแบบฟอร์มคำขอและใบสมัครบนเว็บไซต์ ไม่ต้องดาวน์โหลด ไม่ต้องสมัครสมาชิก ได้รับเลขที่อ้างอิงทันที' },
    body: (
      <>
        <Breadcrumb trail={[{ label: FORMS }]} />
        <h1>{FORMS}</h1>
        <p>กรอกและส่งแบบฟอร์มถึงหน่วยงานบนหน้าเว็บได้เลย ไม่ต้องดาวน์โหลดหรือพิมพ์ ไม่ต้องสมัครสมาชิก เมื่อส่งแล้วจะได้รับเลขที่อ้างอิงและพิมพ์หรือบันทึกสิ่งที่ส่งเป็น PDF ได้</p>
        {docs.length ? (
          <ul className="items">
            {docs.map((form) => (
              <li key={form.id}>
                <a href={formPath(form.slug)}>{form.title}</a>
                {form.intro ? <small> — {form.intro.split('\n')[0]}</small> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>ขณะนี้ยังไม่มีแบบฟอร์มที่เปิดรับ</p>
        )}
      </>
    ),
  }
}

/** One form: its introduction and its fields, with the privacy notice and consent. */
export async function formPage(slug: string, reply?: FormReply): Promise<PageOutcome> {
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return null
  const payload = await payloadInstance()
  const { docs } = await payload.find({ collection: 'e-forms', where: { and: [{ slug: { equals: slug } }, { active: { equals: true } }] }, depth: 1, limit: 1, overrideAccess: true })
  const form = docs[0]
  if (!form) return null
  const fields = form.fields.map(fieldOf)
  const withFiles = fields.some((field) => field.type === 'file')
  const unitName = typeof form.unit === 'object' ? form.unit.name : null
  return {
    head: { title: form.title, path: formPath(slug), description: form.intro?.split('\n')[0] || `${form.title} กรอกและส่งบนเว็บไซต์` },
    body: (
      <>
        <Breadcrumb trail={[{ href: FORMS_PATH, label: FORMS }, { label: form.title }]} />
        <h1>{form.title}</h1>
        <Paragraphs text={form.intro} />
        {unitName ? <p className="muted">หน่วยงานที่รับแบบฟอร์ม: {unitName}</p> : null}
        <form method="post" action={`/api/form-submissions/form/${slug}`} encType={withFiles ? 'multipart/form-data' : undefined} className="citizen-form">
          <ReplySummary reply={reply} idOf={targetOf(fields)} />
          {fields.map((field) => (
            <FormFieldView key={field.key} field={field} reply={reply} />
          ))}
          {withFiles ? <p className="muted">ไฟล์แนบ: ไฟล์ละไม่เกิน {CITIZEN_FILES.megabytesEach} MB เช่น PDF หรือภาพถ่าย</p> : null}
          {/* Robots fill every field they find; people never see this one. */}
          <div className="honeypot" aria-hidden="true">
            <label htmlFor={id(HONEYPOT_FIELD)}>เว็บไซต์ (ไม่ต้องกรอก)</label>
            <input id={id(HONEYPOT_FIELD)} name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" />
          </div>
          <PrivacyNotice retentionDays={form.retentionDays} />
          <TickBox reply={reply} name={CONSENT_FIELD} id={id(CONSENT_FIELD)} label="ข้าพเจ้าได้อ่านประกาศความเป็นส่วนตัวแล้ว และยินยอมให้หน่วยงานใช้ข้อมูลนี้เพื่อดำเนินการตามแบบฟอร์ม" />
          <p className="muted">เมื่อส่งแล้วท่านจะได้รับเลขที่อ้างอิงทันที และดู พิมพ์ หรือบันทึกสิ่งที่ส่งเป็น PDF ได้ภายใน {RECEIPT_HOURS} ชั่วโมง</p>
          <button type="submit" className="primary">
            ส่งแบบฟอร์ม
          </button>
        </form>
      </>
    ),
  }
}

/** The citizen's receipt: the reference, when, and every answer, with the PDF to print or keep. Open for 24 hours. */
export async function receiptPage(typed: string): Promise<PageOutcome> {
  const reference = normalizeFormReference(typed)
  if (!reference) return null
  const payload = await payloadInstance()
  const { docs } = await payload.find({ collection: 'form-submissions', where: { reference: { equals: reference } }, depth: 1, limit: 1, overrideAccess: true })
  const submission = docs[0]
  const submittedAt = submission ? new Date(submission.submittedAt) : null
  if (!submission || !submittedAt || typeof submission.form !== 'object' || !receiptOpen(submittedAt, new Date())) return null
  const form = submission.form
  return {
    head: { title: `ส่ง${form.title}แล้ว`, path: receiptPath(reference), noindex: true },
    body: (
      <>
        <Breadcrumb trail={[{ href: FORMS_PATH, label: FORMS }, { href: formPath(form.slug), label: form.title }, { label: 'ส่งแล้ว' }]} />
        <h1>ส่ง{form.title}แล้ว</h1>
        <p className="notice" role="status">
          หน่วยงานได้รับแบบฟอร์มของท่านแล้ว เลขที่อ้างอิง <strong data-testid="form-reference">{reference}</strong> โปรดเก็บเลขนี้ไว้เพื่อติดต่อสอบถาม
        </p>
        <p>
          <a href={receiptPdfPath(reference)} className="button">
            บันทึกหรือพิมพ์เป็น PDF
          </a>{' '}
          <span className="muted">
            (หน้านี้เปิดได้ถึง {thaiDateTime(new Date(submittedAt.getTime() + RECEIPT_HOURS * 3_600_000))} เท่านั้น จากนั้นจะไม่แสดงข้อมูลที่ท่านกรอก)
          </span>
        </p>
        <table className="answers-table">
          <caption>สิ่งที่ท่านส่ง เมื่อ {thaiDateTime(submittedAt)}</caption>
          <tbody>
            {answersOf(submission.answers).map((answer) => (
              <tr key={answer.key}>
                <th scope="row">{answer.label}</th>
                <td>{answer.value || '-'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">ข้อมูลนี้เก็บไว้ถึง {thaiDate(new Date(submission.deleteAfter))} แล้วจะถูกลบโดยอัตโนมัติ</p>
      </>
    ),
  }
}
