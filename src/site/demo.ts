/**
 * Thai demo content of the public site (used by src/server/seed.ts): the agency's and the CIO's pages, the
 * executives' portraits, and the pictures and documents the demo's items (src/site/demo-items.ts) carry.
 */
import { toCsv } from '@/domain/compliance'
import { rowsToXlsx } from '@/server/xlsx'
import { createHash } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
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
  const { default: sharp } = await import('sharp') // only when the demo is made
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

/** Uploads an item's demo picture as the owner — a banner with its message drawn on it, or a news picture; returns the attachment's id. */
export async function uploadDemoImage(payload: Payload, owner: User, picture: NonNullable<DemoItem['image']>): Promise<number> {
  const svg = 'lines' in picture ? bannerSvg(picture.lines) : sceneSvg(picture.scene)
  const created = await payload.create({ collection: 'attachments', data: {}, file: await png(picture.name, svg), user: owner, overrideAccess: true })
  return created.id
}

/**
 * A demo document printed to PDF by the project's renderer and uploaded as the owner (through the same checks as any
 * upload); returns the attachment's id. Printed once per machine and content: kept in node_modules/.cache, so a
 * test system's first start does not wait for Chromium again.
 */
export async function uploadDemoDocument(payload: Payload, owner: User, document: NonNullable<DemoItem['document']>): Promise<number> {
  const data = await demoDocumentPdf(document)
  const title = document.file.replace(/\.pdf$/, '')
  const created = await payload.create({ collection: 'attachments', data: { title }, file: { data, mimetype: 'application/pdf', name: document.file, size: data.length }, user: owner, overrideAccess: true })
  return created.id
}

/** A demo dataset's table uploaded twice, as CSV (UTF-8 with its mark, as Excel opens Thai correctly) and as XLSX. */
export async function uploadDemoDataset(payload: Payload, owner: User, title: string, dataset: NonNullable<DemoItem['openData']>): Promise<number[]> {
  const csv = Buffer.from(toCsv(dataset.rows), 'utf8')
  const xlsx = await rowsToXlsx('ข้อมูล', dataset.rows)
  const files = [
    { data: csv, mimetype: 'text/csv', name: `${dataset.file}.csv`, title: `${title} (CSV)` },
    { data: xlsx, mimetype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', name: `${dataset.file}.xlsx`, title: `${title} (XLSX)` },
  ]
  const ids: number[] = []
  for (const { title: shown, ...file } of files) ids.push((await payload.create({ collection: 'attachments', data: { title: shown }, file: { ...file, size: file.data.length }, user: owner, overrideAccess: true })).id)
  return ids
}

/** A demo document printed to PDF by the project's renderer (kept between runs: printing is the slow part of seeding). */
export async function demoDocumentPdf(document: NonNullable<DemoItem['document']>): Promise<Buffer> {
  const spec: DocumentSpec = { title: document.title, heading: { agencyName: DEMO_AGENCY, documentTitle: document.title }, landscape: document.landscape, blocks: document.blocks }
  const cached = path.resolve('node_modules/.cache/khaosan-demo', `${createHash('sha256').update(JSON.stringify(spec)).digest('hex')}.pdf`)
  return readFile(cached).catch(async () => {
    const printed = await renderDocumentPdf(spec)
    await mkdir(path.dirname(cached), { recursive: true })
    await writeFile(cached, printed)
    return printed
  })
}

/** What a news picture shows, drawn as a flat illustration: the demo's stand-in for the photographs a PR officer takes. */
export type SceneMotif = 'campaign' | 'road' | 'pets' | 'recruitment' | 'screening' | 'elderly' | 'relief' | 'signs' | 'ceremony'

const person = (x: number, y: number, shirt: string, skin = '#e0b48f', scale = 1) =>
  `<g transform="translate(${x} ${y}) scale(${scale})"><rect x="-18" y="0" width="36" height="62" rx="16" fill="${shirt}"/><rect x="-14" y="56" width="11" height="40" rx="4" fill="#2f3b4c"/><rect x="3" y="56" width="11" height="40" rx="4" fill="#2f3b4c"/><circle cx="0" cy="-16" r="15" fill="${skin}"/><path d="M-15 -20 C-14 -34 14 -34 15 -20 C8 -26 -8 -26 -15 -20 Z" fill="#2b2b2b"/></g>`

const MOTIFS: Record<SceneMotif, { sky: string; ground: string; draw: string }> = {
  campaign: {
    sky: '#8fd0f5', ground: '#7cbf6b',
    draw: `<rect x="430" y="250" width="260" height="16" fill="#c0392b"/><rect x="440" y="266" width="8" height="120" fill="#7f8c8d"/><rect x="672" y="266" width="8" height="120" fill="#7f8c8d"/><rect x="450" y="200" width="220" height="50" rx="6" fill="#ffffff"/><rect x="470" y="216" width="180" height="8" rx="4" fill="#0b4f8a"/><rect x="470" y="230" width="120" height="8" rx="4" fill="#f2a900"/>${person(200, 300, '#16a085')}${person(270, 310, '#e67e22')}${person(340, 298, '#2980b9')}<rect x="720" y="330" width="40" height="50" rx="6" fill="#5d6d7e"/><ellipse cx="740" cy="330" rx="22" ry="8" fill="#85929e"/>`,
  },
  road: {
    sky: '#a9d6f2', ground: '#9bc48a',
    draw: `<path d="M330 480 L470 230 L530 230 L670 480 Z" fill="#56606b"/><path d="M497 250 L503 250 L507 300 L493 300 Z M490 330 L510 330 L516 400 L484 400 Z" fill="#f7f2e0"/><g fill="#e67e22"><path d="M380 440 L396 390 L412 440 Z"/><path d="M600 440 L616 390 L632 440 Z"/></g><g fill="#fff"><rect x="387" y="418" width="18" height="6"/><rect x="607" y="418" width="18" height="6"/></g><rect x="420" y="300" width="160" height="26" fill="#f1c40f"/><g fill="#2c3e50"><rect x="440" y="300" width="20" height="26"/><rect x="480" y="300" width="20" height="26"/><rect x="520" y="300" width="20" height="26"/><rect x="560" y="300" width="20" height="26"/></g><rect x="700" y="300" width="110" height="60" rx="8" fill="#f39c12"/><rect x="770" y="280" width="40" height="30" rx="4" fill="#f39c12"/><circle cx="725" cy="365" r="14" fill="#2c3e50"/><circle cx="790" cy="365" r="14" fill="#2c3e50"/>`,
  },
  pets: {
    sky: '#b5e3f7', ground: '#8cc76f',
    draw: `<g fill="#c68642"><ellipse cx="380" cy="360" rx="70" ry="40"/><circle cx="450" cy="310" r="34"/><path d="M430 285 L440 255 L455 282 Z M462 282 L478 258 L482 292 Z"/><rect x="330" y="380" width="14" height="45" rx="6"/><rect x="410" y="380" width="14" height="45" rx="6"/><path d="M312 350 Q280 320 300 300" stroke="#c68642" stroke-width="10" fill="none"/></g><circle cx="460" cy="305" r="5" fill="#2b2b2b"/><g fill="#7f8c8d"><ellipse cx="620" cy="375" rx="48" ry="30"/><circle cx="668" cy="335" r="26"/><path d="M652 318 L656 294 L670 312 Z M676 312 L688 292 L690 322 Z"/></g><rect x="520" y="250" width="90" height="60" rx="8" fill="#ffffff"/><path d="M565 262 V298 M547 280 H583" stroke="#c0392b" stroke-width="10"/>`,
  },
  recruitment: {
    sky: '#d6e6f5', ground: '#c9b79c',
    draw: `<rect x="300" y="160" width="400" height="240" rx="10" fill="#8e6e53"/><rect x="320" y="180" width="360" height="200" fill="#f5efe0"/><g fill="#fff" stroke="#bdc3c7"><rect x="350" y="200" width="130" height="160"/><rect x="520" y="200" width="130" height="160"/></g><g fill="#95a5a6"><rect x="365" y="220" width="100" height="8"/><rect x="365" y="240" width="80" height="8"/><rect x="365" y="260" width="95" height="8"/><rect x="535" y="220" width="100" height="8"/><rect x="535" y="240" width="70" height="8"/></g><rect x="365" y="300" width="60" height="30" fill="#0b4f8a"/><circle cx="415" cy="195" r="8" fill="#c0392b"/><circle cx="585" cy="195" r="8" fill="#c0392b"/>${person(220, 320, '#f6f3ea')}${person(780, 318, '#8e44ad')}`,
  },
  screening: {
    sky: '#cfe9f7', ground: '#d8d3c4',
    draw: `<rect x="330" y="300" width="340" height="18" fill="#ecf0f1"/><rect x="350" y="318" width="12" height="90" fill="#95a5a6"/><rect x="638" y="318" width="12" height="90" fill="#95a5a6"/><rect x="420" y="250" width="90" height="50" rx="6" fill="#34495e"/><rect x="432" y="262" width="50" height="22" fill="#1abc9c"/><path d="M530 280 q30 -40 60 0" stroke="#2c3e50" stroke-width="6" fill="none"/>${person(270, 290, '#ffffff')}${person(720, 300, '#e74c3c')}${person(790, 305, '#3498db', '#c99a72')}<path d="M600 210 c-20 -30 -60 -10 -40 20 l40 35 l40 -35 c20 -30 -20 -50 -40 -20 z" fill="#e74c3c"/>`,
  },
  elderly: {
    sky: '#f8d9a0', ground: '#b7c98a',
    draw: `<rect x="360" y="330" width="300" height="16" fill="#8e6e53"/><rect x="370" y="346" width="12" height="60" fill="#6d5440"/><rect x="638" y="346" width="12" height="60" fill="#6d5440"/>${person(430, 260, '#9b59b6', '#d9a77f')}${person(520, 265, '#27ae60', '#d9a77f')}${person(610, 262, '#2980b9', '#d9a77f')}<path d="M418 230 C418 222 442 222 442 230" stroke="#ecf0f1" stroke-width="6" fill="none"/><path d="M598 232 C598 224 622 224 622 232" stroke="#ecf0f1" stroke-width="6" fill="none"/><rect x="700" y="300" width="8" height="110" fill="#7f8c8d"/><path d="M700 300 q-30 0 -30 20" stroke="#7f8c8d" stroke-width="8" fill="none"/>`,
  },
  relief: {
    sky: '#9fb8c9', ground: '#6f9fbf',
    draw: `<g fill="#d4a373" stroke="#a47148" stroke-width="3"><rect x="380" y="300" width="90" height="70"/><rect x="470" y="300" width="90" height="70"/><rect x="425" y="230" width="90" height="70"/></g><g fill="#2980b9"><rect x="590" y="320" width="30" height="50" rx="6"/><rect x="625" y="320" width="30" height="50" rx="6"/><rect x="660" y="320" width="30" height="50" rx="6"/></g><path d="M0 420 Q250 400 500 420 T1000 420 V480 H0 Z" fill="#5b8db8" opacity="0.8"/>${person(250, 300, '#f39c12')}${person(800, 300, '#f6f3ea')}`,
  },
  signs: {
    sky: '#bfe1f5', ground: '#a3c98f',
    draw: `<rect x="430" y="170" width="300" height="150" rx="8" fill="#f2a900"/><rect x="450" y="190" width="260" height="110" rx="4" fill="#ffffff"/><g fill="#0b4f8a"><rect x="470" y="210" width="200" height="14"/><rect x="470" y="236" width="150" height="14"/><rect x="470" y="262" width="180" height="14"/></g><rect x="470" y="320" width="14" height="90" fill="#7f8c8d"/><rect x="676" y="320" width="14" height="90" fill="#7f8c8d"/><rect x="240" y="250" width="120" height="160" fill="#ecf0f1"/><rect x="255" y="270" width="30" height="30" fill="#85c1e9"/><rect x="315" y="270" width="30" height="30" fill="#85c1e9"/><rect x="285" y="350" width="40" height="60" fill="#8e6e53"/>${person(800, 305, '#1abc9c')}`,
  },
  ceremony: {
    sky: '#f5e6c8', ground: '#c8b88a',
    draw: `<rect x="300" y="330" width="400" height="30" fill="#f6f3ea"/><rect x="300" y="360" width="400" height="50" fill="#d5c9a8"/><g><rect x="340" y="150" width="6" height="180" fill="#7f8c8d"/><rect x="346" y="150" width="90" height="12" fill="#a51931"/><rect x="346" y="162" width="90" height="12" fill="#f4f5f8"/><rect x="346" y="174" width="90" height="24" fill="#2d2a4a"/><rect x="346" y="198" width="90" height="12" fill="#f4f5f8"/><rect x="346" y="210" width="90" height="12" fill="#a51931"/></g><g><rect x="650" y="150" width="6" height="180" fill="#7f8c8d"/><rect x="566" y="150" width="84" height="72" fill="#f2d600"/></g>${person(450, 250, '#f6f3ea', '#d9a77f')}${person(520, 252, '#f6f3ea', '#c99a72')}${person(590, 250, '#f6f3ea', '#e0b48f')}`,
  },
}

/** A news picture (1000 × 480): sky, sun and fields around the motif, in the colours of a bright day. */
export function sceneSvg(motif: SceneMotif): string {
  const { sky, ground, draw } = MOTIFS[motif]
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="480" viewBox="0 0 1000 480">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky}"/><stop offset="1" stop-color="#ffffff"/></linearGradient></defs>
<rect width="1000" height="480" fill="url(#sky)"/>
<circle cx="880" cy="90" r="46" fill="#fff3b0"/>
<path d="M0 330 Q200 280 420 320 T1000 300 V480 H0 Z" fill="${ground}"/>
<path d="M0 380 Q300 350 600 385 T1000 370 V480 H0 Z" fill="${ground}" opacity="0.7"/>
${draw}
</svg>`
}
