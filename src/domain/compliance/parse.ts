/**
 * Validating an indicator set an administrator imports or edits (นำเข้าชุดตัวชี้วัด). Every problem
 * is reported, each as a Thai message that starts with the field's path, e.g.
 * "indicators[3].currency.kind: …", so the admin can find and fix it.
 */
import { CATEGORY_DEFINITIONS } from '../categories'
import { toBuddhistYear } from '../thai/calendar'
import { PAGE_SECTION_NAMES, type PageSection } from './pages'
import { CURRENCY_KINDS, SET_NAMES, type CurrencyRule, type Indicator, type IndicatorSet, type SetName } from './types'

export type ParseResult = { ok: true; set: IndicatorSet } | { ok: false; errors: string[] }

const SET_FIELDS = ['set', 'fiscalYear', 'title', 'source', 'indicators']
const INDICATOR_FIELDS = ['code', 'title', 'categories', 'tags', 'pages', 'currency', 'note']
const CURRENCY_FIELDS: Record<CurrencyRule['kind'], string[]> = {
  current: ['kind', 'maxAgeMonths'],
  'fiscal-year': ['kind', 'offset'],
  'first-half': ['kind'],
  monthly: ['kind'],
  'updated-within': ['kind', 'months'],
  none: ['kind'],
}
const CATEGORY_CODES = new Set(CATEGORY_DEFINITIONS.map((c) => c.code))
/** Plausible Buddhist-era years; a common-era year (e.g. 2026) is the usual mistake. */
const BE_YEARS = { min: 2500, max: 2700 }

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Accepts the parsed JSON value or the JSON text itself. */
export function parseIndicatorSet(input: unknown): ParseResult {
  let json = input
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input)
    } catch (error) {
      return { ok: false, errors: [`ไฟล์ไม่ใช่ JSON ที่ถูกต้อง: ${(error as Error).message}`] }
    }
  }
  if (!isObject(json)) {
    return { ok: false, errors: ['ชุดตัวชี้วัดต้องเป็นออบเจ็กต์ JSON ที่มีช่อง set, fiscalYear, title, source และ indicators'] }
  }
  const errors: string[] = []
  const report = (path: string, message: string) => errors.push(`${path}: ${message}`)

  rejectUnknownFields(json, SET_FIELDS, '', report)
  if (!(SET_NAMES as readonly unknown[]).includes(json.set)) report('set', `ต้องเป็นหนึ่งใน ${SET_NAMES.join(', ')}`)
  checkFiscalYear(json.fiscalYear, report)
  checkText(json.title, 'title', report)
  checkText(json.source, 'source', report)
  checkIndicators(json.indicators, report)

  if (errors.length > 0) return { ok: false, errors }
  // Every field has been checked above; the set is built anew from them, so later edits of the caller's
  // object (or of a bundled JSON module) never reach it.
  return {
    ok: true,
    set: {
      set: json.set as SetName,
      fiscalYear: json.fiscalYear === null ? null : Number(json.fiscalYear),
      title: String(json.title),
      source: String(json.source),
      indicators: (json.indicators as Json[]).map(indicatorOf),
    },
  }
}

/** A checked indicator, as the domain's value. */
function indicatorOf(json: Json): Indicator {
  const tags = Array.isArray(json.tags) ? json.tags.map(String) : undefined
  return {
    code: String(json.code),
    title: String(json.title),
    categories: (json.categories as unknown[]).map(String),
    ...(tags ? { tags } : {}),
    ...(Array.isArray(json.pages) ? { pages: json.pages.map((page) => String(page) as PageSection) } : {}),
    currency: currencyOf(json.currency as Json),
    ...(json.note !== undefined ? { note: String(json.note) } : {}),
  }
}

function currencyOf(json: Json): CurrencyRule {
  switch (json.kind as CurrencyRule['kind']) {
    case 'current':
      return json.maxAgeMonths === undefined ? { kind: 'current' } : { kind: 'current', maxAgeMonths: Number(json.maxAgeMonths) }
    case 'fiscal-year':
      return { kind: 'fiscal-year', offset: json.offset === -1 ? -1 : 0 }
    case 'updated-within':
      return { kind: 'updated-within', months: Number(json.months) }
    case 'first-half':
      return { kind: 'first-half' }
    case 'monthly':
      return { kind: 'monthly' }
    case 'none':
      return { kind: 'none' }
  }
}

type Report = (path: string, message: string) => void

function rejectUnknownFields(json: Json, known: string[], prefix: string, report: Report) {
  for (const key of Object.keys(json)) {
    if (!known.includes(key)) report(`${prefix}${key}`, `ไม่รู้จักช่องนี้ (ช่องที่ใช้ได้: ${known.join(', ')})`)
  }
}

function checkText(value: unknown, path: string, report: Report) {
  if (typeof value !== 'string' || value.trim() === '') report(path, 'ต้องเป็นข้อความที่ไม่ว่าง')
}

function checkFiscalYear(value: unknown, report: Report) {
  if (value === null) return
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    report('fiscalYear', 'ต้องเป็นปีงบประมาณแบบพุทธศักราช เช่น 2569 หรือ null ถ้าใช้ได้ทุกปี')
  } else if (value > 1900 && value < BE_YEARS.min) {
    report('fiscalYear', `${value} ดูเหมือนเป็นปีคริสต์ศักราช — ให้ใช้ปีพุทธศักราช ${toBuddhistYear(value)}`)
  } else if (value < BE_YEARS.min || value > BE_YEARS.max) {
    report('fiscalYear', `${value} ไม่ใช่ปีพุทธศักราชที่ใช้ได้ (${BE_YEARS.min}–${BE_YEARS.max})`)
  }
}

function checkIndicators(value: unknown, report: Report) {
  if (!Array.isArray(value) || value.length === 0) {
    report('indicators', 'ต้องเป็นรายการ (array) ที่มีตัวชี้วัดอย่างน้อยหนึ่งข้อ')
    return
  }
  const firstSeen = new Map<string, number>()
  value.forEach((indicator: unknown, index) => {
    const path = `indicators[${index}]`
    if (!isObject(indicator)) {
      report(path, 'ต้องเป็นออบเจ็กต์ที่มีช่อง code, title, categories และ currency')
      return
    }
    checkIndicator(indicator, path, report)
    const code = indicator.code
    if (typeof code !== 'string') return
    const earlier = firstSeen.get(code)
    if (earlier === undefined) firstSeen.set(code, index)
    else report(`${path}.code`, `รหัส “${code}” ซ้ำกับ indicators[${earlier}]`)
  })
}

function checkIndicator(indicator: Json, path: string, report: Report) {
  rejectUnknownFields(indicator, INDICATOR_FIELDS, `${path}.`, report)
  checkText(indicator.code, `${path}.code`, report)
  checkText(indicator.title, `${path}.title`, report)
  if (indicator.note !== undefined) checkText(indicator.note, `${path}.note`, report)

  const { categories, tags } = indicator
  if (!Array.isArray(categories)) {
    report(`${path}.categories`, 'ต้องเป็นรายการ (array) ของรหัสหมวดหมู่ เช่น ["C10"] หรือ [] ถ้ายังไม่ทราบ')
  } else {
    categories.forEach((code: unknown, i) => {
      if (typeof code !== 'string' || !CATEGORY_CODES.has(code)) {
        report(`${path}.categories[${i}]`, `ไม่รู้จักหมวดหมู่ “${String(code)}” (ใช้รหัส C1–C22)`)
      }
    })
  }
  if (tags !== undefined) {
    if (!Array.isArray(tags)) report(`${path}.tags`, 'ต้องเป็นรายการ (array) ของแท็กที่เป็นข้อความ')
    else tags.forEach((tag: unknown, i) => checkText(tag, `${path}.tags[${i}]`, report))
  }
  if (indicator.pages !== undefined) {
    if (!Array.isArray(indicator.pages)) report(`${path}.pages`, 'ต้องเป็นรายการ (array) ของส่วนของหน้าเว็บไซต์ เช่น ["structure"]')
    else
      indicator.pages.forEach((page: unknown, i) => {
        if (!(PAGE_SECTION_NAMES as unknown[]).includes(page)) report(`${path}.pages[${i}]`, `ไม่รู้จักส่วนของหน้าเว็บไซต์ “${String(page)}” (ใช้ได้: ${PAGE_SECTION_NAMES.join(', ')})`)
      })
  }
  checkCurrency(indicator.currency, `${path}.currency`, report)
}

function checkCurrency(currency: unknown, path: string, report: Report) {
  if (!isObject(currency)) {
    report(path, 'ต้องเป็นออบเจ็กต์ที่มีช่อง kind เช่น { "kind": "current" }')
    return
  }
  const kind = currency.kind as CurrencyRule['kind']
  if (!CURRENCY_KINDS.includes(kind)) {
    report(`${path}.kind`, `ต้องเป็นหนึ่งใน ${CURRENCY_KINDS.join(', ')}`)
    return
  }
  rejectUnknownFields(currency, CURRENCY_FIELDS[kind], `${path}.`, report)
  const isPositiveInteger = (value: unknown) => Number.isInteger(value) && (value as number) > 0
  if (kind === 'fiscal-year' && currency.offset !== 0 && currency.offset !== -1) {
    report(`${path}.offset`, 'ต้องเป็น 0 (ปีงบประมาณที่ประเมิน) หรือ -1 (ปีงบประมาณก่อนหน้า)')
  }
  if (kind === 'updated-within' && !isPositiveInteger(currency.months)) {
    report(`${path}.months`, 'ต้องเป็นจำนวนเดือน (จำนวนเต็มบวก)')
  }
  if (kind === 'current' && currency.maxAgeMonths !== undefined && !isPositiveInteger(currency.maxAgeMonths)) {
    report(`${path}.maxAgeMonths`, 'ต้องเป็นจำนวนเดือน (จำนวนเต็มบวก) หรือไม่ต้องระบุ')
  }
}
