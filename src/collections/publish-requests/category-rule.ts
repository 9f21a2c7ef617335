/**
 * A request's category must be one requests go to (src/domain/categories.ts): checked on every save, so an API
 * client cannot file a request under the generated site map either.
 */
import type { DefaultValue, RelationshipFieldSingleValidation } from 'payload'
import { submissionRefusal } from '@/domain/categories'
import { idOf } from '@/access/roles'

export const submittableCategory: RelationshipFieldSingleValidation = async (value, { req, required }) => {
  // A single relationship to one collection: the id, or the populated category.
  const id = value == null ? null : typeof value === 'object' ? ('value' in value ? idOf(value.value) : idOf(value)) : idOf(value)
  if (!id) return required ? 'กรุณาเลือกหมวดหมู่' : true
  const category = await req.payload.findByID({ collection: 'categories', id, depth: 0, overrideAccess: true, disableErrors: true, req, select: { code: true } })
  if (!category) return `ไม่พบหมวดหมู่หมายเลข ${id}`
  return submissionRefusal(category.code) ?? true
}

/**
 * A new request opened from a monitoring "fix" link (`…/create?category=C10&tag=…`) starts in that category with
 * that tag: the category by its code, if it takes requests.
 */
export const categoryAskedFor: DefaultValue = async ({ req }) => {
  const code = req.query?.category
  if (typeof code !== 'string' || submissionRefusal(code) !== null) return undefined
  const { docs } = await req.payload.find({ collection: 'categories', where: { code: { equals: code } }, depth: 0, limit: 1, overrideAccess: true, req, select: { code: true } })
  return docs[0]?.id
}

export const tagAskedFor: DefaultValue = ({ req }) => (typeof req.query?.tag === 'string' && req.query.tag.trim() ? [req.query.tag.trim()] : undefined)
