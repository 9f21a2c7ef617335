import { describe, expect, it } from 'vitest'
import { isCommonPassword, passwordProblem } from './password'

describe('a new password', () => {
  it('is at least 12 characters, counted as a person counts them (Thai too)', () => {
    expect(passwordProblem('Short1!', 'a@b.go.th')).toContain('12 ตัวอักษร')
    expect(passwordProblem('น้ำใจไมตรีดีงาม', 'a@b.go.th')).toBeNull()
  })
  it('is not the e-mail, nor its name part with digits added', () => {
    expect(passwordProblem('somchai@nongbua.go.th', 'Somchai@nongbua.go.th')).toContain('อีเมล')
    expect(passwordProblem('x-somchai@nongbua.go.th-x', 'somchai@nongbua.go.th')).toContain('อีเมล')
    expect(passwordProblem('webmaster2569!', 'webmaster@nongbua.go.th')).toContain('อีเมล')
  })
  it('is not one of the common passwords, nor one with digits added at the end', () => {
    expect(isCommonPassword('qwerty123456')).toBe(true)
    expect(isCommonPassword('Password1234')).toBe(true)
    expect(passwordProblem('sunshine2569', 'a@b.go.th')).toContain('ใช้บ่อย')
    expect(passwordProblem('aaaaaaaaaaaaa', 'a@b.go.th')).toContain('ซ้ำ')
    expect(isCommonPassword('ข้าวมันไก่ร้านป้าแดง')).toBe(false)
  })
  it('takes a long phrase nobody would guess', () => {
    expect(passwordProblem('correct horse battery staple', 'somchai@nongbua.go.th')).toBeNull()
    expect(passwordProblem('demo-password-2569', 'admin@khaosan.test')).toBeNull()
  })
})
