/**
 * Thai demo content of the public site (used by src/server/seed.ts): the agency's and the CIO's pages, the
 * executives' portraits, and the pictures and documents the demo's items (src/site/demo-items.ts) carry.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import { renderDocumentPdf, type DocumentSpec } from '@/documents'
import { DEMO_AGENCY } from '@/server/demo-accounts'
import type { DemoItem } from './demo-items'
import type { Payload } from 'payload'
import type { User } from '@/payload-types'

interface Portrait {
  background: string
  skin: string
  hair: string
  longHair?: boolean
  glasses?: boolean
}

/** An illustrated portrait, head and shoulders in the white civil-service uniform: the demo's stand-in for a photograph. */
function portraitSvg({ background, skin, hair, longHair, glasses }: Portrait): string {
  const hairShape = longHair
    ? 'M70 150 C62 88 96 66 120 66 C146 66 180 88 170 150 L176 214 C160 196 158 160 160 124 C150 104 90 104 80 124 C82 160 80 196 64 214 Z'
    : 'M74 132 C70 86 98 70 120 70 C146 70 172 86 166 132 C160 106 142 94 120 94 C98 94 80 106 74 132 Z'
  const spectacles = glasses
    ? '<g fill="none" stroke="#2b2b2b" stroke-width="2.5"><circle cx="102" cy="140" r="13"/><circle cx="138" cy="140" r="13"/><path d="M115 140 H125"/></g>'
    : ''
  return `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="300" viewBox="0 0 240 300">
<defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${background}" stop-opacity="0.55"/><stop offset="1" stop-color="${background}"/></linearGradient></defs>
<rect width="240" height="300" fill="url(#bg)"/>
<path d="M14 300 C24 236 76 216 120 216 C164 216 216 236 226 300 Z" fill="#f6f3ea"/>
<path d="M96 218 L120 252 L144 218" fill="none" stroke="#d8d0bb" stroke-width="4"/>
<rect x="36" y="240" width="38" height="9" rx="3" fill="#1f3a5f"/><rect x="166" y="240" width="38" height="9" rx="3" fill="#1f3a5f"/>
<rect x="142" y="262" width="30" height="6" rx="2" fill="#c9a227"/><rect x="142" y="271" width="30" height="6" rx="2" fill="#a33b3b"/>
<rect x="104" y="182" width="32" height="40" rx="12" fill="${skin}"/>
<ellipse cx="120" cy="138" rx="46" ry="54" fill="${skin}"/>
<path d="${hairShape}" fill="${hair}"/>
<path d="M92 126 Q102 121 112 126 M128 126 Q138 121 148 126" stroke="${hair}" stroke-width="3.5" fill="none" stroke-linecap="round"/>
<ellipse cx="102" cy="140" rx="5" ry="3.8" fill="#2b2b2b"/><ellipse cx="138" cy="140" rx="5" ry="3.8" fill="#2b2b2b"/>
${spectacles}
<path d="M118 146 Q120 158 124 160" stroke="#b07a5f" stroke-width="2.5" fill="none" stroke-linecap="round"/>
<path d="M106 170 Q120 180 134 170" stroke="#8a4b3c" stroke-width="3.5" fill="none" stroke-linecap="round"/>
</svg>`
}

/** The Thai fonts a banner's text is drawn in (Sarabun where installed; the TLWG fonts Debian's fonts-thai-tlwg brings otherwise). */
const BANNER_FONTS = "Sarabun, 'TH Sarabun New', Laksaman, Garuda, Loma, sans-serif"

/** A banner (1280 × 480) with its message in Thai, the way an agency's designer would lay one out. */
function bannerSvg([title, when, where]: readonly [string, string, string]): string {
  const text = (y: number, size: number, colour: string, words: string, weight = 'normal') =>
    `<text x="80" y="${y}" font-family="${BANNER_FONTS}" font-size="${size}" font-weight="${weight}" fill="${colour}">${words}</text>`
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="480" viewBox="0 0 1280 480">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#0b4f8a"/><stop offset="1" stop-color="#07304f"/></linearGradient></defs>
<rect width="1280" height="480" fill="url(#g)"/>
<rect x="0" y="440" width="1280" height="40" fill="#f2a900"/>
<g transform="translate(1010 110)" fill="none" stroke="#ffffff" stroke-width="10" stroke-linejoin="round" opacity="0.9">
<path d="M20 120 L110 40 L200 120"/><path d="M40 110 V220 H180 V110"/><path d="M90 220 V160 H130 V220"/><path d="M-10 250 H230"/>
</g>
${text(180, 84, '#ffffff', title, 'bold')}
${text(275, 56, '#ffe39a', when)}
${text(360, 40, '#ffffff', where)}
</svg>`
}

const png = async (name: string, svg: string) => {
  const data = await sharp(Buffer.from(svg)).png().toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}

export async function seedAgencyPages(payload: Payload, agencyName: string): Promise<void> {
  const photo = async (name: string, portrait: Portrait, alt: string) =>
    (await payload.create({ collection: 'site-images', data: { alt }, file: await png(name, portraitSvg(portrait)), overrideAccess: true })).id as number
  const mayor = await photo('mayor.png', { background: '#5b7fa6', skin: '#e0b48f', hair: '#2a2420', glasses: true }, 'ภาพถ่ายนายวีระ ใจดี นายกเทศมนตรีตำบลบ้านสวน')
  const deputy = await photo('deputy.png', { background: '#6b8f71', skin: '#efc7a4', hair: '#1d1a18', longHair: true }, 'ภาพถ่ายนางสาวอรุณี ศรีสุข รองนายกเทศมนตรี')
  const clerk = await photo('clerk.png', { background: '#8a6f9e', skin: '#d6a47f', hair: '#3b3a39' }, 'ภาพถ่ายนายสมศักดิ์ มั่นคง ปลัดเทศบาล')
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
  const cioPhoto = await photo('cio.png', { background: '#a6795b', skin: '#d6a47f', hair: '#3b3a39' }, 'ภาพถ่ายนายสมศักดิ์ มั่นคง ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง')
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

/** Uploads a demo banner as the owner, its message drawn on it; returns the attachment's id. */
export async function uploadDemoImage(payload: Payload, owner: User, name: string, lines: readonly [string, string, string]): Promise<number> {
  const created = await payload.create({ collection: 'attachments', data: {}, file: await png(name, bannerSvg(lines)), user: owner, overrideAccess: true })
  return created.id
}

/**
 * A demo document printed to PDF by the project's renderer and uploaded as the owner (through the same checks as any
 * upload); returns the attachment's id. Printed once per machine and content: kept in node_modules/.cache, so a
 * test system's first start does not wait for Chromium again.
 */
export async function uploadDemoDocument(payload: Payload, owner: User, document: NonNullable<DemoItem['document']>): Promise<number> {
  const spec: DocumentSpec = { title: document.title, heading: { agencyName: DEMO_AGENCY, documentTitle: document.title }, blocks: document.blocks }
  const cached = path.resolve('node_modules/.cache/khaosan-demo', `${createHash('sha256').update(JSON.stringify(spec)).digest('hex')}.pdf`)
  const data: Buffer = await readFile(cached).catch(async () => {
    const printed = await renderDocumentPdf(spec)
    await mkdir(path.dirname(cached), { recursive: true })
    await writeFile(cached, printed)
    return printed
  })
  const title = document.file.replace(/\.pdf$/, '')
  const created = await payload.create({ collection: 'attachments', data: { title }, file: { data, mimetype: 'application/pdf', name: document.file, size: data.length }, user: owner, overrideAccess: true })
  return created.id
}
