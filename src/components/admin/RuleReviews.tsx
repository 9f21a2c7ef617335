/**
 * The yearly review of the measure (การทบทวนมาตรการประจำปี, 003 §4.3) on the monitoring page: what was reviewed,
 * the outcome, what changed and why, and the executive's acknowledgement; a webmaster records it, the executive
 * acknowledges it.
 */
import type { Payload } from 'payload'
import { REVIEWED_PARTS, REVIEW_OUTCOME_LABELS } from '@/domain/reports/rule-review'
import { thaiDateTime } from '@/domain/thai/format'
import type { User } from '@/payload-types'
import { ruleReviewOf } from '@/server/rule-reviews'
import { PostButton } from './PostButton'
import { RuleReviewForm } from './RuleReviewForm'

export async function RuleReviews({ payload, user, fiscalYear }: { payload: Payload; user: User; fiscalYear: number }) {
  const review = await ruleReviewOf(payload, fiscalYear)
  const reviews = user.role === 'webmaster' || user.role === 'admin'
  return (
    <div id="review" className="khaosan-review">
      <p>ทบทวนปีละครั้ง: {REVIEWED_PARTS.join(' · ')}</p>
      {review ? (
        <dl>
          <dt>ผลการทบทวน ปีงบประมาณ {fiscalYear}</dt>
          <dd>{REVIEW_OUTCOME_LABELS[review.outcome]} — โดย {review.reviewedBy} เมื่อ {thaiDateTime(review.reviewedAt)}</dd>
          {review.changes && (<><dt>สิ่งที่ปรับปรุง</dt><dd className="khaosan-pre-line">{review.changes}</dd></>)}
          <dt>เหตุผล</dt>
          <dd className="khaosan-pre-line">{review.reasons}</dd>
          <dt>ผู้บริหารรับทราบ</dt>
          <dd>
            {review.acknowledgedAt ? `รับทราบแล้ว โดย ${review.acknowledgedBy} เมื่อ ${thaiDateTime(review.acknowledgedAt)}` : 'ยังไม่รับทราบ'}
            {!review.acknowledgedAt && user.role === 'executive' && (
              <PostButton url={`/api/rule-reviews/${fiscalYear}/acknowledge`} label="รับทราบการทบทวนมาตรการ" comment="ความเห็น (ถ้ามี)" confirm="ยืนยันการรับทราบผลการทบทวนมาตรการ" />
            )}
          </dd>
        </dl>
      ) : (
        <p>ปีงบประมาณ {fiscalYear} ยังไม่ได้ทบทวนมาตรการ</p>
      )}
      {!review && reviews && <RuleReviewForm fiscalYear={fiscalYear} />}
    </div>
  )
}
