import { publicCategories, publicItems } from '@/site/content'
import { thaiDate } from '@/domain/thai/format'

export default async function HomePage() {
  const [categories, latest] = await Promise.all([publicCategories(), publicItems({ limit: 10 })])
  return (
    <>
      <h1>ข่าวสารล่าสุด</h1>
      <ul>
        {latest.docs.map((item) => (
          <li key={item.id}>
            <a href={item.publicPath}>{item.title}</a> <small>{item.publishedAt ? thaiDate(new Date(item.publishedAt)) : ''}</small>
          </li>
        ))}
      </ul>
      <h2>หมวดหมู่ข้อมูล</h2>
      <ul>
        {categories.map((c) => (
          <li key={c.id}>
            <a href={`/${c.slug}`}>{c.title}</a>
          </li>
        ))}
      </ul>
    </>
  )
}
