import { thaiDateTime } from '@/domain/thai/format'
import { isVideoLink } from '@/domain/site/links'
import { CATEGORY } from '@/domain/categories'
import { categoryByCode, publicItems, type PublicItem } from '@/site/content'
import { BannerList, ItemList, NewsCards, Section } from '@/site/components'
import { NEWS_FEED, PROCUREMENT_FEED, type PageOutcome } from '@/site/page'

const itemsOf = async (code: string, limit: number, extra: { events?: { start: Date; end: Date } } = {}): Promise<PublicItem[]> => {
  const category = await categoryByCode(code)
  return category ? (await publicItems({ categoryId: category.id, limit, ...extra })).docs : []
}

/** หน้าแรก: featured banners, news, procurement, coming events and quick links. */
export async function homePage(): Promise<PageOutcome> {
  return { head: { path: '/', feeds: [NEWS_FEED, PROCUREMENT_FEED] }, body: <HomeContent /> }
}

async function HomeContent() {
  const now = new Date()
  const [banners, news, procurement, events, links] = await Promise.all([
    itemsOf(CATEGORY.banners, 4),
    itemsOf(CATEGORY.news, 6),
    itemsOf(CATEGORY.procurement, 6),
    itemsOf(CATEGORY.calendar, 5, { events: { start: now, end: new Date(now.getTime() + 366 * 86_400_000) } }),
    itemsOf(CATEGORY.links, 6),
  ])
  return (
    <>
      <h1 className="visually-hidden">หน้าแรก</h1>
      {banners.length > 0 && (
        <Section title="เรื่องเด่น" id="banners">
          <BannerList banners={banners} />
        </Section>
      )}
      <Section title="ข่าวประชาสัมพันธ์" id="news" more={{ href: '/news', label: 'ข่าวทั้งหมด' }}>
        <NewsCards items={news} empty="ยังไม่มีข่าว" />
      </Section>
      <div className="grid">
        <Section title="ประกาศจัดซื้อจัดจ้าง" id="procurement" more={{ href: '/procurement', label: 'ประกาศจัดซื้อจัดจ้างทั้งหมด' }}>
          <ItemList items={procurement} empty="ยังไม่มีประกาศ" />
        </Section>
        <Section title="ปฏิทินกิจกรรม" id="calendar" more={{ href: '/calendar', label: 'ดูปฏิทินกิจกรรม' }}>
          {events.length === 0 ? (
            <p>ยังไม่มีกิจกรรมที่กำลังจะมาถึง</p>
          ) : (
            <ul className="items">
              {events.map((event) => (
                <li key={event.id}>
                  <a href={event.publicPath}>{event.title}</a>
                  <small> {event.eventStart ? thaiDateTime(new Date(event.eventStart)) : ''}{event.location ? ` · ${event.location}` : ''}</small>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title="ลิงก์ด่วน" id="quick-links">
          <ul className="items">
            <li>
              <a href="/e-services">บริการออนไลน์ (e-Service)</a>
            </li>
            <li>
              <a href="/citizen-manuals">คู่มือสำหรับประชาชน</a>
            </li>
            <li>
              <a href="/complaints">ร้องเรียน ร้องทุกข์</a>
            </li>
            <li>
              <a href="/faq">คำถามที่พบบ่อย</a>
            </li>
            {links.map((link) =>
              link.linkUrl ? (
                <li key={link.id}>
                  <a href={link.linkUrl} rel="noopener noreferrer">
                    {link.title}
                  </a>
                  {isVideoLink(link.linkUrl) ? <small> (วิดีโอ)</small> : null}
                </li>
              ) : null,
            )}
          </ul>
        </Section>
      </div>
      <p>
        ติดตามข่าวผ่าน RSS: <a href="/feeds/news.xml">ข่าวประชาสัมพันธ์</a> · <a href="/feeds/procurement.xml">ประกาศจัดซื้อจัดจ้าง</a>
      </p>
    </>
  )
}
