import { listingQueryString, parseListingQuery } from '@/domain/site/listing'
import { CATEGORY, GENERATED_CATEGORIES } from '@/domain/categories'
import { categoryBySlug } from '@/site/content'
import { Breadcrumb } from '@/site/components'
import { NEWS_FEED, PROCUREMENT_FEED, type Feed, type PageOutcome } from '@/site/page'
import { Listing } from '@/site/views/Listing'
import { AgencyView } from '@/site/views/AgencyView'
import { CioView } from '@/site/views/CioView'
import { CalendarView } from '@/site/views/CalendarView'
import { SiteMapView } from '@/site/views/SiteMapView'
import { StatisticsView } from '@/site/views/StatisticsView'

const FEEDS: Partial<Record<string, Feed>> = { [CATEGORY.news]: NEWS_FEED, [CATEGORY.procurement]: PROCUREMENT_FEED }

/** Every category's place (C1–C22): its listing, and for some categories the page the category is about. */
export async function categoryPage(slug: string, query: URLSearchParams): Promise<PageOutcome> {
  const category = await categoryBySlug(slug)
  if (!category) return null
  const listingQuery = parseListingQuery(Object.fromEntries(query))
  const feed = FEEDS[category.code]
  const page = {
    [CATEGORY.agency]: <AgencyView />,
    [CATEGORY.cio]: <CioView />,
    [CATEGORY.calendar]: <CalendarView category={category} search={Object.fromEntries(query)} />,
    [CATEGORY.siteMap]: <SiteMapView />,
    [CATEGORY.statistics]: <StatisticsView thanked={query.has('thanks')} />,
  }[category.code]
  return {
    head: { title: category.title, path: `/${category.slug}${listingQueryString(listingQuery)}`, feeds: feed ? [feed] : undefined },
    body: (
      <>
        <Breadcrumb trail={[{ label: category.title }]} />
        <h1>{category.title}</h1>
        {page ?? null}
        {/* The calendar lists its events itself; the site map and statistics are generated and carry no items. */}
        {category.code === CATEGORY.calendar || GENERATED_CATEGORIES.includes(category.code) ? null : <Listing category={category} query={listingQuery} />}
      </>
    ),
  }
}
