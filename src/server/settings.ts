/**
 * The agency's settings (Payload global `settings`), read by adapters that need them.
 */
import type { Payload, PayloadRequest } from 'payload'
import { DEFAULT_FILE_POLICY, dropUnsupportedExtensions, widestPolicy, type FilePolicy } from '@/domain/files'
import { DEFAULT_APPROVAL_SETTING, ROLE_LABELS, type ApprovalSetting } from '@/domain/workflow'
import type { Category, Setting, User } from '@/payload-types'
import { idOf } from '@/access/roles'
import { DEFAULT_COMPLAINT_PERIODS, type ComplaintPeriods } from '@/domain/complaints/complaints'

export type AgencySettings = Setting

/** How long each step of a complaint may take (the settings; the defaults where none is set). */
export async function complaintPeriodsOf(payload: Payload, req?: PayloadRequest): Promise<ComplaintPeriods> {
  const { complaints } = await agencySettings(payload, req)
  return {
    assignDays: complaints?.assignDays ?? DEFAULT_COMPLAINT_PERIODS.assignDays,
    answerDays: complaints?.answerDays ?? DEFAULT_COMPLAINT_PERIODS.answerDays,
    reopenDays: complaints?.reopenDays ?? DEFAULT_COMPLAINT_PERIODS.reopenDays,
    informationDays: complaints?.informationDays ?? DEFAULT_COMPLAINT_PERIODS.informationDays,
  }
}

export const agencySettings = (payload: Payload, req?: PayloadRequest): Promise<AgencySettings> => payload.findGlobal({ slug: 'settings', overrideAccess: true, depth: 0, req })

const MEGABYTE = 1024 * 1024

/** The agency's file rules (its settings; the defaults where it set none, or only what is no longer checked). */
export async function filePolicyOf(payload: Payload, req?: PayloadRequest): Promise<FilePolicy> {
  const settings = await agencySettings(payload, req)
  const allowed = dropUnsupportedExtensions(settings.allowedExtensions)
  return {
    allowedExtensions: allowed.length ? allowed : DEFAULT_FILE_POLICY.allowedExtensions,
    maxBytes: settings.maxMegabytes ? settings.maxMegabytes * MEGABYTE : DEFAULT_FILE_POLICY.maxBytes,
  }
}

/** A category's own file rules where it has them, the agency's otherwise. */
export function categoryPolicy(category: Pick<Category, 'allowedExtensions' | 'maxMegabytes'>, agency: FilePolicy): FilePolicy {
  const allowed = dropUnsupportedExtensions(category.allowedExtensions)
  return { allowedExtensions: allowed.length ? allowed : agency.allowedExtensions, maxBytes: category.maxMegabytes ? category.maxMegabytes * MEGABYTE : agency.maxBytes }
}

/** What an upload may be: whatever the agency or any category allows (an item is then checked against its category's rules). */
export async function uploadPolicyOf(payload: Payload, req?: PayloadRequest): Promise<FilePolicy> {
  const agency = await filePolicyOf(payload, req)
  const { docs } = await payload.find({ collection: 'categories', depth: 0, limit: 0, pagination: false, overrideAccess: true, req, select: { allowedExtensions: true, maxMegabytes: true } })
  return widestPolicy([agency, ...docs.map((category) => categoryPolicy(category, agency))])
}

/** Who approves (src/domain/workflow/approvers.ts), and the unit responsible for the website where that is the setting. */
export async function approvalSettingOf(payload: Payload, req?: PayloadRequest): Promise<{ setting: ApprovalSetting; websiteUnit: string | null }> {
  const settings = await agencySettings(payload, req)
  return { setting: settings.approvalBy ?? DEFAULT_APPROVAL_SETTING, websiteUnit: idOf(settings.websiteUnit) }
}

/** The executive who signs (the first active one), or dotted lines to fill in where the agency has none yet. */
export function executiveSigner(users: readonly Pick<User, 'role' | 'name' | 'position'>[], agencyName: string): { name: string; position: string } {
  const executive = users.find((u) => u.role === 'executive')
  return executive
    ? { name: executive.name, position: executive.position || ROLE_LABELS.executive }
    : { name: '.'.repeat(40), position: `${ROLE_LABELS.executive}${agencyName}` }
}

/** The executive the agency's documents are addressed to and signed by. */
export async function agencyExecutive(payload: Payload, agencyName: string): Promise<{ name: string; position: string }> {
  const { docs } = await payload.find({ collection: 'users', where: { and: [{ role: { equals: 'executive' } }, { active: { not_equals: false } }] }, overrideAccess: true, depth: 0, limit: 1, sort: 'name', select: { role: true, name: true, position: true } })
  return executiveSigner(docs, agencyName)
}
