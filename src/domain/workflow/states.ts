/**
 * The states a publish request (คำขอเผยแพร่ข้อมูลผ่านเว็บไซต์) passes through, and the people who act on it.
 */

export const STATES = [
  'draft', // ร่าง: saved by its owner, not yet submitted
  'awaiting-screening', // รอผู้บริหารกลั่นกรอง: urgent/emergency news touching the agency's image (003 §4.1–4.2)
  'awaiting-approval', // รอหัวหน้าหน่วยงานอนุมัติ (002 §3.2.1)
  'awaiting-endorsement', // รอหัวหน้ากองรับรอง: regulations, finance, procurement (001 §1)
  'ready-to-publish', // รอผู้ดูแลเว็บไซต์นำขึ้นเผยแพร่ (000 §2.2)
  'published', // เผยแพร่แล้ว
  'sent-back', // ส่งกลับให้แก้ไข
  'rejected', // ไม่อนุมัติ
  'withdrawn', // ถอนคำขอ
  'unpublished', // นำออกจากเว็บไซต์แล้ว
  'expired', // สิ้นสุดระยะเวลาเผยแพร่ (000 §2.3, 002 §4.2)
  'superseded', // ถูกแทนที่ด้วยฉบับแก้ไข: a revision of the item was published in its place
] as const
export type State = (typeof STATES)[number]

export const STATE_LABELS: Record<State, string> = {
  draft: 'ร่าง (ยังไม่ได้ส่ง)',
  'awaiting-screening': 'รอผู้บริหารกลั่นกรอง',
  'awaiting-approval': 'รอหัวหน้าหน่วยงานอนุมัติ',
  'awaiting-endorsement': 'รอหัวหน้ากองรับรอง',
  'ready-to-publish': 'รอผู้ดูแลเว็บไซต์เผยแพร่',
  published: 'เผยแพร่แล้ว',
  'sent-back': 'ส่งกลับให้แก้ไข',
  rejected: 'ไม่อนุมัติ',
  withdrawn: 'ถอนคำขอแล้ว',
  unpublished: 'นำออกจากเว็บไซต์แล้ว',
  expired: 'สิ้นสุดระยะเวลาเผยแพร่',
  superseded: 'ถูกแทนที่ด้วยฉบับแก้ไข',
}

export const ROLES = [
  'owner', // เจ้าหน้าที่เจ้าของข้อมูล
  'head', // หัวหน้าหน่วยงาน / หัวหน้ากลุ่มงาน (ผู้อนุมัติ)
  'division-head', // หัวหน้าหน่วยงานระดับกอง
  'webmaster', // ผู้ดูแลเว็บไซต์ (Web Master)
  'executive', // ผู้บริหาร
  'admin', // ผู้ดูแลระบบ
  'system', // the server itself: the expiry job
] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  owner: 'เจ้าหน้าที่เจ้าของข้อมูล',
  head: 'หัวหน้าหน่วยงาน',
  'division-head': 'หัวหน้าหน่วยงานระดับกอง',
  webmaster: 'ผู้ดูแลเว็บไซต์',
  executive: 'ผู้บริหาร',
  admin: 'ผู้ดูแลระบบ',
  system: 'ระบบ',
}

export const ACTIONS = [
  'submit',
  'edit',
  'screen',
  'approve',
  'reject',
  'record-verbal-approval',
  'confirm-verbal-approval',
  'endorse',
  'refer-for-endorsement',
  'correct-placement',
  'publish',
  'send-back',
  'resubmit',
  'withdraw',
  'unpublish',
  'expire',
  'revise',
  'supersede',
] as const
export type Action = (typeof ACTIONS)[number]

export const ACTION_LABELS: Record<Action, string> = {
  submit: 'ยื่นคำขอเผยแพร่',
  edit: 'แก้ไขคำขอ',
  screen: 'ผู้บริหารกลั่นกรองแล้ว',
  approve: 'อนุมัติ',
  reject: 'ไม่อนุมัติ',
  'record-verbal-approval': 'บันทึกการอนุมัติด้วยวาจา (กรณีเร่งด่วน)',
  'confirm-verbal-approval': 'ยืนยันการอนุมัติด้วยวาจาในระบบ',
  endorse: 'หัวหน้ากองรับรอง',
  'refer-for-endorsement': 'ส่งให้หัวหน้ากองรับรอง',
  'correct-placement': 'ปรับหมวดหมู่และการจัดวาง',
  publish: 'เผยแพร่บนเว็บไซต์',
  'send-back': 'ส่งกลับให้แก้ไข',
  resubmit: 'ยื่นคำขอใหม่หลังแก้ไข',
  withdraw: 'ถอนคำขอ',
  unpublish: 'นำออกจากเว็บไซต์',
  expire: 'นำออกเมื่อสิ้นสุดระยะเวลาเผยแพร่',
  revise: 'เปิดฉบับแก้ไข',
  supersede: 'แทนที่ด้วยฉบับแก้ไข',
}

/** States from which nothing more happens. */
export const FINAL_STATES: readonly State[] = ['rejected', 'withdrawn', 'unpublished', 'expired', 'superseded']

/** A request still on its way to publication: a draft, waiting for someone, or sent back to its owner. */
export const OPEN_STATES: readonly State[] = ['draft', 'awaiting-screening', 'awaiting-approval', 'awaiting-endorsement', 'ready-to-publish', 'sent-back']
