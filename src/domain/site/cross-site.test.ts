import { describe, expect, it } from 'vitest'
import { isCrossSiteWithSession } from './cross-site'

const session = { cookie: 'other=1; payload-token=abc', host: 'bansuan.go.th' }

describe('a request forged by another site', () => {
  it('is a change carrying the session cookie, sent from another site', () => {
    expect(isCrossSiteWithSession('POST', { ...session, origin: 'https://evil.example' })).toBe(true)
    expect(isCrossSiteWithSession('DELETE', { ...session, 'sec-fetch-site': 'cross-site' })).toBe(true)
    expect(isCrossSiteWithSession('PATCH', { ...session, origin: 'null' })).toBe(true)
  })
  it('is not a request of this site, behind a proxy or on another port of the same name', () => {
    expect(isCrossSiteWithSession('POST', { ...session, origin: 'https://bansuan.go.th', 'sec-fetch-site': 'same-origin' })).toBe(false)
    expect(isCrossSiteWithSession('POST', { ...session, host: 'bansuan.go.th:8443', origin: 'https://BANSUAN.go.th' })).toBe(false)
    expect(isCrossSiteWithSession('POST', { cookie: 'payload-token=x', host: '[::1]:3000', origin: 'http://[::1]:3000' })).toBe(false)
  })
  it('is not a read, a request without the cookie, one with a token, or one from no browser', () => {
    expect(isCrossSiteWithSession('GET', { ...session, origin: 'https://evil.example' })).toBe(false)
    expect(isCrossSiteWithSession('POST', { host: 'bansuan.go.th', origin: 'https://evil.example' })).toBe(false)
    expect(isCrossSiteWithSession('POST', { ...session, origin: 'https://evil.example', authorization: 'JWT x' })).toBe(false)
    expect(isCrossSiteWithSession('POST', session)).toBe(false)
  })
})
