import type { GlobalConfig } from 'payload'
import { throughApproval } from './agency-page-approval'
import { inAdminGroup } from '@/collections/admin-presentation'

/** ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง (C3): who, how to reach them, how IT is managed. Public only through the site. */
export const CioProfile: GlobalConfig = throughApproval('cio-profile', {
  label: 'ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง (CIO)',
  admin: inAdminGroup('site'),
  fields: [
    { type: 'row', fields: [{ name: 'name', label: 'ชื่อ-สกุล', type: 'text' }, { name: 'position', label: 'ตำแหน่ง', type: 'text' }] },
    { name: 'photo', label: 'รูปถ่าย', type: 'upload', relationTo: 'site-images' },
    { type: 'row', fields: [{ name: 'phone', label: 'โทรศัพท์', type: 'text' }, { name: 'email', label: 'อีเมล', type: 'email' }] },
    { name: 'duties', label: 'บทบาทหน้าที่', type: 'textarea' },
    { name: 'itManagement', label: 'การบริหารจัดการเทคโนโลยีสารสนเทศ', type: 'textarea' },
  ],
})
