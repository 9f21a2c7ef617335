import type { Metadata } from 'next'
import { searchPublished } from '@/search'
import { yearsSince } from '@/domain/site/listing'
import { MAX_QUERY_CHARS } from '@/domain/site/page-cache'
import { thaiShortDate } from '@/domain/thai/format'
import { firstPublication, payloadInstance, publicCategories } from '@/site/content'
import { Breadcrumb, Pager, YearSelect } from '@/site/components'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }
const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? ''
const PER_PAGE = 10

export const metadata: Metadata = { title: 'ค้นหาข้อมูล', robots: { index: false }, alternates: { canonical: '/search' } }

/** ค้นหา: Thai search over published items and their attachments' text (src/search), filtered by category and year. */
export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams
  const q = single(params.q).trim().slice(0, MAX_QUERY_CHARS)
  const category = single(params.category)
  const year = Number(single(params.year)) || undefined
  const page = Math.max(1, Number(single(params.page)) || 1)
  const [payload, categories, first] = await Promise.all([payloadInstance(), publicCategories(), firstPublication()])
  const result = q ? await searchPublished(payload, { q, category: category || undefined, year, page, perPage: PER_PAGE }) : { hits: [], total: 0, more: false }
  const years = first ? yearsSince(first, new Date()) : []
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
          <ol className="items results" start={(page - 1) * PER_PAGE + 1}>
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
          <Pager current={page} totalPages={Math.ceil(result.total / PER_PAGE)} href={(p) => `${base}&page=${p}`} />
        </section>
      ) : (
        <p>พิมพ์คำที่ต้องการค้นหา ระบบค้นหาทั้งในเนื้อหาและในเอกสารแนบ (PDF, Word, Excel)</p>
      )}
    </>
  )
}
