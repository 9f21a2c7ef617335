import { agencyProfile, type AgencyProfile } from '@/site/content'
import { Breadcrumb, Paragraphs } from '@/site/components'
import type { PageOutcome } from '@/site/page'
import { payloadInstance } from '@/site/content'
import { ruleReviews } from '@/server/rule-reviews'
import { REVIEW_OUTCOME_LABELS } from '@/domain/reports/rule-review'
import { thaiDate } from '@/domain/thai/format'

const POLICIES: Record<string, { title: string; field: keyof AgencyProfile }> = {
  website: { title: 'นโยบายเว็บไซต์', field: 'websitePolicy' },
  privacy: { title: 'นโยบายคุ้มครองข้อมูลส่วนบุคคล', field: 'privacyPolicy' },
  cookies: { title: 'ประกาศการใช้คุกกี้', field: 'cookiePolicy' },
  security: { title: 'นโยบายการรักษาความมั่นคงปลอดภัยเว็บไซต์', field: 'securityPolicy' },
}

/** นโยบาย: the agency's policies as its executive approved them; the website policy with its yearly reviews. */
export async function policyPage(policy: string): Promise<PageOutcome> {
  const entry = Object.hasOwn(POLICIES, policy) ? POLICIES[policy] : undefined
  if (!entry) return null
  const text = (await agencyProfile())[entry.field] as string | null | undefined
  return {
    head: { title: entry.title, path: `/policies/${policy}` },
    body: (
      <>
        <Breadcrumb trail={[{ label: entry.title }]} />
        <h1>{entry.title}</h1>
        {text?.trim() ? <Paragraphs text={text} /> : <p>อยู่ระหว่างจัดทำ</p>}
        {policy === 'website' && <MeasureReviews />}
      </>
    ),
  }
}

/** The yearly reviews of the measure the executive has acknowledged (003 §4.3; MOIT1 evidence). */
async function MeasureReviews() {
  const reviews = (await ruleReviews(await payloadInstance())).filter((review) => review.acknowledgedAt)
  return (
    <section id="review" aria-labelledby="review-title">
      <h2 id="review-title">การทบทวนมาตรการเผยแพร่ข้อมูลประจำปี</h2>
      {reviews.length === 0 ? (
        <p>ยังไม่มีผลการทบทวน</p>
      ) : (
        <ul>
          {reviews.map((review) => (
            <li key={review.fiscalYear}>
              ปีงบประมาณ {review.fiscalYear}: {REVIEW_OUTCOME_LABELS[review.outcome]} (ทบทวนเมื่อ {thaiDate(review.reviewedAt)} ผู้บริหารรับทราบเมื่อ {thaiDate(review.acknowledgedAt!)})
              {review.changes ? <p>สิ่งที่ปรับปรุง: {review.changes}</p> : null}
              <p>เหตุผล: {review.reasons}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
