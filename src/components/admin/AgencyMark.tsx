/**
 * The agency's emblem and name where Payload shows its own logo: large on the sign-in page, small in the header.
 * The emblem is the one uploaded in the settings (served from this site); without one, a neutral mark.
 */
import type { Payload } from 'payload'
import { Emblem, emblemUrl } from '@/components/Emblem'

async function agencyMark(payload: Payload): Promise<{ name: string; emblem: string | null }> {
  const settings = await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true, select: { agencyName: true, emblem: true } })
  const emblem = settings.emblem == null ? null : typeof settings.emblem === 'object' ? settings.emblem.id : settings.emblem
  return { name: settings.agencyName, emblem: emblemUrl(emblem) }
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
