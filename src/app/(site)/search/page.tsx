import type { Metadata } from 'next'
import { searchPageData } from '@/site/search-data'
import { searchParamsOf } from '@/domain/site/page-cache'
import { SearchContent } from '@/site/search-page'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }
const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

export const metadata: Metadata = { title: 'ค้นหาข้อมูล', robots: { index: false }, alternates: { canonical: '/search' } }

/**
 * ค้นหา: Thai search over published items and their attachments' text (src/search), filtered by category and
 * year. Searches for the public site are rendered by the site process into this page's layout (src/server/search-render.tsx).
 */
export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams
  return <SearchContent {...await searchPageData(searchParamsOf((name) => single(params[name])))} />
}
