/**
 * Who reads a form's submissions: the staff of the unit the form goes to and the heads above it, and the
 * administrators. Nobody else (a submission is one citizen's personal data), never anyone without signing in.
 */
import type { Access, Where } from 'payload'
import type { FormSubmission, User } from '@/payload-types'
import { idOf, staff } from '@/access/roles'

export function readableSubmissions(user: User | null): boolean | Where {
  if (!user) return false
  if (user.role === 'admin') return true
  const unit = idOf(user.unit)
  return unit ? { unitPath: { contains: `/${unit}/` } } : false
}

export const canReadSubmission: Access = ({ req }) => readableSubmissions(staff(req))

/** Whether a signed-in person handles a submission (marks it, exports its form's). */
export const handlesSubmission = (user: User, submission: Pick<FormSubmission, 'unitPath'>): boolean => {
  const unit = idOf(user.unit)
  return user.role === 'admin' || (!!unit && !!submission.unitPath?.includes(`/${unit}/`))
}
