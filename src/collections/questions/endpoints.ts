/**
 * The Q&A board's endpoints: POST /api/questions (anyone, no account; JSON or a form sent without JavaScript) and
 * POST /api/questions/:id/transition {action: 'answer' | 'reject', note} (webmasters, the board's moderators). An
 * answer is written with its event in one transaction; the public pages, the asker's e-mail and the subscribers'
 * alerts follow once it has committed.
 */
import type { Endpoint } from 'payload'
import { QUESTION_PAGES, QUESTION_RULES, questionRefusal, readQuestion } from '@/domain/questions/questions'
import { PUBLIC_FORM_RATE, RateLimit } from '@/domain/site/rate-limit'
import { hasRole, staff } from '@/access/roles'
import { errorResponse } from '@/endpoints/http'
import { bodyOf, fromForm, overLimit, redirect, refused, refusedFields } from '@/endpoints/citizen-forms'
import { inTransaction } from '@/server/database'
import { PUBLIC_SITE, recordEvent, type EffectPlan } from '@/server/events'
import { runWhenCommitted } from '@/server/effects'
import { publicOrigin } from '@/server/environment'
import { questionAlerts } from '@/server/alerts'

const rate = new RateLimit(PUBLIC_FORM_RATE)

const askEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    const limited = overLimit(req, rate, QUESTION_PAGES.board)
    if (limited) return limited
    const body = await bodyOf(req)
    if (!body) return refused(req, 400, 'อ่านข้อมูลที่ส่งมาไม่ได้ กรุณาส่งเป็น JSON หรือจากแบบฟอร์มบนเว็บไซต์', QUESTION_PAGES.board)
    const read = readQuestion(body)
    if ('robot' in read) return fromForm(req) ? redirect(QUESTION_PAGES.asked) : Response.json({ id: null }, { status: 202 })
    if ('errors' in read) return refusedFields(req, 400, QUESTION_PAGES.board, body, read.errors)
    const doc = await req.payload.create({ collection: 'questions', data: { ...read.input, state: 'pending', consentAt: new Date().toISOString() }, overrideAccess: true, depth: 0 })
    return fromForm(req) ? redirect(QUESTION_PAGES.asked) : Response.json({ id: doc.id, message: 'ได้รับคำถามแล้ว จะเผยแพร่พร้อมคำตอบเมื่อเจ้าหน้าที่ตอบ' }, { status: 201 })
  },
}

const transitionEndpoint: Endpoint = {
  path: '/:id/transition',
  method: 'post',
  handler: async (req) => {
    const user = staff(req)
    if (!user) return errorResponse(401, 'กรุณาเข้าสู่ระบบ')
    if (!hasRole('webmaster', 'admin')(req)) return errorResponse(403, 'ผู้ดูแลเว็บไซต์เป็นผู้ตอบและเผยแพร่กระดานถาม-ตอบ')
    const body = await bodyOf(req)
    const id = Number(req.routeParams?.id)
    const question = Number.isInteger(id) && id > 0 ? await req.payload.findByID({ collection: 'questions', id, depth: 0, overrideAccess: true, disableErrors: true }) : null
    if (!question) return errorResponse(404, 'ไม่พบคำถามนี้')
    const action = String(body?.action ?? '')
    const note = typeof body?.note === 'string' ? body.note.trim() : ''
    const refusal = questionRefusal(question.state, action, note)
    if (refusal) return errorResponse(refusal.status, refusal.message)
    const rule = QUESTION_RULES.find((r) => r.action === action)!
    const at = new Date().toISOString()
    let event = 0
    const doc = await inTransaction(req.payload, async (tx) => {
      const updated = await req.payload.update({
        collection: 'questions',
        id,
        data: rule.action === 'answer' ? { state: rule.to, answer: note, answeredBy: user.name, answeredAt: at } : { state: rule.to, rejectReason: note, answeredBy: user.name, answeredAt: at },
        overrideAccess: true,
        depth: 0,
        req: tx,
      })
      const url = `${publicOrigin()}${QUESTION_PAGES.board}#q-${updated.id}`
      const effects: EffectPlan[] =
        rule.action === 'answer'
          ? [
              PUBLIC_SITE,
              ...(updated.email ? [{ kind: 'mail' as const, description: `อีเมลถึงผู้ถาม: คำถามได้รับคำตอบแล้ว`, input: { to: updated.email, subject: 'คำถามของท่านได้รับคำตอบแล้ว', text: `คำถาม “${updated.question}” ได้รับคำตอบจากหน่วยงานแล้ว\n\n${note}\n\nอ่านบนเว็บไซต์: ${url}` } }] : []),
              ...questionAlerts({ title: updated.question, summary: note, url }),
            ]
          : []
      event = await recordEvent(tx, { kind: 'question', summary: `${rule.label}: ${updated.question}` }, effects)
      return updated
    }, req)
    runWhenCommitted(req.payload, event)
    return Response.json({ doc, message: 'ดำเนินการเรียบร้อยแล้ว' })
  },
}

export const questionEndpoints: Endpoint[] = [askEndpoint, transitionEndpoint]
