/**
 * Personal-data guard (SPEC §6; PDPA; seeds 001 §1, 004 §1.7). Finds Thai national ID numbers, phone
 * numbers, e-mail addresses and bank account numbers in the text of an item or of its attachments, so
 * that they are redacted, or published with a recorded reason, before anything reaches the public site.
 * Thai numerals count as digits. The agency's own published contacts go in `allow`.
 */
import { toArabicDigits } from '../search/words'

export type PersonalDataKind = 'national-id' | 'phone' | 'email' | 'bank-account'

export interface Finding {
  kind: PersonalDataKind
  match: string // as written in the text
  index: number // where it starts in the text
  masked: string // only the last four letters or digits left readable: "***-***-5678"
}

export interface FindOptions {
  /** What may be published: the agency's own phone numbers, e-mail, bank account, tax ID, however written. */
  allow?: readonly string[]
}

/** Thai national ID check digit: Σ digit[i] × (13 − i) for the first 12, check = (11 − sum mod 11) mod 10. */
export function isValidNationalId(digits: string): boolean {
  if (!/^\d{13}$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (13 - i)
  return (11 - (sum % 11)) % 10 === Number(digits[12])
}

/** 13 digits, unbroken or grouped 1-4-5-2-1 with dashes or spaces used the same way throughout. */
const ID_SHAPED = /(?<!\d)\d([- ]?)\d{4}\1\d{5}\1\d{2}\1\d(?!\d)/g

const EMAIL = /(?<![\w.%+-])[\w.%+-]+@[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}/gi

/** The classic way Thai banks print an account number: xxx-x-xxxxx-x. */
const BANK_ACCOUNT_PRINTED = /(?<![\d-])\d{3}-\d-\d{5}-\d(?!-?\d)/g
/** Any 10 to 12 digits, with or without dashes or spaces; an account only when labelled as one. */
const BANK_ACCOUNT_CANDIDATE = /(?<![\d-])\d(?:[- ]?\d){9,11}(?!-?\d)/g

/**
 * The last label before a number says what it is. "บัญชี" alone is not enough: กรมบัญชีกลาง (the Comptroller
 * General's Department) and บัญชีรายชื่อ (a list of names) appear all over procurement and recruitment notices.
 */
const NUMBER_LABEL =
  /(?<bank>บัญชี(?!กลาง|รายชื่อ)|ธนาคาร|account|a\/c)|(?<other>โทร|มือถือ|แฟกซ์|fax|tel|phone|โครงการ|สัญญา|ใบเสร็จ|ทะเบียน|รหัส)/gi
const LABEL_REACH = 50 // characters before the number

/**
 * Mobile 06/08/09 + 8 digits; Bangkok 02 + 7; provincial 03x, 04x, 05x, 07x + 6; or +66 without the 0.
 * Single spaces, dots or dashes may separate the digits ("0 2123 4567", "081-234-5678"), and a closing
 * bracket may follow the area code ("(02) 123 4567"); the number may not run on into more digits.
 */
const PHONE = /(?<![\d+]|\d[-.])(?:\+66[ -]?|0[ .-]?)(?:[689](?:\)?[ .-]?\d){8}|[2-57](?:\)?[ .-]?\d){7})(?![-.]?\d)/g

const spans = (pattern: RegExp, text: string) =>
  [...text.matchAll(pattern)].map((m) => ({ index: m.index, match: m[0] }))

const digitsOf = (text: string) => text.replace(/\D/g, '')

const labelledAsBankAccount = (text: string, index: number): boolean => {
  const labels = [...text.slice(Math.max(0, index - LABEL_REACH), index).matchAll(NUMBER_LABEL)]
  return labels.at(-1)?.groups?.bank !== undefined
}

/** How a contact is compared with the allow list: an e-mail in lower case, a number by its digits. */
export const contactKey = (text: string): string =>
  text.includes('@') ? text.trim().toLowerCase() : digitsOf(toArabicDigits(text).trim().replace(/^\+66/, '0'))

export const maskPersonalData = (match: string): string => {
  let keep = 4
  return [...match]
    .reverse()
    .map((c) => (/[\p{L}\p{N}]/u.test(c) ? (keep-- > 0 ? c : '*') : c))
    .reverse()
    .join('')
}

export function findPersonalData(text: string, options: FindOptions = {}): Finding[] {
  const t = toArabicDigits(text) // same length, so every index is an index into `text`
  const idShaped = spans(ID_SHAPED, t)
  const isId = (s: { match: string }) => isValidNationalId(digitsOf(s.match))
  // Detectors in order of precedence: a stretch of text is reported once, by the first that claims it.
  const candidates: [PersonalDataKind, { index: number; match: string }[]][] = [
    ['national-id', idShaped.filter(isId)],
    ['email', spans(EMAIL, t)],
    ['bank-account', spans(BANK_ACCOUNT_PRINTED, t)],
    ['bank-account', spans(BANK_ACCOUNT_CANDIDATE, t).filter((s) => labelledAsBankAccount(t, s.index))],
    ['phone', spans(PHONE, t)],
  ]
  const allowed = new Set((options.allow ?? []).map(contactKey))
  const claimed = new Uint8Array(t.length) // 1 where a finding (or a non-ID 13-digit number) already is
  const claim = (from: number, to: number) => claimed.fill(1, from, to)
  // A 13-digit number with a wrong check digit is no ID, but no phone or account either.
  for (const s of idShaped.filter((s) => !isId(s))) claim(s.index, s.index + s.match.length)
  const findings: Finding[] = []
  for (const [kind, found] of candidates) {
    for (const { index, match } of found) {
      const end = index + match.length
      if (claimed.subarray(index, end).includes(1)) continue
      claim(index, end)
      const original = text.slice(index, end)
      if (allowed.has(contactKey(original))) continue
      findings.push({ kind, match: original, index, masked: maskPersonalData(original) })
    }
  }
  return findings.sort((a, b) => a.index - b.index)
}

const KIND_LABELS: Record<PersonalDataKind, string> = {
  'national-id': 'เลขประจำตัวประชาชน',
  phone: 'หมายเลขโทรศัพท์',
  email: 'อีเมล',
  'bank-account': 'เลขที่บัญชีธนาคาร',
}
const EXAMPLES_SHOWN = 3

/** One Thai line per kind found: "พบหมายเลขโทรศัพท์ 2 รายการ: ***-***-5678, **-***-4567". */
export function describeFindings(findings: readonly Finding[]): string[] {
  return (Object.keys(KIND_LABELS) as PersonalDataKind[]).flatMap((kind) => {
    const ofKind = findings.filter((f) => f.kind === kind)
    if (!ofKind.length) return []
    const examples = [...new Set(ofKind.map((f) => f.masked))]
    const shown = examples.slice(0, EXAMPLES_SHOWN).join(', ') + (examples.length > EXAMPLES_SHOWN ? ' และอื่น ๆ' : '')
    return [`พบ${KIND_LABELS[kind]} ${ofKind.length} รายการ: ${shown}`]
  })
}
