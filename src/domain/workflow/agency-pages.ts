/**
 * The agency's own pages (หน้าข้อมูลหน่วยงาน: the profile with its policies, the CIO page) go through approval too
 * (000 §3.2.1: everything on the site is proposed and approved): webmasters and administrators edit them as drafts;
 * a change reaches the public site when the head responsible for the website (of the website unit or a unit above
 * it) or the executive approves it — never by the one who proposed it alone.
 */
import type { Actor } from './decide'
import type { Role } from './states'

/** The agency's pages that go through approval, by their slugs, with what they are called in notices and reports. */
export const AGENCY_PAGES = {
  'agency-profile': 'ข้อมูลหน่วยงาน',
  'cio-profile': 'ข้อมูลผู้บริหารเทคโนโลยีสารสนเทศระดับสูง (CIO)',
} as const
export type AgencyPage = keyof typeof AGENCY_PAGES

/** Who drafts changes to the agency's pages. */
export const AGENCY_PAGE_EDITORS: readonly Role[] = ['webmaster', 'admin']

const HEADS: readonly Role[] = ['head', 'division-head']

/**
 * Who meets the agency's pages in the admin: those who draft and those who may approve (the executive, and the heads,
 * of whom only those over the website unit approve: the rest read the page as it stands).
 */
export const AGENCY_PAGE_ROLES: readonly Role[] = [...AGENCY_PAGE_EDITORS, 'executive', ...HEADS]

/** Whether someone approves (publishes) a change to the agency's pages; `websiteUnitPath` is the website unit and the units above it. */
export function approvesAgencyPages(actor: Pick<Actor, 'roles' | 'unitId'>, websiteUnitPath: readonly string[] | null): boolean {
  if (actor.roles.includes('executive')) return true
  return actor.roles.some((role) => HEADS.includes(role)) && !!actor.unitId && !!websiteUnitPath?.includes(actor.unitId)
}

/** Whether someone may open the agency's pages for editing at all: those who draft and those who approve. */
export const editsAgencyPages = (actor: Pick<Actor, 'roles' | 'unitId'>, websiteUnitPath: readonly string[] | null): boolean =>
  actor.roles.some((role) => AGENCY_PAGE_EDITORS.includes(role)) || approvesAgencyPages(actor, websiteUnitPath)

/** Why someone may not publish a change to the agency's pages (Thai), or null when they may. */
export function agencyPagePublishRefusal(actor: Pick<Actor, 'roles' | 'unitId'>, websiteUnitPath: readonly string[] | null): string | null {
  return approvesAgencyPages(actor, websiteUnitPath)
    ? null
    : 'การแก้ไขหน้าข้อมูลหน่วยงานต้องได้รับอนุมัติจากหัวหน้าหน่วยงานที่ดูแลเว็บไซต์หรือผู้บริหารก่อนเผยแพร่ กรุณากด “บันทึกร่าง” แล้วรอการอนุมัติ'
}
