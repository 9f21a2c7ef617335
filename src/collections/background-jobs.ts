/**
 * Payload's jobs collection (งานเบื้องหลัง): hidden from the admin's navigation as Payload itself has it (the
 * dashboard shows what the checks found; the effects list shows what is still to be sent), readable through
 * the API by admins and webmasters.
 */
import type { CollectionConfig } from 'payload'
import { hasRole } from '@/access/roles'

export const backgroundJobs = ({ defaultJobsCollection }: { defaultJobsCollection: CollectionConfig }): CollectionConfig => ({
  ...defaultJobsCollection,
  labels: { singular: 'งานเบื้องหลัง', plural: 'งานเบื้องหลัง' },
  admin: { ...defaultJobsCollection.admin, group: 'ผู้ดูแลระบบ', hidden: true },
  access: { ...defaultJobsCollection.access, read: ({ req }) => hasRole('admin', 'webmaster')(req) },
})
