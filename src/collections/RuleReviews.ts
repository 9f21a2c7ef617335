import type { CollectionConfig } from 'payload'
import { hasRole, nobody } from '@/access/roles'
import { REVIEW_OUTCOME_LABELS, type ReviewOutcome } from '@/domain/reports/rule-review'
import { inAdminGroup } from '@/collections/admin-presentation'
import { publicContentChanged } from '@/server/events'
import { ruleReviewEndpoints } from './monitoring/rule-review-endpoints'

/**
 * การทบทวนมาตรการประจำปี (003 §4.3): once a fiscal year a webmaster records the review of the measure, the executive
 * acknowledges it; made only through its endpoints, kept as MOIT1 evidence.
 */
export const RuleReviews: CollectionConfig = {
  slug: 'rule-reviews',
  labels: { singular: 'การทบทวนมาตรการ', plural: 'การทบทวนมาตรการประจำปี' },
  admin: { useAsTitle: 'fiscalYear', defaultColumns: ['fiscalYear', 'outcome', 'reviewedByName', 'reviewedAt', 'acknowledgedByName'], ...inAdminGroup('monitoring') },
  defaultSort: '-fiscalYear',
  access: { read: ({ req }) => hasRole('webmaster', 'executive', 'admin', 'head', 'division-head')(req), create: nobody, update: nobody, delete: nobody },
  endpoints: ruleReviewEndpoints,
  // Once acknowledged, a review is shown on the public website policy page (and counts for MOIT1).
  hooks: { afterChange: [publicContentChanged('ทบทวนมาตรการเผยแพร่ข้อมูลประจำปี')] },
  fields: [
    { name: 'fiscalYear', label: 'ปีงบประมาณ', type: 'number', required: true, unique: true },
    { name: 'outcome', label: 'ผลการทบทวน', type: 'select', required: true, options: (Object.entries(REVIEW_OUTCOME_LABELS) as [ReviewOutcome, string][]).map(([value, label]) => ({ value, label })) },
    { name: 'changes', label: 'สิ่งที่ปรับปรุง', type: 'textarea' },
    { name: 'reasons', label: 'เหตุผล', type: 'textarea', required: true },
    { name: 'reviewedBy', label: 'ผู้ทบทวน', type: 'relationship', relationTo: 'users', required: true },
    { name: 'reviewedByName', label: 'ชื่อผู้ทบทวน', type: 'text', required: true },
    { name: 'reviewedAt', label: 'วันที่ทบทวน', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'acknowledgedBy', label: 'ผู้บริหารที่รับทราบ', type: 'relationship', relationTo: 'users' },
    { name: 'acknowledgedByName', label: 'ชื่อผู้บริหารที่รับทราบ', type: 'text' },
    { name: 'acknowledgedAt', label: 'วันที่รับทราบ', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'acknowledgementComment', label: 'ความเห็นของผู้บริหาร', type: 'textarea' },
  ],
}
