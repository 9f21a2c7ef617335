import { describe, expect, it } from 'vitest'
import { CATEGORY_DEFINITIONS } from '../categories'
import { documentPlainText } from '../reports/document-spec'
import { policyAnnouncement, type PolicySettings } from './announcement'

const settings: PolicySettings = {
  agencyName: 'สำนักงานสาธารณสุขอำเภอกะพ้อ',
  executive: { name: 'นายมะยาก็ สมะแอ', position: 'สาธารณสุขอำเภอกะพ้อ' },
  roles: [
    {
      role: 'ผู้ดูแลเว็บไซต์ (Web Master)',
      holders: ['นางสาวโซเฟีย หะแวง', 'นายอับดุล เลาะ'],
      duties: ['นำข้อมูลขึ้นเว็บไซต์ในหมวดหมู่ที่ถูกต้อง', 'นำข้อมูลออกเมื่อครบระยะเวลาเผยแพร่'],
    },
    { role: 'หัวหน้ากลุ่มงาน', holders: ['นางกมลา ใจดี'], duties: ['พิจารณาอนุญาตการเผยแพร่'] },
  ],
  categories: CATEGORY_DEFINITIONS.slice(0, 3).map(({ code, title, sensitive }) => ({ code, title, sensitive })),
  allowedExtensions: ['pdf', '.DOCX', 'jpg'],
  maxMegabytes: 4,
  approvalSteps: ['เจ้าหน้าที่ยื่นแบบฟอร์มขอเผยแพร่ข้อมูล', 'หัวหน้ากลุ่มงานพิจารณาอนุญาต', 'ผู้ดูแลเว็บไซต์นำข้อมูลขึ้นเผยแพร่'],
  rounds: { round6Due: { month: 2, day: 28 }, round12Due: { month: 7, day: 31 } },
  retentionDays: 90,
  issuedAt: new Date('2025-11-09T03:00:00Z'), // 9 Nov 2568, fiscal year 2569
}

const textOf = (s: PolicySettings) => documentPlainText(policyAnnouncement(s))

describe('policyAnnouncement', () => {
  const spec = policyAnnouncement(settings)
  const text = documentPlainText(spec)
  const lines = text.split('\n')

  it('is headed as the agency’s announcement, dated in the Buddhist era, then a rule', () => {
    expect(spec.blocks[0]).toMatchObject({ kind: 'paragraph', align: 'center' })
    expect(spec.heading).toEqual({
      agencyName: '',
      documentTitle: 'ประกาศสำนักงานสาธารณสุขอำเภอกะพ้อ\nเรื่อง แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน พ.ศ. ๒๕๖๘',
    })
    expect(text).toContain('Integrity and Transparency Assessment : ITA')
    expect(text).toContain('MOIT ๑')
    expect(text).toContain('พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐')
  })

  it('lists the categories and marks those the division head must endorse', () => {
    expect(lines).toContain('๑.๑ ข้อมูลหน่วยงาน')
    expect(lines).toContain('๑.๒ กฎหมาย ระเบียบ ข้อบังคับ (ต้องได้รับการรับรองจากหัวหน้าหน่วยงานระดับกองก่อนเผยแพร่)')
    expect(lines).toContain('๑.๓ ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง (CIO)')
  })

  it('names who holds each role and their duties', () => {
    expect(lines).toContain(
      '๒.๑ ผู้ดูแลเว็บไซต์ (Web Master) ได้แก่ นางสาวโซเฟีย หะแวง และนายอับดุล เลาะ ' +
        'มีหน้าที่ (๑) นำข้อมูลขึ้นเว็บไซต์ในหมวดหมู่ที่ถูกต้อง (๒) นำข้อมูลออกเมื่อครบระยะเวลาเผยแพร่',
    )
    expect(lines).toContain('๒.๒ หัวหน้ากลุ่มงาน ได้แก่ นางกมลา ใจดี มีหน้าที่ (๑) พิจารณาอนุญาตการเผยแพร่')
    const unfilled = textOf({ ...settings, roles: [{ role: 'ผู้บริหาร', holders: [], duties: [] }] })
    expect(unfilled.split('\n')).toContain('๒.๑ ผู้บริหาร (ยังไม่ได้กำหนดผู้รับผิดชอบ)')
  })

  it('gives the approval steps in order, then the record-keeping rule', () => {
    expect(lines).toContain('๓.๑ เจ้าหน้าที่ยื่นแบบฟอร์มขอเผยแพร่ข้อมูล')
    expect(lines).toContain('๓.๓ ผู้ดูแลเว็บไซต์นำข้อมูลขึ้นเผยแพร่')
    expect(lines.find((l) => l.startsWith('๓.๔ '))).toContain('กรณีไม่อนุญาตต้องระบุเหตุผล')
  })

  it('states the allowed files and size', () => {
    expect(text).toContain('ไฟล์นามสกุล .pdf .docx .jpg ขนาดไม่เกินไฟล์ละ ๔ MB')
  })

  it('states the monitoring rounds with every-year and this fiscal year’s due dates', () => {
    expect(text).toContain('รายงานผลต่อสาธารณสุขอำเภอกะพ้อเพื่อทราบ')
    expect(lines).toContain(
      // The report due by 28 February covers 1 October up to the day it is issued: no "to 31 March" to contradict it.
      '๖.๑ รอบ ๖ เดือน รายงานผลการเผยแพร่ข้อมูลตั้งแต่วันที่ ๑ ตุลาคม จนถึงวันที่ออกรายงาน ภายในวันที่ ๒๘ กุมภาพันธ์ ของทุกปี สำหรับปีงบประมาณ พ.ศ. ๒๕๖๙ ภายในวันที่ ๒๘ กุมภาพันธ์ ๒๕๖๙',
    )
    expect(lines).toContain(
      '๖.๒ รอบ ๑๒ เดือน รายงานผลการเผยแพร่ข้อมูลตั้งแต่วันที่ ๑ ตุลาคม จนถึงวันที่ออกรายงาน ภายในวันที่ ๓๑ กรกฎาคม ของทุกปี สำหรับปีงบประมาณ พ.ศ. ๒๕๖๙ ภายในวันที่ ๓๑ กรกฎาคม ๒๕๖๙',
    )
  })

  it('explains a 29 February due date, and dates it for a leap fiscal year', () => {
    const leap = { ...settings, rounds: { ...settings.rounds, round6Due: { month: 2, day: 29 } } }
    expect(textOf(leap)).toContain(
      'จนถึงวันที่ออกรายงาน ภายในวันที่ ๒๙ กุมภาพันธ์ ของทุกปี (ปีที่ไม่มีวันที่ ๒๙ กุมภาพันธ์ ให้รายงานภายในวันที่ ๒๘ กุมภาพันธ์) สำหรับปีงบประมาณ พ.ศ. ๒๕๖๙ ภายในวันที่ ๒๘ กุมภาพันธ์ ๒๕๖๙',
    )
    // issued in fiscal year 2567, whose February (2024) has 29 days
    expect(textOf({ ...leap, issuedAt: new Date('2023-12-01T03:00:00Z') })).toContain(
      'สำหรับปีงบประมาณ พ.ศ. ๒๕๖๗ ภายในวันที่ ๒๙ กุมภาพันธ์ ๒๕๖๗',
    )
  })

  it('states the content rules and the log retention', () => {
    expect(text).toContain('ไม่มีเนื้อหาที่ขัดต่อสถาบันพระมหากษัตริย์ ความมั่นคงของชาติ')
    expect(text).toContain('ไม่ละเมิดลิขสิทธิ์')
    expect(text).toContain('พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. ๒๕๖๒')
    expect(text).toContain('(Log File) ไว้ไม่น้อยกว่า ๙๐ วัน')
  })

  it('ends with the closing, the date and the executive’s signature, kept on one page', () => {
    expect(spec.blocks.at(-3)).toMatchObject({ kind: 'paragraph', text: 'จึงประกาศให้ทราบโดยทั่วกัน', keepWithNext: true })
    expect(spec.blocks.at(-2)).toEqual({ kind: 'paragraph', text: 'ประกาศ ณ วันที่ ๙ พฤศจิกายน พ.ศ. ๒๕๖๘', align: 'center', keepWithNext: true })
    expect(spec.blocks.at(-1)).toEqual({ kind: 'signature', lines: ['', '', '(นายมะยาก็ สมะแอ)', 'สาธารณสุขอำเภอกะพ้อ'] })
  })

  it('keeps each numbered section’s title with its first lines', () => {
    const titles = spec.blocks.filter((block) => block.kind === 'paragraph' && block.bold && block.label)
    expect(titles.map((block) => block.kind === 'paragraph' && block.label)).toEqual(['๑.', '๒.', '๓.', '๔.', '๕.', '๖.', '๗.', '๘.'])
    for (const title of titles) expect(title).toMatchObject({ keepWithNext: true })
  })

  it('refuses to publish a log retention shorter than the law requires', () => {
    expect(() => policyAnnouncement({ ...settings, retentionDays: 89 })).toThrow(RangeError)
    expect(() => policyAnnouncement({ ...settings, retentionDays: 180 })).not.toThrow()
  })

  it('changes its text whenever a setting changes', () => {
    const [webmaster, head] = settings.roles
    const changed: Record<string, Partial<PolicySettings>> = {
      agencyName: { agencyName: 'เทศบาลเมืองพิบูลมังสาหาร' },
      executiveName: { executive: { ...settings.executive, name: 'นายไพศาล ปิตาภา' } },
      executivePosition: { executive: { ...settings.executive, position: 'นายกเทศมนตรี' } },
      roleName: { roles: [{ ...webmaster, role: 'ผู้ดูแลระบบ' }, head] },
      roleHolders: { roles: [{ ...webmaster, holders: ['นายสมชาย ใจดี'] }, head] },
      roleDuties: { roles: [{ ...webmaster, duties: ['ตรวจสอบลิงก์'] }, head] },
      categoryTitle: { categories: [{ ...settings.categories[0], title: 'ข้อมูลพื้นฐาน' }, ...settings.categories.slice(1)] },
      categorySensitive: { categories: [{ ...settings.categories[0], sensitive: true }, ...settings.categories.slice(1)] },
      allowedExtensions: { allowedExtensions: ['pdf', 'zip'] },
      maxMegabytes: { maxMegabytes: 10 },
      approvalSteps: { approvalSteps: [...settings.approvalSteps].reverse() },
      round6Due: { rounds: { ...settings.rounds, round6Due: { month: 3, day: 15 } } },
      round12Due: { rounds: { ...settings.rounds, round12Due: { month: 8, day: 31 } } },
      retentionDays: { retentionDays: 365 },
      issuedAt: { issuedAt: new Date('2025-11-10T03:00:00Z') },
    }
    for (const [name, change] of Object.entries(changed)) {
      expect(textOf({ ...settings, ...change }), name).not.toBe(text)
    }
  })
})
