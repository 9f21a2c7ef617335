/**
 * What every response of the front server says about itself for the browser's protection (NCSA website security
 * standard 2568): a Content-Security-Policy — the public pages run no inline script (their one script is a file
 * of the site), the admin gets what Payload's pages need and no more —, no framing by other sites, the referrer
 * cut to the origin elsewhere, no camera, microphone or location, no type sniffing; and over HTTPS, HSTS.
 */
const PUBLIC_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"
/** Next's pages bootstrap with inline scripts, and Payload's fields style inline and preview uploads as blobs. */
const ADMIN_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"
export const HSTS = 'max-age=31536000; includeSubDomains'

const COMMON: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
]

/** The headers for a response to `path`, as name/value pairs; with HSTS when the front server speaks HTTPS. */
export function securityHeaders(path: string, https: boolean): [string, string][] {
  const admin = path === '/admin' || path.startsWith('/admin/') || path.startsWith('/_next/')
  return [...COMMON, ['Content-Security-Policy', admin ? ADMIN_CSP : PUBLIC_CSP], ...(https ? ([['Strict-Transport-Security', HSTS]] as [string, string][]) : [])]
}
