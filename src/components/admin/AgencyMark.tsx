/**
 * The agency's emblem and name where Payload shows its own logo: large on the sign-in page, small in the header.
 * The emblem is the one uploaded in the settings (served from this site); without one, a neutral mark.
 */
import type { Payload } from 'payload'

async function agencyMark(payload: Payload): Promise<{ name: string; emblem: string | null }> {
  const settings = await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true, select: { agencyName: true, emblem: true } })
  const emblem = settings.emblem == null ? null : typeof settings.emblem === 'object' ? settings.emblem.id : settings.emblem
  return { name: settings.agencyName, emblem: emblem == null ? null : `/images/site/${emblem}` }
}

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

function Emblem({ src, size }: { src: string | null; size: number }) {
  // eslint-disable-next-line @next/next/no-img-element -- the emblem is served as it was uploaded, from this site
  return src ? <img src={src} alt="" width={size} height={size} style={{ objectFit: 'contain' }} /> : <NeutralEmblem size={size} />
}

export async function AgencyLogo({ payload }: { payload: Payload }) {
  const { name, emblem } = await agencyMark(payload)
  return (
    <div className="khaosan-mark khaosan-mark--logo">
      <Emblem src={emblem} size={96} />
      <div>
        <strong>{name}</strong>
        <span>ระบบเผยแพร่ข้อมูลบนเว็บไซต์</span>
      </div>
    </div>
  )
}

export async function AgencyIcon({ payload }: { payload: Payload }) {
  const { name, emblem } = await agencyMark(payload)
  return (
    <span className="khaosan-mark khaosan-mark--icon" title={name}>
      <Emblem src={emblem} size={28} />
    </span>
  )
}
