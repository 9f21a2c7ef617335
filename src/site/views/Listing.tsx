import { ITEMS_PER_PAGE, fiscalYearsSince, listingQueryString, periodOf, yearsSince, type ListingQuery } from '@/domain/site/listing'
import { hostOf, isVideoLink } from '@/domain/site/links'
import { CATEGORY } from '@/domain/categories'
import { firstPublication, publicItems, type PublicCategory, type PublicItem } from '../content'
import { BannerList, ItemList, Pager, Paragraphs, YearSelect } from '../components'

/** A category's items, newest first, by Buddhist-era year or fiscal year, in pages; FAQ, links and banners shown as what they are. */
export async function Listing({ category, query }: { category: PublicCategory; query: ListingQuery }) {
  const [first, result] = await Promise.all([
    firstPublication(category.id),
    publicItems({ categoryId: category.id, published: periodOf(query) ?? undefined, page: query.page, limit: ITEMS_PER_PAGE }),
  ])
  const now = new Date()
  const years = first ? yearsSince(first, now) : []
  const fiscalYears = first ? fiscalYearsSince(first, now) : []
  const filtered = query.year ? `ปี พ.ศ. ${query.year}` : query.fiscalYear ? `ปีงบประมาณ พ.ศ. ${query.fiscalYear}` : null
  return (
    <section aria-labelledby="listing-title">
      <h2 id="listing-title">รายการ{filtered ? ` ${filtered}` : ''}</h2>
      {years.length > 0 && (
        <form method="get" action={`/${category.slug}`} className="filters">
          <YearSelect name="year" label="ปี พ.ศ." years={years} value={query.year} anyLabel="ทุกปี" />
          <YearSelect name="fy" label="ปีงบประมาณ" years={fiscalYears} value={query.fiscalYear} anyLabel="ทุกปีงบประมาณ" />
          <button type="submit">แสดง</button>
        </form>
      )}
      <p className="muted">ทั้งหมด {result.totalDocs.toLocaleString('th-TH')} รายการ</p>
      <Items code={category.code} items={result.docs} />
      <Pager current={query.page} totalPages={result.totalPages} href={(page) => `/${category.slug}${listingQueryString({ ...query, page })}`} />
    </section>
  )
}

function Items({ code, items }: { code: string; items: PublicItem[] }) {
  if (items.length === 0) return <p>ยังไม่มีข้อมูลในหมวดนี้</p>
  if (code === CATEGORY.faq)
    return (
      <>
        {items.map((item) => (
          <details key={item.id}>
            <summary>{item.title}</summary>
            <Paragraphs text={item.summary} />
            <a href={item.publicPath}>รายละเอียด</a>
          </details>
        ))}
      </>
    )
  if (code === CATEGORY.links)
    return (
      <ul className="items">
        {items.map((item) => (
          <li key={item.id}>
            {item.linkUrl ? (
              <a href={item.linkUrl} rel="noopener noreferrer">
                {item.title}
              </a>
            ) : (
              <a href={item.publicPath}>{item.title}</a>
            )}
            {item.linkUrl ? <small> {isVideoLink(item.linkUrl) ? 'วิดีโอ · ' : ''}{hostOf(item.linkUrl)}</small> : null}
          </li>
        ))}
      </ul>
    )
  if (code === CATEGORY.banners) return <BannerList banners={items} />
  return <ItemList items={items} />
}
