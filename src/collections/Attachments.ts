import type { CollectionConfig } from 'payload'
import { isStaff, nobody } from '@/access/roles'
import { uploadsDir } from '@/server/environment'
import { checkUploadedFile } from './attachments/check-uploaded-file'

/**
 * ไฟล์แนบ: files attached to publish requests. Anyone may read a file only once its request is on the
 * public site (`isPublic`, kept by the workflow); staff read all. Files are never edited: a new
 * version is a new file through the workflow.
 */
export const Attachments: CollectionConfig = {
  slug: 'attachments',
  labels: { singular: 'ไฟล์แนบ', plural: 'ไฟล์แนบ' },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'filesize', 'isPublic', 'createdAt'] },
  upload: { staticDir: uploadsDir(), disableLocalStorage: false },
  access: {
    read: ({ req }) => (req.user ? true : { isPublic: { equals: true } }),
    create: isStaff,
    update: nobody,
    delete: nobody,
  },
  hooks: { beforeOperation: [checkUploadedFile] },
  fields: [
    { name: 'uploadedBy', label: 'ผู้อัปโหลด', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
    { name: 'sha256', label: 'ค่าแฮช SHA-256', type: 'text', admin: { readOnly: true } },
    { name: 'isPublic', label: 'เผยแพร่แล้ว', type: 'checkbox', defaultValue: false, index: true, admin: { readOnly: true } },
  ],
}
