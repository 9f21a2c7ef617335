/** Sample data for tests and previews of the documents (not used by the app). */
import { CATEGORY_DEFINITIONS } from '../domain/categories'
import { policyAnnouncement } from '../domain/policy/announcement'
import { approvalSteps, dutiesOf } from '../domain/policy/workflow-text'
import type { DocumentSpec } from '../domain/reports/document-spec'
import { memoryRecords, monitoringReport, reportDocumentBlocks, type PublishedRecord } from '../domain/reports/monitoring-report'
import { issuedAt, monitoringRound } from '../domain/reports/rounds'
import { DEFAULT_APPROVAL_SETTING, ROLE_LABELS, type Role } from '../domain/workflow'
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

/** A municipality like the demo's: its name, its executive, its work groups. */
export const SAMPLE_AGENCY = {
  name: 'เทศบาลตำบลบ้านสวน',
  executive: { name: 'นายสมศักดิ์ ปลัดเทศบาล', position: 'ปลัดเทศบาล' },
  webmaster: 'นายธนา ผู้ดูแลเว็บไซต์',
  units: [
    'สำนักปลัด', 'ฝ่ายอำนวยการ', 'งานประชาสัมพันธ์', 'ฝ่ายปกครอง', 'กองคลัง', 'ฝ่ายบริหารงานคลัง', 'งานพัสดุและทรัพย์สิน', 'ฝ่ายพัฒนารายได้',
    'กองช่าง', 'ฝ่ายการโยธา', 'ฝ่ายแบบแผนและก่อสร้าง', 'กองการศึกษา', 'ฝ่ายบริหารการศึกษา', 'กองสาธารณสุขและสิ่งแวดล้อม',
    'ฝ่ายบริการสาธารณสุข', 'ฝ่ายส่งเสริมสาธารณสุขและสิ่งแวดล้อม',
  ].map((name, i) => ({ id: String(i + 2), name })),
}

/** The policy announcement (ประกาศ) of the sample agency, with all 22 categories and the workflow's own steps. */
export function sampleAnnouncement(): DocumentSpec {
  const holders: Partial<Record<Role, string[]>> = {
    webmaster: [SAMPLE_AGENCY.webmaster, 'นางสาวกมล ผู้ดูแลเว็บไซต์'],
    head: ['นางวิไล หัวหน้าฝ่าย'],
    'division-head': ['นายประเสริฐ ผู้อำนวยการกอง', 'นางอรุณี หัวหน้าสำนักปลัด'],
    executive: [SAMPLE_AGENCY.executive.name],
    admin: ['นายสมชาย ดูแลระบบ'],
  }
  return policyAnnouncement({
    agencyName: SAMPLE_AGENCY.name,
    executive: SAMPLE_AGENCY.executive,
    roles: (Object.keys(holders) as Role[]).map((role) => ({ role: ROLE_LABELS[role], holders: holders[role] ?? [], duties: dutiesOf(role, DEFAULT_APPROVAL_SETTING) })),
    categories: CATEGORY_DEFINITIONS.map(({ code, title, sensitive }) => ({ code, title, sensitive: !!sensitive })),
    allowedExtensions: ['pdf', 'docx', 'xlsx', 'jpg', 'png', 'zip'],
    maxMegabytes: 20,
    approvalSteps: approvalSteps(DEFAULT_APPROVAL_SETTING),
    rounds: { round6Due: { month: 2, day: 28 }, round12Due: { month: 7, day: 31 } },
    retentionDays: 90,
    issuedAt: bangkok('2025-11-09T10:00:00'),
  })
}

const REPORTED_TITLES = [
  'ประกาศผลการจัดซื้อจัดจ้างวัสดุสำนักงาน ประจำเดือนตุลาคม 2568',
  'แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569',
  'ข่าวประชาสัมพันธ์ การรับชำระภาษีที่ดินและสิ่งปลูกสร้าง ปี 2569',
  'รายงานผลการดำเนินงานกองทุนหลักประกันสุขภาพ ไตรมาสที่ 1',
  'ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง',
]

/**
 * The sample agency's 6-month report of fiscal year 2569 as a memo, issued by the webmaster on 20 February 2569 and
 * not yet acknowledged: three work groups with requests (nine in all), thirteen without.
 */
export async function sampleSixMonthReport(): Promise<DocumentSpec> {
  const records: PublishedRecord[] = []
  for (const [unit, count] of [[4, 3], [5, 4], [2, 2]] as const) {
    for (let k = 0; k < count; k++) {
      const id = records.length + 1
      const submittedAt = bangkok(`2025-${10 + (id % 3)}-${String(3 + id).padStart(2, '0')}T09:00:00`)
      records.push({
        id,
        title: REPORTED_TITLES[id % REPORTED_TITLES.length],
        summary: 'สรุปสาระสำคัญของข้อมูลที่ขอเผยแพร่ เพื่อให้ประชาชนตรวจสอบได้ตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540',
        attachmentNames: [`เอกสาร-${id}.pdf`],
        unitId: SAMPLE_AGENCY.units[unit].id,
        unitName: SAMPLE_AGENCY.units[unit].name,
        submittedAt,
        publishedAt: new Date(submittedAt.getTime() + 2 * 86_400_000),
        publicUrl: `https://bansuan.example.go.th/news/${id}`,
        state: 'published',
      })
    }
  }
  const round = monitoringRound(2569, 6)
  const issued = issuedAt(round, bangkok('2026-02-20T10:00:00'), SAMPLE_AGENCY.webmaster, null)
  const report = await monitoringReport({ fiscalYear: 2569, round: 6, units: SAMPLE_AGENCY.units, issued, now: issued.at }, memoryRecords(records))
  return reportDocumentBlocks(report, { agencyName: SAMPLE_AGENCY.name, executive: SAMPLE_AGENCY.executive })
}
