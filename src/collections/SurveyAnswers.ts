import type { CollectionConfig, Endpoint } from 'payload'
import { SURVEY_RATE, readSurveyAnswer } from '@/domain/survey/survey'
import { RateLimit } from '@/domain/site/rate-limit'
import { hasRole, nobody } from '@/access/roles'
import { inAdminGroup } from '@/collections/admin-presentation'
import { bodyOf, fromForm, overLimit, redirect, refused } from '@/endpoints/citizen-forms'

/** Where a citizen lands after answering from a page's footer: the results, with a thank-you. */
export const SURVEY_THANKS = '/statistics?thanks=1#satisfaction'

const rate = new RateLimit(SURVEY_RATE)

/** POST /api/survey-answers {rating, comment?, page?} — anyone, no account: 201 (JSON) or back to the results (a form). */
const answerEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    const limited = overLimit(req, rate, '/statistics#satisfaction')
    if (limited) return limited
    const body = await bodyOf(req)
    const read = body ? readSurveyAnswer(body) : { error: 'อ่านข้อมูลที่ส่งมาไม่ได้' }
    if ('error' in read) return refused(req, 400, read.error, '/statistics#satisfaction')
    const doc = await req.payload.create({ collection: 'survey-answers', data: read.answer, overrideAccess: true, depth: 0 })
    return fromForm(req) ? redirect(SURVEY_THANKS) : Response.json({ id: doc.id, message: 'ขอบคุณที่ร่วมประเมิน' }, { status: 201 })
  },
}

/** แบบประเมินความพึงพอใจการใช้งานเว็บไซต์: one answer from a page's footer (src/domain/survey). Comments are for staff only. */
export const SurveyAnswers: CollectionConfig = {
  slug: 'survey-answers',
  labels: { singular: 'ผลประเมินความพึงพอใจเว็บไซต์', plural: 'ผลประเมินความพึงพอใจเว็บไซต์' },
  admin: { useAsTitle: 'createdAt', defaultColumns: ['rating', 'comment', 'page', 'createdAt'], ...inAdminGroup('site', ['webmaster', 'admin']) },
  defaultSort: '-createdAt',
  access: { read: ({ req }) => hasRole('webmaster', 'executive', 'admin')(req), create: nobody, update: nobody, delete: nobody },
  endpoints: [answerEndpoint],
  fields: [
    { name: 'rating', label: 'ระดับความพึงพอใจ (5 มากที่สุด – 1 น้อยที่สุด)', type: 'number', required: true, min: 1, max: 5 },
    { name: 'comment', label: 'ข้อเสนอแนะ', type: 'textarea' },
    { name: 'page', label: 'ตอบจากหน้า', type: 'text' },
  ],
}
