/**
 * The demo municipality's complaints of this fiscal year and the last (plain data): filed on their own days and
 * handled through the same commands as real ones (src/server/seed.ts), so the statistics page has figures and the
 * staff have work waiting. Nobody's name or contact: demo complainants stay anonymous.
 */
import type { ComplaintAction, ComplaintTrack } from '@/domain/complaints/complaints'
import type { DemoItem } from './demo-items'

export interface DemoComplaint {
  track: ComplaintTrack
  topic: string
  details: string
  place?: string
  /** Who asks, for a request for information (a complaint may be anonymous; a request names who asks). */
  name?: string
  phone?: string
  daysAgo: number
  /** Steps taken, each some days after the complaint was filed; `unit` names the unit it is passed to, `document` a file given with it. */
  steps: { action: ComplaintAction; after: number; note?: string; unit?: string; document?: NonNullable<DemoItem['document']> }[]
}

export const DEMO_COMPLAINTS: DemoComplaint[] = [
  {
    track: 'general',
    topic: 'ไฟฟ้าส่องสว่างริมถนนดับหลายจุด',
    details: 'ไฟถนนซอยบ้านสวน 3 ดับติดกัน 4 ต้นมาประมาณหนึ่งสัปดาห์ ช่วงกลางคืนมืดมาก เด็กนักเรียนเดินกลับบ้านไม่ปลอดภัย',
    place: 'ซอยบ้านสวน 3 หมู่ที่ 2',
    daysAgo: 320,
    steps: [
      { action: 'assign', after: 1, unit: 'ฝ่ายการโยธา', note: 'ตรวจสอบและซ่อมแซมไฟฟ้าส่องสว่าง' },
      { action: 'start', after: 2, note: 'เจ้าหน้าที่กองช่างออกตรวจสอบพื้นที่แล้ว' },
      { action: 'answer', after: 6, note: 'เปลี่ยนหลอดไฟและสายไฟที่ชำรุดครบทั้ง 4 จุดแล้ว ขอบคุณที่แจ้งเรื่อง' },
      { action: 'close', after: 8 },
    ],
  },
  {
    track: 'general',
    topic: 'ขยะไม่ได้รับการจัดเก็บตามรอบ',
    details: 'รถเก็บขยะไม่มาเก็บตามวันที่กำหนดมาสองรอบแล้ว ขยะล้นถังส่งกลิ่นเหม็น',
    place: 'ชุมชนหนองบัว หมู่ที่ 5',
    daysAgo: 250,
    steps: [
      { action: 'assign', after: 0, unit: 'ฝ่ายส่งเสริมสาธารณสุขและสิ่งแวดล้อม' },
      { action: 'answer', after: 3, note: 'รถเก็บขยะคันประจำเส้นทางซ่อมบำรุง จัดรถสำรองเก็บขยะเรียบร้อยแล้ว และปรับตารางเก็บให้ตรงรอบ' },
      { action: 'close', after: 5 },
    ],
  },
  {
    track: 'general',
    topic: 'น้ำประปาหมู่บ้านขุ่นมีตะกอน',
    details: 'น้ำประปาที่บ้านขุ่นเป็นสีน้ำตาลมาสามวัน ใช้อุปโภคไม่ได้',
    place: 'หมู่ที่ 7 บ้านโคกกลาง',
    daysAgo: 180,
    steps: [{ action: 'refer', after: 1, note: 'ระบบประปาหมู่ที่ 7 อยู่ในความดูแลของการประปาส่วนภูมิภาค ส่งเรื่องถึงการประปาส่วนภูมิภาคสาขาแล้ว โทร 1662' }],
  },
  {
    track: 'general',
    topic: 'สุนัขจรจัดรวมฝูงหน้าตลาดสด',
    details: 'มีสุนัขจรจัดประมาณ 10 ตัวอยู่หน้าตลาดสดเทศบาล ไล่กัดผู้มาจ่ายตลาด',
    place: 'ตลาดสดเทศบาล',
    daysAgo: 40,
    steps: [
      { action: 'assign', after: 1, unit: 'ฝ่ายบริการสาธารณสุข' },
      { action: 'start', after: 3, note: 'ประสานปศุสัตว์อำเภอเพื่อฉีดวัคซีนและทำหมัน' },
    ],
  },
  {
    track: 'general',
    topic: 'ถนนคอนกรีตชำรุดเป็นหลุมลึก',
    details: 'ถนนหน้าวัดบ้านสวนเป็นหลุมลึก รถจักรยานยนต์ล้มแล้วสองครั้ง',
    place: 'ถนนหน้าวัดบ้านสวน',
    daysAgo: 12,
    steps: [{ action: 'assign', after: 1, unit: 'ฝ่ายการโยธา' }],
  },
  {
    track: 'general',
    topic: 'เสียงดังจากร้านอาหารยามวิกาล',
    details: 'ร้านอาหารริมถนนเปิดเพลงเสียงดังจนถึงตีสองเกือบทุกคืน',
    daysAgo: 2,
    steps: [],
  },
  {
    track: 'corruption',
    topic: 'สงสัยการเรียกรับเงินในการขออนุญาตก่อสร้าง',
    details: 'มีผู้อ้างว่าเป็นเจ้าหน้าที่เรียกเงินเพื่อให้ได้ใบอนุญาตก่อสร้างเร็วขึ้น',
    daysAgo: 90,
    steps: [{ action: 'no-action', after: 20, note: 'ตรวจสอบข้อเท็จจริงแล้ว ไม่พบเจ้าหน้าที่ของเทศบาลเกี่ยวข้อง ผู้เรียกรับเงินเป็นบุคคลภายนอก ได้แจ้งความดำเนินคดีและประชาสัมพันธ์เตือนประชาชนแล้ว' }],
  },
  {
    track: 'information',
    topic: 'รายชื่อผู้ได้รับเงินอุดหนุนซ่อมแซมบ้านผู้ยากไร้ ปี 2568',
    details: 'ขอทราบจำนวนครัวเรือนและงบประมาณที่ใช้ในโครงการซ่อมแซมบ้านผู้ยากไร้ ปีงบประมาณ 2568 แยกตามหมู่บ้าน',
    name: 'ผู้ขอข้อมูล (ตัวอย่าง)',
    phone: '080-000-0000',
    daysAgo: 150,
    steps: [
      { action: 'assign', after: 1, unit: 'สำนักปลัด' },
      {
        action: 'provide',
        after: 6,
        note: 'แนบสรุปจำนวนครัวเรือนและงบประมาณแยกตามหมู่บ้าน ไม่เปิดเผยชื่อผู้ได้รับความช่วยเหลือ เพราะเป็นข้อมูลข่าวสารส่วนบุคคล (มาตรา 24)',
        document: {
          file: 'สรุปโครงการซ่อมแซมบ้านผู้ยากไร้ 2568.pdf',
          title: 'สรุปผลโครงการซ่อมแซมบ้านผู้ยากไร้ ประจำปีงบประมาณ พ.ศ. 2568',
          blocks: [
            { kind: 'paragraph', text: 'ซ่อมแซมบ้านผู้ยากไร้รวม 24 ครัวเรือน ใช้งบประมาณ 720,000 บาท (หมู่ที่ 2 จำนวน 9 ครัวเรือน หมู่ที่ 5 จำนวน 8 ครัวเรือน หมู่ที่ 7 จำนวน 7 ครัวเรือน)' },
          ],
        },
      },
    ],
  },
  {
    track: 'information',
    topic: 'สำเนาทะเบียนบ้านของเพื่อนบ้าน',
    details: 'ขอสำเนาทะเบียนบ้านและเลขประจำตัวประชาชนของผู้อาศัยบ้านเลขที่ 45 หมู่ที่ 2',
    name: 'ผู้ขอข้อมูล (ตัวอย่าง)',
    phone: '080-000-0001',
    daysAgo: 60,
    steps: [{ action: 'refuse', after: 3, note: 'ข้อมูลที่ขอเป็นข้อมูลข่าวสารส่วนบุคคลของผู้อื่น เปิดเผยไม่ได้โดยไม่ได้รับความยินยอมจากเจ้าของข้อมูล (มาตรา 15 (5) และมาตรา 24)' }],
  },
  {
    track: 'information',
    topic: 'สัญญาจ้างก่อสร้างถนนคอนกรีต หมู่ที่ 5',
    details: 'ขอสำเนาสัญญาจ้างและใบตรวจรับงานก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 5 ปีงบประมาณปัจจุบัน',
    name: 'ผู้ขอข้อมูล (ตัวอย่าง)',
    phone: '080-000-0002',
    daysAgo: 4,
    steps: [{ action: 'assign', after: 1, unit: 'ฝ่ายการโยธา' }],
  },
]
