import { AuthenticationError, type CollectionConfig } from 'payload'
import { ROLES, ROLE_LABELS } from '@/domain/workflow'
import { isAdmin, isAdminOrSelf, isSignedIn } from '@/access/roles'
import { inAdminGroup } from '@/collections/admin-presentation'
import { publicOrigin, sessionIdleMinutes, tlsFiles } from '@/server/environment'
import { needsSecondFactor } from '@/domain/auth/second-factor'
import { signInEndpoints } from './users/sign-in'
import { audited } from './audited'
import { checkNewPassword } from './users/password-rules'
import { recordEvent } from '@/server/events'
import { placeAccount } from '@/server/agencies'

const recorded = audited('account', 'ผู้ใช้')

const NEVER_THROUGH_THE_API = { read: () => false, create: () => false, update: () => false }
import { COMPLAINT_TRACKS, TRACK_LABELS } from '@/domain/complaints/complaints'

/**
 * บุคลากร: everyone who signs in to manage the site. Locked for 15 minutes after 5 failed sign-ins. Staff read
 * each other's name, position and unit (a request shows who asked and who approved); a phone number only its
 * owner and the admins.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'ผู้ใช้งาน', plural: 'ผู้ใช้งาน' },
  // The session: ends after 15 minutes unused (sessionIdleMinutes); its cookie never read by scripts (Payload's is
  // HttpOnly), not sent by other sites' forms, and over HTTPS only when the site is reached by it.
  auth: { maxLoginAttempts: 5, lockTime: 15 * 60 * 1000, tokenExpiration: sessionIdleMinutes() * 60, cookies: { sameSite: 'Lax', secure: tlsFiles() !== null || publicOrigin().startsWith('https:') } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role', 'unit'], ...inAdminGroup('system') },
  access: { read: isSignedIn, create: isAdmin, update: isAdminOrSelf, delete: isAdmin, admin: ({ req }) => !!req.user },
  endpoints: signInEndpoints,
  // Only the two-step sign-in (src/collections/users/sign-in.ts) lets in someone who needs a second factor: not
  // GraphQL's login, not any other way to Payload's.
  hooks: {
    beforeOperation: [checkNewPassword],
    // The install's first account (made at /admin on a real agency's first start) is its super-administrator.
    beforeChange: [
      async ({ data, operation, req }) => (operation === 'create' && (await req.payload.count({ collection: 'users', overrideAccess: true, req })).totalDocs === 0 ? { ...data, superAdmin: true } : data),
    ],
    beforeLogin: [({ user, context }) => {
      if (needsSecondFactor(user.role, Boolean(user.totpEnabledAt)) && context.signInStep !== 'password') throw new AuthenticationError()
      return user
    }],
    // In the sign-out's own transaction (it removes the session): sealed once committed.
    afterLogout: [async ({ req }) => {
      if (req.user) await recordEvent(req, { kind: 'sign-in', summary: `ออกจากระบบ: ${req.user.email}` }, [])
    }],
    afterChange: [
      async ({ doc, previousDoc, req }) => {
        if (Boolean(doc.superAdmin) !== Boolean(previousDoc?.superAdmin)) await placeAccount(req, doc.id, Boolean(doc.superAdmin))
        return doc
      },
      ...recorded.afterChange,
    ],
    afterDelete: recorded.afterDelete,
  },
  fields: [
    { name: 'name', label: 'ชื่อ-นามสกุล', type: 'text', required: true },
    { name: 'position', label: 'ตำแหน่ง', type: 'text' },
    { name: 'phone', label: 'โทรศัพท์', type: 'text', access: { read: ({ req, id }) => req.user?.role === 'admin' || String(req.user?.id) === String(id) } },
    {
      name: 'role',
      label: 'บทบาท',
      type: 'select',
      required: true,
      defaultValue: 'owner',
      options: ROLES.filter((r) => r !== 'system').map((value) => ({ value, label: ROLE_LABELS[value] })),
      access: { update: ({ req }) => (req.user as { role?: string } | null)?.role === 'admin' },
    },
    {
      name: 'unit',
      label: 'หน่วยงาน',
      type: 'relationship',
      relationTo: 'units',
      access: { update: ({ req }) => (req.user as { role?: string } | null)?.role === 'admin' },
    },
    {
      name: 'complaintDuties',
      label: 'หน้าที่รับเรื่องร้องเรียน',
      type: 'select',
      hasMany: true,
      options: COMPLAINT_TRACKS.map((value) => ({ value, label: TRACK_LABELS[value] })),
      admin: { description: 'ผู้ได้รับมอบหมายเท่านั้นที่เห็นเรื่องร้องเรียนของช่องทางนั้น เรื่องร้องเรียนการทุจริตไม่แสดงต่อผู้อื่นแม้เป็นหัวหน้าหรือผู้ดูแลเว็บไซต์' },
      access: { update: ({ req }) => (req.user as { role?: string } | null)?.role === 'admin' },
    },
    { name: 'secondFactor', type: 'ui', admin: { components: { Field: '@/components/admin/SecondFactorPanel#SecondFactorPanel' } } },
    // The second factor: the app's secret and the recovery codes' hashes are never read or written through the API.
    { name: 'totpSecret', type: 'text', hidden: true, access: NEVER_THROUGH_THE_API },
    { name: 'recoveryCodes', type: 'json', hidden: true, access: NEVER_THROUGH_THE_API },
    {
      name: 'totpEnabledAt',
      label: 'ตั้งค่าการยืนยันตัวตนสองขั้นตอนเมื่อ',
      type: 'date',
      admin: { readOnly: true, description: 'ผู้ดูแลระบบและผู้ดูแลเว็บไซต์ต้องใช้ ตั้งค่าเมื่อเข้าสู่ระบบครั้งแรก หากโทรศัพท์หาย ผู้ดูแลระบบล้างค่าให้ได้ แล้วตั้งค่าใหม่เมื่อเข้าสู่ระบบครั้งถัดไป' },
      access: { create: () => false, update: () => false },
    },
    {
      name: 'superAdmin',
      label: 'ผู้ดูแลระบบกลาง (สร้างและระงับหน่วยงานในระบบ)',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', condition: (_data, _sibling, { user }) => user?.superAdmin === true },
      access: { create: ({ req }) => req.user?.superAdmin === true, update: ({ req }) => req.user?.superAdmin === true },
    },
    {
      name: 'active',
      label: 'ใช้งานอยู่',
      type: 'checkbox',
      defaultValue: true,
      access: { update: ({ req }) => (req.user as { role?: string } | null)?.role === 'admin' },
    },
  ],
}
