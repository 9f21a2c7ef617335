import type { Access, CollectionConfig, Where } from 'payload'
import { nobody, staff } from '@/access/roles'
import { caseFilesDir } from '@/server/environment'
import { inAdminGroup } from '@/collections/admin-presentation'
import { checkUploadedFile, removeUploadTempFile } from './attachments/check-uploaded-file'
import { readableComplaints } from './complaints/access'

/** Who reads a case's file: whoever reads the case (src/collections/complaints/access.ts); never anyone without signing in. */
const canReadCaseFile: Access = ({ req }) => {
  const cases = readableComplaints(staff(req))
  return typeof cases === 'boolean' ? cases : prefixed(cases)
}

/** A condition on complaints, as a condition on the case a file belongs to. */
function prefixed(where: Where): Where {
  return Object.fromEntries(
    Object.entries(where).map(([key, value]) => (key === 'and' || key === 'or' ? [key, (value as Where[]).map(prefixed)] : [`case.${key}`, value])),
  ) as Where
}

/**
 * ไฟล์ของเรื่องร้องเรียนและคำขอข้อมูล: files a citizen sends with a complaint or request, and files the agency gives
 * back (the information asked for). Kept apart from the publication attachments: never public, never searched,
 * never offered to a publish request; checked at upload exactly as they are (src/collections/attachments); read by
 * whoever reads the case, and by the citizen only through the case's status page (its tracking code).
 */
export const CaseFiles: CollectionConfig = {
  slug: 'case-files',
  labels: { singular: 'ไฟล์ของเรื่องร้องเรียน/คำขอข้อมูล', plural: 'ไฟล์ของเรื่องร้องเรียนและคำขอข้อมูล' },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'case', 'from', 'createdAt'], ...inAdminGroup('citizens') },
  upload: { staticDir: caseFilesDir() },
  // Created only by the complaint commands (a citizen's filing, a step that gives files), never directly.
  access: { read: canReadCaseFile, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeOperation: [checkUploadedFile], afterOperation: [removeUploadTempFile] },
  fields: [
    { name: 'case', label: 'เรื่อง', type: 'relationship', relationTo: 'complaints', required: true, index: true },
    {
      name: 'from',
      label: 'ส่งโดย',
      type: 'select',
      required: true,
      options: [
        { value: 'citizen', label: 'ผู้ร้อง/ผู้ขอ' },
        { value: 'agency', label: 'หน่วยงาน' },
      ],
    },
    { name: 'uploadedBy', label: 'ผู้อัปโหลด', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
    { name: 'sha256', label: 'ค่าแฮช SHA-256', type: 'text', admin: { readOnly: true } },
  ],
}
