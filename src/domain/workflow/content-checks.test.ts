import { describe, expect, it } from 'vitest'
import { agencyContactsOf, approversOf, blockingMessage, checkContent, decide, DEFAULT_BLOCKING_KINDS, scanText, type ContentCheckSettings, type RequestFacts } from './index'

const SETTINGS: ContentCheckSettings = { agencyContacts: ['0 2123 4567', 'saraban@tambon.go.th'], blockingKinds: DEFAULT_BLOCKING_KINDS }
// A valid national ID (check digit 0), as a welfare list would print it.
const ID = '1-1017-00203-45-0'

describe('checkContent', () => {
  it('finds a national ID in a file, masked, with the page it is on, and blocks on it', () => {
    const findings = checkContent({ title: 'รายชื่อผู้มีสิทธิรับเบี้ยยังชีพผู้สูงอายุ', files: [{ name: 'รายชื่อ.pdf', status: 'extracted', scan: scanText(`หน้าแรก\fนางสมศรี ใจดี ${ID}`) }] }, SETTINGS)
    expect(findings).toEqual([{ check: 'personal-data', kind: 'national-id', shown: '*-****-****3-45-0', where: 'ไฟล์ “รายชื่อ.pdf” หน้า 2', blocks: true }])
    expect(JSON.stringify(findings)).not.toContain(ID)
    expect(blockingMessage(findings)).toContain('เลขประจำตัวประชาชน')
  })

  it('leaves the agency’s own contacts alone and only warns of other phones by default', () => {
    const findings = checkContent({ title: 'ประกาศรับสมัครงาน', summary: 'สอบถามโทร 0 2123 4567 หรือ saraban@tambon.go.th หรือคุณสมชาย 081-234-5678', files: [] }, SETTINGS)
    expect(findings.map((f) => [f.kind, f.where, f.blocks])).toEqual([['phone', 'รายละเอียด', false]])
    expect(blockingMessage(findings)).toBeNull()
  })

  it('leaves the agency’s contacts alone in a file too, however the number is written', () => {
    const findings = checkContent({ title: 'ประกาศ', files: [{ name: 'a.pdf', status: 'extracted', scan: scanText('ติดต่อ ๐-๒๑๒๓-๔๕๖๗ หรือ SARABAN@tambon.go.th') }] }, SETTINGS)
    expect(findings).toEqual([])
  })

  it('reads several contacts from one profile field', () => {
    expect(agencyContactsOf(['0 2123 4567, 0 2123 4568', null, 'a@b.go.th และ c@b.go.th'])).toEqual(['0 2123 4567', '0 2123 4568', 'a@b.go.th', 'c@b.go.th'])
  })

  it('blocks what the setting names: phones when the agency asks', () => {
    const findings = checkContent({ title: 'ติดต่อ 081-234-5678', files: [] }, { ...SETTINGS, blockingKinds: ['phone'] })
    expect(findings[0]).toMatchObject({ kind: 'phone', where: 'ชื่อเรื่อง', blocks: true })
  })

  it('blocks gambling spam in the title, the link or a file, evasions included', () => {
    const findings = checkContent({ title: 'ข่าวประชาสัมพันธ์ ส ล็ อ ต เว็บตรง', linkUrl: 'https://ufabet.example/', files: [{ name: 'a.docx', status: 'extracted', scan: scanText('บาคาร่า') }] }, SETTINGS)
    expect(findings.filter((f) => f.check === 'spam').map((f) => f.where)).toEqual(expect.arrayContaining(['ชื่อเรื่อง', 'ลิงก์', 'ไฟล์ “a.docx”']))
    expect(findings.every((f) => f.blocks)).toBe(true)
  })

  it('checks the name a file is shown under like the title: spam or an ID there blocks too', () => {
    const findings = checkContent({ title: 'ประกาศ', files: [{ name: 'a.pdf', title: `ผลการคัดเลือก นายสมชาย ${ID} สล็อตเว็บตรง`, status: 'extracted', scan: [] }] }, SETTINGS)
    expect(findings.map((f) => [f.check, f.where, f.blocks])).toEqual(
      expect.arrayContaining([['personal-data', 'ชื่อที่แสดงของไฟล์ “a.pdf”', true], ['spam', 'ชื่อที่แสดงของไฟล์ “a.pdf”', true]]),
    )
    expect(checkContent({ title: 'ประกาศ', files: [{ name: 'a.pdf', title: 'ประกาศผลผู้ชนะการเสนอราคา', status: 'extracted', scan: [] }] }, SETTINGS)).toEqual([])
  })

  it('says which files could not be checked, without blocking', () => {
    const findings = checkContent({ title: 'ภาพกิจกรรม', files: [{ name: 'scan.pdf', status: 'none', scan: [] }, { name: 'x.pdf', status: 'pending', scan: [] }] }, SETTINGS)
    expect(findings.map((f) => [f.check, f.kind, f.blocks])).toEqual([['not-checked', 'none', false], ['not-checked', 'pending', false]])
  })

  it('blocks links hidden in a document', () => {
    const findings = checkContent({ title: 'คู่มือ', files: [{ name: 'm.docx', status: 'extracted', scan: scanText('คู่มือ'), hiddenLinks: [{ text: 'www.tambon.go.th', target: 'https://ufa88.bet/' }] }] }, SETTINGS)
    expect(findings).toEqual([{ check: 'hidden-link', kind: 'hidden', shown: 'www.tambon.go.th → https://ufa88.bet/', where: 'ไฟล์ “m.docx”', blocks: true }])
  })
})

describe('publishing and the content checks', () => {
  const PATH = ['unit', 'agency']
  const facts = (over: Partial<RequestFacts> = {}): RequestFacts => ({
    state: 'ready-to-publish', ownerId: 'owner-1', unitPath: PATH, approvers: approversOf('owner-unit', { request: PATH, websiteUnit: null }),
    needsEndorsement: false, urgent: false, emergency: false, verbalApprovalPending: false, hasOpenRevision: false, ...over,
  })
  const webmaster = { id: 'wm-1', roles: ['webmaster' as const], unitId: null }
  const blocking = checkContent({ title: `เลข ${ID}`, files: [] }, SETTINGS)

  it('is refused with 409 listing the findings, until a webmaster gives a reason', () => {
    const refused = decide('publish', webmaster, facts({ contentFindings: blocking }))
    expect(refused).toMatchObject({ ok: false, status: 409 })
    expect(!refused.ok && refused.message).toContain('*-****-****3-45-0')
    expect(decide('publish', webmaster, facts({ contentFindings: blocking }), { overrideFindings: '  ' }).ok).toBe(false)
    expect(decide('publish', webmaster, facts({ contentFindings: blocking }), { overrideFindings: 'เป็นเลขทดสอบของกรมการปกครอง' }).ok).toBe(true)
  })

  it('goes ahead when nothing blocks', () => {
    expect(decide('publish', webmaster, facts({ contentFindings: checkContent({ title: 'ข่าว โทร 081-234-5678', files: [] }, SETTINGS) })).ok).toBe(true)
  })
})
