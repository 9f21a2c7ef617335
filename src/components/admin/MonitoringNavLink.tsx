/** The monitoring page (/admin/monitoring) in the navigation, for those who monitor and the executive. */
import type { ServerProps } from 'payload'
import { MONITORS } from '@/endpoints/http'

/** The page's name, in the navigation and as the browser's title. */
export const MONITORING_PAGE_TITLE = 'การกำกับติดตามการเผยแพร่ข้อมูล'

export function MonitoringNavLink({ user }: ServerProps) {
  const role = user && 'role' in user ? user.role : null
  if (!role || !MONITORS.includes(role)) return null
  return (
    <a className="nav__link khaosan-nav-link" href="/admin/monitoring">
      <span className="nav__link-label">{MONITORING_PAGE_TITLE}</span>
    </a>
  )
}
