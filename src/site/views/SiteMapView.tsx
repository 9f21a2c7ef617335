import { payloadInstance, publicCategories, onPublicSite } from '../content'

/** แผนผังเว็บไซต์ (C7): generated from the categories and what is published in each. */
export async function SiteMapView() {
  const [payload, categories] = await Promise.all([payloadInstance(), publicCategories()])
  const now = new Date()
  const counts = await Promise.all(
    categories.map(async (c) => (await payload.count({ collection: 'publish-requests', where: { and: [onPublicSite(now), { category: { equals: c.id } }] }, overrideAccess: true })).totalDocs),
  )
  return (
    <>
      <h2>หมวดหมู่ข้อมูล</h2>
      <ul className="items">
        {categories.map((c, i) => (
          <li key={c.id}>
            <a href={`/${c.slug}`}>{c.title}</a> <small>({counts[i].toLocaleString('th-TH')} รายการ)</small>
          </li>
        ))}
      </ul>
      <h2>หน้าอื่น ๆ</h2>
      <ul className="items">
        <li><a href="/">หน้าแรก</a></li>
        <li><a href="/search">ค้นหาข้อมูล</a></li>
        <li><a href="/ita">ข้อมูลสำหรับการประเมิน ITA</a></li>
        <li><a href="/policies/website">นโยบายเว็บไซต์</a></li>
        <li><a href="/policies/privacy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></li>
        <li><a href="/policies/cookies">ประกาศการใช้คุกกี้</a></li>
        <li><a href="/policies/security">นโยบายการรักษาความมั่นคงปลอดภัย</a></li>
        <li><a href="/feeds/news.xml">RSS ข่าวประชาสัมพันธ์</a></li>
        <li><a href="/feeds/procurement.xml">RSS ประกาศจัดซื้อจัดจ้าง</a></li>
        <li><a href="/sitemap.xml">แผนผังเว็บไซต์สำหรับเครื่องมือค้นหา (XML)</a></li>
      </ul>
    </>
  )
}
