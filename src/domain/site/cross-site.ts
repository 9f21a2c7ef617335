/**
 * Cross-site request forgery (การปลอมแปลงคำขอข้ามเว็บไซต์): a request that changes something, carrying the staff
 * session cookie, sent by a page of another site. The cookie is `SameSite=Lax`, so browsers already leave it off
 * another site's forms and scripts; this is the second guard (OWASP's "verify origin with standard headers"): the
 * browser's `Sec-Fetch-Site` or `Origin` must say the request came from this site. A token in the Authorization
 * header cannot be forged by another page, and a client that sends neither header is not a browser.
 */
export const SESSION_COOKIE = 'payload-token'

const READS = new Set(['GET', 'HEAD', 'OPTIONS'])

export interface RequestHeaders {
  origin?: string
  host?: string
  'sec-fetch-site'?: string
  cookie?: string
  authorization?: string
}

const hostnameOf = (host: string): string => host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '').toLowerCase()

export function isCrossSiteWithSession(method: string, headers: RequestHeaders): boolean {
  if (READS.has(method) || headers.authorization || !headers.cookie?.includes(`${SESSION_COOKIE}=`)) return false
  if (headers['sec-fetch-site'] === 'cross-site') return true
  if (headers.origin === undefined) return false
  if (headers.origin === 'null') return true
  try {
    return hostnameOf(new URL(headers.origin).host) !== hostnameOf(headers.host ?? '')
  } catch {
    return true
  }
}

export const CROSS_SITE_REFUSAL = 'ไม่ดำเนินการตามคำขอนี้ เพราะส่งมาจากเว็บไซต์อื่นพร้อมการเข้าสู่ระบบของท่าน (ป้องกันการปลอมแปลงคำขอ) กรุณาทำรายการจากหน้าระบบโดยตรง'
