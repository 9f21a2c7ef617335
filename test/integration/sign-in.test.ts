/**
 * Signing in through the HTTP contract, on SQLite and PostgreSQL: administrators and webmasters get no usable token
 * from their password alone ({secondFactor: 'required', challenge}) and complete it with the authenticator's code;
 * a wrong code counts as a failed sign-in and five lock the account for 15 minutes; others sign in in one step;
 * GraphQL's login cannot skip the second step; an administrator resets a lost second factor, which is then set up
 * again at the next sign-in with ten recovery codes, each good once; one address cannot try without end; the
 * messages never say whether an account exists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { totpCode } from '@/domain/auth/second-factor'
import { DEMO_TOTP_SECRET } from '@/server/demo-accounts'
import { Client } from '../support/api'
import { startSystem, type DatabaseKind, type RunningSystem } from '../support/server'

const DATABASES: DatabaseKind[] = (process.env.KHAOSAN_TEST_DATABASES?.split(',') as DatabaseKind[]) ?? ['sqlite', 'postgres']
const THAI = /[\u0E00-\u0E7F]/

describe.each(DATABASES)('signing in on %s', (database) => {
  let system: RunningSystem
  let address = 0
  beforeAll(async () => {
    system = await startSystem({ database, env: { KHAOSAN_TRUSTED_PROXIES: '127.0.0.1' } })
  })
  afterAll(() => system?.stop())

  /** A POST from its own address (the limit per address is tried on purpose below). */
  const post = async (path: string, body: unknown, from = `198.51.100.${++address % 250}`) => {
    const response = await fetch(`${system.origin}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': from }, body: JSON.stringify(body) })
    return { status: response.status, body: await response.json(), cookie: response.headers.get('set-cookie') ?? '' }
  }
  const password = (email: string, pass = 'khaosan-demo', from?: string) => post('/api/users/login', { email, password: pass }, from)

  it('asks an administrator for the second factor: no token from the password alone, a token with the code', async () => {
    const first = await password('admin@khaosan.test')
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ secondFactor: 'required' })
    expect(typeof first.body.challenge).toBe('string')
    expect(first.body.token).toBeUndefined()
    expect(first.cookie).not.toMatch(/payload-token=[^;]/)
    const second = await post('/api/users/login/second-factor', { challenge: first.body.challenge, code: totpCode(DEMO_TOTP_SECRET) })
    expect(second.status).toBe(200)
    expect(second.cookie).toMatch(/payload-token=[^;]+/)
    const me = await fetch(`${system.origin}/api/users/me`, { headers: { Authorization: `JWT ${second.body.token}` } })
    expect((await me.json()).user.email).toBe('admin@khaosan.test')
    expect(JSON.stringify(second.body)).not.toContain(DEMO_TOTP_SECRET)
  })

  it('signs in others in one step, and says the same for an unknown account as for a wrong password', async () => {
    const owner = await password('owner@khaosan.test')
    expect(owner.status).toBe(200)
    expect(owner.body.token).toBeTruthy()
    const [unknown, wrong] = await Promise.all([password('nobody@khaosan.test'), password('owner@khaosan.test', 'wrong-password')])
    expect([unknown.status, wrong.status]).toEqual([401, 401])
    expect(unknown.body.errors[0].message).toBe(wrong.body.errors[0].message)
    expect(wrong.body.errors[0].message).toMatch(THAI)
  })

  it('does not let GraphQL’s login skip the second step', async () => {
    const response = await fetch(`${system.origin}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: 'mutation { loginUser(email: "admin@khaosan.test", password: "khaosan-demo") { token } }' }) })
    const body = await response.json()
    expect(body.data?.loginUser?.token ?? null).toBeNull()
  })

  it('counts a wrong code as a failed sign-in: five lock the account for 15 minutes', async () => {
    for (let i = 0; i < 5; i++) {
      const first = await password('webmaster2@khaosan.test')
      expect(first.status, `attempt ${i + 1}`).toBe(200)
      const wrong = await post('/api/users/login/second-factor', { challenge: first.body.challenge, code: '000000' })
      expect(wrong.status).toBe(401)
    }
    const locked = await password('webmaster2@khaosan.test')
    expect(locked.status).toBe(403)
    expect(locked.body.errors[0].message).toContain('15 นาที')
  })

  it('sets the second factor up again after an administrator resets it, with ten recovery codes each good once', async () => {
    const admin = await Client.signIn(system.origin, 'admin@khaosan.test')
    const webmaster = (await admin.get('/api/users?where[email][equals]=webmaster1@khaosan.test&depth=0')).json.docs[0]
    expect((await (await Client.signIn(system.origin, 'owner@khaosan.test')).post(`/api/users/${webmaster.id}/second-factor/reset`, {})).status).toBe(403)
    expect((await admin.post(`/api/users/${webmaster.id}/second-factor/reset`, {})).status).toBe(200)
    const setup = await password('webmaster1@khaosan.test')
    expect(setup.body).toMatchObject({ secondFactor: 'setup' })
    expect(setup.body.otpauthUrl).toMatch(/^otpauth:\/\/totp\//)
    expect(setup.body.qr).toMatch(/^data:image\/png;base64,/)
    const done = await post('/api/users/login/second-factor', { challenge: setup.body.challenge, code: totpCode(setup.body.secret) })
    expect(done.status).toBe(200)
    expect(done.body.recoveryCodes).toHaveLength(10)
    const [recovery] = done.body.recoveryCodes as string[]
    const again = await password('webmaster1@khaosan.test')
    expect(again.body.secondFactor).toBe('required')
    expect((await post('/api/users/login/second-factor', { challenge: again.body.challenge, code: recovery.toLowerCase() })).status).toBe(200)
    const reused = await password('webmaster1@khaosan.test')
    expect((await post('/api/users/login/second-factor', { challenge: reused.body.challenge, code: recovery })).status).toBe(401)
    const events = await admin.get('/api/events?where[kind][equals]=account&sort=-createdAt&limit=20')
    expect(events.json.docs.some((e: { summary: string }) => e.summary.startsWith('ล้างการยืนยันตัวตนสองขั้นตอนของ webmaster1@khaosan.test'))).toBe(true)
  })

  it('ends a session after 15 minutes unused, with a cookie scripts cannot read and other sites do not send', async () => {
    const before = Date.now() / 1000
    const signedIn = await password('division@khaosan.test')
    expect(signedIn.status).toBe(200)
    expect(signedIn.body.exp - before).toBeGreaterThan(14 * 60)
    expect(signedIn.body.exp - before).toBeLessThanOrEqual(15 * 60 + 5)
    expect(signedIn.cookie).toMatch(/HttpOnly/i)
    expect(signedIn.cookie).toMatch(/SameSite=Lax/i)
    expect(signedIn.cookie).not.toMatch(/Secure/i) // plain HTTP here; https.test.ts checks Secure under HTTPS
  })

  it('refuses a change sent by another site with the session cookie (403 in Thai), and takes the same from this site', async () => {
    const cookie = (await password('division@khaosan.test')).cookie.split(';')[0]
    const send = (origin: string, site: string) => fetch(`${system.origin}/api/users/second-factor/setup`, { method: 'POST', headers: { Cookie: cookie, Origin: origin, 'Sec-Fetch-Site': site } })
    const forged = await send('https://evil.example', 'cross-site')
    expect(forged.status).toBe(403)
    expect((await forged.json()).errors[0].message).toMatch(THAI)
    expect((await send(system.origin, 'same-origin')).status).toBe(200)
  })

  it('refuses a weak new password beside the password field, in Thai: short, the e-mail, or common', async () => {
    const admin = await Client.signIn(system.origin, 'admin@khaosan.test')
    const person = { email: 'clerk@khaosan.test', name: 'นายทดสอบ รหัสผ่าน', role: 'owner', active: true }
    for (const [weak, said] of [['short-1', '12 ตัวอักษร'], ['clerk@khaosan.test', 'อีเมล'], ['qwerty123456', 'ใช้บ่อย'], ['baseball2569', 'ใช้บ่อย']]) {
      const refused = await admin.post('/api/users', { ...person, password: weak })
      expect(refused.status, weak).toBe(400)
      expect(refused.json.errors[0].data.errors[0]).toMatchObject({ path: 'password', message: expect.stringContaining(said) })
    }
    const created = await admin.post('/api/users', { ...person, password: 'ต้มยำกุ้งน้ำข้นรสเด็ด' })
    expect(created.status).toBe(201)
    const changed = await admin.request('PATCH', `/api/users/${created.json.doc.id}`, { password: 'password1234' })
    expect(changed.status).toBe(400)
    expect((await password('clerk@khaosan.test', 'ต้มยำกุ้งน้ำข้นรสเด็ด')).status).toBe(200)
  })

  it('lets a role that need not have a second factor turn one on, and then asks for it at sign-in', async () => {
    const signedIn = await password('executive@khaosan.test')
    expect(signedIn.body.token).toBeTruthy()
    const executive = new Client(system.origin, signedIn.body.token)
    const setup = await executive.post('/api/users/second-factor/setup', {})
    expect(setup.status).toBe(200)
    expect(setup.json.qr).toMatch(/^data:image\/png;base64,/)
    expect((await executive.post('/api/users/second-factor/enable', { challenge: setup.json.challenge, code: '000000' })).status).toBe(400)
    const enabled = await executive.post('/api/users/second-factor/enable', { challenge: setup.json.challenge, code: totpCode(setup.json.secret) })
    expect(enabled.status).toBe(200)
    expect(enabled.json.recoveryCodes).toHaveLength(10)
    const next = await password('executive@khaosan.test')
    expect(next.body).toMatchObject({ secondFactor: 'required' })
    expect(next.body.token).toBeUndefined()
    expect((await post('/api/users/login/second-factor', { challenge: next.body.challenge, code: totpCode(setup.json.secret) })).status).toBe(200)
    expect((await executive.post('/api/users/second-factor/disable', { code: totpCode(setup.json.secret) })).status).toBe(200)
    expect((await password('executive@khaosan.test')).body.token).toBeTruthy()
  })

  it('limits the sign-ins one address may try (429 in Thai), without stopping others', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 31; i++) statuses.push((await password('owner@khaosan.test', 'wrong-password-x', '203.0.113.99')).status)
    expect(statuses.slice(0, 30).every((s) => s === 401 || s === 403)).toBe(true)
    expect(statuses[30]).toBe(429)
    expect((await password('head@khaosan.test', 'khaosan-demo', '203.0.113.100')).status).toBe(200)
  })
})
