/**
 * The Q&A board (กระดานถาม-ตอบ, C17) at a fixed address: the form to ask (no account, no JavaScript), and the
 * questions a webmaster has answered, newest answer first, each with the agency's official answer. Askers are never
 * named and their e-mail never shown. Kept by the page cache: an answer changes public content like a publication.
 */
import { CATEGORY } from '@/domain/categories'
import { HONEYPOT_FIELD } from '@/domain/complaints/form'
import { QUESTION_LIMITS, QUESTION_PAGES, QUESTIONS_PER_PAGE } from '@/domain/questions/questions'
import { thaiDate } from '@/domain/thai/format'
import { Breadcrumb, Pager, Paragraphs } from '@/site/components'
import { payloadInstance, publicCategories } from '@/site/content'
import type { PageOutcome } from '@/site/page'
import { ReplyField, ReplySummary, TickBox, sentField } from '@/site/views/FormReply'
import type { FormReply } from '@/domain/site/form-reply'

const BOARD = 'กระดานถาม-ตอบ'

async function boardTitle(): Promise<string> {
  return (await publicCategories()).find((c) => c.code === CATEGORY.questions)?.title ?? BOARD
}

function AskForm({ reply }: { reply?: FormReply }) {
  const id = (name: string) => `question-${name}`
  return (
    <form method="post" action="/api/questions" className="citizen-form">
      <h2>ถามคำถาม</h2>
      <ReplySummary reply={reply} idOf={id} />
      <ReplyField reply={reply} name="question" id={id('question')} label="คำถาม (จำเป็น)">
        <input {...sentField(reply, 'question', id('question'))} required maxLength={QUESTION_LIMITS.question} />
      </ReplyField>
      <ReplyField reply={reply} name="details" id={id('details')} label="รายละเอียด (ถ้ามี)">
        <textarea {...sentField(reply, 'details', id('details'))} rows={4} maxLength={QUESTION_LIMITS.details} />
      </ReplyField>
      <ReplyField reply={reply} name="email" id={id('email')} label="อีเมล (ถ้าต้องการให้แจ้งเมื่อตอบแล้ว ไม่เผยแพร่)">
        <input {...sentField(reply, 'email', id('email'))} type="email" autoComplete="email" maxLength={QUESTION_LIMITS.email} />
      </ReplyField>
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="question-website">เว็บไซต์ (ไม่ต้องกรอก)</label>
        <input id="question-website" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" />
      </div>
      <TickBox reply={reply} name="consent" id={id('consent')} label="ยินยอมให้เผยแพร่คำถามนี้พร้อมคำตอบบนเว็บไซต์ โดยไม่แสดงชื่อและอีเมลของข้าพเจ้า" />
      <p className="muted">คำถามจะแสดงบนเว็บไซต์เมื่อเจ้าหน้าที่ตอบแล้ว คำถามที่มีข้อมูลส่วนบุคคลของผู้อื่นหรือไม่เกี่ยวกับงานของหน่วยงานจะไม่เผยแพร่</p>
      <button type="submit" className="primary">
        ส่งคำถาม
      </button>
    </form>
  )
}

/** กระดานถาม-ตอบ: the answered questions and the form to ask one. */
export async function questionBoardPage(query: URLSearchParams, reply?: FormReply): Promise<PageOutcome> {
  const page = Math.max(1, Math.min(1000, Number(query.get('page')) || 1))
  const payload = await payloadInstance()
  const [title, answered] = await Promise.all([
    boardTitle(),
    payload.find({ collection: 'questions', where: { state: { equals: 'published' } }, sort: '-answeredAt', page, limit: QUESTIONS_PER_PAGE, depth: 0, overrideAccess: true, select: { question: true, details: true, answer: true, answeredAt: true, createdAt: true } }),
  ])
  return {
    head: { title, path: page > 1 ? `${QUESTION_PAGES.board}?page=${page}` : QUESTION_PAGES.board, description: 'ถามคำถามถึงหน่วยงานได้โดยไม่ต้องสมัครสมาชิก พร้อมคำตอบอย่างเป็นทางการของหน่วยงาน' },
    body: (
      <>
        <Breadcrumb trail={[{ label: title }]} />
        <h1>{title}</h1>
        <p>
          ถามเรื่องบริการ ขั้นตอน หรือข้อมูลของหน่วยงานได้โดยไม่ต้องสมัครสมาชิก เจ้าหน้าที่จะตอบและเผยแพร่คำถามพร้อมคำตอบที่หน้านี้ หากเป็นเรื่องร้องเรียนโปรดใช้
          <a href="/complaints">ช่องทางร้องเรียน</a>
        </p>
        <AskForm reply={reply} />
        <section aria-labelledby="answered-title">
          <h2 id="answered-title">คำถามที่ตอบแล้ว ({answered.totalDocs.toLocaleString('th-TH')} คำถาม)</h2>
          {answered.docs.length === 0 ? <p>ยังไม่มีคำถามที่ตอบแล้ว</p> : null}
          {answered.docs.map((q) => (
            <article key={q.id} id={`q-${q.id}`} className="qa">
              <h3>{q.question}</h3>
              <p className="muted">ถามเมื่อ {thaiDate(new Date(q.createdAt))}</p>
              {q.details ? <Paragraphs text={q.details} /> : null}
              <div className="qa-answer">
                <p>
                  <strong>คำตอบจากหน่วยงาน</strong> <span className="muted">({q.answeredAt ? thaiDate(new Date(q.answeredAt)) : ''})</span>
                </p>
                <Paragraphs text={q.answer} />
              </div>
            </article>
          ))}
          <Pager current={page} totalPages={answered.totalPages} href={(n) => (n > 1 ? `${QUESTION_PAGES.board}?page=${n}` : QUESTION_PAGES.board)} />
        </section>
      </>
    ),
  }
}

/** Where the asker lands: what happens next. */
export async function questionAskedPage(): Promise<PageOutcome> {
  const title = await boardTitle()
  return {
    head: { title: 'ได้รับคำถามแล้ว', path: QUESTION_PAGES.asked, noindex: true },
    body: (
      <>
        <Breadcrumb trail={[{ href: QUESTION_PAGES.board, label: title }, { label: 'ได้รับคำถามแล้ว' }]} />
        <h1>ได้รับคำถามของท่านแล้ว</h1>
        <p role="status">เจ้าหน้าที่จะตอบและเผยแพร่คำถามพร้อมคำตอบที่{title} หากท่านให้อีเมลไว้ ระบบจะแจ้งทางอีเมลเมื่อตอบแล้ว</p>
        <p>
          <a href={QUESTION_PAGES.board}>กลับไปที่{title}</a>
        </p>
      </>
    ),
  }
}
