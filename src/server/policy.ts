/**
 * The policy announcement's settings, read live: the agency, who holds each role, the categories, the file
 * rules, the approval steps from the workflow's table and the monitoring rounds. Change any of them and the
 * next generated announcement says so.
 */
import type { Payload } from 'payload'
import { MINIMUM_RETENTION_DAYS, type PolicySettings } from '@/domain/policy/announcement'
import { approvalSteps, dutiesOf } from '@/domain/policy/workflow-text'
import { DEFAULT_APPROVAL_SETTING, ROLE_LABELS, type Role } from '@/domain/workflow'
import { agencySettings, executiveSigner, filePolicyOf } from './settings'
import { monitoringSettings } from './monitoring'

/** The roles the announcement names, in the order of responsibility. */
const ANNOUNCED_ROLES: readonly Role[] = ['webmaster', 'head', 'division-head', 'executive', 'admin']

export async function policySettings(payload: Payload, issuedAt: Date): Promise<PolicySettings> {
  const settings = await agencySettings(payload)
  const approval = settings.approvalBy ?? DEFAULT_APPROVAL_SETTING
  const [{ docs: users }, { docs: categories }, files, monitoring] = await Promise.all([
    payload.find({ collection: 'users', where: { active: { not_equals: false } }, overrideAccess: true, depth: 0, limit: 0, pagination: false, sort: 'name' }),
    payload.find({ collection: 'categories', overrideAccess: true, depth: 0, limit: 0, pagination: false, sort: 'order' }),
    filePolicyOf(payload),
    monitoringSettings(payload),
  ])
  const holders = (role: Role) => users.filter((u) => u.role === role).map((u) => u.name)
  return {
    agencyName: settings.agencyName,
    executive: executiveSigner(users, settings.agencyName),
    roles: ANNOUNCED_ROLES.map((role) => ({ role: ROLE_LABELS[role], holders: holders(role), duties: dutiesOf(role, approval) })),
    categories: categories.map((c) => ({ code: c.code, title: c.title, sensitive: !!c.sensitive })),
    allowedExtensions: [...files.allowedExtensions],
    maxMegabytes: Math.round((files.maxBytes / (1024 * 1024)) * 100) / 100,
    approvalSteps: approvalSteps(approval),
    rounds: monitoring.rounds,
    retentionDays: settings.logRetentionDays || MINIMUM_RETENTION_DAYS,
    issuedAt,
  }
}
