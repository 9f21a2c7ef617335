/**
 * Who approves a request (ผู้อนุมัติ) differs between the seeds, so it is a setting the rules read:
 * - the head of the owner's unit or of a unit above it (default; 000 §2.1, as round 1 built it),
 * - the head of the unit responsible for the website, or a unit above it (000 §3.2.1, 002 §3.2.1),
 * - the agency head, i.e. the executive (002 §2.1.2: สาธารณสุขอำเภอ อนุมัติ/อนุญาต).
 */
import type { Role } from './states'

export const APPROVAL_SETTINGS = ['owner-unit', 'website-unit', 'agency-head'] as const
export type ApprovalSetting = (typeof APPROVAL_SETTINGS)[number]

export const APPROVAL_SETTING_LABELS: Record<ApprovalSetting, string> = {
  'owner-unit': 'หัวหน้าหน่วยงานเจ้าของข้อมูล (หรือหน่วยงานเหนือขึ้นไป)',
  'website-unit': 'หัวหน้าหน่วยงานที่รับผิดชอบดูแลเว็บไซต์ (หรือหน่วยงานเหนือขึ้นไป)',
  'agency-head': 'หัวหน้าส่วนราชการ (ผู้บริหาร)',
}

export const DEFAULT_APPROVAL_SETTING: ApprovalSetting = 'owner-unit'

/** The roles that approve, and the units they must head (null: anyone of those roles, agency-wide). */
export interface Approvers {
  roles: readonly Role[]
  unitPath: readonly string[] | null
}

const UNIT_HEADS: readonly Role[] = ['head', 'division-head']

/** Every role that approves under some setting: the rules table's rows name them all, and the setting narrows. */
export const APPROVING_ROLES: readonly Role[] = [...UNIT_HEADS, 'executive']

/**
 * A request that carries the agency head's name — the agency's own policy announcement (002 memo: "ทราบ อนุมัติ/อนุญาต
 * … สาธารณสุขอำเภอ") — is approved by the agency head whatever the setting says for other requests.
 */
export const approvalSettingFor = (setting: ApprovalSetting, request: { agencyHeadApproves?: boolean | null }): ApprovalSetting =>
  request.agencyHeadApproves ? 'agency-head' : setting

/** Whether someone approves the requests that carry the agency head's name (they are the agency head). */
export const approvesForAgencyHead = (actor: { roles: readonly Role[] }): boolean => actor.roles.some((role) => approversOf('agency-head', { request: [], websiteUnit: null }).roles.includes(role))

export function approversOf(setting: ApprovalSetting, paths: { request: readonly string[]; websiteUnit: readonly string[] | null }): Approvers {
  if (setting === 'agency-head') return { roles: ['executive'], unitPath: null }
  if (setting === 'website-unit' && paths.websiteUnit?.length) return { roles: UNIT_HEADS, unitPath: paths.websiteUnit }
  return { roles: UNIT_HEADS, unitPath: paths.request }
}

/**
 * How far someone's approvals reach, for finding their work in the database before each request is decided:
 * every request, those whose unit path includes their unit, or none.
 */
export function approvalReach(
  setting: ApprovalSetting,
  websiteUnitPath: readonly string[] | null,
  actor: { roles: readonly Role[]; unitId?: string | null },
): 'all' | 'request-units' | 'none' {
  const sentinel = '\u0000request'
  const { roles, unitPath } = approversOf(setting, { request: [sentinel], websiteUnit: websiteUnitPath })
  if (!actor.roles.some((role) => roles.includes(role))) return 'none'
  if (unitPath === null) return 'all'
  if (unitPath.length === 1 && unitPath[0] === sentinel) return 'request-units'
  return actor.unitId && unitPath.includes(actor.unitId) ? 'all' : 'none'
}
