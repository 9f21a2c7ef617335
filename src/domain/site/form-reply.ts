/**
 * A public form sent without JavaScript that the server refused (แบบฟอร์มที่ต้องแก้ไข): the page is drawn again
 * with what the citizen typed still in its fields and each Thai message beside its field, as a browser's own checks
 * would have shown it. The endpoint answers a reply (this shape, in its own media type); the front server has the
 * form's page rendered with it, never kept. What was typed never goes back into a file field or the honeypot.
 */

/** Each field's message by the field's name; FORM_MESSAGE for a refusal that is the whole form's. */
export type FieldErrors = Record<string, string>

export interface FormReply {
  /** The page the form is on (a path of the public site). */
  page: string
  /** What was typed, by field name (a field sent more than once, such as checkboxes, as a list). */
  values: Record<string, string | string[]>
  errors: FieldErrors
}

/** The media type of a reply, between the site process and the front server. */
export const FORM_REPLY_TYPE = 'application/vnd.khaosan.form-reply+json'

/** The key of a message about the whole form rather than one field (a file refused, say). */
export const FORM_MESSAGE = ''

/** Longest text a reply carries back into a field: more than any field takes, far less than a body may weigh. */
const MAX_VALUE_LENGTH = 20_000

/** The reply to send: only text, only what a page may show again, none of the fields named in `never`. */
export function formReplyOf(page: string, sent: Record<string, unknown>, errors: FieldErrors, never: readonly string[]): FormReply {
  const values: FormReply['values'] = {}
  for (const [name, value] of Object.entries(sent)) {
    if (never.includes(name)) continue
    const texts = (Array.isArray(value) ? value : [value]).filter((text): text is string => typeof text === 'string').map((text) => text.slice(0, MAX_VALUE_LENGTH))
    if (texts.length) values[name] = Array.isArray(value) ? texts : texts[0]
  }
  return { page, values, errors }
}

/** A reply read back from its JSON; null if it is not one (a page of the public site, texts, messages). */
export function parseFormReply(json: string): FormReply | null {
  try {
    const reply: unknown = JSON.parse(json)
    if (!reply || typeof reply !== 'object') return null
    const { page, values, errors } = reply as Record<string, unknown>
    if (typeof page !== 'string' || !page.startsWith('/') || page.startsWith('//')) return null
    if (!isRecordOf(values, (value) => typeof value === 'string' || (Array.isArray(value) && value.every((text) => typeof text === 'string')))) return null
    if (!isRecordOf(errors, (message) => typeof message === 'string')) return null
    return { page, values: values as FormReply['values'], errors: errors as FieldErrors }
  } catch {
    return null
  }
}

const isRecordOf = (value: unknown, valid: (entry: unknown) => boolean): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every(valid)

/** What was typed in a field, as the text to put back in it. */
export function sentText(reply: FormReply | undefined, name: string): string | undefined {
  const value = reply?.values[name]
  return Array.isArray(value) ? value[0] : value
}

/** Whether a checkbox or radio button of this value was ticked; undefined when there is no reply (the page's default). */
export function sentChoice(reply: FormReply | undefined, name: string, value: string): boolean | undefined {
  if (!reply) return undefined
  return [reply.values[name] ?? []].flat().includes(value)
}
