/**
 * The agency's settings (Payload global `settings`), read by adapters that need them.
 */
import type { Payload } from 'payload'
import { DEFAULT_FILE_POLICY, type FilePolicy } from '@/domain/files'

export interface AgencySettings {
  agencyName: string
  allowedExtensions?: string[] | null
  maxMegabytes?: number | null
}

export const agencySettings = async (payload: Payload): Promise<AgencySettings> =>
  (await payload.findGlobal({ slug: 'settings', overrideAccess: true, depth: 0 })) as unknown as AgencySettings

export async function filePolicyOf(payload: Payload): Promise<FilePolicy> {
  const settings = await agencySettings(payload)
  return {
    allowedExtensions: settings.allowedExtensions?.length ? settings.allowedExtensions : DEFAULT_FILE_POLICY.allowedExtensions,
    maxBytes: settings.maxMegabytes ? settings.maxMegabytes * 1024 * 1024 : DEFAULT_FILE_POLICY.maxBytes,
  }
}
