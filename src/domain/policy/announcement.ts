/**
 * The agency's publishing policy (ประกาศ … เรื่อง แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน), the
 * document agencies publish as ITA / MOIT1 evidence (002 memo). It is written from the settings the system
 * enforces, so the published rules and the running rules cannot drift apart. Sections follow seeds 000–003.
 */
import { bangkokDay, fiscalYearOf, toBuddhistYear } from '../thai/calendar'
import { dayMonthText, officialDateWithEra } from '../thai/days'
import { toThaiDigits } from '../thai/format'
import { ROLE_LABELS } from '../workflow/states'
import type { DocumentBlock, DocumentSpec } from '../reports/document-spec'
import { officialDueDate, roundsOf, type MonitoringRound, type RoundSettings } from '../reports/rounds'

export interface PolicySettings {
  agencyName: string
  executive: { name: string; position: string }
  roles: { role: string /* Thai role name */; holders: string[]; duties: string[] }[]
  categories: { code: string; title: string; sensitive: boolean }[]
  allowedExtensions: string[]
  maxMegabytes: number
  approvalSteps: string[] /* Thai, in order, as the workflow enforces */
  rounds: RoundSettings
  retentionDays: number
  issuedAt: Date
}

/** Traffic data must be kept at least 90 days (Computer Crime Act s.26; 000 §2.4, 002 §2.5). */
export const MINIMUM_RETENTION_DAYS = 90

const TITLE = 'แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน'
const COMPUTER_CRIME_ACT = 'พระราชบัญญัติว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์ พ.ศ. ๒๕๕๐ และที่แก้ไขเพิ่มเติม'

const CONTENT_RULES = [
  'ไม่มีเนื้อหาที่ขัดต่อสถาบันพระมหากษัตริย์ ความมั่นคงของชาติ ความสงบเรียบร้อย หรือศีลธรรมอันดีของประชาชน',
  'ใช้คำอธิบายหรือคำบรรยายเนื้อหาที่ถูกต้อง เหมาะสม และไม่ขัดต่อกฎหมาย',
  'ข้อความและรูปภาพไม่ละเมิดลิขสิทธิ์ของผู้อื่น และระบุแหล่งที่มาของข้อมูลอ้างอิง',
  'คุ้มครองข้อมูลส่วนบุคคลตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. ๒๕๖๒',
  'ไม่เปิดเผยข้อมูลข่าวสารที่ไม่ต้องเปิดเผยตามมาตรา ๑๔ และมาตรา ๑๕ แห่งพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐',
  `เป็นไปตาม${COMPUTER_CRIME_ACT}`,
]

/** A paragraph of the announcement, its first line at the official 2.5 cm indent. */
const clause = (text: string, keepWithNext?: boolean): DocumentBlock => ({ kind: 'paragraph', text, align: 'justify', indent: true, ...(keepWithNext ? { keepWithNext } : {}) })
/** "๑. หมวดหมู่ …": a numbered section heading, on the page of its first lines. */
const section = (number: number, text: string): DocumentBlock => ({ kind: 'paragraph', label: `${toThaiDigits(number)}.`, text, bold: true, align: 'left', keepWithNext: true })
/** "๑.๒ text": a numbered clause, its lines hanging after the number. */
const numbered = (numbers: number[], text: string): DocumentBlock => ({ kind: 'paragraph', label: toThaiDigits(numbers.join('.')), text, align: 'justify' })

/** "ก, ข และค" */
const thaiList = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} และ${items.at(-1)}`

const extensionText = (extension: string): string => `.${extension.trim().replace(/^\./, '').toLowerCase()}`

/**
 * A round as the seeds set it (002 §4.5: by 28 February and by 31 July): the report covers what was published from
 * 1 October up to the day it is issued, so a report due before the half-year ends does not claim to cover it.
 */
function roundClause(round: MonitoringRound, due: { month: number; day: number }): string {
  const leapNote = due.month === 2 && due.day === 29 ? ' (ปีที่ไม่มีวันที่ 29 กุมภาพันธ์ ให้รายงานภายในวันที่ 28 กุมภาพันธ์)' : ''
  const from = dayMonthText(bangkokDay(round.period.start))
  return (
    toThaiDigits(`รอบ ${round.round} เดือน รายงานผลการเผยแพร่ข้อมูลตั้งแต่วันที่ ${from} จนถึงวันที่ออกรายงาน ภายในวันที่ ${dayMonthText(due)} ของทุกปี${leapNote}`) +
    ` สำหรับ${toThaiDigits(`ปีงบประมาณ พ.ศ. ${round.fiscalYear}`)} ภายในวันที่ ${officialDueDate(round)}`
  )
}

function roleClause({ role, holders, duties }: PolicySettings['roles'][number]): string {
  const who = holders.length > 0 ? `ได้แก่ ${thaiList(holders)}` : '(ยังไม่ได้กำหนดผู้รับผิดชอบ)'
  const what = duties.length > 0 ? ` มีหน้าที่ ${duties.map((duty, i) => `${toThaiDigits(`(${i + 1})`)} ${duty}`).join(' ')}` : ''
  return `${role} ${who}${what}`
}

export function policyAnnouncement(settings: PolicySettings): DocumentSpec {
  const { agencyName, executive, issuedAt } = settings
  if (!(settings.retentionDays >= MINIMUM_RETENTION_DAYS)) {
    throw new RangeError(`ต้องเก็บข้อมูลจราจรทางคอมพิวเตอร์ไม่น้อยกว่า ${MINIMUM_RETENTION_DAYS} วัน`)
  }
  const [round6, round12] = roundsOf(fiscalYearOf(issuedAt), settings.rounds)
  const endorser = ROLE_LABELS['division-head']
  const steps = [
    ...settings.approvalSteps,
    'ทุกขั้นตอนบันทึกไว้ในระบบว่าผู้ใดดำเนินการใดเมื่อใด กรณีไม่อนุญาตต้องระบุเหตุผล และแจ้งผลให้เจ้าของข้อมูลทราบ',
  ]

  const blocks: DocumentBlock[] = [
    clause(
      'ตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐ กำหนดให้หน่วยงานของรัฐต้องจัดให้มีข้อมูลข่าวสารของราชการไว้ให้ประชาชนเข้าตรวจดูได้ ' +
        'และการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment : ITA) ' +
        'ตามตัวชี้วัด MOIT ๑ กำหนดให้หน่วยงานมีมาตรการ กลไก หรือการวางระบบในการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน ' +
        'เพื่อให้ประชาชนเข้าถึงข้อมูลข่าวสารได้สะดวก ถูกต้อง ชัดเจน ครบถ้วน และเป็นปัจจุบัน',
    ),
    clause(`${agencyName} จึงกำหนด${TITLE} ซึ่งระบบบริหารจัดการเว็บไซต์ของหน่วยงานใช้บังคับ ดังต่อไปนี้`),

    section(1, 'หมวดหมู่ข้อมูลที่เผยแพร่ต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน'),
    ...settings.categories.map((c, i) =>
      numbered([1, i + 1], c.sensitive ? `${c.title} (ต้องได้รับการรับรองจาก${endorser}ก่อนเผยแพร่)` : c.title),
    ),

    section(2, 'ผู้รับผิดชอบ'),
    ...settings.roles.map((r, i) => numbered([2, i + 1], roleClause(r))),

    section(3, 'ขั้นตอนการขออนุญาตและการนำข้อมูลขึ้นเผยแพร่'),
    ...steps.map((step, i) => numbered([3, i + 1], step)),

    section(4, 'ไฟล์ข้อมูล'),
    clause(
      `ไฟล์ที่นำขึ้นเผยแพร่ต้องเป็นไฟล์นามสกุล ${settings.allowedExtensions.map(extensionText).join(' ')} ` +
        `ขนาดไม่เกินไฟล์ละ ${toThaiDigits(settings.maxMegabytes)} MB`,
    ),

    section(5, 'การนำข้อมูลออกจากเว็บไซต์'),
    clause(
      'ผู้ดูแลเว็บไซต์ตรวจสอบความเป็นปัจจุบันของข้อมูลทุกรายการ เมื่อครบระยะเวลาการเผยแพร่ที่กำหนดไว้ในคำขอ ' +
        'ให้นำรายการนั้นออกจากเว็บไซต์ โดยระบบแจ้งเตือนล่วงหน้าและนำออกเมื่อครบกำหนด',
    ),

    section(6, 'การกำกับติดตาม'),
    clause(
      'ให้หัวหน้าหน่วยงานกำกับติดตามการเผยแพร่ข้อมูลผ่านเว็บไซต์อย่างต่อเนื่องเป็นประจำทุกปีงบประมาณ (๑ ตุลาคม ถึง ๓๐ กันยายน) ' +
        `และรายงานผลต่อ${executive.position}เพื่อทราบ ด้วยบันทึกรายงานผลการเผยแพร่ข้อมูลผ่านเว็บไซต์ ดังนี้`,
    ),
    numbered([6, 1], roundClause(round6, settings.rounds.round6Due)),
    numbered([6, 2], roundClause(round12, settings.rounds.round12Due)),
    numbered([6, 3], 'หน่วยงานต้องมีผู้ดูแลเว็บไซต์ (Web Master) อย่างน้อย ๒ คน เพื่อปฏิบัติงานทดแทนกันได้'),

    section(7, 'เนื้อหาที่เผยแพร่ต้อง'),
    ...CONTENT_RULES.map((rule, i) => numbered([7, i + 1], rule)),

    section(8, 'การเก็บรักษาข้อมูลจราจรทางคอมพิวเตอร์'),
    clause(
      `ระบบจัดเก็บบันทึกการดำเนินงานทุกขั้นตอนและข้อมูลจราจรทางคอมพิวเตอร์ (Log File) ไว้ไม่น้อยกว่า ${toThaiDigits(settings.retentionDays)} วัน ` +
        `โดยป้องกันการแก้ไขและจำกัดผู้มีสิทธิ์เข้าถึง ตาม${COMPUTER_CRIME_ACT} ` +
        'และประกาศกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เรื่อง หลักเกณฑ์การเก็บรักษาข้อมูลจราจรทางคอมพิวเตอร์ของผู้ให้บริการ',
      // The page that is signed carries the end of the text, not the closing alone.
      true,
    ),

    // The closing, the date and the signature on one page.
    clause('จึงประกาศให้ทราบโดยทั่วกัน', true),
    { kind: 'paragraph', text: `ประกาศ ณ วันที่ ${officialDateWithEra(issuedAt)}`, align: 'center', keepWithNext: true },
    // Room above the name for the signature, as the executive signs the printed announcement.
    { kind: 'signature', lines: ['', '', `(${executive.name})`, executive.position] },
  ]

  const year = toThaiDigits(toBuddhistYear(bangkokDay(issuedAt).year))
  return {
    // A ประกาศ is headed by its own title (the agency in it) and "เรื่อง", then a short rule.
    title: `ประกาศ${agencyName} เรื่อง ${TITLE}`,
    heading: { agencyName: '', documentTitle: `ประกาศ${agencyName}\nเรื่อง ${TITLE} พ.ศ. ${year}` },
    blocks: [{ kind: 'paragraph', text: '――――――――――――', align: 'center' }, ...blocks],
  }
}
