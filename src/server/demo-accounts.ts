/** The demo municipality's accounts, one per role (README); all share DEMO_PASSWORD. */
import type { ComplaintTrack } from '@/domain/complaints/complaints'

export const DEMO_PASSWORD = 'khaosan-demo'
export const DEMO_AGENCY = 'เทศบาลตำบลบ้านสวน'
/**
 * The demo's administrators and webmasters must sign in with a second factor: they share this authenticator secret,
 * printed by npm start and shown in the README, so anyone trying the demo can add it to an app. A real agency
 * (KHAOSAN_DEMO=off) has no such secret: each person sets up their own at their first sign-in.
 */
export const DEMO_TOTP_SECRET = 'KHAOSANDEMOTOTPSECRETBASE32AAAAA'

export const DEMO_USERS = [
  { email: 'admin@khaosan.test', name: 'นายสมชาย ดูแลระบบ', role: 'admin', unit: DEMO_AGENCY, position: 'นักวิชาการคอมพิวเตอร์' },
  { email: 'owner@khaosan.test', name: 'นางสาวสุดา เจ้าของข้อมูล', role: 'owner', unit: 'ฝ่ายบริหารงานคลัง', position: 'นักวิชาการเงินและบัญชี' },
  { email: 'head@khaosan.test', name: 'นางวิไล หัวหน้าฝ่าย', role: 'head', unit: 'ฝ่ายบริหารงานคลัง', position: 'หัวหน้าฝ่ายบริหารงานคลัง' },
  { email: 'division@khaosan.test', name: 'นายประเสริฐ ผู้อำนวยการกอง', role: 'division-head', unit: 'กองคลัง', position: 'ผู้อำนวยการกองคลัง' },
  { email: 'webmaster1@khaosan.test', name: 'นายธนา ผู้ดูแลเว็บไซต์', role: 'webmaster', unit: 'งานประชาสัมพันธ์', position: 'นักประชาสัมพันธ์' },
  { email: 'webmaster2@khaosan.test', name: 'นางสาวกมล ผู้ดูแลเว็บไซต์', role: 'webmaster', unit: 'งานประชาสัมพันธ์', position: 'เจ้าพนักงานธุรการ' },
  // Approves what the webmasters themselves submit and the drafts of the agency's pages: their unit's line is สำนักปลัด (the policy announcement goes to the executive).
  { email: 'office@khaosan.test', name: 'นางอรุณี หัวหน้าสำนักปลัด', role: 'division-head', unit: 'สำนักปลัด', position: 'หัวหน้าสำนักปลัด' },
  { email: 'executive@khaosan.test', name: 'นายสมศักดิ์ ปลัดเทศบาล', role: 'executive', unit: DEMO_AGENCY, position: 'ปลัดเทศบาล' },
  // Designated for corruption complaints (below): nobody else reads them, not the heads, not the webmasters.
  { email: 'integrity@khaosan.test', name: 'นางสาวปราณี ยุติธรรม', role: 'owner', unit: 'งานนิติการ', position: 'นิติกร' },
] as const

/** Who receives complaints (หน้าที่รับเรื่องร้องเรียน): the public relations desk the general ones, the legal officer the corruption ones. */
export const DEMO_COMPLAINT_DUTIES: Partial<Record<(typeof DEMO_USERS)[number]['email'], ComplaintTrack[]>> = {
  'webmaster1@khaosan.test': ['general', 'information'],
  'integrity@khaosan.test': ['corruption'],
}
