/**
 * POST /api/rule-reviews/:fiscalYear/review {outcome: "unchanged" | "changed", changes?, reasons} — a webmaster (or an
 *      administrator) records the year's review of the measure (003 §4.3) → 201; 409 once reviewed; 400 in Thai.
 * POST /api/rule-reviews/:fiscalYear/acknowledge {comment?} — the executive acknowledges it → 200; 409 before it is
 *      reviewed or once acknowledged.
 */
import { addDataAndFileToRequest, type Endpoint } from 'payload'
import { reviewAcknowledgementRefusal, reviewDecision, REVIEW_OUTCOME_LABELS } from '@/domain/reports/rule-review'
import { officialDate } from '@/domain/thai/format'
import { allowed, errorResponse, fiscalYearParam } from '@/endpoints/http'
import { notify } from '@/server/notify'
import { ruleReviewOf, storedRuleReview, storedToReview } from '@/server/rule-reviews'

const bodyOf = async (req: Parameters<Endpoint['handler']>[0]): Promise<Record<string, unknown>> => {
  await addDataAndFileToRequest(req)
  return req.data && typeof req.data === 'object' ? (req.data as Record<string, unknown>) : {}
}

const review: Endpoint = {
  path: '/:fiscalYear/review',
  method: 'post',
  handler: async (req) => {
    const access = allowed(req, ['webmaster', 'admin'])
    if ('refusal' in access) return access.refusal
    const fiscalYear = fiscalYearParam(req.routeParams?.fiscalYear)
    if (fiscalYear instanceof Response) return fiscalYear
    const decided = reviewDecision(await ruleReviewOf(req.payload, fiscalYear), await bodyOf(req))
    if ('refusal' in decided) return errorResponse(decided.refusal.status, decided.refusal.message)
    const { user } = access
    const name = user.name ?? user.email
    const doc = await req.payload.create({
      collection: 'rule-reviews',
      overrideAccess: true,
      data: { fiscalYear, ...decided, reviewedBy: user.id, reviewedByName: name, reviewedAt: new Date().toISOString() },
    })
    await notify(req.payload, { role: { equals: 'executive' } }, {
      kind: 'rule-review',
      title: `ทบทวนมาตรการเผยแพร่ข้อมูลปีงบประมาณ ${fiscalYear} แล้ว รอท่านรับทราบ`,
      message: `${name}: ${REVIEW_OUTCOME_LABELS[decided.outcome]}${decided.changes ? `\nสิ่งที่ปรับปรุง: ${decided.changes}` : ''}\nเหตุผล: ${decided.reasons}`,
    })
    return Response.json({ doc, message: 'บันทึกผลการทบทวนมาตรการแล้ว' }, { status: 201 })
  },
}

const acknowledge: Endpoint = {
  path: '/:fiscalYear/acknowledge',
  method: 'post',
  handler: async (req) => {
    const access = allowed(req, ['executive'])
    if ('refusal' in access) return access.refusal
    const fiscalYear = fiscalYearParam(req.routeParams?.fiscalYear)
    if (fiscalYear instanceof Response) return fiscalYear
    const { comment } = await bodyOf(req)
    if (comment !== undefined && typeof comment !== 'string') return errorResponse(400, 'ความเห็นต้องเป็นข้อความ')
    const stored = await storedRuleReview(req.payload, fiscalYear)
    const refusal = reviewAcknowledgementRefusal(fiscalYear, stored ? storedToReview(stored) : null)
    if (refusal || !stored) return errorResponse(409, refusal?.message ?? '')
    const { user } = access
    const at = new Date()
    const doc = await req.payload.update({
      collection: 'rule-reviews',
      id: stored.id,
      overrideAccess: true,
      data: { acknowledgedBy: user.id, acknowledgedByName: user.name ?? user.email, acknowledgedAt: at.toISOString(), acknowledgementComment: comment?.trim() || undefined },
    })
    await notify(req.payload, { role: { equals: 'webmaster' } }, {
      kind: 'rule-review-acknowledged',
      title: `ผู้บริหารรับทราบการทบทวนมาตรการปีงบประมาณ ${fiscalYear}`,
      message: `${doc.acknowledgedByName} รับทราบเมื่อ ${officialDate(at)}${doc.acknowledgementComment ? `\nความเห็น: ${doc.acknowledgementComment}` : ''}`,
    })
    return Response.json({ doc, message: 'บันทึกการรับทราบการทบทวนมาตรการแล้ว' })
  },
}

export const ruleReviewEndpoints: Endpoint[] = [review, acknowledge]
