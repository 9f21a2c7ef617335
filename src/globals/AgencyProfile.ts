import type { GlobalConfig } from 'payload'
import { throughApproval } from './agency-page-approval'
import { inAdminGroup } from '@/collections/admin-presentation'

const text = (name: string, label: string, extra: Record<string, unknown> = {}) => ({ name, label, type: 'text' as const, ...extra })
const longText = (name: string, label: string, extra: Record<string, unknown> = {}) => ({ name, label, type: 'textarea' as const, ...extra })

/**
 * ข้อมูลหน่วยงาน (C1), contact and the site's policies, edited by admins as structured content. The API
 * does not serve it to the public: citizens read it on the site's own pages.
 */
export const AgencyProfile: GlobalConfig = throughApproval('agency-profile', {
  label: 'ข้อมูลหน่วยงานบนเว็บไซต์',
  admin: inAdminGroup('site'),
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'ข้อมูลทั่วไป',
          fields: [
            longText('history', 'ประวัติความเป็นมา'),
            longText('vision', 'วิสัยทัศน์'),
            { name: 'missions', label: 'พันธกิจ', labels: { singular: 'พันธกิจ', plural: 'พันธกิจ' }, type: 'array', fields: [text('text', 'พันธกิจ', { required: true })] },
            longText('authority', 'อำนาจหน้าที่'),
            longText('strategy', 'ยุทธศาสตร์ / แผนพัฒนา'),
          ],
        },
        {
          label: 'ผู้บริหารและโครงสร้าง',
          fields: [
            {
              name: 'executives',
              label: 'ทำเนียบผู้บริหาร',
              labels: { singular: 'ผู้บริหาร', plural: 'ผู้บริหาร' },
              type: 'array',
              fields: [text('name', 'ชื่อ-สกุล', { required: true }), text('position', 'ตำแหน่ง', { required: true }), { name: 'photo', label: 'รูปถ่าย', type: 'upload', relationTo: 'site-images' }],
            },
            {
              name: 'structure',
              label: 'โครงสร้างส่วนราชการ (แผนผังองค์กร)',
              labels: { singular: 'ส่วนราชการ', plural: 'ส่วนราชการ' },
              type: 'array',
              fields: [
                text('name', 'ส่วนราชการ', { required: true }),
                text('head', 'ผู้อำนวยการ / หัวหน้า'),
                { name: 'units', label: 'ฝ่าย / งาน', labels: { singular: 'ฝ่าย / งาน', plural: 'ฝ่าย / งาน' }, type: 'array', fields: [text('name', 'ชื่อ', { required: true })] },
              ],
            },
            { name: 'orgChart', label: 'ภาพแผนผังองค์กร (ถ้ามี)', type: 'upload', relationTo: 'site-images' },
          ],
        },
        {
          label: 'ติดต่อ',
          fields: [
            longText('address', 'ที่อยู่'),
            { type: 'row', fields: [text('phone', 'โทรศัพท์'), text('fax', 'โทรสาร'), { name: 'email', label: 'อีเมล', type: 'email' }] },
            text('hours', 'เวลาทำการ'),
            text('mapUrl', 'ลิงก์แผนที่', { validate: (v: unknown) => !v || /^https:\/\/\S+$/.test(String(v)) || 'ลิงก์แผนที่ต้องขึ้นต้นด้วย https://' }),
          ],
        },
        {
          label: 'นโยบายเว็บไซต์',
          fields: [
            longText('websitePolicy', 'นโยบายเว็บไซต์'),
            longText('privacyPolicy', 'นโยบายคุ้มครองข้อมูลส่วนบุคคล (PDPA)'),
            longText('cookiePolicy', 'ประกาศการใช้คุกกี้'),
            longText('securityPolicy', 'นโยบายการรักษาความมั่นคงปลอดภัยเว็บไซต์'),
          ],
        },
      ],
    },
  ],
})
