/**
 * Many agencies on one install (หลายหน่วยงานในระบบเดียว): which agency a request is for, from the host name it
 * came to. Each agency claims its host names; the first agency (the one every install starts with) serves every host
 * no other agency claims, so a single agency works as it always did whatever name it is reached by. A suspended
 * agency's site and admin are closed (nothing of it is deleted). No Payload or Next here.
 */

export const AGENCY_STATUSES = ['active', 'suspended'] as const
export type AgencyStatus = (typeof AGENCY_STATUSES)[number]

export const AGENCY_STATUS_LABELS: Record<AgencyStatus, string> = { active: 'เปิดให้บริการ', suspended: 'ระงับการให้บริการ' }

/** The first agency: every row written before there were several (and by the system, outside any request) is its. */
export const FIRST_AGENCY_ID = 1

export interface AgencyEntry {
  id: number
  name: string
  status: AgencyStatus
  hosts: readonly string[]
}

/** Shown (status 503) on the site and the admin of a suspended agency. */
export const SUSPENDED_MESSAGE = 'เว็บไซต์ของหน่วยงานนี้ระงับการให้บริการชั่วคราว กรุณาติดต่อผู้ดูแลระบบ'

/** Shown (status 404) at a host no agency answers to (only when the first agency itself is gone). */
export const NO_AGENCY_MESSAGE = 'ไม่พบเว็บไซต์ของหน่วยงานที่ชื่อนี้'

/** The traffic log is the install's (every agency's requests): read and exported by its super-administrator only. */
export const INSTALL_LOG_REFUSAL = 'ข้อมูลจราจรทางคอมพิวเตอร์เป็นของทั้งระบบ (ทุกหน่วยงาน) เฉพาะผู้ดูแลระบบกลางเท่านั้นที่เปิดอ่านและส่งออกได้'

/** Shown when a second agency is created on an install whose database cannot keep agencies apart (SQLite). */
export const NEEDS_POSTGRES_MESSAGE = 'การให้บริการหลายหน่วยงานในระบบเดียวต้องใช้ฐานข้อมูล PostgreSQL (ตั้งค่า DATABASE_URL)'

/**
 * A host name as written in a `Host` header or typed by an administrator, in the one form it is compared in:
 * lower case, without port, trailing dot or surrounding space ("BanSuan.go.th:443." → "bansuan.go.th").
 * IPv6 literals keep their brackets.
 */
export function hostOf(header: string | null | undefined): string {
  let host = (header ?? '').trim().toLowerCase()
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1)
  const colon = host.lastIndexOf(':')
  if (colon >= 0) host = host.slice(0, colon)
  return host.endsWith('.') ? host.slice(0, -1) : host
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/

/** Whether an administrator's entry is a host name (labels of letters, digits and hyphens; no scheme, path or port). */
export function isHostName(value: string): boolean {
  const host = value.trim().toLowerCase()
  return host.length > 0 && host.length <= 253 && host.split('.').every((label) => LABEL.test(label))
}

/** An administrator's entry in the form it is kept and compared in (the port is not part of it: refused, not dropped). */
export const hostNameOf = (entry: string): string => entry.trim().toLowerCase().replace(/\.$/, '')

/** Thai messages for an agency's host names as entered, or none: each a host name, none claimed by another agency. */
export function hostProblems(hosts: readonly string[], others: readonly AgencyEntry[]): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const entry of hosts) {
    const host = hostNameOf(entry)
    if (!isHostName(host)) problems.push(`"${entry}" ไม่ใช่ชื่อโดเมน (เช่น bansuan.go.th ไม่ต้องมี https:// หรือ /)`)
    else if (seen.has(host)) problems.push(`ชื่อโดเมน ${host} ซ้ำกัน`)
    else {
      const owner = others.find((agency) => agency.hosts.some((h) => hostOf(h) === host))
      if (owner) problems.push(`ชื่อโดเมน ${host} เป็นของ${owner.name}แล้ว`)
    }
    seen.add(host)
  }
  return problems
}

/** The agencies by the host names they answer to. */
export class AgencyDirectory {
  private readonly byHost = new Map<string, AgencyEntry>()
  private readonly byId = new Map<number, AgencyEntry>()
  private readonly fallback: AgencyEntry | null

  constructor(agencies: readonly AgencyEntry[]) {
    for (const agency of agencies) {
      this.byId.set(agency.id, agency)
      for (const host of agency.hosts) this.byHost.set(hostOf(host), agency)
    }
    this.fallback = this.byId.get(FIRST_AGENCY_ID) ?? null
  }

  /** The agency a request to `host` is for: the one claiming it, or else the first agency. */
  serving(host: string): AgencyEntry | null {
    return this.byHost.get(hostOf(host)) ?? this.fallback
  }

  get(id: number): AgencyEntry | undefined {
    return this.byId.get(id)
  }

  /** Every agency open for service: what the scheduled jobs work through, one at a time. */
  active(): AgencyEntry[] {
    return [...this.byId.values()].filter((agency) => agency.status === 'active')
  }

  all(): AgencyEntry[] {
    return [...this.byId.values()]
  }

  get size(): number {
    return this.byId.size
  }
}
