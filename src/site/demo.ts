/**
 * Thai demo content of the public site (used by src/server/seed.ts): the agency's and the CIO's pages, and
 * items of several categories — a manual with steps, calendar events, links including a YouTube video,
 * a banner with its picture and Thai alt text, FAQ — that the seed publishes through the real workflow.
 */
import sharp from 'sharp'
import { CATEGORY } from '@/domain/categories'
import type { Payload } from 'payload'
import type { User } from '@/payload-types'

/** A plain picture (a coloured panel with a simple figure): demo stand-ins for photos and banners. */
async function demoPng(width: number, height: number, colour: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${colour}"/><circle cx="${width / 2}" cy="${height * 0.38}" r="${Math.min(width, height) * 0.18}" fill="#ffffff" opacity="0.85"/><rect x="${width * 0.25}" y="${height * 0.62}" width="${width * 0.5}" height="${height * 0.3}" rx="12" fill="#ffffff" opacity="0.85"/></svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

const pngFile = async (name: string, width: number, height: number, colour: string) => {
  const data = await demoPng(width, height, colour)
  return { data, mimetype: 'image/png', name, size: data.length }
}

export async function seedAgencyPages(payload: Payload, agencyName: string): Promise<void> {
  const photo = async (name: string, colour: string, alt: string) =>
    (await payload.create({ collection: 'site-images', data: { alt }, file: await pngFile(name, 240, 300, colour), overrideAccess: true })).id as number
  const mayor = await photo('mayor.png', '#5b7fa6', 'ภาพถ่ายนายวีระ ใจดี นายกเทศมนตรีตำบลบ้านสวน')
  const deputy = await photo('deputy.png', '#6b8f71', 'ภาพถ่ายนางสาวอรุณี ศรีสุข รองนายกเทศมนตรี')
  const clerk = await photo('clerk.png', '#8a6f9e', 'ภาพถ่ายนายสมศักดิ์ มั่นคง ปลัดเทศบาล')
  await payload.updateGlobal({
    slug: 'agency-profile',
    overrideAccess: true,
    data: {
      history: `${agencyName} ยกฐานะจากสุขาภิบาลบ้านสวนเป็นเทศบาลตำบลตามพระราชบัญญัติเปลี่ยนแปลงฐานะของสุขาภิบาลเป็นเทศบาล พ.ศ. 2542 เมื่อวันที่ 25 พฤษภาคม 2542\n\nพื้นที่ 12.5 ตารางกิโลเมตร ประกอบด้วย 8 ชุมชน ประชากรประมาณ 9,800 คน ส่วนใหญ่ประกอบอาชีพเกษตรกรรมและค้าขาย`,
      vision: 'บ้านสวนน่าอยู่ เศรษฐกิจชุมชนเข้มแข็ง ประชาชนมีคุณภาพชีวิตที่ดี บริหารงานโปร่งใสตามหลักธรรมาภิบาล',
      missions: [
        { text: 'พัฒนาโครงสร้างพื้นฐานและระบบสาธารณูปโภคให้ได้มาตรฐาน' },
        { text: 'ส่งเสริมสุขภาพ การศึกษา และคุณภาพชีวิตของประชาชนทุกช่วงวัย' },
        { text: 'ส่งเสริมเศรษฐกิจชุมชนและการท่องเที่ยวเชิงเกษตร' },
        { text: 'บริหารจัดการอย่างโปร่งใส เปิดเผยข้อมูล และให้ประชาชนมีส่วนร่วม' },
      ],
      authority: 'มีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 50 และมาตรา 51 และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 มาตรา 16 เช่น รักษาความสงบเรียบร้อยของประชาชน จัดให้มีและบำรุงทางบกและทางน้ำ รักษาความสะอาดของถนนและที่สาธารณะ ป้องกันและระงับโรคติดต่อ และให้ราษฎรได้รับการศึกษาอบรม',
      strategy: 'แผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570) ประกอบด้วย 5 ยุทธศาสตร์ ได้แก่ โครงสร้างพื้นฐาน คุณภาพชีวิต เศรษฐกิจชุมชน ทรัพยากรธรรมชาติและสิ่งแวดล้อม และการบริหารจัดการบ้านเมืองที่ดี',
      executives: [
        { name: 'นายวีระ ใจดี', position: 'นายกเทศมนตรีตำบลบ้านสวน', photo: mayor },
        { name: 'นางสาวอรุณี ศรีสุข', position: 'รองนายกเทศมนตรี', photo: deputy },
        { name: 'นายสมศักดิ์ มั่นคง', position: 'ปลัดเทศบาล', photo: clerk },
      ],
      structure: [
        { name: 'สำนักปลัด', head: 'หัวหน้าสำนักปลัด', units: [{ name: 'ฝ่ายอำนวยการ' }, { name: 'ฝ่ายปกครอง' }] },
        { name: 'กองคลัง', head: 'ผู้อำนวยการกองคลัง', units: [{ name: 'ฝ่ายบริหารงานคลัง' }, { name: 'ฝ่ายพัฒนารายได้' }] },
        { name: 'กองช่าง', head: 'ผู้อำนวยการกองช่าง', units: [{ name: 'ฝ่ายการโยธา' }, { name: 'ฝ่ายแบบแผนและก่อสร้าง' }] },
        { name: 'กองการศึกษา', head: 'ผู้อำนวยการกองการศึกษา', units: [{ name: 'ฝ่ายบริหารการศึกษา' }] },
        { name: 'กองสาธารณสุขและสิ่งแวดล้อม', head: 'ผู้อำนวยการกองสาธารณสุขฯ', units: [{ name: 'ฝ่ายบริการสาธารณสุข' }, { name: 'ฝ่ายส่งเสริมสาธารณสุขและสิ่งแวดล้อม' }] },
      ],
      address: `สำนักงาน${agencyName}\n99 หมู่ 3 ถนนสายบ้านสวน–ท่าข้าม ตำบลบ้านสวน อำเภอเมือง จังหวัดชลบุรี 20000`,
      phone: '0 3827 0000',
      fax: '0 3827 0001',
      email: 'saraban@bansuan.go.th',
      hours: 'วันจันทร์–วันศุกร์ เวลา 08.30–16.30 น. (เว้นวันหยุดราชการ)',
      mapUrl: 'https://www.openstreetmap.org/?mlat=13.3611&mlon=100.9847#map=16/13.3611/100.9847',
      websitePolicy: `เว็บไซต์นี้จัดทำโดย${agencyName} เพื่อเผยแพร่ข้อมูลข่าวสารต่อสาธารณะตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540\n\nข้อมูลทุกรายการผ่านการขออนุมัติจากหัวหน้าหน่วยงานเจ้าของข้อมูลก่อนเผยแพร่ และแสดงแหล่งที่มา วันที่เผยแพร่ และวันที่ปรับปรุงล่าสุด`,
      privacyPolicy: `${agencyName} เก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 เช่น ข้อมูลที่ท่านกรอกในแบบฟอร์มออนไลน์หรือช่องทางร้องเรียน เพื่อให้บริการตามคำขอของท่านเท่านั้น\n\nท่านมีสิทธิขอเข้าถึง แก้ไข หรือลบข้อมูลส่วนบุคคลของท่าน โดยติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคลทางอีเมล saraban@bansuan.go.th`,
      cookiePolicy: 'เว็บไซต์นี้ไม่ใช้คุกกี้เพื่อติดตามผู้เข้าชม และไม่มีสคริปต์ของบุคคลภายนอก สถิติผู้เข้าชมนับที่เครื่องแม่ข่ายของหน่วยงานโดยไม่ระบุตัวบุคคล\n\nการเลือกขนาดตัวอักษรบันทึกไว้ในเบราว์เซอร์ของท่านเองเท่านั้น',
      securityPolicy: 'เว็บไซต์ให้บริการผ่าน HTTPS เท่านั้น ระบบจัดการเนื้อหาต้องเข้าสู่ระบบด้วยชื่อผู้ใช้และรหัสผ่าน ข้อมูลจราจรทางคอมพิวเตอร์จัดเก็บไม่น้อยกว่า 90 วันตามพระราชบัญญัติว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์\n\nไฟล์ที่เผยแพร่ได้รับการตรวจสอบชนิดไฟล์ และเว็บไซต์ไม่เปิดไฟล์ที่อัปโหลดเป็นหน้าเว็บ',
    },
  })
  const cioPhoto = await photo('cio.png', '#a6795b', 'ภาพถ่ายนายสมศักดิ์ มั่นคง ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง')
  await payload.updateGlobal({
    slug: 'cio-profile',
    overrideAccess: true,
    data: {
      name: 'นายสมศักดิ์ มั่นคง',
      position: 'ปลัดเทศบาล ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง (CIO)',
      photo: cioPhoto,
      phone: '0 3827 0000 ต่อ 101',
      email: 'cio@bansuan.go.th',
      duties: 'กำหนดนโยบายและแผนแม่บทเทคโนโลยีสารสนเทศของเทศบาล กำกับดูแลการบริหารจัดการเว็บไซต์และระบบสารสนเทศ ส่งเสริมการให้บริการประชาชนผ่านช่องทางอิเล็กทรอนิกส์',
      itManagement: 'ดำเนินงานตามแผนพัฒนาดิจิทัลของเทศบาล พ.ศ. 2566–2570 สำรองข้อมูลทุกวัน ทบทวนสิทธิ์ผู้ใช้งานทุกไตรมาส และรายงานผลการเผยแพร่ข้อมูลต่อผู้บริหารปีละสองครั้ง',
    },
  })
}

const DAY = 86_400_000

/** Items the demo publishes; `image` is a banner picture uploaded by the data owner first. */
export const demoItems = (now: Date) => [
  { title: 'ประกาศแผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2570', category: CATEGORY.procurement, summary: 'เทศบาลตำบลบ้านสวนประกาศแผนการจัดซื้อจัดจ้างประจำปีงบประมาณ พ.ศ. 2570 เพื่อให้ประชาชนตรวจสอบได้', tags: ['แผนการจัดซื้อจัดจ้าง'], sourceOwner: 'กองคลัง' },
  { title: 'ขอเชิญร่วมกิจกรรมรณรงค์ป้องกันโรคไข้เลือดออก', category: CATEGORY.news, summary: 'ขอเชิญประชาชนร่วมกิจกรรมทำลายแหล่งเพาะพันธุ์ยุงลายในชุมชน ทุกวันศุกร์ตลอดเดือนนี้', sourceOwner: 'กองสาธารณสุขและสิ่งแวดล้อม' },
  {
    title: 'คู่มือการขอรับบริการจดทะเบียนพาณิชย์',
    category: CATEGORY.citizenManuals,
    summary: 'ขั้นตอนและระยะเวลาการขอจดทะเบียนพาณิชย์ เอกสารที่ต้องใช้ และค่าธรรมเนียม',
    sourceOwner: 'กองคลัง',
    steps: [
      { title: 'ยื่นคำขอและเอกสารหลักฐาน', description: 'ยื่นแบบ ทพ. พร้อมสำเนาบัตรประจำตัวประชาชนที่กองคลัง', duration: 10, unit: 'minute' as const },
      { title: 'เจ้าหน้าที่ตรวจสอบเอกสาร', description: 'ตรวจความครบถ้วนของคำขอและหลักฐาน', duration: 20, unit: 'minute' as const },
      { title: 'ชำระค่าธรรมเนียมและรับใบทะเบียนพาณิชย์', description: 'ค่าธรรมเนียม 50 บาท', duration: 1, unit: 'hour' as const },
    ],
  },
  {
    title: 'คู่มือการปฏิบัติงานด้านการรับเรื่องร้องเรียน',
    category: CATEGORY.workManuals,
    summary: 'ขั้นตอนการรับ ตรวจสอบ และตอบเรื่องร้องเรียนของศูนย์รับเรื่องร้องเรียนเทศบาล',
    sourceOwner: 'สำนักปลัด',
    steps: [
      { title: 'รับเรื่องและลงทะเบียน', description: 'บันทึกเรื่องในทะเบียนรับเรื่องร้องเรียน', duration: 1, unit: 'working-day' as const },
      { title: 'ส่งหน่วยงานที่เกี่ยวข้องตรวจสอบ', duration: 7, unit: 'working-day' as const },
      { title: 'แจ้งผลแก่ผู้ร้องเรียน', duration: 1, unit: 'working-day' as const },
    ],
  },
  { title: 'ประชุมประชาคมเพื่อจัดทำแผนพัฒนาท้องถิ่น', category: CATEGORY.calendar, summary: 'ขอเชิญประชาชนร่วมประชุมประชาคมเสนอโครงการสำหรับแผนพัฒนาท้องถิ่น', sourceOwner: 'สำนักปลัด', eventStart: new Date(now.getTime() + 3 * DAY).toISOString(), eventEnd: new Date(now.getTime() + 3 * DAY + 3 * 3600_000).toISOString(), location: 'ห้องประชุมสำนักงานเทศบาลตำบลบ้านสวน' },
  { title: 'ตลาดนัดสินค้าเกษตรชุมชน', category: CATEGORY.calendar, summary: 'ตลาดนัดสินค้าเกษตรปลอดภัยจากเกษตรกรในพื้นที่', sourceOwner: 'สำนักปลัด', eventStart: new Date(now.getTime() + 6 * DAY).toISOString(), eventEnd: new Date(now.getTime() + 7 * DAY).toISOString(), location: 'ลานหน้าสำนักงานเทศบาล' },
  { title: 'กรมส่งเสริมการปกครองท้องถิ่น', category: CATEGORY.links, summary: 'เว็บไซต์กรมส่งเสริมการปกครองท้องถิ่น', sourceOwner: 'สำนักปลัด', linkUrl: 'https://www.dla.go.th/' },
  { title: 'วิดีโอแนะนำการชำระภาษีที่ดินและสิ่งปลูกสร้าง', category: CATEGORY.links, summary: 'วิดีโอแนะนำขั้นตอนการชำระภาษีที่ดินและสิ่งปลูกสร้างด้วยตนเอง', sourceOwner: 'กองคลัง', linkUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
  { title: 'ชำระภาษีที่ดินและสิ่งปลูกสร้างภายในเดือนเมษายน', category: CATEGORY.banners, summary: 'ชำระภาษีที่ดินและสิ่งปลูกสร้างประจำปีได้ที่กองคลัง หรือผ่านแอปพลิเคชันธนาคาร', sourceOwner: 'กองคลัง', image: { name: 'banner-tax.png', alt: 'แบนเนอร์เชิญชวนชำระภาษีที่ดินและสิ่งปลูกสร้างภายในเดือนเมษายน' } },
  { title: 'ติดต่อขอรับบริการได้ในวันใดบ้าง', category: CATEGORY.faq, summary: 'สำนักงานเทศบาลเปิดให้บริการวันจันทร์ถึงวันศุกร์ เวลา 08.30–16.30 น. ไม่เว้นช่วงพักกลางวัน', sourceOwner: 'สำนักปลัด' },
  { title: 'แจ้งเหตุไฟฟ้าสาธารณะดับได้อย่างไร', category: CATEGORY.faq, summary: 'แจ้งผ่านช่องทางร้องเรียนบนเว็บไซต์ หรือโทร 0 3827 0000 ต่อ 201 กองช่างจะดำเนินการภายใน 3 วันทำการ', sourceOwner: 'กองช่าง' },
]

/** Uploads a demo banner picture as the owner; returns the attachment's id. */
export async function uploadDemoImage(payload: Payload, owner: User, name: string): Promise<number> {
  const file = await pngFile(name, 1280, 480, '#0b4f8a')
  const created = await payload.create({ collection: 'attachments', data: {}, file, user: owner, overrideAccess: true })
  return created.id
}
