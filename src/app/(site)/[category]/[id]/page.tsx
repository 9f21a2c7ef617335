import { notFound } from 'next/navigation'
import { publicItem } from '@/site/content'
import { thaiDate } from '@/domain/thai/format'
import { describeFileType, formatFileSize } from '@/domain/files'

const day = (value?: string | null) => (value ? thaiDate(new Date(value)) : '-')
const extensionOf = (filename: string) => filename.split('.').pop()?.toLowerCase() ?? ''

export default async function ItemPage({ params }: { params: Promise<{ category: string; id: string }> }) {
  const { category, id } = await params
  const item = await publicItem(id)
  if (!item || item.category.slug !== category) notFound()
  return (
    <article>
      <p>
        <a href={`/${item.category.slug}`}>{item.category.title}</a>
      </p>
      <h1>{item.title}</h1>
      <dl className="meta">
        <dt>แหล่งที่มา / เจ้าของข้อมูล</dt>
        <dd data-field="source">{item.sourceOwner}</dd>
        <dt>ข้อมูลระหว่างวันที่</dt>
        <dd data-field="coverage">{item.coverageFrom || item.coverageTo ? `${day(item.coverageFrom)} ถึง ${day(item.coverageTo)}` : '-'}</dd>
        <dt>วันที่เผยแพร่</dt>
        <dd data-field="published">{day(item.publishedAt)}</dd>
        <dt>ปรับปรุงล่าสุด</dt>
        <dd data-field="modified">{day(item.updatedAt)}</dd>
      </dl>
      <p style={{ whiteSpace: 'pre-line' }}>{item.summary}</p>
      {item.attachments.length > 0 && (
        <section>
          <h2>เอกสารแนบ</h2>
          <ul>
            {item.attachments.map((file) => (
              <li key={file.id} data-attachment>
                <a href={file.url} download>
                  {file.filename}
                </a>{' '}
                <span data-field="type">ประเภทไฟล์ {describeFileType(extensionOf(file.filename))}</span>
                {' · '}
                <span data-field="size">ขนาด {formatFileSize(file.filesize)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  )
}
