/**
 * The filled publish-request form (แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์) as a DocumentSpec: the
 * paper form of seed 002 §2.1.1 / §3.2.1 with what the system recorded — requester, the item, its
 * attachments, the signatures and the full history. Render it with renderDocumentPdf / renderDocumentDocx.
 */
import { BANGKOK_TIME_ZONE } from '../domain/thai/calendar'
import { officialDate, thaiShortDate, toThaiDigits } from '../domain/thai/format'
import type { DocumentBlock, DocumentSpec } from './spec'

export interface PublishRequestFormData {
  agencyName: string
  /** Request id. */
  number: string | number
  requester: { name: string; position?: string; unit: string; phone?: string; email?: string }
  /** Filed on the requester's behalf (received by letter or e-mail) by this member of staff. */
  filedBy?: string | null
  title: string
  summary: string
  category: string
  sourceOwner: string
  coverageFrom?: Date | null
  coverageTo?: Date | null
  publishFrom?: Date | null
  publishUntil?: Date | null
  /** Thai label: หนังสือราชการ / อีเมล / อื่น ๆ */
  channel: string
  urgent: boolean
  emergency: boolean
  attachments: { filename: string; typeLabel: string; sizeLabel: string }[]
  /** A revision of a published item: the request it revises, its change note and what it changes. */
  revision?: { of: string | number; changeNote: string; changes: string } | null
  /** An urgent approval given by word of mouth (002 §3.2.1), and its confirmation in the system. */
  verbalApproval?: { givenBy: string; givenAt: Date | null; means: string; recordedBy: string; confirmedBy?: string | null; confirmedAt?: Date | null } | null
  stateLabel: string
  publicUrl?: string | null
  history: { action: string; by: string; role: string; reason?: string | null; at: Date }[]
  /** ผู้ขอเผยแพร่, ผู้อนุมัติ, ผู้รับผิดชอบการนำข้อมูลขึ้นเผยแพร่ */
  signatures: { label: string; name?: string; at?: Date | null }[]
}

export const PUBLISH_REQUEST_FORM_TITLE = 'แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์'

const NONE = '-'
const DOTS = '..............................'

const bangkokTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: BANGKOK_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** "๐๙.๓๐ น." — the official way of writing a time. */
const officialTime = (at: Date) => `${toThaiDigits(bangkokTime.format(at).replace(':', '.'))} น.`

const text = (value: string | null | undefined) => (value && value.trim() ? value.trim() : NONE)
const date = (value: Date | null | undefined, missing = 'ไม่ระบุ') => (value ? officialDate(value) : missing)

function dateRange(from?: Date | null, to?: Date | null): string {
  if (from && to) return `${officialDate(from)} ถึง ${officialDate(to)}`
  if (from) return `ตั้งแต่ ${officialDate(from)}`
  if (to) return `ถึง ${officialDate(to)}`
  return 'ไม่ระบุ'
}

function urgency(urgent: boolean, emergency: boolean): string {
  const marks = [
    urgent ? 'เร่งด่วน (อนุมัติทางวาจาได้ แล้วยืนยันเป็นหนังสือ)' : null,
    emergency ? 'ฉุกเฉินหรือกระทบภาพลักษณ์ของหน่วยงาน (เสนอผู้บริหารก่อน)' : null,
  ].filter((m): m is string => m !== null)
  return marks.length ? marks.join('\n') : 'ปกติ'
}

function signer(signature: PublishRequestFormData['signatures'][number]): string[] {
  return [
    `ลงชื่อ ${DOTS}`,
    `(${signature.name?.trim() || DOTS})`,
    signature.label,
    `วันที่ ${signature.at ? officialDate(signature.at) : DOTS}`,
  ]
}

/** Signers two to a row, as on the paper form, all on one page. */
function signatureBlocks(signatures: PublishRequestFormData['signatures']): DocumentBlock[] {
  return signatures.length ? [{ kind: 'signatures', signers: signatures.map(signer), perRow: 2 }] : []
}

/** Who approved by word of mouth, when and how, who recorded it, and its confirmation in the system. */
function verbalApprovalRows(verbal: PublishRequestFormData['verbalApproval']): { label: string; value: string }[] {
  if (!verbal) return []
  const at = (value: Date | null | undefined) => (value ? `${officialDate(value)} เวลา ${officialTime(value)}` : NONE)
  return [
    { label: 'อนุมัติด้วยวาจาโดย', value: `${text(verbal.givenBy)} ทาง${text(verbal.means)} เมื่อ ${at(verbal.givenAt)}` },
    { label: 'ผู้บันทึกการอนุมัติด้วยวาจา', value: text(verbal.recordedBy) },
    { label: 'ยืนยันการอนุมัติในระบบ', value: verbal.confirmedBy ? `${verbal.confirmedBy} เมื่อ ${at(verbal.confirmedAt)}` : 'ยังไม่ยืนยัน' },
  ]
}

/** History oldest first (stable for equal times). */
export function chronological<T extends { at: Date }>(entries: readonly T[]): T[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.at.getTime() - b.entry.at.getTime() || a.index - b.index)
    .map(({ entry }) => entry)
}

export function publishRequestFormSpec(data: PublishRequestFormData): DocumentSpec {
  const number = toThaiDigits(data.number)
  const { requester } = data
  return {
    title: `${PUBLISH_REQUEST_FORM_TITLE} เลขที่ ${number}`,
    heading: {
      agencyName: data.agencyName,
      documentTitle: PUBLISH_REQUEST_FORM_TITLE,
      reference: `เลขที่คำขอ ${number}`,
    },
    blocks: [
      { kind: 'heading', text: 'ส่วนที่ ๑ ข้อมูลผู้ขอเผยแพร่' },
      {
        kind: 'fields',
        rows: [
          { label: 'ชื่อ-สกุล', value: text(requester.name) },
          { label: 'ตำแหน่ง', value: text(requester.position) },
          { label: 'หน่วยงาน/กลุ่มงาน', value: text(requester.unit) },
          { label: 'โทรศัพท์', value: requester.phone?.trim() ? toThaiDigits(requester.phone.trim()) : NONE },
          { label: 'ไปรษณีย์อิเล็กทรอนิกส์', value: text(requester.email) },
          ...(data.filedBy ? [{ label: 'บันทึกคำขอแทนโดย', value: `${data.filedBy} (ได้รับทาง${data.channel})` }] : []),
        ],
      },
      { kind: 'heading', text: 'ส่วนที่ ๒ ข้อมูลที่ขอเผยแพร่' },
      {
        kind: 'fields',
        rows: [
          { label: 'หัวข้อ', value: text(data.title) },
          { label: 'รายละเอียดโดยสรุป', value: text(data.summary) },
          { label: 'หมวดหมู่', value: text(data.category) },
          { label: 'แหล่งที่มา/เจ้าของข้อมูล', value: text(data.sourceOwner) },
          { label: 'ช่วงวันที่ของข้อมูล', value: dateRange(data.coverageFrom, data.coverageTo) },
          { label: 'วันที่ประสงค์ให้เผยแพร่', value: date(data.publishFrom, 'โดยเร็ว') },
          { label: 'วันสิ้นสุดการเผยแพร่', value: date(data.publishUntil, 'ไม่กำหนด') },
          { label: 'ช่องทางที่ส่งคำขอ', value: text(data.channel) },
          { label: 'ความเร่งด่วน', value: urgency(data.urgent, data.emergency) },
          ...(data.revision
            ? [
                { label: 'ฉบับแก้ไขของคำขอเลขที่', value: toThaiDigits(data.revision.of) },
                { label: 'หมายเหตุการแก้ไข', value: text(data.revision.changeNote) },
                { label: 'รายการที่แก้ไข', value: text(data.revision.changes) },
              ]
            : []),
        ],
      },
      { kind: 'heading', text: 'ส่วนที่ ๓ เอกสารแนบ' },
      {
        kind: 'table',
        columns: ['ลำดับ', 'ชื่อไฟล์', 'ประเภท', 'ขนาด'],
        widths: [10, 54, 18, 18],
        align: ['center', 'left', 'center', 'right'],
        rows: data.attachments.map((file, i) => [
          toThaiDigits(i + 1),
          file.filename,
          file.typeLabel,
          toThaiDigits(file.sizeLabel),
        ]),
        emptyText: 'ไม่มีไฟล์แนบ',
      },
      { kind: 'heading', text: 'ส่วนที่ ๔ การพิจารณาและผลการเผยแพร่' },
      {
        kind: 'fields',
        rows: [
          { label: 'สถานะ', value: text(data.stateLabel) },
          ...verbalApprovalRows(data.verbalApproval),
          { label: 'ลิงก์ที่เผยแพร่', value: text(data.publicUrl) },
        ],
      },
      ...signatureBlocks(data.signatures),
      { kind: 'heading', text: 'ส่วนที่ ๕ ประวัติการดำเนินการ' },
      {
        kind: 'table',
        columns: ['วันเวลา', 'การดำเนินการ', 'ผู้ดำเนินการ', 'บทบาท', 'เหตุผล'],
        widths: [20, 18, 21, 17, 24],
        keepWords: [true, false, true, false, false],
        rows: chronological(data.history).map((entry) => [
          `${toThaiDigits(thaiShortDate(entry.at))}\nเวลา ${officialTime(entry.at)}`,
          entry.action,
          entry.by,
          entry.role,
          text(entry.reason),
        ]),
        emptyText: 'ยังไม่มีการดำเนินการ',
      },
    ],
  }
}
