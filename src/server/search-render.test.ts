import { describe, expect, it } from 'vitest'
import type { SearchParams } from '@/domain/site/page-cache'
import { offerSearchPageData, type SearchPageData } from '@/site/search-page'
import { renderSearchPage, searchLayoutOf } from './search-render'

const NEXT_PAGE = '<!DOCTYPE html><html lang="th"><head><title>ค้นหาข้อมูล | เทศบาล</title></head><body><header>เทศบาล</header><main id="main" class="wrap"><h1>ค้นหาข้อมูล</h1><p>พิมพ์คำ</p></main><footer>ติดต่อ</footer></body></html>'

describe('searchLayoutOf', () => {
  it('keeps all of the page but the inside of its <main>', () => {
    const layout = searchLayoutOf(NEXT_PAGE)!
    expect(layout.before).toMatch(/<header>เทศบาล<\/header><main id="main" class="wrap">$/)
    expect(layout.after).toBe('</main><footer>ติดต่อ</footer></body></html>')
  })

  it('refuses a page without one <main>', () => {
    expect(searchLayoutOf('<html><body><p>ผิดพลาด</p></body></html>')).toBeNull()
    expect(searchLayoutOf('<main id="a"><main id="b"></main></main>')).toBeNull()
    expect(searchLayoutOf('<main id="main">')).toBeNull()
  })
})

describe('renderSearchPage', () => {
  const layout = searchLayoutOf(NEXT_PAGE)!

  it('waits for the loader Next offers', async () => {
    expect(await renderSearchPage('/search?q=x', layout)).toBeNull()
  })

  it('renders the hits, the query and the filters into the layout, escaping what the citizen typed', async () => {
    const asked: SearchParams[] = []
    offerSearchPageData(async (params): Promise<SearchPageData> => {
      asked.push(params)
      return {
        params,
        categories: [{ id: 1, code: 'C4', slug: 'news', title: 'ข่าวประชาสัมพันธ์' }, { id: 2, code: 'C13', slug: 'procurement', title: 'จัดซื้อจัดจ้าง' }],
        years: [2569, 2568],
        result: {
          total: 25,
          more: false,
          hits: [{ id: 7, title: 'ซ่อมถนน', url: '/news/7', categorySlug: 'news', categoryTitle: 'ข่าวประชาสัมพันธ์', publishedAt: '2026-11-02T03:00:00.000Z', snippetHtml: 'ซ่อม<mark>ถนน</mark>' }],
        },
      }
    })
    const html = (await renderSearchPage(`/search?${new URLSearchParams({ category: 'procurement', page: '2', q: 'ถนน <script>', year: '2568' })}`, layout))!
    expect(asked).toEqual([{ q: 'ถนน <script>', category: 'procurement', year: 2568, page: 2 }])
    expect(html.startsWith(layout.before) && html.endsWith(layout.after)).toBe(true)
    expect(html).not.toContain('พิมพ์คำ')
    expect(html).toContain('value="ถนน &lt;script&gt;"')
    expect(html).not.toContain('<script>')
    expect(html).toContain('<option value="procurement" selected="">จัดซื้อจัดจ้าง</option>')
    expect(html).toContain('<option value="2568" selected="">2568</option>')
    expect(html).toContain('<ol class="items results" start="11"><li><a href="/news/7">ซ่อมถนน</a>')
    expect(html).toContain('<p>ซ่อม<mark>ถนน</mark></p>')
    expect(html).toContain('href="/search?q=%E0%B8%96%E0%B8%99%E0%B8%99+%3Cscript%3E&amp;category=procurement&amp;year=2568&amp;page=3"')
  })
})
