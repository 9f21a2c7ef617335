/**
 * The agency's emblem (ตราสัญลักษณ์), as uploaded in the settings and served from this site, or a neutral official
 * mark when there is none: in the admin's sign-in page and header, and in the public site's header.
 */

/** Where the emblem uploaded in the settings is served. */
export const emblemUrl = (id: number | string | null | undefined): string | null => (id == null ? null : `/images/site/${id}`)

/** A seal with a pediment: no agency's own emblem, recognisably an official mark. */
function NeutralEmblem({ size }: { size: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <circle cx="32" cy="32" r="30" fill="none" stroke="currentColor" strokeWidth="3" />
      <circle cx="32" cy="32" r="24" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M16 30 L32 16 L48 30 Z" fill="currentColor" />
      <rect x="19" y="32" width="26" height="3" fill="currentColor" />
      <rect x="21" y="36" width="4" height="10" fill="currentColor" />
      <rect x="30" y="36" width="4" height="10" fill="currentColor" />
      <rect x="39" y="36" width="4" height="10" fill="currentColor" />
      <rect x="17" y="47" width="30" height="3" fill="currentColor" />
    </svg>
  )
}

export function Emblem({ src, size }: { src: string | null; size: number }) {
  // eslint-disable-next-line @next/next/no-img-element -- the emblem is served as it was uploaded, from this site
  return src ? <img src={src} alt="" width={size} height={size} style={{ objectFit: 'contain' }} /> : <NeutralEmblem size={size} />
}
