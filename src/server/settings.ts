/**
 * The agency's settings (Payload global `settings`), read by adapters that need them.
 */
import type { Payload, PayloadRequest } from 'payload'
import { DEFAULT_FILE_POLICY, type FilePolicy } from '@/domain/files'
import { DEFAULT_APPROVAL_SETTING, type ApprovalSetting } from '@/domain/workflow'
import type { Setting } from '@/payload-types'
import { idOf } from '@/access/roles'

export type AgencySettings = Setting

export const agencySettings = (payload: Payload, req?: PayloadRequest): Promise<AgencySettings> => payload.findGlobal({ slug: 'settings', overrideAccess: true, depth: 0, req })

export async function filePolicyOf(payload: Payload): Promise<FilePolicy> {
  const settings = await agencySettings(payload)
  return {
    allowedExtensions: settings.allowedExtensions?.length ? settings.allowedExtensions : DEFAULT_FILE_POLICY.allowedExtensions,
    maxBytes: settings.maxMegabytes ? settings.maxMegabytes * 1024 * 1024 : DEFAULT_FILE_POLICY.maxBytes,
  }
}

/** Who approves (src/domain/workflow/approvers.ts), and the unit responsible for the website where that is the setting. */
export async function approvalSettingOf(payload: Payload, req?: PayloadRequest): Promise<{ setting: ApprovalSetting; websiteUnit: string | null }> {
  const settings = await agencySettings(payload, req)
  return { setting: settings.approvalBy ?? DEFAULT_APPROVAL_SETTING, websiteUnit: idOf(settings.websiteUnit) }
}
