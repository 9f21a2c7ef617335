import { notFound } from 'next/navigation'
import { publicCategories, publicItems } from '@/site/content'
import { thaiDate } from '@/domain/thai/format'

export default async function CategoryPage({ params }: { params: Promise<{ category: string }> }) {
  const { category: slug } = await params
  const category = (await publicCategories()).find((c) => c.slug === slug)
  if (!category) notFound()
  const items = await publicItems({ categoryId: category.id as number })
  return (
    <>
      <h1>{category.title}</h1>
      {items.docs.length === 0 ? <p>ยังไม่มีข้อมูลในหมวดนี้</p> : null}
      <ul>
        {items.docs.map((item) => (
          <li key={item.id}>
            <a href={item.publicPath}>{item.title}</a> <small>{item.publishedAt ? thaiDate(new Date(item.publishedAt)) : ''}</small>
          </li>
        ))}
      </ul>
    </>
  )
}
