import { describe, expect, it } from 'vitest'
import { RateLimit, clientAddress } from './rate-limit'

describe('the public forms’ rate limit', () => {
  it('lets an address send up to the limit in the window, then tells it how long to wait', () => {
    const limit = new RateLimit({ limit: 3, windowMs: 10 * 60_000 })
    const t0 = Date.UTC(2026, 11, 6)
    expect([1, 2, 3, 4].map((i) => limit.take('1.2.3.4', t0 + i * 1000))).toEqual([true, true, true, false])
    expect(limit.take('5.6.7.8', t0 + 5000)).toBe(true) // another address is counted apart
    expect(limit.waitMinutes('1.2.3.4', t0 + 5000)).toBe(10)
    expect(limit.take('1.2.3.4', t0 + 10 * 60_000 + 1001)).toBe(true) // the first has left the window
  })

  it('believes X-Forwarded-For only as far as a trusted proxy vouches for it', () => {
    const proxies = new Set(['10.0.0.2', '10.0.0.3'])
    expect(clientAddress('203.0.113.7', '1.1.1.1', proxies)).toBe('203.0.113.7') // a client writing the header itself
    expect(clientAddress('10.0.0.2', '1.1.1.1, 198.51.100.9', proxies)).toBe('198.51.100.9')
    expect(clientAddress('10.0.0.2', '198.51.100.9, 10.0.0.3', proxies)).toBe('198.51.100.9') // through two proxies
    expect(clientAddress('10.0.0.2', undefined, proxies)).toBe('10.0.0.2')
  })
})
