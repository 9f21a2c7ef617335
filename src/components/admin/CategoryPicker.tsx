/**
 * A request's category, picked from the categories that take requests, grouped as the agency's work is and in
 * their Thai titles (src/domain/categories.ts SUBMISSION_GROUPS); the chosen one says what goes there.
 */
import type { RelationshipFieldServerComponent } from 'payload'
import { SUBMISSION_GROUPS } from '@/domain/categories'
import { CategorySelect, type CategoryGroup } from './CategorySelect'

export const CategoryPicker: RelationshipFieldServerComponent = async ({ payload, clientField, path, readOnly }) => {
  const { docs } = await payload.find({ collection: 'categories', depth: 0, pagination: false, limit: 100, overrideAccess: true, select: { code: true, title: true } })
  const byCode = new Map(docs.map((category) => [category.code, category]))
  const groups: CategoryGroup[] = SUBMISSION_GROUPS.map((group) => ({
    label: group.title,
    options: group.categories.flatMap(({ code, hint }) => {
      const category = byCode.get(code)
      return category ? [{ value: category.id, label: category.title, hint }] : []
    }),
  })).filter((group) => group.options.length > 0)
  return <CategorySelect field={clientField} path={path ?? clientField.name} readOnly={readOnly} groups={groups} />
}
