/**
 * The second factor of signing in (การยืนยันตัวตนสองขั้นตอน): a one-time code from an authenticator app (TOTP,
 * RFC 6238: six digits every 30 seconds, SHA-1, as every app reads them), required of administrators and webmasters
 * (NCSA website security standard 2568), optional for the others; or, when the phone is lost, one of ten recovery
 * codes, each good once. Who needs it, what a code looks like, and the codes themselves live here.
 */
import { createHash, randomInt } from 'node:crypto'
import * as OTPAuth from 'otpauth'
import type { Role } from '../workflow'
import type { RateLimitRule } from '../site/rate-limit'

export const SECOND_FACTOR_ROLES: readonly Role[] = ['admin', 'webmaster']

/** Whether a sign-in stops at the second factor: always for the roles that must have it, else once it is set up. */
export const needsSecondFactor = (role: Role, enabled: boolean): boolean => SECOND_FACTOR_ROLES.includes(role) || enabled

/** A new secret for an authenticator app (160 bits, as RFC 4226 recommends), in base32. */
export const newTotpSecret = (): string => new OTPAuth.Secret({ size: 20 }).base32

const totp = (secret: string, label: string) => new OTPAuth.TOTP({ issuer: 'Khaosan', label, secret: OTPAuth.Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 })

/** The address an authenticator app reads from a QR code (otpauth://totp/…). */
export const totpUri = (secret: string, label: string): string => totp(secret, label).toString()

/** The code an app shows at `at` (for the demo's printed instructions and the tests). */
export const totpCode = (secret: string, at = Date.now()): string => totp(secret, '').generate({ timestamp: at })

/** What a person typed, as a code is compared: digits only for an app's code (spaces dropped, Thai digits read). */
const digitsOf = (typed: string) => typed.replace(/\s+/g, '').replace(/[๐-๙]/g, (d) => String('๐๑๒๓๔๕๖๗๘๙'.indexOf(d)))

/** Whether `typed` is the app's code now (one step either side, for a phone's clock a little off). */
export function totpAccepts(secret: string, typed: string, at = Date.now()): boolean {
  const code = digitsOf(typed)
  return /^\d{6}$/.test(code) && totp(secret, '').validate({ token: code, timestamp: at, window: 1 }) !== null
}

export const RECOVERY_CODE_COUNT = 10
const RECOVERY_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789'
/** A recovery code as typed: case and dashes do not matter. */
const normalizeRecovery = (typed: string) => typed.toUpperCase().replace(/[^A-Z0-9]/g, '')
export const hashRecoveryCode = (code: string): string => createHash('sha256').update(normalizeRecovery(code)).digest('hex')

/** Ten new recovery codes ("ABCD-EFGH"), shown once; only their hashes are kept. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 8 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('')
    return `${chars.slice(0, 4)}-${chars.slice(4)}`
  })
  return { codes, hashes: codes.map(hashRecoveryCode) }
}

/** The recovery codes' hashes as the database gives them back (JSON): the strings of a list, else none. */
export const storedRecoveryHashes = (stored: unknown): string[] => (Array.isArray(stored) ? stored.filter((h): h is string => typeof h === 'string') : [])

/** The hashes left once `typed` is used, or null when it is none of them. */
export function useRecoveryCode(hashes: readonly string[], typed: string): string[] | null {
  const hash = hashRecoveryCode(typed)
  return normalizeRecovery(typed).length === 8 && hashes.includes(hash) ? hashes.filter((h) => h !== hash) : null
}

/** How long the step between the password and the code may take. */
export const CHALLENGE_MINUTES = 5

/**
 * Sign-in attempts an address may make in a window, whoever they are for: enough for an office behind one address,
 * too few to lock every account from one place (each locks after 5 failures).
 */
export const SIGN_IN_RATE: RateLimitRule = { limit: 30, windowMs: 10 * 60 * 1000 }
