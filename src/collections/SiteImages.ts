import type { CollectionConfig } from 'payload'
import { isAdmin, isSignedIn } from '@/access/roles'
import { siteImagesDir } from '@/server/environment'
import { publicContentChanged } from '@/server/events'
import { inAdminGroup } from '@/collections/admin-presentation'

/** ภาพบนเว็บไซต์: executives' photos and the organization chart. Shown to citizens through /images/site/<id> only. */
export const SiteImages: CollectionConfig = {
  slug: 'site-images',
  labels: { singular: 'ภาพบนเว็บไซต์', plural: 'ภาพบนเว็บไซต์' },
  admin: { useAsTitle: 'alt', ...inAdminGroup('site') },
  upload: { staticDir: siteImagesDir(), mimeTypes: ['image/png', 'image/jpeg'] },
  access: { read: isSignedIn, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { afterChange: [publicContentChanged('แก้ไขภาพบนเว็บไซต์')] },
  fields: [{ name: 'alt', label: 'คำอธิบายภาพ (ภาษาไทย สำหรับผู้พิการทางสายตา)', type: 'text', required: true }],
}
