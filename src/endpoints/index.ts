/** The monitoring API (SPEC §4, §6), mounted at the root of /api. */
import type { Endpoint } from 'payload'
import { complianceEndpoint, complianceExportEndpoint } from './compliance'
import { acknowledgeReportEndpoint, issueReportEndpoint, monitoringReportEndpoint, monitoringWarningsEndpoint } from './monitoring-reports'
import { policyAnnouncementEndpoint, submitPolicyAnnouncementEndpoint } from './policy-announcement'

export const monitoringEndpoints: Endpoint[] = [
  complianceEndpoint,
  complianceExportEndpoint,
  monitoringReportEndpoint,
  issueReportEndpoint,
  acknowledgeReportEndpoint,
  monitoringWarningsEndpoint,
  policyAnnouncementEndpoint,
  submitPolicyAnnouncementEndpoint,
]
