/**
 * Password rules (NCSA website security standard 2568): at least 12 characters, not the e-mail address (or its
 * name part), not one of the common passwords attackers try first — the list of 49,000 that `@zxcvbn-ts/
 * language-common` ships, read also without the digits people add at the end ("sunshine2569") — and not one
 * character over and over. The message says what to change, in Thai.
 */
import { dictionary } from '@zxcvbn-ts/language-common'

export const MINIMUM_PASSWORD_LENGTH = 12

let common: Set<string> | null = null
const commonPasswords = (): Set<string> => (common ??= new Set(dictionary['passwords-common']))

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase()
  const withoutTrailingDigits = lower.replace(/[\d\s!@#$%^&*._-]+$/, '')
  return commonPasswords().has(lower) || (withoutTrailingDigits.length > 0 && commonPasswords().has(withoutTrailingDigits))
}

/** What is wrong with a new password for the person with `email` (null when it will do). */
export function passwordProblem(password: string, email: string | null): string | null {
  if ([...password].length < MINIMUM_PASSWORD_LENGTH) return `รหัสผ่านต้องยาวอย่างน้อย ${MINIMUM_PASSWORD_LENGTH} ตัวอักษร (วลีที่จำง่ายแต่เดายาก เช่น คำหลายคำต่อกัน ใช้ได้ดี)`
  const lower = password.toLowerCase()
  const address = email?.trim().toLowerCase() ?? ''
  const name = address.split('@')[0] ?? ''
  if (address && (lower === address || lower.includes(address) || (name.length >= 4 && lower.replace(/[\d\s!@#$%^&*._-]+$/, '') === name))) return 'รหัสผ่านต้องไม่ใช่อีเมลของท่าน'
  if (new Set(lower).size <= 2) return 'รหัสผ่านต้องไม่ใช่ตัวอักษรเดิมซ้ำ ๆ'
  if (isCommonPassword(password)) return 'รหัสผ่านนี้อยู่ในรายการรหัสผ่านที่ถูกใช้บ่อยและถูกเดาได้ง่าย กรุณาตั้งรหัสผ่านอื่น'
  return null
}
