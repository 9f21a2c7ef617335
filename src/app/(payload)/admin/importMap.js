import { BuddhistDateCell as BuddhistDateCell_d83673ccd8cf7f5d75e33ae9d1504a95 } from '@/components/admin/BuddhistDate'
import { ShownInHeader as ShownInHeader_107453cea94e28c0e44b9a652a81e197 } from '@/components/admin/BuddhistTimestamps'
import { PeriodCondition as PeriodCondition_2249137d0f76a7dbd31bded1d4a0bf5e } from '@/components/admin/PeriodFilter'
import { PeriodFilter as PeriodFilter_2249137d0f76a7dbd31bded1d4a0bf5e } from '@/components/admin/PeriodFilter'
import { BuddhistTimestamps as BuddhistTimestamps_107453cea94e28c0e44b9a652a81e197 } from '@/components/admin/BuddhistTimestamps'
import { WorkflowPanel as WorkflowPanel_9168d7f4a9a9ae1abb1fc28b012db3f0 } from '@/components/admin/WorkflowPanel'
import { CategoryPicker as CategoryPicker_288217cf888e1ddc1c170472d09ea164 } from '@/components/admin/CategoryPicker'
import { BuddhistDateField as BuddhistDateField_d83673ccd8cf7f5d75e33ae9d1504a95 } from '@/components/admin/BuddhistDate'
import { AttachmentsPicker as AttachmentsPicker_dfc84d89ac9ed9fe9607adc90a276cc8 } from '@/components/admin/AttachmentsPicker'
import { SubmitOrSaveDraft as SubmitOrSaveDraft_2f150d3c0eb53d70dd6c96472f29f03f } from '@/components/admin/SubmitOrSaveDraft'
import { SecondFactorPanel as SecondFactorPanel_dd3a142e8877da8dbfdd83c3ad59785b } from '@/components/admin/SecondFactorPanel'
import { CopySetForward as CopySetForward_30ee375ce816e86cd9628a1d6dab5496 } from '@/components/admin/CopySetForward'
import { JsonTextField as JsonTextField_843c05541559483491dd86a9272bb4bd } from '@/components/admin/JsonTextField'
import { ComplaintPanel as ComplaintPanel_d2fb3d980a890ee8c41cca980a895002 } from '@/components/admin/ComplaintPanel'
import { FormSubmissionsLink as FormSubmissionsLink_eec27515279d4361acc10d3c7f019668 } from '@/components/admin/FormSubmissionsLink'
import { SubmissionPanel as SubmissionPanel_19af79fbb32a050bed21b91abaa1305f } from '@/components/admin/SubmissionPanel'
import { QuestionPanel as QuestionPanel_07392d7c9486ca33d35c6b16e18a752a } from '@/components/admin/QuestionPanel'
import { HearingOutcomePanel as HearingOutcomePanel_eb14ca865faa1012b7b278f3d8807c9f } from '@/components/admin/HearingPanels'
import { CommentModerationPanel as CommentModerationPanel_eb14ca865faa1012b7b278f3d8807c9f } from '@/components/admin/HearingPanels'
import { TrafficLogExport as TrafficLogExport_c601899d97ea76f98a9e41ebd7c7beac } from '@/components/admin/TrafficLogExport'
import { AuditLogExport as AuditLogExport_965a9891ec2c8dc188cbd2d17f9b7b5d } from '@/components/admin/AuditLogExport'
import { AgencyPageHistory as AgencyPageHistory_bdd9622f3eb8a479bc7df6034c1a1e4f } from '@/components/admin/AgencyPageHistory'
import { AgencyPagePublishButton as AgencyPagePublishButton_c82bf31034f6f97b2d9d91f719a6cc4c } from '@/components/admin/AgencyPagePublishButton'
import { AgencyPageVersions as AgencyPageVersions_5aee6c87a8e19de10d68a9f62ee845f4 } from '@/components/admin/AgencyPageVersions'
import { AgencyPageVersion as AgencyPageVersion_5aee6c87a8e19de10d68a9f62ee845f4 } from '@/components/admin/AgencyPageVersions'
import { AgencyIcon as AgencyIcon_af49926b250c24aa1cab8ae2c1d64887 } from '@/components/admin/AgencyMark'
import { AgencyLogo as AgencyLogo_af49926b250c24aa1cab8ae2c1d64887 } from '@/components/admin/AgencyMark'
import { MonitoringNavLink as MonitoringNavLink_f0b92ced4b8246c30b2ed497f25be35a } from '@/components/admin/MonitoringNavLink'
import { WaitingForMe as WaitingForMe_98b7e68525a0a6d22e834ef5e93f6a14 } from '@/components/admin/WaitingForMe'
import { ThaiToastRegion as ThaiToastRegion_a85b7734f3c110b283a8ebed62abbe53 } from '@/components/admin/ThaiToastRegion'
import { MonitoringView as MonitoringView_86e981962db83f272a89ff4ad6bd0bc5 } from '@/components/admin/MonitoringView'
import { SignInView as SignInView_74bdcf843e53bf6b4831470bba9bf008 } from '@/components/admin/SignInView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/components/admin/BuddhistDate#BuddhistDateCell": BuddhistDateCell_d83673ccd8cf7f5d75e33ae9d1504a95,
  "@/components/admin/BuddhistTimestamps#ShownInHeader": ShownInHeader_107453cea94e28c0e44b9a652a81e197,
  "@/components/admin/PeriodFilter#PeriodCondition": PeriodCondition_2249137d0f76a7dbd31bded1d4a0bf5e,
  "@/components/admin/PeriodFilter#PeriodFilter": PeriodFilter_2249137d0f76a7dbd31bded1d4a0bf5e,
  "@/components/admin/BuddhistTimestamps#BuddhistTimestamps": BuddhistTimestamps_107453cea94e28c0e44b9a652a81e197,
  "@/components/admin/WorkflowPanel#WorkflowPanel": WorkflowPanel_9168d7f4a9a9ae1abb1fc28b012db3f0,
  "@/components/admin/CategoryPicker#CategoryPicker": CategoryPicker_288217cf888e1ddc1c170472d09ea164,
  "@/components/admin/BuddhistDate#BuddhistDateField": BuddhistDateField_d83673ccd8cf7f5d75e33ae9d1504a95,
  "@/components/admin/AttachmentsPicker#AttachmentsPicker": AttachmentsPicker_dfc84d89ac9ed9fe9607adc90a276cc8,
  "@/components/admin/SubmitOrSaveDraft#SubmitOrSaveDraft": SubmitOrSaveDraft_2f150d3c0eb53d70dd6c96472f29f03f,
  "@/components/admin/SecondFactorPanel#SecondFactorPanel": SecondFactorPanel_dd3a142e8877da8dbfdd83c3ad59785b,
  "@/components/admin/CopySetForward#CopySetForward": CopySetForward_30ee375ce816e86cd9628a1d6dab5496,
  "@/components/admin/JsonTextField#JsonTextField": JsonTextField_843c05541559483491dd86a9272bb4bd,
  "@/components/admin/ComplaintPanel#ComplaintPanel": ComplaintPanel_d2fb3d980a890ee8c41cca980a895002,
  "@/components/admin/FormSubmissionsLink#FormSubmissionsLink": FormSubmissionsLink_eec27515279d4361acc10d3c7f019668,
  "@/components/admin/SubmissionPanel#SubmissionPanel": SubmissionPanel_19af79fbb32a050bed21b91abaa1305f,
  "@/components/admin/QuestionPanel#QuestionPanel": QuestionPanel_07392d7c9486ca33d35c6b16e18a752a,
  "@/components/admin/HearingPanels#HearingOutcomePanel": HearingOutcomePanel_eb14ca865faa1012b7b278f3d8807c9f,
  "@/components/admin/HearingPanels#CommentModerationPanel": CommentModerationPanel_eb14ca865faa1012b7b278f3d8807c9f,
  "@/components/admin/TrafficLogExport#TrafficLogExport": TrafficLogExport_c601899d97ea76f98a9e41ebd7c7beac,
  "@/components/admin/AuditLogExport#AuditLogExport": AuditLogExport_965a9891ec2c8dc188cbd2d17f9b7b5d,
  "@/components/admin/AgencyPageHistory#AgencyPageHistory": AgencyPageHistory_bdd9622f3eb8a479bc7df6034c1a1e4f,
  "@/components/admin/AgencyPagePublishButton#AgencyPagePublishButton": AgencyPagePublishButton_c82bf31034f6f97b2d9d91f719a6cc4c,
  "@/components/admin/AgencyPageVersions#AgencyPageVersions": AgencyPageVersions_5aee6c87a8e19de10d68a9f62ee845f4,
  "@/components/admin/AgencyPageVersions#AgencyPageVersion": AgencyPageVersion_5aee6c87a8e19de10d68a9f62ee845f4,
  "@/components/admin/AgencyMark#AgencyIcon": AgencyIcon_af49926b250c24aa1cab8ae2c1d64887,
  "@/components/admin/AgencyMark#AgencyLogo": AgencyLogo_af49926b250c24aa1cab8ae2c1d64887,
  "@/components/admin/MonitoringNavLink#MonitoringNavLink": MonitoringNavLink_f0b92ced4b8246c30b2ed497f25be35a,
  "@/components/admin/WaitingForMe#WaitingForMe": WaitingForMe_98b7e68525a0a6d22e834ef5e93f6a14,
  "@/components/admin/ThaiToastRegion#ThaiToastRegion": ThaiToastRegion_a85b7734f3c110b283a8ebed62abbe53,
  "@/components/admin/MonitoringView#MonitoringView": MonitoringView_86e981962db83f272a89ff4ad6bd0bc5,
  "@/components/admin/SignInView#SignInView": SignInView_74bdcf843e53bf6b4831470bba9bf008,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
