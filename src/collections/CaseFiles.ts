import type { Access, CollectionConfig, Where } from 'payload'
import { nobody, staff } from '@/access/roles'
import { caseFilesDir } from '@/server/environment'
import { inAdminGroup } from '@/collections/admin-presentation'
import { recordedDownload } from './recorded-downloads'
import { checkUploadedFile, removeUploadTempFile } from './attachments/check-uploaded-file'
import { readableComplaints } from './complaints/access'
import { readableSubmissions } from './forms/access'

/**
 * Who reads a file: whoever reads the case it belongs to (src/collections/complaints/access.ts) or the form
 * submission (src/collections/forms/access.ts); never anyone without signing in.
 */
const canReadCaseFile: Access = ({ req }) => {
  const user = staff(req)
  const through = ([owner, readable]: [string, boolean | Where]): Where[] =>
    readable === true ? [{ [owner]: { exists: true } }] : readable === false ? [] : [prefixed(readable, owner)]
  const clauses = ([['case', readableComplaints(user)], ['submission', readableSubmissions(user)]] as [string, boolean | Where][]).flatMap(through)
  return clauses.length ? { or: clauses } : false
}

/** A condition on complaints or submissions, as a condition on the one a file belongs to. */
function prefixed(where: Where, owner: string): Where {
  return Object.fromEntries(
    Object.entries(where).map(([key, value]) => (key === 'and' || key === 'or' ? [key, (value as Where[]).map((w) => prefixed(w, owner))] : [`${owner}.${key}`, value])),
  ) as Where
}

/**
 * ไฟล์ของเรื่องร้องเรียน คำขอข้อมูล และแบบฟอร์ม: files a citizen sends with a complaint, a request or an e-form,
 * and files the agency gives back (the information asked for). Kept apart from the publication attachments: never public, never searched,
 * never offered to a publish request; checked at upload exactly as they are (src/collections/attachments); read by
 * whoever reads the case, and by the citizen only through the case's status page (its tracking code).
 */
export const CaseFiles: CollectionConfig = {
  slug: 'case-files',
  labels: { singular: 'ไฟล์ที่ประชาชนส่ง/ไฟล์ตอบกลับ', plural: 'ไฟล์ของเรื่องร้องเรียน คำขอข้อมูล และแบบฟอร์ม' },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'case', 'from', 'createdAt'], ...inAdminGroup('citizens') },
  upload: { staticDir: caseFilesDir(), handlers: [recordedDownload('ไฟล์ของเรื่องร้องเรียนหรือแบบฟอร์ม')] },
  // Created only by the complaint and e-form commands (a citizen's filing, a step that gives files), never directly.
  access: { read: canReadCaseFile, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeOperation: [checkUploadedFile], afterOperation: [removeUploadTempFile] },
  fields: [
    // A file belongs to a case or to a form submission, never both (the commands that store it say which).
    { name: 'case', label: 'เรื่อง', type: 'relationship', relationTo: 'complaints', index: true },
    { name: 'submission', label: 'แบบฟอร์มที่ส่ง', type: 'relationship', relationTo: 'form-submissions', index: true },
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
