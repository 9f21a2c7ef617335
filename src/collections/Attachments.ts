import type { CollectionConfig } from 'payload'
import { canReadAttachment, isStaff, nobody } from '@/access/roles'
import { uploadsDir } from '@/server/environment'
import { checkUploadedFile, extractTextOfUpload, removeUploadTempFile } from './attachments/check-uploaded-file'
import { inAdminGroup } from '@/collections/admin-presentation'
import { attachmentIsPublic, recordedDownload } from './recorded-downloads'

/**
 * ไฟล์แนบ: files attached to publish requests. Who may read one is decided when it is read, from the items
 * that carry it (src/access/roles.ts canReadAttachment): no stored flag. Files are never edited: a new version
 * is a new file through the workflow. Their text is read in the background once uploaded (attachment-texts).
 */
const onceUploaded = (data: { id?: unknown } | undefined) => !!data?.id

export const Attachments: CollectionConfig = {
  slug: 'attachments',
  labels: { singular: 'ไฟล์แนบ', plural: 'ไฟล์แนบ' },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'filesize', 'textStatus', 'createdAt'], ...inAdminGroup('requests') },
  upload: { staticDir: uploadsDir(), disableLocalStorage: false, handlers: [recordedDownload('ไฟล์แนบที่ยังไม่เผยแพร่', attachmentIsPublic)] },
  access: {
    read: canReadAttachment,
    create: isStaff,
    update: nobody,
    delete: nobody,
  },
  hooks: { beforeOperation: [checkUploadedFile], afterChange: [extractTextOfUpload], afterOperation: [removeUploadTempFile] },
  fields: [
    // Asked at upload (the file and its row are not changed afterwards); the site shows the file name without it.
    { name: 'title', label: 'ชื่อเอกสารที่แสดงบนเว็บไซต์', type: 'text', maxLength: 200, admin: { description: 'เช่น “ประกาศผลผู้ชนะการเสนอราคา” — ถ้าไม่กรอก เว็บไซต์จะแสดงชื่อไฟล์' } },
    // What the system records of a file: beside it once uploaded, never on the upload form.
    { name: 'uploadedBy', label: 'ผู้อัปโหลด', type: 'relationship', relationTo: 'users', admin: { readOnly: true, position: 'sidebar', condition: onceUploaded } },
    { name: 'sha256', label: 'ค่าแฮช SHA-256', type: 'text', admin: { readOnly: true, position: 'sidebar', condition: onceUploaded } },
    // Set by the integrity check when the stored file no longer has that hash: it is not served to the public until restored.
    { name: 'tamperedAt', label: 'พบไฟล์ถูกเปลี่ยนนอกระบบเมื่อ', type: 'date', admin: { readOnly: true, condition: (data) => !!data?.tamperedAt, date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'textStatus',
      label: 'ข้อความในไฟล์',
      type: 'select',
      defaultValue: 'pending',
      admin: { readOnly: true, position: 'sidebar', condition: onceUploaded },
      options: [
        { value: 'pending', label: 'กำลังอ่านข้อความ' },
        { value: 'extracted', label: 'อ่านข้อความแล้ว' },
        { value: 'none', label: 'ไม่มีข้อความ (ภาพหรือไฟล์ที่ไม่มีชั้นข้อความ)' },
        { value: 'failed', label: 'อ่านข้อความไม่ได้' },
      ],
    },
    // The requests that carry the file: what decides who may read it.
    { name: 'carriedBy', label: 'แนบกับคำขอ', type: 'join', collection: 'publish-requests', on: 'attachments', admin: { hidden: true } },
    { name: 'shownBy', label: 'เป็นภาพประกอบของคำขอ', type: 'join', collection: 'publish-requests', on: 'image', admin: { hidden: true } },
  ],
}
