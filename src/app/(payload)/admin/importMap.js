import { WorkflowPanel as WorkflowPanel_9168d7f4a9a9ae1abb1fc28b012db3f0 } from '@/components/admin/WorkflowPanel'
import { CopySetForward as CopySetForward_30ee375ce816e86cd9628a1d6dab5496 } from '@/components/admin/CopySetForward'
import { WaitingForMe as WaitingForMe_98b7e68525a0a6d22e834ef5e93f6a14 } from '@/components/admin/WaitingForMe'
import { MonitoringDashboard as MonitoringDashboard_65ebb04437a442286e71f54335a140c4 } from '@/components/admin/MonitoringDashboard'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/components/admin/WorkflowPanel#WorkflowPanel": WorkflowPanel_9168d7f4a9a9ae1abb1fc28b012db3f0,
  "@/components/admin/CopySetForward#CopySetForward": CopySetForward_30ee375ce816e86cd9628a1d6dab5496,
  "@/components/admin/WaitingForMe#WaitingForMe": WaitingForMe_98b7e68525a0a6d22e834ef5e93f6a14,
  "@/components/admin/MonitoringDashboard#MonitoringDashboard": MonitoringDashboard_65ebb04437a442286e71f54335a140c4,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
