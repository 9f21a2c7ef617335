/**
 * The demo municipality's year of publications (src/server/seed.ts publishes them through the real workflow, each
 * on the day it says): news, procurement with its plan, monthly summaries and winners, manuals with steps, events
 * this month and next, laws, plans and reports, knowledge, FAQ, banners and links to real government sites. Titles
 * and dates follow the day the demo is made, so the site looks current whenever it is started. Documents are
 * described here and printed to PDF by the project's own renderer when the demo is seeded.
 */
import { CATEGORY } from '@/domain/categories'
import type { DocumentBlock } from '@/domain/reports/document-spec'
import { addMonths, monthRange, thaiMonthYear, type LocalMonth } from '@/domain/thai/months'
import { bangkokDay, fiscalYearOf, fiscalYearRange, startOfBangkokDay } from '@/domain/thai/calendar'
import { thaiDate } from '@/domain/thai/format'
import { DEMO_AGENCY } from '@/server/demo-accounts'
import type { SceneMotif } from './demo'
import type { DatasetMetadata } from '@/domain/open-data/dataset'
import { demoDatasets } from './demo-datasets'

export type ManualStep = { title: string; description?: string; duration: number; unit: 'minute' | 'hour' | 'day' | 'working-day' }

export interface DemoItem {
  title: string
  category: string
  summary: string
  sourceOwner: string
  /** Published this many days before the demo is made (0: today). */
  daysAgo: number
  /** The period the information is about; the fiscal year it was published in when not given. */
  coverage?: { start: Date; end: Date }
  tags?: string[]
  steps?: ManualStep[]
  eventStart?: string
  eventEnd?: string
  location?: string
  linkUrl?: string
  /** A picture uploaded by the data owner first: a banner with its message drawn in Thai, or a news picture. */
  image?: { name: string; alt: string } & ({ lines: readonly [string, string, string] } | { scene: SceneMotif })
  /** An attached document, printed to PDF when the demo is seeded; `landscape` for a table of many columns. */
  document?: { file: string; title: string; landscape?: boolean; blocks: DocumentBlock[] }
  /** An open dataset (C9): its catalogue metadata and its table, uploaded as CSV and XLSX (demo-datasets.ts). */
  openData?: { file: string; metadata: DatasetMetadata; rows: string[][] }
}

const DAY = 86_400_000
const HOUR = 3_600_000

const paragraph = (text: string): DocumentBlock => ({ kind: 'paragraph', text, indent: true })
const signature = (name: string, position: string): DocumentBlock => ({ kind: 'signature', lines: [`(${name})`, position] })
const MAYOR = signature('นายวีระ ศรีสุข', `นายกเทศมนตรีตำบลบ้านสวน`)
const baht = (amount: number) => amount.toLocaleString('th-TH', { minimumFractionDigits: 2 })

/**
 * แบบ สขร.1: what the agency bought or hired in a month, how, from whom and why. On a landscape page, as the real
 * form usually is, with the reason and the contract number in one column: nine columns were too narrow for
 * "เฉพาะเจาะจง" and the amounts to stay whole.
 */
function monthlySummary(month: LocalMonth, seed: number): DocumentBlock[] {
  const works = [
    ['จัดซื้อวัสดุสำนักงาน', 'ร้านบ้านสวนเครื่องเขียน'],
    ['จ้างซ่อมแซมรถบรรทุกขยะ ทะเบียน 81-2345', 'อู่ช่างเอกการช่าง'],
    ['จัดซื้อวัสดุเชื้อเพลิงและหล่อลื่น', 'หจก. บ้านสวนปิโตรเลียม'],
    ['จ้างเหมาบริการทำความสะอาดอาคารสำนักงาน', 'นางสมใจ รักษ์สะอาด'],
    ['จัดซื้ออาหารเสริม (นม) โรงเรียน', 'สหกรณ์โคนมหนองโพ จำกัด'],
    ['จ้างซ่อมแซมไฟฟ้าสาธารณะ หมู่ที่ 3', 'ร้านไฟฟ้าบ้านสวน'],
  ]
  const rows = works.slice(0, 4 + (seed % 3)).map(([work, vendor], i) => {
    const amount = 4_500 + ((seed * 7919 + i * 104_729) % 95_000)
    return [String(i + 1), work, baht(amount), baht(amount), 'เฉพาะเจาะจง', `${vendor}\n${baht(amount)} บาท`, `${vendor}\n${baht(amount)} บาท`, `ราคาต่ำสุด ถูกต้องตามเงื่อนไข\nสัญญาเลขที่ ${seed}${String(i + 1).padStart(2, '0')}/${month.year + 543}`]
  })
  return [
    paragraph(`สรุปผลการดำเนินการจัดซื้อจัดจ้างของ${DEMO_AGENCY} ประจำเดือน${thaiMonthYear(month)} ตามมาตรา 9 วรรคหนึ่ง (8) แห่งพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540`),
    {
      kind: 'table',
      columns: ['ลำดับ', 'งานที่จัดซื้อ\nหรือจัดจ้าง', 'วงเงิน (บาท)', 'ราคากลาง (บาท)', 'วิธีซื้อหรือจ้าง', 'ผู้เสนอราคา\nและราคาที่เสนอ', 'ผู้ได้รับคัดเลือก\nและราคา', 'เหตุผลที่คัดเลือก\nและเลขที่สัญญา'],
      rows,
      // Millimetres of the 24.7 cm line of a landscape page, checked in the printed PDF: each amount, "เฉพาะเจาะจง",
      // each shop's name, each contract number and each heading's line on one line, no word broken inside.
      widths: [13, 36, 25.5, 25.5, 26.5, 44, 44, 32.5],
      align: ['center', undefined, 'right', 'right'],
    },
    signature('นางสาวจันทร์เพ็ญ มั่นคง', 'เจ้าพนักงานพัสดุ'),
  ]
}

/** A notice that the agency chose a supplier (ประกาศผู้ชนะการเสนอราคา). */
function winnerNotice(work: string, method: string, winner: string, amount: number, day: string): DocumentBlock[] {
  return [
    paragraph(`ตามที่${DEMO_AGENCY}ได้มีโครงการ${work} โดยวิธี${method} นั้น`),
    paragraph(`${work} ผู้ได้รับการคัดเลือก ได้แก่ ${winner} โดยเสนอราคาเป็นเงินทั้งสิ้น ${baht(amount)} บาท ซึ่งรวมภาษีมูลค่าเพิ่มและภาษีอื่น ค่าขนส่ง ค่าจดทะเบียน และค่าใช้จ่ายอื่น ๆ ทั้งปวงแล้ว`),
    paragraph(`ประกาศ ณ วันที่ ${day}`),
    MAYOR,
  ]
}

export function demoItems(now: Date): DemoItem[] {
  const fy = fiscalYearOf(now)
  const today = bangkokDay(now)
  const thisMonth: LocalMonth = { year: today.year, month: today.month }
  const lastMonths = [1, 2, 3].map((n) => addMonths(thisMonth, -n))
  /** `days` from today at `hour` o'clock in Bangkok, plus `hours`. */
  const at = (days: number, hours = 0, hour = 9) => new Date(startOfBangkokDay(bangkokDay(new Date(now.getTime() + days * DAY))).getTime() + (hour + hours) * HOUR).toISOString()
  const dayText = (daysAgo: number) => thaiDate(new Date(now.getTime() - daysAgo * DAY))
  return [
    ...demoDatasets(fy),
    // ข่าวประชาสัมพันธ์
    { title: 'ขอเชิญร่วมกิจกรรมรณรงค์ป้องกันโรคไข้เลือดออก', category: CATEGORY.news, summary: 'ขอเชิญประชาชนร่วมกิจกรรมทำลายแหล่งเพาะพันธุ์ยุงลายในชุมชน ทุกวันศุกร์ตลอดเดือนนี้ ตามหลัก 5 ป. 1 ข. ปิดภาชนะ เปลี่ยนน้ำ ปล่อยปลากินลูกน้ำ ปรับปรุงสิ่งแวดล้อม ปฏิบัติเป็นนิสัย และขัดไข่ยุงลาย', sourceOwner: 'กองสาธารณสุขและสิ่งแวดล้อม', daysAgo: 2, image: { name: 'news-dengue.png', alt: 'เจ้าหน้าที่และอาสาสมัครสาธารณสุขรณรงค์กำจัดแหล่งเพาะพันธุ์ยุงลายในชุมชน', scene: 'campaign' } },
    { title: 'ประกาศปิดการจราจรชั่วคราว ถนนสายบ้านหนองบัว–บ้านโคกสูง เพื่อซ่อมแซมผิวจราจร', category: CATEGORY.news, summary: 'กองช่างจะปิดการจราจรช่วงกิโลเมตรที่ 2–3 เป็นเวลา 5 วัน ขอให้ผู้ใช้เส้นทางเลี่ยงไปใช้ถนนสายบ้านหนองบัว–บ้านดอนแดง ขออภัยในความไม่สะดวก', sourceOwner: 'กองช่าง', daysAgo: 4, image: { name: 'news-road.png', alt: 'จุดซ่อมแซมผิวจราจรพร้อมกรวยและแผงกั้นถนน', scene: 'road' } },
    { title: 'เทศบาลจัดหน่วยบริการทำหมันและฉีดวัคซีนสุนัขและแมวเคลื่อนที่ ครบทุกหมู่บ้าน', category: CATEGORY.news, summary: 'นำสุนัขและแมวอายุ 2 เดือนขึ้นไปมารับบริการโดยไม่เสียค่าใช้จ่าย พร้อมขึ้นทะเบียนสัตว์เลี้ยง ตามตารางที่ประกาศในแต่ละหมู่บ้าน', sourceOwner: 'กองสาธารณสุขและสิ่งแวดล้อม', daysAgo: 11, image: { name: 'news-pets.png', alt: 'สุนัขและแมวที่นำมารับบริการจากหน่วยเคลื่อนที่', scene: 'pets' } },
    {
      title: 'ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างตามภารกิจ ตำแหน่งผู้ช่วยเจ้าพนักงานจัดเก็บรายได้',
      category: CATEGORY.news,
      summary: 'รับสมัครตั้งแต่วันที่ประกาศเป็นเวลา 10 วันทำการ ณ สำนักปลัด ผู้สมัครต้องมีวุฒิ ปวส. ขึ้นไปทุกสาขา รายละเอียดตามประกาศแนบ',
      sourceOwner: 'สำนักปลัด',
      daysAgo: 18,
      image: { name: 'news-recruitment.png', alt: 'ประกาศรับสมัครพนักงานจ้างติดที่บอร์ดประชาสัมพันธ์ของเทศบาล', scene: 'recruitment' },
      document: {
        file: 'ประกาศรับสมัครพนักงานจ้าง.pdf',
        title: 'ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างตามภารกิจ',
        blocks: [
          paragraph(`ด้วย${DEMO_AGENCY} จะดำเนินการสรรหาและเลือกสรรบุคคลเพื่อจ้างเป็นพนักงานจ้างตามภารกิจ ตำแหน่งผู้ช่วยเจ้าพนักงานจัดเก็บรายได้ จำนวน 1 อัตรา ค่าตอบแทนเดือนละ 11,280 บาท`),
          { kind: 'heading', text: 'คุณสมบัติของผู้สมัคร' },
          paragraph('มีสัญชาติไทย อายุไม่ต่ำกว่า 18 ปีบริบูรณ์ ได้รับประกาศนียบัตรวิชาชีพชั้นสูง (ปวส.) หรือเทียบเท่าในทุกสาขาวิชา'),
          { kind: 'heading', text: 'การรับสมัคร' },
          paragraph(`ยื่นใบสมัครด้วยตนเองที่สำนักปลัด${DEMO_AGENCY} ในวันและเวลาราชการ ภายใน 10 วันทำการนับแต่วันประกาศ`),
          paragraph(`ประกาศ ณ วันที่ ${dayText(18)}`),
          MAYOR,
        ],
      },
    },
    { title: 'เทศบาลร่วมกับ รพ.สต.บ้านสวน ตรวจคัดกรองเบาหวานและความดันโลหิตสูงให้ประชาชนอายุ 35 ปีขึ้นไป', category: CATEGORY.news, summary: 'มีผู้เข้ารับการตรวจคัดกรอง 642 คน พบกลุ่มเสี่ยง 87 คน ซึ่งได้รับการนัดติดตามและให้คำแนะนำด้านอาหารและการออกกำลังกาย', sourceOwner: 'กองสาธารณสุขและสิ่งแวดล้อม', daysAgo: 47, image: { name: 'news-screening.png', alt: 'การตรวจวัดความดันโลหิตให้ประชาชนที่จุดคัดกรอง', scene: 'screening' } },
    { title: `ขอเชิญผู้ที่จะมีอายุครบ 60 ปี ในปีงบประมาณ พ.ศ. ${fy + 1} ลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ`, category: CATEGORY.news, summary: 'ลงทะเบียนได้ที่สำนักปลัด นำบัตรประจำตัวประชาชนและสมุดบัญชีเงินฝากธนาคารมาด้วย ผู้ที่ไม่สะดวกเดินทางมอบอำนาจให้ผู้อื่นยื่นแทนได้', sourceOwner: 'สำนักปลัด', daysAgo: 63, image: { name: 'news-elderly.png', alt: 'ผู้สูงอายุในชุมชนมาลงทะเบียนที่สำนักงานเทศบาล', scene: 'elderly' } },
    { title: 'มอบถุงยังชีพช่วยเหลือผู้ประสบอุทกภัย หมู่ที่ 2 และหมู่ที่ 5', category: CATEGORY.news, summary: 'เทศบาลมอบถุงยังชีพ 215 ชุด และน้ำดื่ม 400 แพ็ก ให้ครัวเรือนที่ได้รับผลกระทบจากน้ำท่วมขัง พร้อมสำรวจความเสียหายเพื่อให้ความช่วยเหลือตามระเบียบ', sourceOwner: 'สำนักปลัด', daysAgo: 96, image: { name: 'news-relief.png', alt: 'ถุงยังชีพและน้ำดื่มที่นำไปมอบให้ครัวเรือนที่ประสบอุทกภัย', scene: 'relief' } },
    { title: 'ประชาสัมพันธ์การยื่นแบบแสดงรายการภาษีป้าย', category: CATEGORY.news, summary: 'เจ้าของป้ายยื่นแบบ ภ.ป.1 ได้ที่กองคลังภายในเดือนมีนาคม ป้ายที่ติดตั้งใหม่ระหว่างปีให้ยื่นภายใน 15 วันนับแต่วันติดตั้ง', sourceOwner: 'กองคลัง', daysAgo: 260, image: { name: 'news-signs.png', alt: 'ป้ายร้านค้าริมถนนในเขตเทศบาล', scene: 'signs' } },
    { title: 'กิจกรรมวันท้องถิ่นไทย ประจำปี', category: CATEGORY.news, summary: 'คณะผู้บริหาร สมาชิกสภาเทศบาล และพนักงานร่วมถวายราชสดุดีพระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว และเปิดสำนักงานให้ประชาชนเยี่ยมชมการให้บริการ', sourceOwner: 'สำนักปลัด', daysAgo: 300, image: { name: 'news-local-day.png', alt: 'พิธีวันท้องถิ่นไทยหน้าสำนักงานเทศบาล', scene: 'ceremony' } },

    // การจัดซื้อจัดจ้าง
    {
      title: `ประกาศแผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ${fy}`,
      category: CATEGORY.procurement,
      summary: `${DEMO_AGENCY}ประกาศแผนการจัดซื้อจัดจ้างประจำปีงบประมาณ พ.ศ. ${fy} เพื่อให้ประชาชนตรวจสอบได้`,
      tags: ['แผนการจัดซื้อจัดจ้าง'],
      sourceOwner: 'กองคลัง',
      daysAgo: 60,
      document: {
        file: `แผนการจัดซื้อจัดจ้าง ${fy}.pdf`,
        title: `ประกาศ เรื่อง เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ${fy}`,
        blocks: [
          paragraph(`ตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560 มาตรา 11 ${DEMO_AGENCY}จึงประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ${fy} ดังนี้`),
          {
            kind: 'table',
            columns: ['ลำดับ', 'รายการ', 'งบประมาณ (บาท)', 'ช่วงเวลาที่คาดว่าจะประกาศ', 'วิธีจัดหา'],
            rows: [
              ['1', 'ก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านหนองบัว หมู่ที่ 4', baht(1_250_000), 'ธันวาคม', 'e-bidding'],
              ['2', 'ก่อสร้างอาคารศูนย์พัฒนาเด็กเล็กบ้านสวน', baht(2_480_000), 'มกราคม', 'e-bidding'],
              ['3', 'จัดซื้อรถบรรทุกขยะมูลฝอย ขนาด 6 ตัน', baht(2_500_000), 'กุมภาพันธ์', 'e-bidding'],
              ['4', 'ขุดลอกคลองส่งน้ำ หมู่ที่ 2', baht(480_000), 'มีนาคม', 'เฉพาะเจาะจง'],
              ['5', 'จัดซื้อเครื่องคอมพิวเตอร์สำหรับงานบริการประชาชน', baht(176_000), 'เมษายน', 'เฉพาะเจาะจง'],
            ],
            widths: [6, 44, 16, 18, 16],
            align: ['center', undefined, 'right', 'center', 'center'],
          },
          paragraph(`ประกาศ ณ วันที่ ${dayText(60)}`),
          MAYOR,
        ],
      },
    },
    ...lastMonths.map((month, i) => ({
      title: `สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือน${thaiMonthYear(month)}`,
      category: CATEGORY.procurement,
      summary: `สรุปผลการจัดซื้อจัดจ้างประจำเดือน${thaiMonthYear(month)} (แบบ สขร.1) ตามมาตรา 9 แห่งพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540`,
      tags: ['สรุปผลการจัดซื้อจัดจ้างรายเดือน'],
      sourceOwner: 'กองคลัง',
      daysAgo: Math.max(0, today.day - 5) + i * 30,
      coverage: monthRange(month),
      document: { file: `สขร1 ${thaiMonthYear(month)}.pdf`, title: `สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน${thaiMonthYear(month)}`, landscape: true, blocks: monthlySummary(month, 3 + i) },
    })),
    {
      title: 'ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านหนองบัว หมู่ที่ 4',
      category: CATEGORY.procurement,
      summary: 'ผู้ได้รับการคัดเลือก ได้แก่ หจก. บ้านสวนก่อสร้าง เสนอราคา 1,189,000.00 บาท',
      tags: ['ประกาศผู้ชนะ'],
      sourceOwner: 'กองคลัง',
      daysAgo: 9,
      document: { file: 'ประกาศผู้ชนะ ถนน คสล หมู่ 4.pdf', title: 'ประกาศ เรื่อง ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านหนองบัว หมู่ที่ 4 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', blocks: winnerNotice('จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านหนองบัว หมู่ที่ 4 ขนาดกว้าง 5 เมตร ยาว 850 เมตร', 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', 'ห้างหุ้นส่วนจำกัด บ้านสวนก่อสร้าง', 1_189_000, dayText(9)) },
    },
    {
      title: 'ประกาศผู้ชนะการเสนอราคา จัดซื้อวัสดุคอมพิวเตอร์ กองคลัง',
      category: CATEGORY.procurement,
      summary: 'ผู้ได้รับการคัดเลือก ได้แก่ ร้านบ้านสวนคอมพิวเตอร์ เสนอราคา 38,450.00 บาท',
      tags: ['ประกาศผู้ชนะ'],
      sourceOwner: 'กองคลัง',
      daysAgo: 27,
      document: { file: 'ประกาศผู้ชนะ วัสดุคอมพิวเตอร์.pdf', title: 'ประกาศ เรื่อง ประกาศผู้ชนะการเสนอราคา จัดซื้อวัสดุคอมพิวเตอร์ กองคลัง โดยวิธีเฉพาะเจาะจง', blocks: winnerNotice('จัดซื้อวัสดุคอมพิวเตอร์ (หมึกพิมพ์และอุปกรณ์) ของกองคลัง', 'เฉพาะเจาะจง', 'ร้านบ้านสวนคอมพิวเตอร์', 38_450, dayText(27)) },
    },
    {
      title: 'ประกาศประกวดราคาจ้างก่อสร้างอาคารศูนย์พัฒนาเด็กเล็กบ้านสวน ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)',
      category: CATEGORY.procurement,
      summary: 'ราคากลาง 2,480,000.00 บาท ผู้สนใจดาวน์โหลดเอกสารประกวดราคาได้ที่ระบบการจัดซื้อจัดจ้างภาครัฐ (e-GP) และยื่นข้อเสนอผ่านระบบ',
      tags: ['ประกาศเชิญชวน'],
      sourceOwner: 'กองคลัง',
      daysAgo: 1,
      document: {
        file: 'ประกาศประกวดราคา ศูนย์พัฒนาเด็กเล็ก.pdf',
        title: 'ประกาศ เรื่อง ประกวดราคาจ้างก่อสร้างอาคารศูนย์พัฒนาเด็กเล็กบ้านสวน ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)',
        blocks: [
          paragraph(`${DEMO_AGENCY} มีความประสงค์จะประกวดราคาจ้างก่อสร้างอาคารศูนย์พัฒนาเด็กเล็กบ้านสวน ขนาด 3 ห้องเรียน ราคากลางของงานก่อสร้างเป็นเงินทั้งสิ้น ${baht(2_480_000)} บาท`),
          paragraph('ผู้ยื่นข้อเสนอต้องเป็นนิติบุคคลผู้มีอาชีพรับจ้างงานที่ประกวดราคา และมีผลงานก่อสร้างประเภทเดียวกันในวงเงินไม่น้อยกว่า 1,240,000 บาท'),
          paragraph('ผู้สนใจต้องยื่นข้อเสนอผ่านระบบการจัดซื้อจัดจ้างภาครัฐด้วยอิเล็กทรอนิกส์ ดูรายละเอียดได้ที่ www.gprocurement.go.th'),
          paragraph(`ประกาศ ณ วันที่ ${dayText(1)}`),
          MAYOR,
        ],
      },
    },
    {
      title: `รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ${fy - 1}`,
      category: CATEGORY.procurement,
      summary: `ผลการจัดซื้อจัดจ้างทั้งปีงบประมาณ พ.ศ. ${fy - 1} จำนวน 214 โครงการ รวม 18,642,350.00 บาท พร้อมปัญหา อุปสรรค และแนวทางปรับปรุง`,
      tags: ['รายงานผลการจัดซื้อจัดจ้างประจำปี'],
      sourceOwner: 'กองคลัง',
      daysAgo: 40,
      coverage: fiscalYearRange(fy - 1),
      document: {
        file: `รายงานผลการจัดซื้อจัดจ้าง ${fy - 1}.pdf`,
        title: `รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ${fy - 1}`,
        blocks: [
          {
            kind: 'table',
            columns: ['วิธีจัดซื้อจัดจ้าง', 'จำนวนโครงการ', 'งบประมาณ (บาท)', 'ราคาที่จัดซื้อจัดจ้าง (บาท)', 'ประหยัดได้ (บาท)'],
            rows: [
              ['ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', '6', baht(9_850_000), baht(9_214_500), baht(635_500)],
              ['คัดเลือก', '2', baht(640_000), baht(612_000), baht(28_000)],
              ['เฉพาะเจาะจง', '206', baht(8_980_400), baht(8_815_850), baht(164_550)],
              ['รวม', '214', baht(19_470_400), baht(18_642_350), baht(828_050)],
            ],
            widths: [30, 14, 19, 19, 18],
            align: [undefined, 'center', 'right', 'right', 'right'],
          },
          { kind: 'heading', text: 'ปัญหา อุปสรรค และแนวทางปรับปรุง' },
          paragraph('ผู้ประกอบการในพื้นที่ยังยื่นข้อเสนอผ่านระบบอิเล็กทรอนิกส์น้อย เทศบาลจะจัดอบรมการใช้ระบบ e-GP ให้ผู้ประกอบการในไตรมาสแรกของปีงบประมาณถัดไป'),
          signature('นางสาวจันทร์เพ็ญ มั่นคง', 'เจ้าพนักงานพัสดุ'),
        ],
      },
    },

    // คู่มือ
    {
      title: 'คู่มือการขอรับบริการจดทะเบียนพาณิชย์',
      category: CATEGORY.citizenManuals,
      summary: 'ขั้นตอนและระยะเวลาการขอจดทะเบียนพาณิชย์ เอกสารที่ต้องใช้ และค่าธรรมเนียม',
      sourceOwner: 'กองคลัง',
      daysAgo: 120,
      steps: [
        { title: 'ยื่นคำขอและเอกสารหลักฐาน', description: 'ยื่นแบบ ทพ. พร้อมสำเนาบัตรประจำตัวประชาชนที่กองคลัง', duration: 10, unit: 'minute' },
        { title: 'เจ้าหน้าที่ตรวจสอบเอกสาร', description: 'ตรวจความครบถ้วนของคำขอและหลักฐาน', duration: 20, unit: 'minute' },
        { title: 'ชำระค่าธรรมเนียมและรับใบทะเบียนพาณิชย์', description: 'ค่าธรรมเนียม 50 บาท', duration: 1, unit: 'hour' },
      ],
    },
    {
      title: 'คู่มือการขออนุญาตก่อสร้างอาคาร',
      category: CATEGORY.citizenManuals,
      summary: 'การขออนุญาตก่อสร้าง ดัดแปลง หรือรื้อถอนอาคารตามพระราชบัญญัติควบคุมอาคาร พ.ศ. 2522 เอกสาร แบบแปลน และระยะเวลาพิจารณา',
      sourceOwner: 'กองช่าง',
      daysAgo: 150,
      steps: [
        { title: 'ยื่นคำขอ (แบบ ข.1) พร้อมแบบแปลนและเอกสาร', description: 'สำเนาโฉนดที่ดิน หนังสือยินยอมของเจ้าของที่ดิน แบบแปลน 5 ชุด', duration: 30, unit: 'minute' },
        { title: 'ตรวจสอบสถานที่และพิจารณาแบบแปลน', description: 'นายช่างตรวจสถานที่ก่อสร้างและความถูกต้องของแบบ', duration: 15, unit: 'working-day' },
        { title: 'ออกใบอนุญาต (แบบ อ.1) และชำระค่าธรรมเนียม', duration: 1, unit: 'working-day' },
      ],
    },
    {
      title: 'คู่มือการลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ',
      category: CATEGORY.citizenManuals,
      summary: 'ผู้มีสิทธิ์ เอกสารที่ต้องใช้ และขั้นตอนการลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ',
      sourceOwner: 'สำนักปลัด',
      daysAgo: 200,
      steps: [
        { title: 'ยื่นแบบคำขอลงทะเบียน', description: 'บัตรประจำตัวประชาชน ทะเบียนบ้าน และสมุดบัญชีเงินฝาก', duration: 15, unit: 'minute' },
        { title: 'ตรวจสอบคุณสมบัติ', duration: 1, unit: 'working-day' },
        { title: 'แจ้งผลและเริ่มจ่ายเงินในปีงบประมาณถัดไป', duration: 1, unit: 'day' },
      ],
    },
    {
      title: 'คู่มือการปฏิบัติงานด้านการรับเรื่องร้องเรียน',
      category: CATEGORY.workManuals,
      summary: 'ขั้นตอนการรับ ตรวจสอบ และตอบเรื่องร้องเรียนของศูนย์รับเรื่องร้องเรียนเทศบาล',
      sourceOwner: 'สำนักปลัด',
      daysAgo: 180,
      steps: [
        { title: 'รับเรื่องและลงทะเบียน', description: 'บันทึกเรื่องในทะเบียนรับเรื่องร้องเรียน', duration: 1, unit: 'working-day' },
        { title: 'ส่งหน่วยงานที่เกี่ยวข้องตรวจสอบ', duration: 7, unit: 'working-day' },
        { title: 'แจ้งผลแก่ผู้ร้องเรียน', duration: 1, unit: 'working-day' },
      ],
    },
    {
      title: 'คู่มือการปฏิบัติงานการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง',
      category: CATEGORY.workManuals,
      summary: 'การสำรวจ ประเมิน แจ้งการประเมิน และรับชำระภาษีที่ดินและสิ่งปลูกสร้าง สำหรับเจ้าหน้าที่กองคลัง',
      sourceOwner: 'กองคลัง',
      daysAgo: 230,
      steps: [
        { title: 'สำรวจและปรับปรุงข้อมูลที่ดินและสิ่งปลูกสร้าง', duration: 60, unit: 'working-day' },
        { title: 'ประกาศราคาประเมินและแจ้งการประเมินภาษี', duration: 30, unit: 'day' },
        { title: 'รับชำระภาษีและออกใบเสร็จ', duration: 15, unit: 'minute' },
      ],
    },

    // ปฏิทินกิจกรรม: this month and next
    { title: 'ประชุมประชาคมเพื่อจัดทำแผนพัฒนาท้องถิ่น', category: CATEGORY.calendar, summary: 'ขอเชิญประชาชนร่วมประชุมประชาคมเสนอโครงการสำหรับแผนพัฒนาท้องถิ่น', sourceOwner: 'สำนักปลัด', daysAgo: 10, eventStart: at(3), eventEnd: at(3, 3), location: 'ห้องประชุมสำนักงานเทศบาลตำบลบ้านสวน' },
    { title: 'ตลาดนัดสินค้าเกษตรชุมชน', category: CATEGORY.calendar, summary: 'ตลาดนัดสินค้าเกษตรปลอดภัยจากเกษตรกรในพื้นที่', sourceOwner: 'สำนักปลัด', daysAgo: 8, eventStart: at(6, 0, 6), eventEnd: at(6, 6, 6), location: 'ลานหน้าสำนักงานเทศบาล' },
    { title: 'โครงการอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) หลักสูตรทบทวน', category: CATEGORY.calendar, summary: 'อบรมทบทวนการช่วยเหลือผู้ประสบภัยและการดับเพลิงเบื้องต้น สำหรับสมาชิก อปพร. ทุกหมู่บ้าน', sourceOwner: 'สำนักปลัด', daysAgo: 6, eventStart: at(24), eventEnd: at(25, 7), location: 'หอประชุมเทศบาลตำบลบ้านสวน' },
    { title: 'งานวันเด็กแห่งชาติ', category: CATEGORY.calendar, summary: 'กิจกรรมเกมและการแสดงของนักเรียน มอบทุนการศึกษาและของขวัญ เปิดให้เด็กเยี่ยมชมสำนักงานและรถดับเพลิง', sourceOwner: 'กองการศึกษา', daysAgo: 5, eventStart: at(35), eventEnd: at(35, 7), location: 'สนามกีฬาเทศบาลตำบลบ้านสวน' },

    // ข้อมูลหน่วยงาน กฎหมาย ข้อมูลข่าวสาร
    {
      title: `เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ${fy}`,
      category: CATEGORY.laws,
      summary: `เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ${fy} ยอดรวม 68,500,000 บาท ผ่านความเห็นชอบของสภาเทศบาลและผู้ว่าราชการจังหวัด`,
      tags: ['งบประมาณรายจ่ายประจำปี'],
      sourceOwner: 'กองคลัง',
      daysAgo: 66,
      document: {
        file: `เทศบัญญัติงบประมาณ ${fy}.pdf`,
        title: `เทศบัญญัติ เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ${fy}`,
        blocks: [
          paragraph(`โดยที่เป็นการสมควรตั้งงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ${fy} อาศัยอำนาจตามความในพระราชบัญญัติเทศบาล พ.ศ. 2496 จึงตราเทศบัญญัติขึ้นไว้โดยความเห็นชอบของสภาเทศบาลตำบลบ้านสวนและโดยอนุมัติของผู้ว่าราชการจังหวัด`),
          {
            kind: 'table',
            columns: ['แผนงาน', 'งบประมาณ (บาท)'],
            rows: [
              ['บริหารงานทั่วไป', baht(21_340_000)], ['การศึกษา', baht(14_280_000)], ['สาธารณสุข', baht(6_150_000)], ['เคหะและชุมชน', baht(12_860_000)],
              ['สร้างความเข้มแข็งของชุมชน', baht(1_420_000)], ['งบกลาง', baht(12_450_000)], ['รวม', baht(68_500_000)],
            ],
            widths: [70, 30],
            align: [undefined, 'right'],
          },
          MAYOR,
        ],
      },
    },
    { title: 'ระเบียบกระทรวงมหาดไทยว่าด้วยการจ่ายเงินเบี้ยยังชีพผู้สูงอายุขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2552 และที่แก้ไขเพิ่มเติม', category: CATEGORY.laws, summary: 'ระเบียบที่ใช้ในการลงทะเบียนและจ่ายเงินเบี้ยยังชีพผู้สูงอายุ (ที่มา: ราชกิจจานุเบกษา)', sourceOwner: 'สำนักปลัด', daysAgo: 210, linkUrl: 'https://ratchakitcha.soc.go.th/' },
    {
      title: `รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ${fy - 1}`,
      category: CATEGORY.agency,
      summary: `ผลการดำเนินงานตามแผนพัฒนาท้องถิ่นในปีงบประมาณ พ.ศ. ${fy - 1}: ดำเนินโครงการแล้ว 86 จาก 104 โครงการ (ร้อยละ 82.69) เบิกจ่ายงบประมาณร้อยละ 91.4`,
      tags: ['รายงานผลการดำเนินงาน'],
      sourceOwner: 'สำนักปลัด',
      daysAgo: 30,
      coverage: fiscalYearRange(fy - 1),
      document: {
        file: `รายงานผลการดำเนินงาน ${fy - 1}.pdf`,
        title: `รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ${fy - 1}`,
        blocks: [
          {
            kind: 'table',
            columns: ['ยุทธศาสตร์', 'โครงการตามแผน', 'ดำเนินการแล้ว', 'ร้อยละ'],
            rows: [
              ['การพัฒนาโครงสร้างพื้นฐาน', '38', '29', '76.32'], ['การพัฒนาคุณภาพชีวิต', '31', '28', '90.32'], ['การจัดการทรัพยากรธรรมชาติและสิ่งแวดล้อม', '15', '12', '80.00'],
              ['การบริหารจัดการบ้านเมืองที่ดี', '20', '17', '85.00'], ['รวม', '104', '86', '82.69'],
            ],
            widths: [46, 18, 18, 18],
            align: [undefined, 'center', 'center', 'center'],
          },
          signature('นายสมศักดิ์ ปลัดเทศบาล', 'ปลัดเทศบาลตำบลบ้านสวน'),
        ],
      },
    },
    { title: `แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ${fy}`, category: CATEGORY.agency, summary: `โครงการและกิจกรรมที่จะดำเนินการจริงในปีงบประมาณ พ.ศ. ${fy} จำแนกตามยุทธศาสตร์และแผนงาน`, tags: ['แผนปฏิบัติการ', 'แผนปฏิบัติการประจำปี'], sourceOwner: 'สำนักปลัด', daysAgo: 50 },
    { title: 'ประกาศ เรื่อง สถานที่ตั้งศูนย์ข้อมูลข่าวสารของเทศบาลตำบลบ้านสวน', category: CATEGORY.officialInformation, summary: 'ประชาชนตรวจดูข้อมูลข่าวสารตามมาตรา 9 แห่งพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 ได้ที่ศูนย์ข้อมูลข่าวสาร ชั้น 1 สำนักงานเทศบาล ในวันและเวลาราชการ', sourceOwner: 'สำนักปลัด', daysAgo: 280 },

    // คลังความรู้ คำถามที่พบบ่อย
    { title: 'การคัดแยกขยะมูลฝอยในครัวเรือน 4 ประเภท', category: CATEGORY.knowledge, summary: 'ขยะอินทรีย์ ขยะรีไซเคิล ขยะทั่วไป และขยะอันตราย แยกอย่างไร ทิ้งที่ไหน และเทศบาลเก็บวันใด', sourceOwner: 'กองสาธารณสุขและสิ่งแวดล้อม', daysAgo: 75 },
    { title: 'รู้ทันภัยหนาว: การดูแลสุขภาพผู้สูงอายุและเด็กเล็ก', category: CATEGORY.knowledge, summary: 'สวมเสื้อผ้าให้ความอบอุ่น ดื่มน้ำอุ่น ไม่ดื่มสุราแก้หนาว และสังเกตอาการปอดบวมในเด็กเล็กและผู้สูงอายุ', sourceOwner: 'กองสาธารณสุขและสิ่งแวดล้อม', daysAgo: 3 },
    { title: 'ติดต่อขอรับบริการได้ในวันใดบ้าง', category: CATEGORY.faq, summary: 'สำนักงานเทศบาลเปิดให้บริการวันจันทร์ถึงวันศุกร์ เวลา 08.30–16.30 น. ไม่เว้นช่วงพักกลางวัน', sourceOwner: 'สำนักปลัด', daysAgo: 240 },
    { title: 'แจ้งเหตุไฟฟ้าสาธารณะดับได้อย่างไร', category: CATEGORY.faq, summary: 'แจ้งผ่านช่องทางร้องเรียนบนเว็บไซต์ หรือโทร 0 3827 0000 ต่อ 201 กองช่างจะดำเนินการภายใน 3 วันทำการ', sourceOwner: 'กองช่าง', daysAgo: 220 },
    { title: 'ย้ายทะเบียนบ้านมาอยู่ในเขตเทศบาล ต้องลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุใหม่หรือไม่', category: CATEGORY.faq, summary: 'ต้องลงทะเบียนใหม่ที่เทศบาลภายในเดือนพฤศจิกายน โดยสิทธิ์ที่เดิมจะสิ้นสุดเมื่อได้รับสิทธิ์ที่ใหม่ จึงไม่ขาดการรับเงิน', sourceOwner: 'สำนักปลัด', daysAgo: 90 },

    // ลิงก์ แบนเนอร์
    { title: 'กรมส่งเสริมการปกครองท้องถิ่น', category: CATEGORY.links, summary: 'เว็บไซต์กรมส่งเสริมการปกครองท้องถิ่น', sourceOwner: 'สำนักปลัด', daysAgo: 330, linkUrl: 'https://www.dla.go.th/' },
    { title: 'สำนักงานคณะกรรมการข้อมูลข่าวสารของราชการ', category: CATEGORY.links, summary: 'สิทธิของประชาชนตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 และการขอข้อมูลข่าวสาร', sourceOwner: 'สำนักปลัด', daysAgo: 330, linkUrl: 'https://www.oic.go.th/' },
    { title: 'ระบบการจัดซื้อจัดจ้างภาครัฐ กรมบัญชีกลาง', category: CATEGORY.links, summary: 'ประกาศจัดซื้อจัดจ้างและผลการพิจารณาของหน่วยงานภาครัฐทั่วประเทศ', sourceOwner: 'กองคลัง', daysAgo: 330, linkUrl: 'https://www.gprocurement.go.th/' },
    { title: 'ศูนย์ดำรงธรรม กระทรวงมหาดไทย', category: CATEGORY.links, summary: 'ช่องทางร้องเรียนและร้องทุกข์ของกระทรวงมหาดไทย สายด่วน 1567', sourceOwner: 'สำนักปลัด', daysAgo: 330, linkUrl: 'https://www.damrongdhama.moi.go.th/' },
    { title: 'ชำระภาษีที่ดินและสิ่งปลูกสร้างภายในเดือนเมษายน', category: CATEGORY.banners, summary: 'ชำระภาษีที่ดินและสิ่งปลูกสร้างประจำปีได้ที่กองคลัง หรือผ่านแอปพลิเคชันธนาคาร', sourceOwner: 'กองคลัง', daysAgo: 20, image: { name: 'banner-tax.png', alt: 'แบนเนอร์เชิญชวนชำระภาษีที่ดินและสิ่งปลูกสร้างภายในเดือนเมษายน', lines: ['ชำระภาษีที่ดินและสิ่งปลูกสร้าง', 'ภายในวันที่ 30 เมษายน ของทุกปี', 'ที่กองคลัง เทศบาลตำบลบ้านสวน หรือผ่านแอปพลิเคชันธนาคาร'] } },
    { title: 'รับสมัครเด็กเล็กเข้าศูนย์พัฒนาเด็กเล็กบ้านสวน', category: CATEGORY.banners, summary: 'รับเด็กอายุ 2–3 ปี เปิดรับสมัครที่กองการศึกษา ไม่เสียค่าเล่าเรียน มีอาหารกลางวันและนม', sourceOwner: 'กองการศึกษา', daysAgo: 7, image: { name: 'banner-child-centre.png', alt: 'แบนเนอร์รับสมัครเด็กอายุ 2 ถึง 3 ปี เข้าศูนย์พัฒนาเด็กเล็กบ้านสวน', lines: ['รับสมัครเด็กเล็ก อายุ 2–3 ปี', 'ศูนย์พัฒนาเด็กเล็กบ้านสวน เรียนฟรี', 'สมัครได้ที่กองการศึกษา ในวันและเวลาราชการ'] } },
  ]
}
