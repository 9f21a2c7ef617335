/**
 * A refused form drawn again (src/domain/site/form-reply.ts): a summary at the top of the form linking each
 * message to its field, each message beside its field, the field marked invalid and described by it, and what the
 * citizen typed put back. Without a reply every part draws nothing and the fields keep the page's defaults.
 */
import type { ReactNode } from 'react'
import { FORM_MESSAGE, sentChoice, sentText, type FormReply } from '@/domain/site/form-reply'

const errorId = (id: string) => `${id}-error`

/** The summary's heading, which the notice at the top of the page leads to. */
export const REPLY_SUMMARY_ID = 'form-reply-title'

/** มีข้อมูลที่ต้องแก้ไข: every message, each a link to its field (the form's own message first). */
export function ReplySummary({ reply, idOf }: { reply?: FormReply; idOf: (name: string) => string }) {
  if (!reply || Object.keys(reply.errors).length === 0) return null
  return (
    <div className="form-reply" aria-labelledby={REPLY_SUMMARY_ID}>
      <h2 id={REPLY_SUMMARY_ID} tabIndex={-1}>ยังส่งไม่ได้ กรุณาแก้ไขข้อมูลต่อไปนี้</h2>
      <ul>
        {Object.entries(reply.errors).map(([name, message]) => (
          <li key={name}>{name === FORM_MESSAGE ? message : <a href={`#${idOf(name)}`}>{message}</a>}</li>
        ))}
      </ul>
      {Object.keys(reply.values).length ? <p>ข้อมูลที่กรอกไว้ยังอยู่ในแบบฟอร์ม ไฟล์ที่แนบต้องเลือกใหม่</p> : null}
    </div>
  )
}

/** A field's message beside it, when it has one. */
export function FieldMessage({ reply, name, id }: { reply?: FormReply; name: string; id: string }) {
  const message = reply?.errors[name]
  if (!message) return null
  return (
    <p id={errorId(id)} className="field-error">
      <span className="visually-hidden">ข้อผิดพลาด: </span>
      {message}
    </p>
  )
}

/** A text field's attributes: what was typed, and whether it is invalid and described by its message (and hint). */
export function sentField(reply: FormReply | undefined, name: string, id: string, hintId?: string) {
  const invalid = !!reply?.errors[name]
  const describedBy = [hintId, invalid ? errorId(id) : undefined].filter(Boolean).join(' ')
  return { id, name, defaultValue: sentText(reply, name), 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy || undefined }
}

/**
 * A checkbox's or radio button's attributes: ticked as sent (or as the page has it without a reply); `id` when the
 * box stands alone (a consent) and its message is beside it, not beside a group's legend.
 */
export function sentTick(reply: FormReply | undefined, name: string, value: string, { id, byDefault = false }: { id?: string; byDefault?: boolean } = {}) {
  const invalid = !!reply?.errors[name]
  return { id, name, value, defaultChecked: sentChoice(reply, name, value) ?? byDefault, 'aria-invalid': invalid || undefined, 'aria-describedby': invalid && id ? errorId(id) : undefined }
}

/** A labelled field with its message between the label and the input (the input spreads sentField). */
export function ReplyField({ reply, name, id, label, children }: { reply?: FormReply; name: string; id: string; label: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <FieldMessage reply={reply} name={name} id={id} />
      {children}
    </div>
  )
}

/** A box ticked alone (a consent, a form's yes-or-no field), its message above it. */
export function TickBox({ reply, name, id, label, required = true }: { reply?: FormReply; name: string; id: string; label: string; required?: boolean }) {
  return (
    <>
      <FieldMessage reply={reply} name={name} id={id} />
      <div className="field consent">
        <input {...sentTick(reply, name, 'yes', { id })} type="checkbox" required={required} />
        <label htmlFor={id}>{label}</label>
      </div>
    </>
  )
}
