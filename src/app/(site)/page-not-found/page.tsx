import type { Metadata } from 'next'

export const metadata: Metadata = { title: 'ไม่พบหน้าที่ต้องการ', robots: { index: false } }

/**
 * What the site answers for any address it does not have (404), or an item taken off it (410): what happened and
 * where to look instead, in the site's header and footer. The front server sends this page, rendered once and
 * kept like any other, with that status (src/server/front.ts): Next renders the body of a 404 on a dynamic
 * route only in the browser, with scripts the public pages do not carry.
 */
export default function PageNotFound() {
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">ไม่พบหน้าที่ต้องการ</h1>
      <p>หน้านี้อาจถูกนำออกจากเว็บไซต์ ย้ายไปอยู่ที่อื่น หรือที่อยู่ที่พิมพ์อาจไม่ถูกต้อง</p>
      <form action="/search" method="get" role="search" className="filters">
        <label htmlFor="not-found-search">
          ค้นหาข้อมูลที่ต้องการ
          <input id="not-found-search" type="search" name="q" />
        </label>
        <button type="submit">ค้นหา</button>
      </form>
      <ul className="items">
        <li>
          <a href="/">กลับไปหน้าแรก</a>
        </li>
        <li>
          <a href="/sitemap">ดูแผนผังเว็บไซต์</a>
        </li>
      </ul>
    </section>
  )
}
