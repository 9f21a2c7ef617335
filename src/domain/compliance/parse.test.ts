import { describe, expect, it } from 'vitest'
import { parseIndicatorSet } from './parse'

const valid = () => ({
  set: 'ita',
  fiscalYear: 2570,
  title: 'ตัวชี้วัด ITA ปีงบประมาณ 2570',
  source: 'คู่มือ ITA 2570',
  indicators: [
    { code: 'O1', title: 'โครงสร้าง', categories: ['C1'], tags: ['โครงสร้างหน่วยงาน'], currency: { kind: 'current' } },
    { code: 'O11', title: 'สรุปผลรายเดือน', categories: ['C10'], currency: { kind: 'monthly' } },
  ],
})

const errorsOf = (input: unknown): string[] => {
  const result = parseIndicatorSet(input)
  return result.ok ? [] : result.errors
}

describe('parseIndicatorSet', () => {
  it('accepts a valid set, as a value or as JSON text, and returns a copy', () => {
    const input = valid()
    const result = parseIndicatorSet(input)
    expect(result.ok && result.set).toEqual(input)
    expect(result.ok && result.set).not.toBe(input)
    const fromText = parseIndicatorSet(JSON.stringify(input))
    expect(fromText.ok && fromText.set.indicators[1].currency).toEqual({ kind: 'monthly' })
  })

  it('accepts an every-year set (fiscalYear null)', () => {
    expect(parseIndicatorSet({ ...valid(), set: 'gws', fiscalYear: null }).ok).toBe(true)
  })

  it('explains text that is not JSON', () => {
    const [message] = errorsOf('{ "set": "ita", ')
    expect(message).toMatch(/^ไฟล์ไม่ใช่ JSON ที่ถูกต้อง: /)
  })

  it('rejects something that is not an object', () => {
    expect(errorsOf([valid()])).toEqual([
      'ชุดตัวชี้วัดต้องเป็นออบเจ็กต์ JSON ที่มีช่อง set, fiscalYear, title, source และ indicators',
    ])
  })

  it('catches a common-era year and suggests the Buddhist-era one', () => {
    expect(errorsOf({ ...valid(), fiscalYear: 2026 })).toEqual([
      'fiscalYear: 2026 ดูเหมือนเป็นปีคริสต์ศักราช — ให้ใช้ปีพุทธศักราช 2569',
    ])
    expect(errorsOf({ ...valid(), fiscalYear: '2569' })).toEqual([
      'fiscalYear: ต้องเป็นปีงบประมาณแบบพุทธศักราช เช่น 2569 หรือ null ถ้าใช้ได้ทุกปี',
    ])
    expect(errorsOf({ ...valid(), fiscalYear: 3000 })).toEqual(['fiscalYear: 3000 ไม่ใช่ปีพุทธศักราชที่ใช้ได้ (2500–2700)'])
  })

  it('reports every problem at once, each naming its field', () => {
    const input = {
      set: 'nacc',
      fiscalYear: 2570,
      title: ' ',
      source: 'คู่มือ',
      extra: true,
      indicators: [
        { code: 'O1', title: 'ก', categories: ['procurment'], currency: { kind: 'yearly' } },
        { code: 'O1', title: 'ข', catagories: ['C1'], currency: { kind: 'fiscal-year', offset: 1 } },
        { code: 'O3', title: 'ค', categories: 'C1', tags: ['', 5], currency: { kind: 'updated-within', months: 0 } },
        { code: 'O4', title: 'ง', categories: [], currency: { kind: 'current', maxAgeMonths: 2.5 } },
        'O5',
      ],
    }
    expect(errorsOf(input)).toEqual([
      'extra: ไม่รู้จักช่องนี้ (ช่องที่ใช้ได้: set, fiscalYear, title, source, indicators)',
      'set: ต้องเป็นหนึ่งใน ita, moit, gws, oia',
      'title: ต้องเป็นข้อความที่ไม่ว่าง',
      'indicators[0].categories[0]: ไม่รู้จักหมวดหมู่ “procurment” (ใช้รหัส C1–C22)',
      'indicators[0].currency.kind: ต้องเป็นหนึ่งใน current, fiscal-year, first-half, monthly, updated-within, none',
      'indicators[1].catagories: ไม่รู้จักช่องนี้ (ช่องที่ใช้ได้: code, title, categories, tags, pages, currency, note)',
      'indicators[1].categories: ต้องเป็นรายการ (array) ของรหัสหมวดหมู่ เช่น ["C10"] หรือ [] ถ้ายังไม่ทราบ',
      'indicators[1].currency.offset: ต้องเป็น 0 (ปีงบประมาณที่ประเมิน) หรือ -1 (ปีงบประมาณก่อนหน้า)',
      'indicators[1].code: รหัส “O1” ซ้ำกับ indicators[0]',
      'indicators[2].categories: ต้องเป็นรายการ (array) ของรหัสหมวดหมู่ เช่น ["C10"] หรือ [] ถ้ายังไม่ทราบ',
      'indicators[2].tags[0]: ต้องเป็นข้อความที่ไม่ว่าง',
      'indicators[2].tags[1]: ต้องเป็นข้อความที่ไม่ว่าง',
      'indicators[2].currency.months: ต้องเป็นจำนวนเดือน (จำนวนเต็มบวก)',
      'indicators[3].currency.maxAgeMonths: ต้องเป็นจำนวนเดือน (จำนวนเต็มบวก) หรือไม่ต้องระบุ',
      'indicators[4]: ต้องเป็นออบเจ็กต์ที่มีช่อง code, title, categories และ currency',
    ])
  })

  it('rejects a rule field that belongs to another kind', () => {
    const input = valid()
    input.indicators[0].currency = { kind: 'current', months: 3 } as never
    expect(errorsOf(input)).toEqual([
      'indicators[0].currency.months: ไม่รู้จักช่องนี้ (ช่องที่ใช้ได้: kind, maxAgeMonths)',
    ])
  })

  it('requires at least one indicator and a currency object', () => {
    expect(errorsOf({ ...valid(), indicators: [] })).toEqual([
      'indicators: ต้องเป็นรายการ (array) ที่มีตัวชี้วัดอย่างน้อยหนึ่งข้อ',
    ])
    const noCurrency = valid()
    delete (noCurrency.indicators[1] as { currency?: unknown }).currency
    expect(errorsOf(noCurrency)).toEqual([
      'indicators[1].currency: ต้องเป็นออบเจ็กต์ที่มีช่อง kind เช่น { "kind": "current" }',
    ])
  })
})
