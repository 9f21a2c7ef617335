/**
 * Access rules as small named predicates over the signed-in person (Payload's req.user).
 */
import type { Access, PayloadRequest, Where } from 'payload'
import type { Actor, Role } from '@/domain/workflow'

export interface StaffUser {
  id: number | string
  role: Role
  unit?: number | string | { id: number | string } | null
  name?: string
  email?: string
  active?: boolean
}

const staff = (req: PayloadRequest): StaffUser | null => {
  const user = req.user as unknown as StaffUser | null
  return user && user.active !== false ? user : null
}

export const idOf = (value: number | string | { id: number | string } | null | undefined): string | null =>
  value == null ? null : String(typeof value === 'object' ? value.id : value)

/** The workflow's view of a signed-in person. */
export const actorOf = (user: StaffUser): Actor => ({ id: String(user.id), roles: [user.role], unitId: idOf(user.unit) })

export const hasRole =
  (...roles: Role[]) =>
  (req: PayloadRequest): boolean => {
    const user = staff(req)
    return !!user && roles.includes(user.role)
  }

export const isSignedIn: Access = ({ req }) => !!staff(req)
export const isAdmin: Access = ({ req }) => hasRole('admin')(req)
export const isAdminOrWebmaster: Access = ({ req }) => hasRole('admin', 'webmaster')(req)
export const nobody: Access = () => false
export const anyone: Access = () => true

/** Everyone who may submit a publish request (every staff role but the administrator's). */
export const isStaff: Access = ({ req }) => hasRole('owner', 'head', 'division-head', 'webmaster', 'executive')(req)

/** Admins see every user; others see themselves. */
export const isAdminOrSelf: Access = ({ req }) => {
  const user = staff(req)
  if (!user) return false
  return user.role === 'admin' ? true : { id: { equals: user.id } }
}

/**
 * Who reads a publish request: webmasters, executives and admins all; heads the requests of their unit and
 * the units below it; a data owner their own. Anonymous: none (the public site reads published items only).
 */
export const canReadPublishRequest: Access = ({ req }): boolean | Where => {
  const user = staff(req)
  if (!user) return false
  if (['webmaster', 'executive', 'admin'].includes(user.role)) return true
  const own: Where = { owner: { equals: user.id } }
  const unit = idOf(user.unit)
  if ((user.role === 'head' || user.role === 'division-head') && unit) {
    return { or: [own, { unitPath: { contains: `/${unit}/` } }] }
  }
  return own
}
