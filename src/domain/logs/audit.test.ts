import { describe, expect, it } from 'vitest'
import { describeChanges, sealAfter, verifyAudit, type AuditContent } from './audit'
import { GENESIS } from './chain'

const entry = (id: number): AuditContent => ({ id, at: `2026-12-07T0${id % 10}:00:00.000Z`, kind: 'sign-in', summary: `เข้าสู่ระบบ ${id}`, actor: id % 2 ? 'สมชาย ใจดี (somchai@nongbua.go.th)' : null, actorId: id % 2 ? 3 : null, address: '203.0.113.7' })

describe('the audit log chain', () => {
  const sealed = sealAfter(null, [1, 2, 3, 4, 5].map(entry))

  it('numbers the entries from 1 and chains them from GENESIS', () => {
    expect(sealed.map((e) => e.sequence)).toEqual([1, 2, 3, 4, 5])
    expect(sealed[0]!.previousHash).toBe(GENESIS)
    expect(sealed[3]!.previousHash).toBe(sealed[2]!.hash)
    expect(verifyAudit(sealed)).toEqual({ ok: true, entries: 5, lastHash: sealed[4]!.hash })
  })

  it('continues a chain already sealed, and checks a page after the one before', () => {
    const more = sealAfter(sealed[4]!, [6, 7].map(entry))
    expect(more[0]).toMatchObject({ sequence: 6, previousHash: sealed[4]!.hash })
    expect(verifyAudit([...sealed, ...more]).ok).toBe(true)
    expect(verifyAudit(more, sealed[4]!).ok).toBe(true)
    expect(verifyAudit(more, sealed[3]!)).toMatchObject({ ok: false, sequence: 5 })
  })

  it('reads the time the same whatever form the database gave it in', () => {
    expect(verifyAudit(sealed.map((e) => ({ ...e, at: new Date(e.at).toString() === 'Invalid Date' ? e.at : new Date(e.at).toUTCString().replace('GMT', '+0000') })))).toMatchObject({ ok: true })
  })

  it('names the first entry changed, removed or moved', () => {
    expect(verifyAudit(sealed.map((e) => (e.sequence === 3 ? { ...e, summary: 'แก้ไขแล้ว' } : e)))).toMatchObject({ ok: false, sequence: 3, id: 3, reason: expect.stringContaining('แก้ไข') })
    expect(verifyAudit(sealed.map((e) => (e.sequence === 2 ? { ...e, actorId: 9 } : e)))).toMatchObject({ ok: false, sequence: 2 })
    expect(verifyAudit(sealed.map((e) => (e.sequence === 1 ? { ...e, actor: 'คนอื่น' } : e)))).toMatchObject({ ok: false, sequence: 1 })
    expect(verifyAudit(sealed.filter((e) => e.sequence !== 4))).toMatchObject({ ok: false, sequence: 4, reason: expect.stringContaining('ถูกลบ') })
    expect(verifyAudit([sealed[0]!, sealed[2]!, sealed[1]!])).toMatchObject({ ok: false, sequence: 2 })
    // Renumbered after a removal, to hide it: the chain still breaks at the entry that followed the one removed.
    const renumbered = sealed.filter((e) => e.sequence !== 2).map((e, i) => ({ ...e, sequence: i + 1 }))
    expect(verifyAudit(renumbered)).toMatchObject({ ok: false, sequence: 2, id: 3 })
  })
})

describe('a change as the audit log says it', () => {
  const fields = [
    { name: 'name', label: 'ชื่อ-นามสกุล' },
    { name: 'role', label: 'บทบาท', shown: (v: unknown) => ({ owner: 'เจ้าหน้าที่', webmaster: 'ผู้ดูแลเว็บไซต์' })[String(v)] ?? '-' },
    { name: 'unit', label: 'หน่วยงาน', shown: (v: unknown) => (v == null ? '-' : `หมายเลข ${String(v)}`) },
  ]
  it('names each field changed, with its values only where they may be shown', () => {
    expect(describeChanges({ name: 'ก', role: 'owner', unit: 3 }, { name: 'ข', role: 'webmaster', unit: { id: 3, name: 'กองคลัง' } }, fields)).toBe('ชื่อ-นามสกุล; บทบาท: เจ้าหน้าที่ → ผู้ดูแลเว็บไซต์')
    expect(describeChanges({ unit: null }, { unit: 5 }, fields)).toBe('หน่วยงาน: - → หมายเลข 5')
    expect(describeChanges({ name: 'ก', role: 'owner' }, { name: 'ก', role: 'owner' }, fields)).toBe('')
  })
})
