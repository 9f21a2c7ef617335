/**
 * Access rules as small named predicates over the signed-in person (Payload's req.user).
 */
import type { Access, PayloadRequest, Where } from 'payload'
import type { Actor, Role } from '@/domain/workflow'
import { onPublicSiteAt } from '@/domain/workflow'
import type { User } from '@/payload-types'
import { toWhere } from '@/server/conditions'

/** A signed-in person whose account is active. */
export const staff = (req: PayloadRequest): User | null => {
  const user = req.user
  return user && user.active !== false ? user : null
}

export const idOf = (value: number | string | { id: number | string } | null | undefined): string | null =>
  value == null ? null : String(typeof value === 'object' ? value.id : value)

/** The workflow's view of a signed-in person. */
export const actorOf = (user: Pick<User, 'id' | 'role' | 'unit'>): Actor => ({ id: String(user.id), roles: [user.role], unitId: idOf(user.unit) })

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

/** ผู้ดูแลระบบกลาง: creates and suspends the agencies of the install; an administrator wherever they sign in. */
export const isSuperAdmin: Access = ({ req }) => staff(req)?.superAdmin === true

/** Admins see every user of their agency (a super-administrator only to another); others see themselves. */
export const isAdminOrSelf: Access = ({ req }) => {
  const user = staff(req)
  if (!user) return false
  const self: Where = { id: { equals: user.id } }
  if (user.role !== 'admin') return self
  return user.superAdmin ? true : { or: [{ superAdmin: { not_equals: true } }, self] }
}

/** Roles that read every request of the agency. */
const READS_ALL: readonly Role[] = ['webmaster', 'executive', 'admin']

/**
 * The requests a person may read: webmasters, executives and admins all; heads those of their unit and the
 * units below it; everyone their own. Anonymous: none (the public site reads published items only). `true`
 * when there is no limit.
 */
export function readableRequests(user: User | null): boolean | Where {
  if (!user) return false
  if (READS_ALL.includes(user.role)) return true
  const own: Where = { owner: { equals: user.id } }
  const unit = idOf(user.unit)
  if ((user.role === 'head' || user.role === 'division-head') && unit) return { or: [own, { unitPath: { contains: `/${unit}/` } }] }
  return own
}

export const canReadPublishRequest: Access = ({ req }) => readableRequests(staff(req))

/**
 * Who reads a file (ไฟล์แนบ), decided when it is read from the items that carry it, with no flag to drift:
 * anyone while at least one item carrying it (as an attachment or its picture) is on the public site now;
 * staff also when they uploaded it or may read a request that carries it.
 */
export const canReadAttachment: Access = ({ req }) => {
  const carriedBy = (requests: Where): Where[] => [{ carriedBy: { contains: requests } }, { shownBy: { contains: requests } }]
  // A file the integrity check found changed on disk is not served to the public until it is restored.
  const publicNow: Where[] = [{ and: [{ tamperedAt: { exists: false } }, { or: carriedBy(toWhere(onPublicSiteAt(new Date()))) }] }]
  const user = staff(req)
  const requests = readableRequests(user)
  if (requests === true) return true
  if (!user || requests === false) return { or: publicNow }
  return { or: [{ uploadedBy: { equals: user.id } }, ...carriedBy(requests), ...publicNow] }
}
