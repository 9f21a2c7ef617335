import { thaiDateTime } from '@/domain/thai/format'
import { CATEGORY } from '@/domain/categories'
import { describeFileType, displayNameOf, fileExtension, formatFileSize } from '@/domain/files'
import { formatDuration, stepDurationText, totalDuration } from '@/domain/site/manual'
import { hostOf, isVideoLink } from '@/domain/site/links'
import { changeNotesOf, publicItem, type PublicItem } from '@/site/content'
import { Breadcrumb, Paragraphs, day, fileUrl } from '@/site/components'
import type { PageOutcome } from '@/site/page'
import { datasetOf } from '@/site/open-data'
import { datasetJsonLdPath } from '@/domain/open-data/dcat'
import { DatasetSection } from './dataset'

/** The knowledge base shows date and time (003 §1.1(4)); other categories the date. */
const when = (item: { category: { code: string } }, at: string | null | undefined) =>
  at && item.category.code === CATEGORY.knowledge ? `${thaiDateTime(new Date(at))} น.` : day(at)

/** An item on the public site; one asked for under another category (renamed, or corrected) goes to its own address. */
export async function itemPage(categorySlug: string, id: string): Promise<PageOutcome> {
  const item = await publicItem(id)
  if (!item) return null
  if (item.category.slug !== categorySlug) return { redirect: item.publicPath }
  return {
    head: {
      title: item.title,
      description: item.summary.slice(0, 200),
      path: item.publicPath,
      type: 'article',
      publishedTime: item.publishedAt ?? undefined,
      modifiedTime: item.lastModifiedAt ?? undefined,
      image: item.image ? { url: fileUrl(item.image), alt: item.imageAlt ?? item.title } : undefined,
      alternates: datasetOf(item) ? [{ type: 'application/ld+json', href: datasetJsonLdPath(item.itemId ?? item.id), title: 'คำอธิบายชุดข้อมูล (DCAT JSON-LD)' }] : undefined,
    },
    body: <ItemContent item={item} />,
  }
}

async function ItemContent({ item }: { item: PublicItem }) {
  const changeNotes = await changeNotesOf(item.itemId ?? item.id)
  const steps = item.steps ?? []
  const attachments = (item.attachments ?? []).filter((file) => typeof file === 'object' && file)
  return (
    <article>
      <Breadcrumb trail={[{ href: `/${item.category.slug}`, label: item.category.title }, { label: item.title }]} />
      <h1>{item.title}</h1>
      <dl className="meta">
        <dt>หมวดหมู่</dt>
        <dd>
          <a href={`/${item.category.slug}`}>{item.category.title}</a>
        </dd>
        <dt>แหล่งที่มา / เจ้าของข้อมูล</dt>
        <dd data-field="source">{item.sourceOwner}</dd>
        <dt>ข้อมูลระหว่างวันที่</dt>
        <dd data-field="coverage">{item.coverageFrom || item.coverageTo ? `${day(item.coverageFrom)} ถึง ${day(item.coverageTo)}` : 'ไม่ได้ระบุ'}</dd>
        <dt>วันที่เผยแพร่</dt>
        <dd data-field="published">{when(item, item.publishedAt)}</dd>
        <dt>ปรับปรุงล่าสุด</dt>
        <dd data-field="modified">{when(item, item.lastModifiedAt ?? item.publishedAt)}</dd>
        {item.eventStart ? (
          <>
            <dt>วันเวลาจัดกิจกรรม</dt>
            <dd data-field="event">
              {thaiDateTime(new Date(item.eventStart))}
              {item.eventEnd ? ` ถึง ${thaiDateTime(new Date(item.eventEnd))}` : ''}
            </dd>
          </>
        ) : null}
        {item.location ? (
          <>
            <dt>สถานที่</dt>
            <dd>{item.location}</dd>
          </>
        ) : null}
      </dl>
      {item.image ? <img src={fileUrl(item.image)} alt={item.imageAlt ?? item.title} className="item-image" /> : null}
      <Paragraphs text={item.summary} />
      {item.linkUrl ? (
        <p>
          <a href={item.linkUrl} rel="noopener noreferrer" data-field="link">
            {isVideoLink(item.linkUrl) ? 'ชมวิดีโอ' : 'ไปยังลิงก์'} ({hostOf(item.linkUrl)})
          </a>
        </p>
      ) : null}
      {steps.length > 0 && (
        <section aria-labelledby="steps-title">
          <h2 id="steps-title">ขั้นตอนและระยะเวลา</h2>
          <ol className="steps">
            {steps.map((step, i) => (
              <li key={step.id ?? i}>
                <strong>{step.title}</strong> <span className="step-time">({stepDurationText(step)})</span>
                {step.description ? <p className="pre-line">{step.description}</p> : null}
              </li>
            ))}
          </ol>
          <p data-field="total-duration">
            รวมระยะเวลาทั้งสิ้น <strong>{formatDuration(totalDuration(steps))}</strong>
          </p>
        </section>
      )}
      {datasetOf(item) ? <DatasetSection item={item} /> : null}
      {attachments.length > 0 && !datasetOf(item) && (
        <section aria-labelledby="files-title">
          <h2 id="files-title">เอกสารแนบ</h2>
          <ul className="files">
            {attachments.map((file) => (
              <li key={file.id} data-attachment>
                <a href={fileUrl(file)} download>
                  {displayNameOf(file)}
                </a>{' '}
                <span data-field="type">{`ประเภทไฟล์ ${describeFileType(fileExtension(file.filename))}`}</span>
                {' · '}
                <span data-field="size">{`ขนาด ${formatFileSize(file.filesize)}`}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {item.tags?.length ? <p className="muted">คำสำคัญ: {item.tags.join(', ')}</p> : null}
      {changeNotes.length > 0 && (
        <section aria-labelledby="changes-title">
          <h2 id="changes-title">ประวัติการแก้ไข</h2>
          <ul className="changes" data-field="change-notes">
            {changeNotes.map((change) => (
              <li key={change.at}>
                {day(change.at)}: {change.note}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  )
}
