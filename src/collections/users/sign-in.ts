/**
 * Signing in (เข้าสู่ระบบ), in two steps for those who need a second factor (src/domain/auth/second-factor.ts):
 * POST /api/users/login {email, password} checks the password as Payload does (its lockout after 5 failures) and,
 * for such a person, answers {secondFactor: 'required' | 'setup', challenge} with no usable token; POST
 * /api/users/login/second-factor {challenge, code} answers {token, user, exp} as login does, with its cookie. A
 * wrong code counts as a failed sign-in. The challenge is sealed (AES-256-GCM under a key from Payload's secret): it
 * carries the token Payload issued for the password, so nothing is usable before the code. Per address, sign-ins
 * are limited (429) so one place cannot lock everyone out. Messages never say whether an account exists.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'
import { AuthenticationError, LockedAuth, UnverifiedEmail, addDataAndFileToRequest, incrementLoginAttempts, type Endpoint, type Payload, type PayloadRequest } from 'payload'
import { generatePayloadCookie } from 'payload/shared'
import QRCode from 'qrcode'
import { CHALLENGE_MINUTES, SIGN_IN_RATE, needsSecondFactor, newRecoveryCodes, storedRecoveryHashes, newTotpSecret, totpAccepts, totpUri, useRecoveryCode } from '@/domain/auth/second-factor'
import { CLIENT_ADDRESS_HEADER, RateLimit } from '@/domain/site/rate-limit'
import type { User } from '@/payload-types'
import { errorResponse } from '@/endpoints/http'
import { staff } from '@/access/roles'
import { inTransaction } from '@/server/database'
import { recordAudit, recordEvent, type Acting } from '@/server/events'

const rate = new RateLimit(SIGN_IN_RATE)
const WRONG = 'อีเมล รหัสผ่าน หรือรหัสยืนยันไม่ถูกต้อง'
const LOCKED = 'บัญชีนี้ถูกระงับชั่วคราว 15 นาทีเพราะเข้าสู่ระบบผิดหลายครั้ง กรุณาลองใหม่ภายหลัง หรือติดต่อผู้ดูแลระบบ'

interface Sealed {
  token: string
  exp: number
  user: number
  /** Until: the challenge is worth nothing after it. */
  until: number
  /** A second factor being set up at this sign-in (a role that must have one and has none yet). */
  pendingSecret?: string
}

const keyOf = (payload: Payload) => createHash('sha256').update(`${payload.secret}:second-factor`).digest()

function seal(payload: Payload, content: Sealed): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyOf(payload), iv)
  const body = Buffer.concat([cipher.update(JSON.stringify(content), 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')
}

function open(payload: Payload, challenge: unknown): Sealed | null {
  if (typeof challenge !== 'string' || challenge.length > 4096) return null
  try {
    const bytes = Buffer.from(challenge, 'base64url')
    const decipher = createDecipheriv('aes-256-gcm', keyOf(payload), bytes.subarray(0, 12))
    decipher.setAuthTag(bytes.subarray(12, 28))
    const content = JSON.parse(Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8')) as Sealed
    return content.until > Date.now() ? content : null
  } catch {
    return null
  }
}

/** The answer a sign-in gets once it is complete: as Payload's own login, with its cookie. */
function signedIn(req: PayloadRequest, result: { token: string; exp: number; user: User }, extra: Record<string, unknown> = {}): Response {
  const cookie = generatePayloadCookie({ collectionAuthConfig: req.payload.collections.users.config.auth, cookiePrefix: req.payload.config.cookiePrefix, token: result.token })
  return Response.json({ message: 'เข้าสู่ระบบแล้ว', ...result, ...extra }, { headers: { 'Set-Cookie': cookie } })
}

const throttled = (req: PayloadRequest): Response | null => {
  const address = req.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown'
  const now = Date.now()
  return rate.take(address, now) ? null : errorResponse(429, `มีการเข้าสู่ระบบจากเครือข่ายนี้บ่อยเกินไป กรุณาลองใหม่ในอีก ${rate.waitMinutes(address, now)} นาที`)
}

const isLocked = (user: Pick<User, 'lockUntil'>) => Boolean(user.lockUntil && new Date(user.lockUntil).getTime() > Date.now())

/** A failed sign-in, and the lockout when it was the one too many. */
async function recordFailure(req: PayloadRequest, email: string, account: Acting | null, why: string): Promise<void> {
  await recordAudit(req, { kind: 'sign-in', summary: `เข้าสู่ระบบไม่สำเร็จ (${why}): ${email}`, by: account })
  if (account === null) return
  const after = await req.payload.findByID({ collection: 'users', id: account.id, depth: 0, overrideAccess: true, showHiddenFields: true, disableErrors: true })
  if (after && isLocked(after)) await recordAudit(req, { kind: 'sign-in', summary: `ระงับบัญชีชั่วคราว 15 นาที เพราะเข้าสู่ระบบผิด ${after.loginAttempts ?? ''} ครั้ง: ${email}`, by: account })
}

const loginEndpoint: Endpoint = {
  path: '/login',
  method: 'post',
  handler: async (req) => {
    const limited = throttled(req)
    if (limited) return limited
    await addDataAndFileToRequest(req)
    const email = typeof req.data?.email === 'string' ? req.data.email : ''
    const password = typeof req.data?.password === 'string' ? req.data.password : ''
    if (!email || !password) return errorResponse(400, 'กรุณากรอกอีเมลและรหัสผ่าน')
    // A right password does not wipe out wrong codes: only a complete sign-in does (below, and in the second step).
    const { docs: known } = await req.payload.find({ collection: 'users', where: { email: { equals: email.trim().toLowerCase() } }, limit: 1, depth: 0, overrideAccess: true, showHiddenFields: true, select: { loginAttempts: true } })
    const failedBefore = known[0]?.loginAttempts ?? 0
    const account = known[0] ? { id: known[0].id, email: email.trim().toLowerCase() } : null
    let result: Awaited<ReturnType<typeof req.payload.login<'users'>>>
    try {
      result = await req.payload.login({ collection: 'users', data: { email, password }, context: { signInStep: 'password' } })
    } catch (error) {
      if (error instanceof LockedAuth) {
        await recordAudit(req, { kind: 'sign-in', summary: `เข้าสู่ระบบขณะบัญชีถูกระงับชั่วคราว: ${email}`, by: account })
        return errorResponse(403, LOCKED)
      }
      if (error instanceof AuthenticationError || error instanceof UnverifiedEmail) {
        await recordFailure(req, email, account, 'รหัสผ่านไม่ถูกต้องหรือไม่มีบัญชีนี้')
        return errorResponse(401, WRONG)
      }
      throw error
    }
    const { user, token, exp } = result
    if (!user || !token || !exp) return errorResponse(401, WRONG)
    if (!needsSecondFactor(user.role, Boolean(user.totpEnabledAt))) {
      await recordAudit(req, { kind: 'sign-in', summary: `เข้าสู่ระบบ: ${user.email}`, by: user })
      return signedIn(req, { token, exp, user })
    }
    if (failedBefore > 0) await req.payload.update({ collection: 'users', id: user.id, data: { loginAttempts: failedBefore }, overrideAccess: true, depth: 0 })
    const until = Date.now() + CHALLENGE_MINUTES * 60_000
    if (user.totpEnabledAt) return Response.json({ secondFactor: 'required', challenge: seal(req.payload, { token, exp, user: user.id, until }), message: 'กรุณากรอกรหัส 6 หลักจากแอปยืนยันตัวตน' })
    // A role that must have a second factor and has none yet: it is set up now, before the first sign-in completes.
    const pendingSecret = newTotpSecret()
    return Response.json({
      secondFactor: 'setup',
      challenge: seal(req.payload, { token, exp, user: user.id, until, pendingSecret }),
      secret: pendingSecret,
      otpauthUrl: totpUri(pendingSecret, user.email),
      qr: await QRCode.toDataURL(totpUri(pendingSecret, user.email), { margin: 1, width: 200 }),
      message: 'บทบาทของท่านต้องใช้การยืนยันตัวตนสองขั้นตอน: เพิ่มบัญชีในแอปยืนยันตัวตนด้วยรหัสลับนี้ แล้วกรอกรหัส 6 หลักที่แอปแสดง',
    })
  },
}

const secondFactorEndpoint: Endpoint = {
  path: '/login/second-factor',
  method: 'post',
  handler: async (req) => {
    const limited = throttled(req)
    if (limited) return limited
    await addDataAndFileToRequest(req)
    const sealed = open(req.payload, req.data?.challenge)
    if (!sealed) return errorResponse(401, 'หมดเวลายืนยันตัวตน กรุณาเข้าสู่ระบบใหม่')
    const code = typeof req.data?.code === 'string' ? req.data.code : String(req.data?.code ?? '')
    const user = await req.payload.findByID({ collection: 'users', id: sealed.user, depth: 0, overrideAccess: true, showHiddenFields: true, disableErrors: true })
    if (!user || user.active === false) return errorResponse(401, WRONG)
    if (isLocked(user)) return errorResponse(403, LOCKED)
    const secret = sealed.pendingSecret ?? user.totpSecret
    const remaining = !sealed.pendingSecret && secret && !totpAccepts(secret, code) ? useRecoveryCode(storedRecoveryHashes(user.recoveryCodes), code) : null
    const accepted = Boolean(secret) && (totpAccepts(secret!, code) || remaining !== null)
    if (!accepted) {
      await incrementLoginAttempts({ collection: req.payload.collections.users.config, payload: req.payload, user: { ...user, collection: 'users' } })
      await recordFailure(req, user.email, user, 'รหัสยืนยันตัวตนสองขั้นตอนไม่ถูกต้อง')
      return errorResponse(401, WRONG)
    }
    const fresh = sealed.pendingSecret ? newRecoveryCodes() : null
    await inTransaction(req.payload, async (tx) => {
      await req.payload.update({
        collection: 'users',
        id: user.id,
        data: { loginAttempts: 0, lockUntil: null, ...(fresh ? { totpSecret: sealed.pendingSecret, totpEnabledAt: new Date().toISOString(), recoveryCodes: fresh.hashes } : {}), ...(remaining ? { recoveryCodes: remaining } : {}) },
        overrideAccess: true,
        depth: 0,
        req: tx,
      })
      const how = fresh ? 'ตั้งค่าการยืนยันตัวตนสองขั้นตอนและเข้าสู่ระบบ' : remaining ? `เข้าสู่ระบบด้วยรหัสกู้คืน (เหลือ ${remaining.length} รหัส)` : 'เข้าสู่ระบบ (ยืนยันตัวตนสองขั้นตอน)'
      await recordEvent(tx, { kind: 'sign-in', summary: `${how}: ${user.email}`, by: user }, [])
    }, req)
    const { totpSecret: _secret, recoveryCodes: _codes, ...shown } = user
    return signedIn(req, { token: sealed.token, exp: sealed.exp, user: shown }, fresh ? { recoveryCodes: fresh.codes } : {})
  },
}

/** POST /api/users/:id/second-factor/reset — an administrator clears a person's second factor (a lost phone); recorded. */
const resetEndpoint: Endpoint = {
  path: '/:id/second-factor/reset',
  method: 'post',
  handler: async (req) => {
    const admin = staff(req)
    if (!admin) return errorResponse(401, 'กรุณาเข้าสู่ระบบ')
    if (admin.role !== 'admin') return errorResponse(403, 'เฉพาะผู้ดูแลระบบล้างการยืนยันตัวตนสองขั้นตอนของผู้อื่นได้')
    const id = Number(req.routeParams?.id)
    const user = Number.isInteger(id) && id > 0 ? await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true }) : null
    if (!user) return errorResponse(404, 'ไม่พบบุคลากรนี้')
    await inTransaction(req.payload, async (tx) => {
      await req.payload.update({ collection: 'users', id, data: { totpSecret: null, totpEnabledAt: null, recoveryCodes: [] }, overrideAccess: true, depth: 0, req: tx })
      await recordEvent(tx, { kind: 'account', summary: `ล้างการยืนยันตัวตนสองขั้นตอนของ ${user.email} โดย ${admin.name} (${admin.email})`, }, [])
    }, req)
    return Response.json({ message: `ล้างการยืนยันตัวตนสองขั้นตอนของ ${user.name} แล้ว ครั้งถัดไปที่เข้าสู่ระบบจะตั้งค่าใหม่` })
  },
}

/**
 * POST /api/users/second-factor/setup — a signed-in person who has none sets one up: a new key, its QR code and a
 * sealed challenge; POST /api/users/second-factor/enable {challenge, code} turns it on once the app's code matches
 * (answering the ten recovery codes); POST /api/users/second-factor/disable {code} turns it off again for a role that
 * may go without (not administrators and webmasters). Each recorded.
 */
const setupEndpoint: Endpoint = {
  path: '/second-factor/setup',
  method: 'post',
  handler: async (req) => {
    const user = staff(req)
    if (!user) return errorResponse(401, 'กรุณาเข้าสู่ระบบ')
    if (user.totpEnabledAt) return errorResponse(409, 'ท่านตั้งค่าการยืนยันตัวตนสองขั้นตอนไว้แล้ว')
    const pendingSecret = newTotpSecret()
    const uri = totpUri(pendingSecret, user.email)
    return Response.json({
      challenge: seal(req.payload, { token: '', exp: 0, user: user.id, until: Date.now() + CHALLENGE_MINUTES * 60_000, pendingSecret }),
      secret: pendingSecret,
      otpauthUrl: uri,
      qr: await QRCode.toDataURL(uri, { margin: 1, width: 200 }),
    })
  },
}

const enableEndpoint: Endpoint = {
  path: '/second-factor/enable',
  method: 'post',
  handler: async (req) => {
    const user = staff(req)
    if (!user) return errorResponse(401, 'กรุณาเข้าสู่ระบบ')
    await addDataAndFileToRequest(req)
    const sealed = open(req.payload, req.data?.challenge)
    if (!sealed?.pendingSecret || sealed.user !== user.id) return errorResponse(400, 'หมดเวลาตั้งค่า กรุณาเริ่มตั้งค่าใหม่')
    if (!totpAccepts(sealed.pendingSecret, String(req.data?.code ?? ''))) return errorResponse(400, 'รหัสยืนยันตัวตนไม่ถูกต้อง ตรวจสอบเวลาในโทรศัพท์แล้วกรอกรหัสที่แอปแสดงอยู่ตอนนี้')
    const fresh = newRecoveryCodes()
    await inTransaction(req.payload, async (tx) => {
      await req.payload.update({ collection: 'users', id: user.id, data: { totpSecret: sealed.pendingSecret, totpEnabledAt: new Date().toISOString(), recoveryCodes: fresh.hashes }, overrideAccess: true, depth: 0, req: tx })
      await recordEvent(tx, { kind: 'account', summary: `เปิดใช้การยืนยันตัวตนสองขั้นตอน: ${user.email}` }, [])
    }, req)
    return Response.json({ message: 'เปิดใช้การยืนยันตัวตนสองขั้นตอนแล้ว ครั้งถัดไปที่เข้าสู่ระบบจะถามรหัสจากแอป', recoveryCodes: fresh.codes })
  },
}

const disableEndpoint: Endpoint = {
  path: '/second-factor/disable',
  method: 'post',
  handler: async (req) => {
    const user = staff(req)
    if (!user) return errorResponse(401, 'กรุณาเข้าสู่ระบบ')
    if (needsSecondFactor(user.role, false)) return errorResponse(403, 'บทบาทของท่านต้องใช้การยืนยันตัวตนสองขั้นตอน ปิดไม่ได้')
    await addDataAndFileToRequest(req)
    const stored = await req.payload.findByID({ collection: 'users', id: user.id, depth: 0, overrideAccess: true, showHiddenFields: true })
    if (!stored.totpSecret || !totpAccepts(stored.totpSecret, String(req.data?.code ?? ''))) return errorResponse(400, 'รหัสยืนยันตัวตนไม่ถูกต้อง')
    await inTransaction(req.payload, async (tx) => {
      await req.payload.update({ collection: 'users', id: user.id, data: { totpSecret: null, totpEnabledAt: null, recoveryCodes: [] }, overrideAccess: true, depth: 0, req: tx })
      await recordEvent(tx, { kind: 'account', summary: `ปิดการยืนยันตัวตนสองขั้นตอน: ${user.email}` }, [])
    }, req)
    return Response.json({ message: 'ปิดการยืนยันตัวตนสองขั้นตอนแล้ว' })
  },
}

export const signInEndpoints: Endpoint[] = [loginEndpoint, secondFactorEndpoint, resetEndpoint, setupEndpoint, enableEndpoint, disableEndpoint]
