/** What the search page shows (src/site/search-page.tsx): the hits, and the categories and years to filter by. */
import { searchPublished } from '@/search'
import { yearsSince } from '@/domain/site/listing'
import { firstPublication, payloadInstance, publicCategories } from './content'
import type { SearchParams } from '@/domain/site/page-cache'
import { SEARCH_PER_PAGE, offerSearchPageData, type SearchPageData } from './search-page'

export async function searchPageData(params: SearchParams): Promise<SearchPageData> {
  const { q, category, year, page } = params
  const [payload, categories, first] = await Promise.all([payloadInstance(), publicCategories(), firstPublication()])
  const result = q ? await searchPublished(payload, { q, category: category || undefined, year, page, perPage: SEARCH_PER_PAGE }) : { hits: [], total: 0, more: false }
  return { params, categories, years: first ? yearsSince(first, new Date()) : [], result }
}

offerSearchPageData(searchPageData)
