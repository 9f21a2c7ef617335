import { describe, expect, it } from 'vitest'
import { toCsv } from '../compliance/export'
import { FIELD_PATTERNS, answersOf, deleteAfter, exportRows, fieldOf, newFormReference, normalizeFormReference, optionsOf, readFormAnswers, readSubmission, receiptOpen, receiptPath, receiptSpec, type FormField } from './forms'

const field = (key: string, type: FormField['type'], extra: Partial<FormField> = {}): FormField => ({ key, label: key, type, required: true, options: [], ...extra })
const jobApplication: FormField[] = [
  field('ชื่อ', 'text'),
  field('เกิด', 'date'),
  field('อายุ', 'number'),
  field('อีเมล', 'email'),
  field('โทรศัพท์', 'phone', { required: false }),
  field('ตำแหน่ง', 'choice', { options: ['ครูผู้ดูแลเด็ก', 'พนักงานขับรถ'] }),
  field('ทักษะ', 'checkbox', { options: ['คอมพิวเตอร์', 'ขับรถ'], required: false }),
  field('ยินยอม', 'checkbox'),
  field('ประวัติ', 'file', { required: false }),
]

describe('readFormAnswers', () => {
  it('reads a complete form into answers that carry their labels, dates in พ.ศ. and Thai digits as numbers', () => {
    const read = readFormAnswers(jobApplication, { ชื่อ: ' นางสาวมาลี ใจดี ', เกิด: '๑/๒/๒๕๓๕', อายุ: '๓๔', อีเมล: 'malee@example.com', ตำแหน่ง: 'พนักงานขับรถ', ทักษะ: ['คอมพิวเตอร์', 'ขับรถ'], ยินยอม: 'on' }, { ประวัติ: ['ประวัติ.pdf'] })
    expect(read).toEqual({
      answers: [
        { key: 'ชื่อ', label: 'ชื่อ', type: 'text', value: 'นางสาวมาลี ใจดี' },
        { key: 'เกิด', label: 'เกิด', type: 'date', value: '1 กุมภาพันธ์ 2535' },
        { key: 'อายุ', label: 'อายุ', type: 'number', value: '34' },
        { key: 'อีเมล', label: 'อีเมล', type: 'email', value: 'malee@example.com' },
        { key: 'โทรศัพท์', label: 'โทรศัพท์', type: 'phone', value: '' },
        { key: 'ตำแหน่ง', label: 'ตำแหน่ง', type: 'choice', value: 'พนักงานขับรถ' },
        { key: 'ทักษะ', label: 'ทักษะ', type: 'checkbox', value: 'คอมพิวเตอร์, ขับรถ' },
        { key: 'ยินยอม', label: 'ยินยอม', type: 'checkbox', value: 'ใช่' },
        { key: 'ประวัติ', label: 'ประวัติ', type: 'file', value: 'ประวัติ.pdf' },
      ],
    })
  })

  it('says beside each field what is wrong, in Thai', () => {
    const read = readFormAnswers(jobApplication, { เกิด: '1/2/1992', อายุ: 'สามสิบ', อีเมล: 'malee@', โทรศัพท์: 'โทรมา', ตำแหน่ง: 'นายก', ทักษะ: ['บิน'], ยินยอม: ['on', 'on'] }, { ประวัติ: ['a.pdf', 'b.pdf'] })
    expect(read).toEqual({
      errors: {
        ชื่อ: 'กรุณากรอกชื่อ',
        เกิด: 'เกิด: ปี 1992 ดูเหมือนเป็นปีคริสต์ศักราช — กรุณาใช้ปีพุทธศักราช 2535',
        อายุ: 'อายุต้องเป็นตัวเลข',
        อีเมล: 'อีเมลไม่ถูกต้อง ตัวอย่าง somchai@example.com',
        โทรศัพท์: 'โทรศัพท์ไม่ถูกต้อง ตัวอย่าง 081-234-5678',
        ตำแหน่ง: 'กรุณาเลือกตำแหน่งจากตัวเลือกที่มี',
        ทักษะ: 'กรุณาเลือกทักษะจากตัวเลือกที่มี',
        ยินยอม: 'ยินยอม: ส่งมาได้ค่าเดียว',
        ประวัติ: 'ประวัติ: แนบได้ไฟล์เดียว',
      },
    })
  })

  it('refuses what no input of the form could send: text over its limit, two values for one, an impossible date, objects', () => {
    const fields = [field('ชื่อ', 'text'), field('เรื่อง', 'long-text'), field('วัน', 'date'), field('อายุ', 'number')]
    const read = readFormAnswers(fields, { ชื่อ: ['ก', 'ข'], เรื่อง: 'ก'.repeat(5001), วัน: '31/2/2569', อายุ: { $gt: 1 } }, {})
    expect(read).toEqual({ errors: { ชื่อ: 'ชื่อ: ส่งมาได้ค่าเดียว', เรื่อง: 'เรื่องยาวเกิน 5,000 ตัวอักษร', วัน: 'วัน: ไม่มีวันที่ 31/2/2569', อายุ: 'กรุณากรอกอายุ' } })
  })

  it('ignores inputs the form does not have', () => {
    const read = readFormAnswers([field('ชื่อ', 'text')], { ชื่อ: 'มาลี', role: 'admin' }, {})
    expect(read).toEqual({ answers: [{ key: 'ชื่อ', label: 'ชื่อ', type: 'text', value: 'มาลี' }] })
  })
})

describe('a form’s options, retention and receipt', () => {
  it('takes one option per line, each once', () => expect(optionsOf(' ก \n\nข\nก\n')).toEqual(['ก', 'ข']))
  it('deletes answers the given number of days after they were sent', () => {
    expect(deleteAfter(new Date('2026-12-01T03:00:00Z'), 30).toISOString()).toBe('2026-12-31T03:00:00.000Z')
  })
  it('shows the citizen’s summary for a day, then no longer', () => {
    const sent = new Date('2026-12-01T03:00:00Z')
    expect(receiptOpen(sent, new Date('2026-12-02T02:59:00Z'))).toBe(true)
    expect(receiptOpen(sent, new Date('2026-12-02T03:01:00Z'))).toBe(false)
  })
})

describe('exportRows', () => {
  it('makes one column per field in the form’s order, then fields the form no longer has', () => {
    const rows = exportRows(
      [
        { reference: 'F2570-0001', submittedAt: new Date('2026-12-01T03:00:00Z'), state: 'new', answers: [{ key: 'a', label: 'ชื่อ', type: 'text', value: '=1+1' }, { key: 'old', label: 'ที่อยู่เดิม', type: 'text', value: 'บ้านสวน' }] },
        { reference: 'F2570-0002', submittedAt: new Date('2026-12-02T03:00:00Z'), state: 'done', answers: [{ key: 'b', label: 'อายุ', type: 'number', value: '40' }] },
      ],
      [{ key: 'a', label: 'ชื่อ' }, { key: 'b', label: 'อายุ' }],
    )
    expect(rows).toEqual([
      ['เลขที่อ้างอิง', 'วันที่ส่ง', 'สถานะ', 'ชื่อ', 'อายุ', 'ที่อยู่เดิม'],
      ['F2570-0001', '1 ธันวาคม 2569', 'ยังไม่ได้เปิดอ่าน', '=1+1', '', 'บ้านสวน'],
      ['F2570-0002', '2 ธันวาคม 2569', 'ดำเนินการเสร็จแล้ว', '', '40', ''],
    ])
    expect(toCsv(rows)).toContain("'=1+1")
  })
})

describe('a whole submission', () => {
  const fields = [field('ชื่อ', 'text')]
  it('is a robot’s when the trap field is filled, whatever else it says', () => {
    expect(readSubmission(fields, { ชื่อ: 'มาลี', consent: 'yes', website: 'http://spam.example' }, {})).toEqual({ robot: true })
  })
  it('needs the consent box ticked, and says so beside the other errors', () => {
    expect(readSubmission(fields, { ชื่อ: '' }, {})).toEqual({ errors: { ชื่อ: 'กรุณากรอกชื่อ', consent: expect.stringContaining('ยินยอม') } })
    expect(readSubmission(fields, { ชื่อ: 'มาลี', consent: 'yes' }, {})).toEqual({ answers: [{ key: 'ชื่อ', label: 'ชื่อ', type: 'text', value: 'มาลี' }] })
  })
})

describe('a form as the admin keeps it, and answers as the database gives them back', () => {
  it('takes the row’s id as the field’s key and its typed options one per line', () => {
    expect(fieldOf({ id: '65a1', label: 'ตำแหน่ง', type: 'choice', required: null, options: 'ก\nข\n', help: null })).toEqual({ key: '65a1', label: 'ตำแหน่ง', type: 'choice', required: false, options: ['ก', 'ข'] })
  })
  it('keeps only what has the shape of an answer', () => {
    const answer = { key: 'a', label: 'ชื่อ', type: 'text', value: 'มาลี' }
    expect(answersOf([answer, { key: 'b', label: 'x', type: 'script', value: '' }, null, 'text'])).toEqual([answer])
    expect(answersOf({ a: 1 })).toEqual([])
  })
})

describe('a reference number and the receipt', () => {
  it('is F, the Buddhist year and ten characters, read back as a citizen may type it', () => {
    const reference = newFormReference(new Date('2026-12-06T03:00:00Z'))
    expect(reference).toMatch(/^F2569-[0-9A-Z]{5}-[0-9A-Z]{5}$/)
    expect(normalizeFormReference(` ${reference.toLowerCase()} `)).toBe(reference)
    expect(normalizeFormReference('G2569-ABCDE-FGHJK')).toBeNull()
    expect(receiptPath(reference)).toBe(`/form-receipt/${reference}`)
  })
  it('prints every answer beside its label, a dash for one left empty', () => {
    const spec = receiptSpec({ agencyName: 'เทศบาลตำบลตัวอย่าง', formTitle: 'ใบสมัครงาน', reference: 'F2569-ABCDE-FGHJK', submittedAt: new Date('2026-12-06T03:00:00Z'), answers: [{ key: 'a', label: 'ชื่อ', type: 'text', value: 'มาลี' }, { key: 'b', label: 'อีเมล', type: 'email', value: '' }] })
    expect(spec.heading).toEqual({ agencyName: 'เทศบาลตำบลตัวอย่าง', documentTitle: 'ใบสมัครงาน', reference: 'เลขที่อ้างอิง F2569-ABCDE-FGHJK' })
    expect(spec.blocks).toContainEqual({ kind: 'fields', rows: [{ label: 'ชื่อ', value: 'มาลี' }, { label: 'อีเมล', value: '-' }] })
    expect(JSON.stringify(spec.blocks[0])).toContain('2569')
  })
})

describe('what the browser checks before sending', () => {
  const accepts = (type: keyof typeof FIELD_PATTERNS, value: string) => new RegExp(`^(?:${FIELD_PATTERNS[type]!.pattern})$`, 'v').test(value)
  it('lets through every shape the server reads, and stops the common slips', () => {
    for (const [type, value] of [['date', '15/1/2569'], ['date', '๑/๒/๒๕๓๕'], ['phone', '081-234-5678'], ['phone', '+66 81 234 5678'], ['number', '๒๕๖๙'], ['number', '1,500.50'], ['number', '-3']] as const) {
      expect(accepts(type, value), `${type} ${value}`).toBe(true)
      expect(readFormAnswers([field('x', type)], { x: value }, {}), `${type} ${value}`).toHaveProperty('answers')
    }
    for (const [type, value] of [['date', '2569-01-15'], ['phone', '12'], ['number', 'สองพัน']] as const) expect(accepts(type, value), `${type} ${value}`).toBe(false)
  })
})
