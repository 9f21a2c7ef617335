/**
 * A new password is checked against the rules (src/domain/auth/password.ts) however it arrives: a person created
 * or changed in the admin or through the API, or reset with an e-mailed token. The refusal names the password
 * field, so the admin shows it beside the field, in Thai.
 */
import { ValidationError, type CollectionBeforeOperationHook } from 'payload'
import { passwordProblem } from '@/domain/auth/password'

const SETS_PASSWORD = new Set(['create', 'update', 'updateByID', 'resetPassword'])

export const checkNewPassword: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const data = (args as { data?: { password?: unknown; email?: unknown; token?: unknown } }).data
  if (!SETS_PASSWORD.has(operation) || typeof data?.password !== 'string') return args
  let email = typeof data.email === 'string' ? data.email : null
  const id = (args as { id?: number | string }).id
  if (!email && id !== undefined) email = (await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true }))?.email ?? null
  if (!email && typeof data.token === 'string') {
    const { docs } = await req.payload.find({ collection: 'users', where: { resetPasswordToken: { equals: data.token } }, limit: 1, depth: 0, overrideAccess: true, showHiddenFields: true })
    email = docs[0]?.email ?? null
  }
  const problem = passwordProblem(data.password, email)
  if (problem) throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message: problem }] }, req.t)
  return args
}
