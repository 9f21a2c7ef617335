import { describe, expect, it } from 'vitest'
import { AgencyDirectory, FIRST_AGENCY_ID, hostOf, hostProblems, isHostName, type AgencyEntry } from './agencies'

const first: AgencyEntry = { id: FIRST_AGENCY_ID, name: 'เทศบาลตำบลบ้านสวน', status: 'active', hosts: [] }
const nongbua: AgencyEntry = { id: 7, name: 'องค์การบริหารส่วนตำบลหนองบัว', status: 'active', hosts: ['nongbua.go.th', 'www.nongbua.go.th'] }
const closed: AgencyEntry = { id: 9, name: 'อบต.ทดลอง', status: 'suspended', hosts: ['closed.go.th'] }

describe('host names', () => {
  it('are compared lower case, without port or trailing dot; IPv6 literals keep their brackets', () => {
    expect(hostOf('NongBua.go.th:8443')).toBe('nongbua.go.th')
    expect(hostOf(' nongbua.go.th. ')).toBe('nongbua.go.th')
    expect(hostOf('[::1]:3000')).toBe('[::1]')
    expect(hostOf(undefined)).toBe('')
  })

  it('are letters, digits and hyphens between dots; a scheme, path, port or space is refused', () => {
    expect(isHostName('bansuan.go.th')).toBe(true)
    expect(isHostName('xn--12c1bik6bbd8ab6hd1b.com')).toBe(true)
    for (const wrong of ['https://bansuan.go.th', 'bansuan.go.th/news', 'bansuan.go.th:80', 'ban suan.go.th', '-x.go.th', '', 'a..b']) expect(isHostName(wrong)).toBe(false)
  })

  it('an agency may not take a host another has, nor name one twice, each with a Thai message', () => {
    expect(hostProblems(['bansuan.go.th'], [nongbua])).toEqual([])
    expect(hostProblems(['NONGBUA.go.th'], [nongbua])).toEqual(['ชื่อโดเมน nongbua.go.th เป็นขององค์การบริหารส่วนตำบลหนองบัวแล้ว'])
    expect(hostProblems(['a.go.th', 'A.go.th'], [])).toEqual(['ชื่อโดเมน a.go.th ซ้ำกัน'])
    expect(hostProblems(['https://a.go.th/'], [])[0]).toContain('ไม่ใช่ชื่อโดเมน')
  })
})

describe('the agency a request is for', () => {
  const directory = new AgencyDirectory([first, nongbua, closed])

  it('is the agency claiming the host, whatever its case or port', () => {
    expect(directory.serving('www.NongBua.go.th:443')?.id).toBe(7)
    expect(directory.serving('closed.go.th')?.status).toBe('suspended')
  })

  it('is the first agency for any host nobody claims (a single agency answers to any name, as before)', () => {
    expect(directory.serving('127.0.0.1:3000')?.id).toBe(FIRST_AGENCY_ID)
    expect(directory.serving('')?.id).toBe(FIRST_AGENCY_ID)
    expect(new AgencyDirectory([nongbua]).serving('bansuan.go.th')).toBeNull()
  })

  it('lists the agencies the scheduled jobs work for: the active ones only', () => {
    expect(directory.active().map((agency) => agency.id)).toEqual([FIRST_AGENCY_ID, 7])
    expect(directory.size).toBe(3)
  })
})
