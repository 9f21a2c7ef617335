/**
 * ค้นหา: the search page's content (everything inside the layout's <main>), from data read by
 * src/site/search-data.ts. Next renders it at /search (src/app/(site)/search/page.tsx); for the page cache the
 * site process renders it itself into the layout Next rendered (src/server/search-render.tsx): a search nobody
 * made before then costs the search, not a Next render. No Payload here, and nothing but the props.
 */
import type { SearchResult } from '@/search'
import type { SearchParams } from '@/domain/site/page-cache'
import { thaiShortDate } from '@/domain/thai/format'
import type { PublicCategory } from './content'
import { Breadcrumb, Pager, YearSelect } from './components'

export const SEARCH_PER_PAGE = 10

export interface SearchPageData {
  params: SearchParams
  /** The categories to filter by. */
  categories: PublicCategory[]
  /** The years to filter by, newest first. */
  years: number[]
  result: SearchResult
}

type LoadSearchPage = (params: SearchParams) => Promise<SearchPageData>
const LOADER = Symbol.for('khaosan.search-page-data')

/**
 * The loader Next's build of src/site/search-data.ts offers when the search page is first rendered: the site
 * process reads through it, in the one Payload there is (loading Payload's config itself would start another).
 */
export function offerSearchPageData(load: LoadSearchPage): void {
  ;(globalThis as Record<symbol, unknown>)[LOADER] = load
}

export const offeredSearchPageData = (): LoadSearchPage | undefined => (globalThis as Record<symbol, LoadSearchPage | undefined>)[LOADER]

export function SearchContent({ params: { q, category, year, page }, categories, years, result }: SearchPageData) {
  const base = `/search?${new URLSearchParams({ q, ...(category ? { category } : {}), ...(year ? { year: String(year) } : {}) })}`
  return (
    <>
      <Breadcrumb trail={[{ label: 'ค้นหาข้อมูล' }]} />
      <h1>ค้นหาข้อมูล</h1>
      <form method="get" action="/search" className="filters" role="search">
        <label>
          คำค้น
          <input type="search" name="q" defaultValue={q} />
        </label>
        <label>
          หมวดหมู่
          <select name="category" defaultValue={category}>
            <option value="">ทุกหมวดหมู่</option>
            {categories.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
        <YearSelect name="year" label="ปี พ.ศ. ที่เผยแพร่" years={years} value={year} anyLabel="ทุกปี" />
        <button type="submit">ค้นหา</button>
      </form>
      {q ? (
        <section aria-labelledby="results-title">
          <h2 id="results-title">
            ผลการค้นหา “{q}” พบ{result.more ? 'มากกว่า ' : ' '}
            {result.total.toLocaleString('th-TH')} รายการ
          </h2>
          {result.hits.length === 0 ? <p>ไม่พบข้อมูลที่ตรงกับคำค้น ลองใช้คำอื่นหรือเลือกทุกหมวดหมู่</p> : null}
          {result.more ? <p>แสดง {result.total.toLocaleString('th-TH')} รายการล่าสุดที่ตรงกับคำค้น เรียงตามความตรง เพิ่มคำค้นหรือเลือกหมวดหมู่และปีเพื่อให้ได้ผลที่ตรงขึ้น</p> : null}
          <ol className="items results" start={(page - 1) * SEARCH_PER_PAGE + 1}>
            {result.hits.map((hit) => (
              <li key={hit.id}>
                <a href={hit.url}>{hit.title}</a>
                <br />
                <small>
                  {hit.categoryTitle} · เผยแพร่ {hit.publishedAt ? thaiShortDate(new Date(hit.publishedAt)) : '-'}
                </small>
                <p dangerouslySetInnerHTML={{ __html: hit.snippetHtml }} />
              </li>
            ))}
          </ol>
          <Pager current={page} totalPages={Math.ceil(result.total / SEARCH_PER_PAGE)} href={(p) => `${base}&page=${p}`} />
        </section>
      ) : (
        <p>พิมพ์คำที่ต้องการค้นหา ระบบค้นหาทั้งในเนื้อหาและในเอกสารแนบ (PDF, Word, Excel)</p>
      )}
    </>
  )
}
