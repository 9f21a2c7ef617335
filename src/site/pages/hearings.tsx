/**
 * Public hearings on the site (การรับฟังความคิดเห็น, C18): the list by phase (open, upcoming, closed, concluded)
 * on C18's own page, and each hearing with its document, the comments a moderator has shown, the form to comment
 * while it is open (no account, no JavaScript), a way to flag a comment, and its outcome once published. Rendered
 * for each visit: a hearing opens and closes by the clock.
 */
import { CATEGORY } from '@/domain/categories'
import { HONEYPOT_FIELD } from '@/domain/complaints/form'
import { COMMENT_LIMITS, FLAG_REASONS, HEARING_PATH, PHASE_LABELS, hearingPath, hearingPhase, type HearingPhase } from '@/domain/hearings/hearings'
import { parseListingQuery } from '@/domain/site/listing'
import { thaiDateTime } from '@/domain/thai/format'
import type { Hearing } from '@/payload-types'
import { Breadcrumb, Paragraphs } from '@/site/components'
import { isOnPublicSite } from '@/domain/workflow'
import { firstPublication, payloadInstance, publicCategories } from '@/site/content'
import type { PageOutcome } from '@/site/page'
import { ReplyField, ReplySummary, TickBox, sentField } from '@/site/views/FormReply'
import type { FormReply } from '@/domain/site/form-reply'
import { Listing } from '@/site/views/Listing'

const TITLE = 'รับฟังความคิดเห็น'
const id = (name: string) => `comment-${name}`
const phaseOf = (hearing: Hearing, now: Date): HearingPhase =>
  hearingPhase({ opensAt: new Date(hearing.opensAt), closesAt: new Date(hearing.closesAt), outcomePublishedAt: hearing.outcomePublishedAt ? new Date(hearing.outcomePublishedAt) : null }, now)
const PHASE_ORDER: HearingPhase[] = ['open', 'upcoming', 'closed', 'concluded']

/** รับฟังความคิดเห็น: every hearing by where it stands, and C18's own items when it has any. */
export async function hearingsPage(query: URLSearchParams): Promise<PageOutcome> {
  const payload = await payloadInstance()
  const now = new Date()
  const [{ docs }, categories] = await Promise.all([payload.find({ collection: 'hearings', sort: '-opensAt', limit: 200, depth: 0, overrideAccess: true }), publicCategories()])
  const c18 = categories.find((c) => c.code === CATEGORY.publicHearing)
  const title = c18?.title ?? TITLE
  return {
    head: { title, path: HEARING_PATH, description: 'ร่วมแสดงความคิดเห็นต่อโครงการและนโยบายของหน่วยงาน และติดตามผลว่าความคิดเห็นนำไปปรับปรุงอะไร' },
    body: (
      <>
        <Breadcrumb trail={[{ label: title }]} />
        <h1>{title}</h1>
        <p>ร่วมแสดงความคิดเห็นได้โดยไม่ต้องสมัครสมาชิกในช่วงเวลาที่เปิดรับฟัง ความคิดเห็นจะแสดงเมื่อเจ้าหน้าที่ตรวจแล้ว และหน่วยงานจะเผยแพร่สรุปผลว่านำความคิดเห็นไปปรับปรุงอย่างไร</p>
        {docs.length === 0 ? <p>ยังไม่มีการรับฟังความคิดเห็น</p> : null}
        {PHASE_ORDER.map((phase) => {
          const inPhase = docs.filter((hearing) => phaseOf(hearing, now) === phase)
          return inPhase.length ? (
            <section key={phase} aria-labelledby={`phase-${phase}`}>
              <h2 id={`phase-${phase}`}>{PHASE_LABELS[phase]}</h2>
              <ul className="items">
                {inPhase.map((hearing) => (
                  <li key={hearing.id}>
                    <a href={hearingPath(hearing.id)}>{hearing.title}</a>{' '}
                    <small>
                      ({thaiDateTime(new Date(hearing.opensAt))} – {thaiDateTime(new Date(hearing.closesAt))})
                    </small>
                  </li>
                ))}
              </ul>
            </section>
          ) : null
        })}
        {c18 && (await firstPublication(c18.id)) ? (
          <section aria-labelledby="hearing-documents">
            <h2 id="hearing-documents">เอกสารที่เกี่ยวข้อง</h2>
            <Listing category={c18} query={parseListingQuery(Object.fromEntries(query))} />
          </section>
        ) : null}
      </>
    ),
  }
}

/** One hearing: its topic and document, the comments shown, the form while open, and its outcome. */
export async function hearingPage(idText: string, query: URLSearchParams, reply?: FormReply): Promise<PageOutcome> {
  if (!/^\d{1,12}$/.test(idText)) return null
  const payload = await payloadInstance()
  const hearing = await payload.findByID({ collection: 'hearings', id: Number(idText), depth: 1, overrideAccess: true, disableErrors: true })
  if (!hearing) return null
  const now = new Date()
  const phase = phaseOf(hearing, now)
  const { docs: comments } = await payload.find({ collection: 'hearing-comments', where: { and: [{ hearing: { equals: hearing.id } }, { state: { equals: 'shown' } }] }, sort: 'createdAt', limit: 500, depth: 0, overrideAccess: true, select: { text: true, name: true, createdAt: true } })
  const document = typeof hearing.document === 'object' && hearing.document && hearing.document.publicUrl && isOnPublicSite({ state: hearing.document.state, publishFrom: hearing.document.publishFrom, publishUntil: hearing.document.publishUntil }, now) ? hearing.document : null
  return {
    head: { title: hearing.title, path: hearingPath(hearing.id), description: hearing.description.slice(0, 160) },
    body: (
      <>
        <Breadcrumb trail={[{ href: HEARING_PATH, label: TITLE }, { label: hearing.title }]} />
        <h1>{hearing.title}</h1>
        <dl className="meta">
          <dt>สถานะ</dt>
          <dd>
            <strong>{PHASE_LABELS[phase]}</strong>
          </dd>
          <dt>ช่วงเวลารับฟัง</dt>
          <dd>
            {thaiDateTime(new Date(hearing.opensAt))} ถึง {thaiDateTime(new Date(hearing.closesAt))}
          </dd>
          {document ? (
            <>
              <dt>เอกสารประกอบ</dt>
              <dd>
                <a href={new URL(document.publicUrl!).pathname}>{document.title}</a>
              </dd>
            </>
          ) : null}
        </dl>
        <Paragraphs text={hearing.description} />
        {hearing.outcomePublishedAt ? (
          <section aria-labelledby="outcome-title" className="qa-answer">
            <h2 id="outcome-title">สรุปผลการรับฟังความคิดเห็น</h2>
            <p>
              ผู้แสดงความคิดเห็น {(hearing.participants ?? 0).toLocaleString('th-TH')} ความคิดเห็น · เผยแพร่เมื่อ {thaiDateTime(new Date(hearing.outcomePublishedAt))}
            </p>
            <h3>ความคิดเห็นที่ได้รับ</h3>
            <Paragraphs text={hearing.outcomeSummary} />
            <h3>สิ่งที่หน่วยงานปรับปรุงจากความคิดเห็น</h3>
            <Paragraphs text={hearing.outcomeChanges} />
          </section>
        ) : null}
        <section aria-labelledby="comments-title">
          <h2 id="comments-title">ความคิดเห็น ({comments.length.toLocaleString('th-TH')})</h2>
          {query.get('sent') ? <p className="notice" role="status">ได้รับความคิดเห็นของท่านแล้ว จะแสดงเมื่อเจ้าหน้าที่ตรวจแล้ว</p> : null}
          {query.get('flagged') ? <p className="notice" role="status">ขอบคุณที่แจ้ง เจ้าหน้าที่จะตรวจสอบความคิดเห็นนั้น</p> : null}
          {comments.length === 0 ? <p>ยังไม่มีความคิดเห็นที่แสดง</p> : null}
          {comments.map((comment) => (
            <article key={comment.id} className="qa" id={`comment-${comment.id}`}>
              <p className="muted">
                {comment.name || 'ผู้ไม่ประสงค์ออกนาม'} · {thaiDateTime(new Date(comment.createdAt))}
              </p>
              <Paragraphs text={comment.text} />
              <details>
                <summary>แจ้งว่าความคิดเห็นนี้ไม่เหมาะสม</summary>
                <form method="post" action={`/api/hearing-comments/${comment.id}/flag`}>
                  {Object.entries(FLAG_REASONS).map(([value, label]) => (
                    <label key={value} className="flag-reason">
                      <input type="radio" name="reason" value={value} required /> {label}
                    </label>
                  ))}
                  <button type="submit">แจ้งเจ้าหน้าที่</button>
                </form>
              </details>
            </article>
          ))}
        </section>
        {phase === 'open' ? (
          <form method="post" action="/api/hearing-comments" className="citizen-form" id="comment-form">
            <h2>แสดงความคิดเห็น</h2>
            <input type="hidden" name="hearing" value={hearing.id} />
            <ReplySummary reply={reply} idOf={id} />
            <ReplyField reply={reply} name="text" id={id('text')} label="ความคิดเห็น (จำเป็น)">
              <textarea {...sentField(reply, 'text', id('text'))} required rows={5} maxLength={COMMENT_LIMITS.text} />
            </ReplyField>
            <ReplyField reply={reply} name="name" id={id('name')} label="ชื่อที่ต้องการให้แสดง (ไม่บังคับ)">
              <input {...sentField(reply, 'name', id('name'))} maxLength={COMMENT_LIMITS.name} />
            </ReplyField>
            <ReplyField reply={reply} name="email" id={id('email')} label="อีเมล (ไม่บังคับ ไม่เผยแพร่ ใช้แจ้งผลการตรวจ)">
              <input {...sentField(reply, 'email', id('email'))} type="email" autoComplete="email" maxLength={COMMENT_LIMITS.email} />
            </ReplyField>
            <div className="honeypot" aria-hidden="true">
              <label htmlFor="comment-website">เว็บไซต์ (ไม่ต้องกรอก)</label>
              <input id="comment-website" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" />
            </div>
            <TickBox reply={reply} name="consent" id={id('consent')} label="ยินยอมให้เผยแพร่ความคิดเห็นนี้ (แสดงชื่อเฉพาะเมื่อกรอก อีเมลไม่เผยแพร่)" />
            <button type="submit" className="primary">
              ส่งความคิดเห็น
            </button>
          </form>
        ) : null}
      </>
    ),
  }
}
