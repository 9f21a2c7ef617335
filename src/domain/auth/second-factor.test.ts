import { describe, expect, it } from 'vitest'
import { needsSecondFactor, newRecoveryCodes, newTotpSecret, storedRecoveryHashes, totpAccepts, totpCode, totpUri, useRecoveryCode } from './second-factor'

describe('the second factor', () => {
  it('is required of administrators and webmasters, and of anyone else once they set it up', () => {
    expect([needsSecondFactor('admin', false), needsSecondFactor('webmaster', false), needsSecondFactor('owner', false), needsSecondFactor('owner', true)]).toEqual([true, true, false, true])
  })
  it('takes the app’s code now and one step either side, typed with spaces or Thai digits, and nothing else', () => {
    const secret = newTotpSecret()
    const at = Date.UTC(2026, 11, 6, 3, 0, 0)
    const code = totpCode(secret, at)
    expect(code).toMatch(/^\d{6}$/)
    expect(totpAccepts(secret, code, at)).toBe(true)
    expect(totpAccepts(secret, code, at + 30_000)).toBe(true)
    expect(totpAccepts(secret, code, at + 120_000)).toBe(false)
    expect(totpAccepts(secret, `${code.slice(0, 3)} ${code.slice(3)}`, at)).toBe(true)
    expect(totpAccepts(secret, code.replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]), at)).toBe(true)
    expect(totpAccepts(secret, '12345', at)).toBe(false)
    expect(totpUri(secret, 'admin@example.go.th')).toMatch(/^otpauth:\/\/totp\/Khaosan:admin%40example\.go\.th\?.*secret=/)
  })
  it('makes ten recovery codes, keeps only their hashes, and takes each once whatever its case or dashes', () => {
    const { codes, hashes } = newRecoveryCodes()
    expect(codes).toHaveLength(10)
    expect(new Set(codes).size).toBe(10)
    expect(hashes.join()).not.toContain(codes[0])
    const left = useRecoveryCode(hashes, codes[3].toLowerCase().replace('-', ''))
    expect(left).toHaveLength(9)
    expect(useRecoveryCode(left!, codes[3])).toBeNull()
    expect(useRecoveryCode(hashes, 'AAAA-AAAA')).toBeNull()
    expect(storedRecoveryHashes([...hashes.slice(0, 2), 3, null])).toEqual(hashes.slice(0, 2))
  })
})
