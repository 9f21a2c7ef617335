import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { listingQueryString, parseListingQuery } from '@/domain/site/listing'
import { CATEGORY, GENERATED_CATEGORIES } from '@/domain/categories'
import { categoryBySlug } from '@/site/content'
import { Breadcrumb } from '@/site/components'
import { pageMetadata } from '@/site/metadata'
import { Listing } from '@/site/views/Listing'
import { AgencyView } from '@/site/views/AgencyView'
import { CioView } from '@/site/views/CioView'
import { CalendarView } from '@/site/views/CalendarView'
import { SiteMapView } from '@/site/views/SiteMapView'
import { StatisticsView } from '@/site/views/StatisticsView'

type Props = { params: Promise<{ category: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const category = await categoryBySlug((await params).category)
  if (!category) return {}
  return pageMetadata({ title: category.title, path: `/${category.slug}${listingQueryString(parseListingQuery(await searchParams))}` })
}

/** Every category's place (C1–C22): its listing, and for some categories the page the category is about. */
export default async function CategoryPage({ params, searchParams }: Props) {
  const category = await categoryBySlug((await params).category)
  if (!category) notFound()
  const search = await searchParams
  const listing = <Listing category={category} query={parseListingQuery(search)} />
  const page = {
    [CATEGORY.agency]: <AgencyView />,
    [CATEGORY.cio]: <CioView />,
    [CATEGORY.calendar]: <CalendarView category={category} search={search} />,
    [CATEGORY.siteMap]: <SiteMapView />,
    [CATEGORY.statistics]: <StatisticsView />,
  }[category.code]
  return (
    <>
      <Breadcrumb trail={[{ label: category.title }]} />
      <h1>{category.title}</h1>
      {page ?? null}
      {/* The calendar lists its events itself; the site map and statistics are generated and carry no items. */}
      {category.code === CATEGORY.calendar || GENERATED_CATEGORIES.includes(category.code) ? null : listing}
    </>
  )
}
