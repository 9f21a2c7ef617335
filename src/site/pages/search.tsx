/**
 * ค้นหา: Thai search over published items and their attachments' text (src/search), filtered by category and
 * year. A search nobody made before cannot come from the page cache: it costs the search and one React render.
 */
import { searchPublished, type SearchResult } from '@/search'
import { searchParamsOf, type SearchParams } from '@/domain/site/page-cache'
import { yearsSince } from '@/domain/site/listing'
import { thaiShortDate } from '@/domain/thai/format'
import { firstPublication, payloadInstance, publicCategories, type PublicCategory } from '@/site/content'
import { Breadcrumb, Pager, YearSelect } from '@/site/components'
import type { PageOutcome } from '@/site/page'

export const SEARCH_PER_PAGE = 10

export interface SearchPageData {
  params: SearchParams
  /** The categories to filter by. */
  categories: PublicCategory[]
  /** The years to filter by, newest first. */
  years: number[]
  result: SearchResult
}

export async function searchPage(query: URLSearchParams): Promise<PageOutcome> {
  const params = searchParamsOf((name) => query.get(name) ?? undefined)
  const [payload, categories, first] = await Promise.all([payloadInstance(), publicCategories(), firstPublication()])
  const { q, category, year, page } = params
  const result = q ? await searchPublished(payload, { q, category: category || undefined, year, page, perPage: SEARCH_PER_PAGE }) : { hits: [], total: 0, more: false }
  const years = first ? yearsSince(first, new Date()) : []
  return { head: { title: 'ค้นหาข้อมูล', path: '/search', noindex: true }, body: <SearchContent params={params} categories={categories} years={years} result={result} /> }
}

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
