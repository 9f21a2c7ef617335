import { CATEGORY, GENERATED_CATEGORIES } from '@/domain/categories'
import { itaPath, itaYears } from '@/domain/site/addresses'
import { profileSections, sectionsOnPage } from '@/domain/compliance'
import { agencyProfile, cioProfile, payloadInstance, publicCategories, onPublicSite } from '../content'

/** แผนผังเว็บไซต์ (C7): generated from the categories and what is published in each. */
export async function SiteMapView() {
  const [payload, categories, profile, cio] = await Promise.all([payloadInstance(), publicCategories(), agencyProfile(), cioProfile()])
  const now = new Date()
  const counts = await Promise.all(
    categories.map(async (c) => (await payload.count({ collection: 'publish-requests', where: { and: [onPublicSite(now), { category: { equals: c.id } }] }, overrideAccess: true })).totalDocs),
  )
  // The agency's and the CIO's pages are counted by the sections they show (หัวข้อ), the generated pages not at all.
  const sections: Partial<Record<string, number>> = {
    [CATEGORY.agency]: sectionsOnPage(profileSections(profile, '', new Date()), '/agency'),
    [CATEGORY.cio]: cio.name?.trim() ? 1 : 0,
  }
  const countOf = (code: string, items: number) => {
    const shown = sections[code]
    const parts = shown ? [`${shown.toLocaleString('th-TH')} หัวข้อ`] : []
    if (items || !shown) parts.push(`${items.toLocaleString('th-TH')} รายการ`)
    return parts.join(' และ ')
  }
  return (
    <>
      <h2>หมวดหมู่ข้อมูล</h2>
      <ul className="items">
        {categories.map((c, i) => (
          <li key={c.id}>
            <a href={`/${c.slug}`}>{c.title}</a> {GENERATED_CATEGORIES.includes(c.code) ? null : <small>({countOf(c.code, counts[i])})</small>}
          </li>
        ))}
      </ul>
      <h2>หน้าอื่น ๆ</h2>
      <ul className="items">
        <li><a href="/">หน้าแรก</a></li>
        <li><a href="/search">ค้นหาข้อมูล</a></li>
        <li>
          <a href="/ita">ข้อมูลสำหรับการประเมิน ITA</a>
          <ul>
            {itaYears(new Date()).map((year) => (
              <li key={year}><a href={itaPath(year)}>ปีงบประมาณ {year}</a></li>
            ))}
          </ul>
        </li>
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
