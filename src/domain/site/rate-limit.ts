/**
 * How many submissions one address may send to the public forms (complaints, and the citizen channels after
 * them) in a window: past the limit it is told to wait (429). Many citizens share one address behind a mobile
 * carrier, so the default is not low: 20 in 10 minutes. Counted in memory by the process that takes the forms.
 */
export interface RateLimitRule {
  limit: number
  windowMs: number
}

export const PUBLIC_FORM_RATE: RateLimitRule = { limit: 20, windowMs: 10 * 60 * 1000 }

export class RateLimit {
  private readonly sent = new Map<string, number[]>()

  constructor(private readonly rule: RateLimitRule) {}

  /** Counts a submission from `address` at `now`; false when it is over the limit (and then it is not counted). */
  take(address: string, now: number): boolean {
    const since = now - this.rule.windowMs
    const times = (this.sent.get(address) ?? []).filter((t) => t > since)
    if (times.length >= this.rule.limit) {
      this.sent.set(address, times)
      return false
    }
    times.push(now)
    this.sent.set(address, times)
    if (this.sent.size > 10_000) this.forgetOlderThan(since)
    return true
  }

  /** Minutes until `address` may send again (at least 1). */
  waitMinutes(address: string, now: number): number {
    const oldest = this.sent.get(address)?.[0] ?? now
    return Math.max(1, Math.ceil((oldest + this.rule.windowMs - now) / 60_000))
  }

  private forgetOlderThan(since: number) {
    for (const [address, times] of this.sent) if (!times.some((t) => t > since)) this.sent.delete(address)
  }
}

/**
 * The address a request came from, as the front server sees it: the connection's peer, unless the peer is one of
 * the agency's trusted proxies (KHAOSAN_TRUSTED_PROXIES); then the nearest address in X-Forwarded-For that is not
 * one of them. A client can write anything into that header: it is believed only as far as a trusted proxy vouches.
 */
export function clientAddress(peer: string, forwardedFor: string | undefined, trusted: ReadonlySet<string>): string {
  if (!trusted.has(peer) || !forwardedFor) return peer
  const chain = forwardedFor.split(',').map((address) => address.trim()).filter(Boolean)
  for (let i = chain.length - 1; i >= 0; i--) if (!trusted.has(chain[i])) return chain[i]
  return peer
}

/** The header in which the front server tells the site process whom a request came from (it drops any a client sent). */
export const CLIENT_ADDRESS_HEADER = 'x-khaosan-client'
