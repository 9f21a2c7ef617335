import { describe, expect, it } from 'vitest'
import { describeFindings, findPersonalData, isValidNationalId, maskPersonalData, type Finding } from './personal-data'

const kindsAndMatches = (text: string, allow?: string[]) =>
  findPersonalData(text, { allow }).map((f) => [f.kind, f.match])

describe('isValidNationalId', () => {
  // Σ digit[i] × (13 − i) over the first twelve digits; check = (11 − Σ mod 11) mod 10.
  it.each([
    ['1101700203450', 'Σ = 144, 144 mod 11 = 1, (11 − 1) mod 10 = 0'],
    ['3100501234563', 'Σ = 173, 173 mod 11 = 8, 11 − 8 = 3'],
    ['1234567890121', 'Σ = 352, 352 mod 11 = 0, (11 − 0) mod 10 = 1'],
    ['3567890123451', 'Σ = 429, 429 mod 11 = 0, (11 − 0) mod 10 = 1'],
  ])('accepts %s (%s)', (id) => {
    expect(isValidNationalId(id)).toBe(true)
  })

  it.each(['1101700203451', '3100501234564', '1234567890123', '110170020345', '11017002034500', '1-1017-00203-45-0'])(
    'refuses %s',
    (id) => {
      expect(isValidNationalId(id)).toBe(false)
    },
  )
})

describe('findPersonalData: national ID numbers', () => {
  it('finds a grouped ID with its position and a masked form', () => {
    const text = 'ผู้ยื่นคำขอ นายสมชาย ใจดี เลขประจำตัวประชาชน 1-1017-00203-45-0 ที่อยู่ 12 หมู่ 3'
    expect(findPersonalData(text)).toEqual([
      { kind: 'national-id', match: '1-1017-00203-45-0', index: text.indexOf('1-1017'), masked: '*-****-****3-45-0' },
    ])
  })

  it.each([
    ['unbroken', 'เลขบัตร 3100501234563 ค่ะ', '3100501234563'],
    ['grouped with spaces', 'เลขบัตร 3 1005 01234 56 3', '3 1005 01234 56 3'],
    ['in Thai numerals', 'เลขประจำตัว ๑-๑๐๑๗-๐๐๒๐๓-๔๕-๐', '๑-๑๐๑๗-๐๐๒๐๓-๔๕-๐'],
    ['beginning like a mobile number', 'เลขบัตร 0812345678014', '0812345678014'],
  ])('finds an ID %s', (_how, text, match) => {
    expect(kindsAndMatches(text)).toEqual([['national-id', match]])
  })

  it('masks Thai numerals too, keeping the last four', () => {
    expect(findPersonalData('๑๑๐๑๗๐๐๒๐๓๔๕๐')[0].masked).toBe('*********๓๔๕๐')
  })

  it.each([
    ['a wrong check digit', 'เลขประจำตัวประชาชน 1-1017-00203-45-1'],
    ['mixed grouping', 'เลขที่ 1-1017 00203-45-0'],
    ['fourteen digits', 'เลขอ้างอิง 11101700203450'],
    ['twelve digits', 'เลขอ้างอิง 110170020345'],
  ])('reports nothing for %s', (_why, text) => {
    expect(findPersonalData(text)).toEqual([])
  })
})

describe('findPersonalData: phone numbers', () => {
  it.each([
    '081-234-5678',
    '0812345678',
    '08 1234 5678',
    '091.234.5678',
    '+66 81 234 5678',
    '+66812345678',
    '+66-2-123-4567',
    '02-123-4567',
    '0 2123 4567',
    '(02) 123 4567',
    '053-123-456',
    '0 5312 3456',
    '076123456',
    '๐๘๑-๒๓๔-๕๖๗๘',
  ])('finds %s', (phone) => {
    expect(kindsAndMatches(`สอบถามโทร. ${phone} ในเวลาราชการ`)).toEqual([['phone', phone.replace(/^\(/, '')]])
  })

  it.each([
    ['a number not starting with a Thai prefix', 'เลขที่หนังสือ 1234567890'],
    ['an 01 prefix', 'รหัส 0112345678'],
    ['a mobile number running on', 'เลขอ้างอิง 081-234-56789'],
    ['a mobile number with a fifth group', 'อ้างอิง 081-234-5678-9'],
    ['a Bangkok number one digit short', 'โทร 02-123-456'],
    ['a sum of money', 'วงเงินงบประมาณ 1,200,000 บาท (ราคากลาง 0.98 ล้านบาท)'],
    ['a date and a fiscal year', 'ลงวันที่ 01/02/2568 ปีงบประมาณ 2568'],
    ['a document number', 'ที่ ลป 52001/0123 ลงวันที่ 5 มกราคม 2569'],
  ])('reports nothing for %s', (_why, text) => {
    expect(findPersonalData(text)).toEqual([])
  })
})

describe('findPersonalData: e-mail addresses', () => {
  it('finds an address with spaces around it or Thai text against it', () => {
    expect(kindsAndMatches('ส่งที่ somchai.j@example.co.th หรืออีเมลsaraban_2@lampang.go.thภายในวันนี้')).toEqual([
      ['email', 'somchai.j@example.co.th'],
      ['email', 'saraban_2@lampang.go.th'],
    ])
  })

  it('masks all but the last four letters', () => {
    expect(maskPersonalData('somchai@example.com')).toBe('*******@******e.com')
  })

  it.each(['ติดตามได้ที่ @lampangcity', 'a@b', 'ราคา 5 @ 100 บาท'])('reports nothing for "%s"', (text) => {
    expect(findPersonalData(text)).toEqual([])
  })
})

describe('findPersonalData: bank accounts', () => {
  it('finds an account printed as xxx-x-xxxxx-x, labelled or not', () => {
    expect(kindsAndMatches('โอนเข้าบัญชี 123-4-56789-0')).toEqual([['bank-account', '123-4-56789-0']])
    expect(kindsAndMatches('หรือ 987-6-54321-0 ภายในวันที่ 5')).toEqual([['bank-account', '987-6-54321-0']])
  })

  it('finds 10 to 12 digits after a bank label', () => {
    expect(kindsAndMatches('ธนาคารกรุงไทย สาขาลำปาง ชื่อบัญชี นายสมชาย ใจดี เลขที่ 5123456789')).toEqual([
      ['bank-account', '5123456789'],
    ])
    expect(kindsAndMatches('account no. 512 345 678 901')).toEqual([['bank-account', '512 345 678 901']])
  })

  it('calls a labelled mobile-looking number an account, and a number after "โทร" a phone', () => {
    expect(kindsAndMatches('เลขที่บัญชีพร้อมเพย์ 0812345678')).toEqual([['bank-account', '0812345678']])
    expect(kindsAndMatches('ธนาคารออมสิน สาขาเกาะคา โทร 081-234-5678')).toEqual([['phone', '081-234-5678']])
  })

  it.each([
    ['an unlabelled number', 'อ้างอิงเลขที่ 5123456789'],
    ['a project number near กรมบัญชีกลาง', 'ระบบจัดซื้อจัดจ้างภาครัฐ กรมบัญชีกลาง เลขที่โครงการ 67019123456'],
    ['a number near บัญชีรายชื่อ', 'ประกาศบัญชีรายชื่อผู้สอบผ่าน ลำดับที่ 1234567890'],
    ['a label too far away', `ธนาคารกรุงไทย${' รายละเอียดโครงการปรับปรุงถนน'.repeat(3)} 5123456789`],
  ])('reports nothing for %s', (_why, text) => {
    expect(findPersonalData(text)).toEqual([])
  })
})

describe('findPersonalData: several findings and the allow list', () => {
  const text =
    'ติดต่อเทศบาล โทร 054-123-456 อีเมล saraban@lampang.go.th ' +
    'ผู้ประสานงาน นางสาวสมหญิง โทร 089-876-5432 อีเมล somying@gmail.com เลขบัตร 3100501234563'

  it('reports everything in order of position, each index pointing at its match', () => {
    const findings = findPersonalData(text)
    expect(findings.map((f) => f.kind)).toEqual(['phone', 'email', 'phone', 'email', 'national-id'])
    for (const f of findings) expect(text.slice(f.index, f.index + f.match.length)).toBe(f.match)
  })

  it('ignores the agency’s own contacts, however they are written', () => {
    expect(kindsAndMatches(text, ['+66 54 123 456', 'SARABAN@lampang.go.th'])).toEqual([
      ['phone', '089-876-5432'],
      ['email', 'somying@gmail.com'],
      ['national-id', '3100501234563'],
    ])
  })
})

describe('describeFindings', () => {
  const finding = (kind: Finding['kind'], masked: string): Finding => ({ kind, match: '', index: 0, masked })

  it('gives one Thai line per kind, in a fixed order, with masked examples', () => {
    expect(
      describeFindings([
        finding('phone', '***-***-5678'),
        finding('national-id', '*-****-****3-45-0'),
        finding('phone', '**-***-4567'),
        finding('phone', '***-***-5678'),
      ]),
    ).toEqual([
      'พบเลขประจำตัวประชาชน 1 รายการ: *-****-****3-45-0',
      'พบหมายเลขโทรศัพท์ 3 รายการ: ***-***-5678, **-***-4567',
    ])
  })

  it('shows at most three examples', () => {
    const emails = ['***a.th', '***b.th', '***c.th', '***d.th'].map((m) => finding('email', m))
    expect(describeFindings(emails)).toEqual(['พบอีเมล 4 รายการ: ***a.th, ***b.th, ***c.th และอื่น ๆ'])
  })

  it('says nothing when nothing was found', () => {
    expect(describeFindings([])).toEqual([])
  })
})
