/**
 * The largest request body the system reads at all: the largest file the settings may allow, and room for the
 * rest of a multipart form. The front server refuses a longer body with 413 before it is passed on, and Payload's
 * parser stops at it while it writes an upload to disk; the agency's own (smaller) limits are checked then.
 */
import { MAX_CONFIGURABLE_MEGABYTES, parseFilePolicy } from './attachments'

const MEGABYTE = 1024 * 1024

export const MAX_UPLOAD_BYTES = MAX_CONFIGURABLE_MEGABYTES * MEGABYTE
export const MAX_REQUEST_BYTES = MAX_UPLOAD_BYTES + MEGABYTE

/** A settings form's check of a list of allowed extensions (empty is fine: the default, or the agency's setting). */
export const validExtensions = (value: unknown): true | string => {
  if (value == null || (Array.isArray(value) && value.length === 0)) return true
  const parsed = parseFilePolicy({ allowedExtensions: value })
  return parsed.ok || parsed.errors.join(' ')
}
