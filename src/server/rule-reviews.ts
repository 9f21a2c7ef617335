/** The yearly reviews of the measure as stored (collection rule-reviews), read as the domain's RuleReview. */
import type { Payload } from 'payload'
import type { RuleReview } from '@/domain/reports/rule-review'
import type { RuleReview as StoredRuleReview } from '@/payload-types'

export const storedToReview = (doc: StoredRuleReview): RuleReview => ({
  fiscalYear: doc.fiscalYear,
  outcome: doc.outcome,
  changes: doc.changes,
  reasons: doc.reasons,
  reviewedBy: doc.reviewedByName,
  reviewedAt: new Date(doc.reviewedAt),
  acknowledgedBy: doc.acknowledgedByName,
  acknowledgedAt: doc.acknowledgedAt ? new Date(doc.acknowledgedAt) : null,
})

export async function storedRuleReview(payload: Payload, fiscalYear: number): Promise<StoredRuleReview | null> {
  const { docs } = await payload.find({ collection: 'rule-reviews', where: { fiscalYear: { equals: fiscalYear } }, depth: 0, limit: 1, overrideAccess: true })
  return docs[0] ?? null
}

export async function ruleReviewOf(payload: Payload, fiscalYear: number): Promise<RuleReview | null> {
  const stored = await storedRuleReview(payload, fiscalYear)
  return stored ? storedToReview(stored) : null
}

/** Every year's review, newest first: the evidence the public policy page and MOIT1 show. */
export async function ruleReviews(payload: Payload): Promise<RuleReview[]> {
  const { docs } = await payload.find({ collection: 'rule-reviews', sort: '-fiscalYear', depth: 0, limit: 20, overrideAccess: true })
  return docs.map(storedToReview)
}
