/**
 * The demo municipality's e-forms (plain data): a job application routed to สำนักปลัด and a request for a
 * certificate routed to the revenue section, each with a citizen's submission already sent.
 */
import type { FormFieldType } from '@/domain/forms/forms'

export interface DemoForm {
  title: string
  slug: string
  intro: string
  unit: string
  retentionDays: number
  fields: { label: string; type: FormFieldType; required?: boolean; options?: string[]; help?: string }[]
  /** A citizen's answers, by field label; sent `daysAgo`. */
  sent: { daysAgo: number; answers: Record<string, string | string[]> }[]
}

export const DEMO_FORMS: DemoForm[] = [
  {
    title: 'ใบสมัครพนักงานจ้างทั่วไป',
    slug: 'job-application',
    intro: 'สมัครเป็นพนักงานจ้างทั่วไปของเทศบาลตามประกาศรับสมัครที่เผยแพร่ในหมวดประกาศรับสมัครงาน\nแนบสำเนาวุฒิการศึกษาเป็นไฟล์ PDF หรือภาพถ่าย เจ้าหน้าที่จะติดต่อกลับเพื่อนัดสอบสัมภาษณ์ภายใน 15 วันหลังปิดรับสมัคร',
    unit: 'สำนักปลัด',
    retentionDays: 365,
    fields: [
      { label: 'ตำแหน่งที่สมัคร', type: 'choice', required: true, options: ['พนักงานขับรถยนต์', 'คนงานทั่วไป', 'ผู้ช่วยเจ้าพนักงานธุรการ'] },
      { label: 'ชื่อ-นามสกุล', type: 'text', required: true },
      { label: 'วันเกิด', type: 'date', required: true, help: 'วัน/เดือน/ปี พ.ศ. เช่น 15/01/2540' },
      { label: 'หมายเลขโทรศัพท์', type: 'phone', required: true },
      { label: 'อีเมล', type: 'email', help: 'หากระบุ ระบบจะส่งเลขที่อ้างอิงให้ทางอีเมล' },
      { label: 'วุฒิการศึกษาและประสบการณ์ทำงาน', type: 'long-text', required: true },
      { label: 'สำเนาวุฒิการศึกษา', type: 'file', help: 'PDF หรือภาพถ่าย ไม่เกิน 10 MB' },
      { label: 'ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริงทุกประการ', type: 'checkbox', required: true },
    ],
    sent: [
      {
        daysAgo: 2,
        answers: {
          ตำแหน่งที่สมัคร: 'พนักงานขับรถยนต์',
          'ชื่อ-นามสกุล': 'นายประยุทธ ขยันงาน',
          วันเกิด: '12/03/2535',
          หมายเลขโทรศัพท์: '081-555-0142',
          วุฒิการศึกษาและประสบการณ์ทำงาน: 'มัธยมศึกษาปีที่ 6 ใบอนุญาตขับรถยนต์ชนิดที่ 2 ขับรถส่งของให้บริษัทเอกชน 6 ปี',
          ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริงทุกประการ: 'yes',
        },
      },
    ],
  },
  {
    title: 'คำขอหนังสือรับรองการชำระภาษีที่ดินและสิ่งปลูกสร้าง',
    slug: 'tax-certificate',
    intro: 'ขอหนังสือรับรองว่าได้ชำระภาษีที่ดินและสิ่งปลูกสร้างแล้ว สำหรับใช้ยื่นธนาคารหรือหน่วยงานอื่น\nเจ้าหน้าที่ตรวจสอบและออกหนังสือรับรองภายใน 3 วันทำการ ไม่มีค่าธรรมเนียม',
    unit: 'ฝ่ายพัฒนารายได้',
    retentionDays: 180,
    fields: [
      { label: 'ชื่อ-นามสกุลผู้เสียภาษี', type: 'text', required: true },
      { label: 'ที่อยู่ของที่ดินหรือสิ่งปลูกสร้าง', type: 'long-text', required: true, help: 'บ้านเลขที่ หมู่ ถนน หรือเลขที่โฉนด' },
      { label: 'ปีภาษี (พ.ศ.)', type: 'number', required: true },
      { label: 'นำไปใช้เพื่อ', type: 'choice', required: true, options: ['ยื่นธนาคารหรือสถาบันการเงิน', 'ยื่นหน่วยงานราชการ', 'อื่น ๆ'] },
      { label: 'วิธีรับหนังสือรับรอง', type: 'checkbox', required: true, options: ['รับด้วยตนเองที่เทศบาล', 'ส่งไฟล์ทางอีเมล'] },
      { label: 'หมายเลขโทรศัพท์', type: 'phone', required: true },
      { label: 'อีเมล', type: 'email' },
    ],
    sent: [
      {
        daysAgo: 1,
        answers: {
          'ชื่อ-นามสกุลผู้เสียภาษี': 'นางสาวจันทร์เพ็ญ ใจดี',
          ที่อยู่ของที่ดินหรือสิ่งปลูกสร้าง: '45 หมู่ 3 ถนนสุขาภิบาล 2',
          'ปีภาษี (พ.ศ.)': '2569',
          นำไปใช้เพื่อ: 'ยื่นธนาคารหรือสถาบันการเงิน',
          วิธีรับหนังสือรับรอง: ['รับด้วยตนเองที่เทศบาล'],
          หมายเลขโทรศัพท์: '089-123-4567',
        },
      },
    ],
  },
]
