/** Sample data for tests and previews of the documents (not used by the app). */
import type { PublishRequestFormData } from './publish-request-form'

/** A Bangkok wall-clock time as a Date. */
export const bangkok = (iso: string): Date => new Date(`${iso}+07:00`)

export function samplePublishRequest(): PublishRequestFormData {
  return {
    agencyName: 'สำนักงานสาธารณสุขอำเภอกะพ้อ',
    number: 128,
    requester: {
      name: 'นางสาวโซเฟีย หะแวง',
      position: 'นักวิชาการสาธารณสุขปฏิบัติการ',
      unit: 'กลุ่มงานบริหารทั่วไป',
      phone: '073-494064',
      email: 'sofia@kapho.example.go.th',
    },
    title: 'ประกาศผลการจัดซื้อจัดจ้างวัสดุการแพทย์ ไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๘',
    summary:
      'สรุปผลการจัดซื้อจัดจ้างวัสดุการแพทย์และเวชภัณฑ์ที่มิใช่ยาของสำนักงานสาธารณสุขอำเภอกะพ้อ ' +
      'ประจำไตรมาสที่ ๒ (มกราคม – มีนาคม ๒๕๖๘) ตามแบบ สขร.๑ เพื่อให้ประชาชนตรวจสอบได้ตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐ มาตรา ๙',
    category: 'ประกาศจัดซื้อจัดจ้าง',
    sourceOwner: 'งานพัสดุ กลุ่มงานบริหารทั่วไป',
    coverageFrom: bangkok('2025-03-15T00:00:00'),
    coverageTo: bangkok('2025-06-30T00:00:00'),
    publishFrom: bangkok('2025-07-01T00:00:00'),
    publishUntil: bangkok('2026-06-30T00:00:00'),
    channel: 'หนังสือราชการ',
    urgent: true,
    emergency: false,
    attachments: [
      { filename: 'สขร1-ไตรมาส2-2568.pdf', typeLabel: 'PDF', sizeLabel: '1.2 MB' },
      { filename: 'summary-q2-2568.xlsx', typeLabel: 'Excel', sizeLabel: '84 KB' },
    ],
    stateLabel: 'เผยแพร่แล้ว',
    publicUrl: 'https://kapho.example.go.th/procurement/128',
    // Deliberately out of order: the form must list them oldest first.
    history: [
      { action: 'เผยแพร่แล้ว', by: 'นายอับดุลเลาะ ดือราแม', role: 'ผู้ดูแลเว็บไซต์', reason: null, at: bangkok('2025-07-01T09:05:00') },
      { action: 'ยื่นคำขอ', by: 'นางสาวโซเฟีย หะแวง', role: 'ผู้ขอเผยแพร่', reason: null, at: bangkok('2025-06-20T08:30:00') },
      { action: 'ไม่อนุมัติ', by: 'นายมะยาก็ สมะแอ', role: 'ผู้อนุมัติ', reason: 'ไฟล์แนบเป็น .exe ไม่อนุญาต', at: bangkok('2025-06-23T14:10:00') },
      { action: 'ยื่นคำขอใหม่', by: 'นางสาวโซเฟีย หะแวง', role: 'ผู้ขอเผยแพร่', reason: 'แก้ไขไฟล์แนบเป็น PDF', at: bangkok('2025-06-24T10:00:00') },
      { action: 'อนุมัติ', by: 'นายมะยาก็ สมะแอ', role: 'ผู้อนุมัติ', reason: 'อนุมัติทางวาจา ยืนยันเป็นหนังสือแล้ว', at: bangkok('2025-06-25T16:45:00') },
    ],
    signatures: [
      { label: 'ผู้ขอเผยแพร่', name: 'นางสาวโซเฟีย หะแวง', at: bangkok('2025-06-24T10:00:00') },
      { label: 'ผู้อนุมัติ', name: 'นายมะยาก็ สมะแอ', at: bangkok('2025-06-25T16:45:00') },
      { label: 'ผู้รับผิดชอบการนำข้อมูลขึ้นเผยแพร่', name: 'นายอับดุลเลาะ ดือราแม', at: bangkok('2025-07-01T09:05:00') },
    ],
  }
}
