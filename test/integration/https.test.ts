/**
 * HTTPS and the headers every response carries, through the real system (SQLite): the front server given a
 * self-signed certificate speaks TLS 1.3 (1.2 at the least, never 1.1), sends HSTS, redirects its plain-HTTP port,
 * and marks the session cookie Secure; public pages and the admin carry their Content-Security-Policy and the rest.
 * Then the common set-up behind Debian's nginx (deploy/nginx-khaosan.conf, ports and paths filled in): the client's
 * address that nginx passes on is believed because the proxy is trusted, and logged.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import https from 'node:https'
import os from 'node:os'
import path from 'node:path'
import tls from 'node:tls'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { logDayOf } from '@/domain/logs/chain'
import { freePort, startSystem, type RunningSystem } from '../support/server'


/** A GET over HTTPS that trusts the test's own certificate, from `localAddress` when given. */
function get(url: string, localAddress?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { rejectUnauthorized: false, localAddress }, (res) => {
        let body = ''
        res.on('data', (chunk) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      })
      .on('error', reject)
  })
}

describe('HTTPS, security headers, and nginx in front', () => {
  let system: RunningSystem
  let nginx: ChildProcess | null = null
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khaosan-tls-'))
  const [cert, key] = [path.join(dir, 'cert.pem'), path.join(dir, 'key.pem')]
  let httpPort = 0
  beforeAll(async () => {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert], { stdio: 'ignore' })
    httpPort = await freePort()
    const previous = process.env.NODE_TLS_REJECT_UNAUTHORIZED
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0' // the readiness probe's fetch, to the test's own certificate
    system = await startSystem({ database: 'sqlite', https: true, env: { KHAOSAN_TLS_CERT: cert, KHAOSAN_TLS_KEY: key, KHAOSAN_HTTP_PORT: String(httpPort), KHAOSAN_TRUSTED_PROXIES: '127.0.0.1' } })
    if (previous === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED
    else process.env.NODE_TLS_REJECT_UNAUTHORIZED = previous
  })
  afterAll(async () => {
    nginx?.kill('SIGQUIT')
    await system?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('speaks TLS 1.3, refuses TLS 1.1, and sends HSTS', async () => {
    const port = Number(new URL(system.origin).port)
    const protocol = await new Promise<string | null>((resolve, reject) => {
      const socket = tls.connect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => {
        resolve(socket.getProtocol())
        socket.end()
      })
      socket.on('error', reject)
    })
    expect(protocol).toBe('TLSv1.3')
    const old = await new Promise<string>((resolve) => {
      const socket = tls.connect({ host: '127.0.0.1', port, rejectUnauthorized: false, minVersion: 'TLSv1', maxVersion: 'TLSv1.1' }, () => resolve('connected'))
      socket.on('error', (error) => resolve(error.message))
    })
    expect(old).not.toBe('connected')
    const home = await get(`${system.origin}/`)
    expect(home.status).toBe(200)
    expect(home.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/)
  })

  it('redirects its plain-HTTP port to the same address over HTTPS', async () => {
    const response = await fetch(`http://127.0.0.1:${httpPort}/news?page=2`, { redirect: 'manual' })
    expect(response.status).toBe(308)
    expect(response.headers.get('location')).toBe(`${system.origin}/news?page=2`)
  })

  it('marks the session cookie HttpOnly, SameSite=Lax and Secure', async () => {
    const login = await new Promise<string[]>((resolve, reject) => {
      const req = https.request(`${system.origin}/api/users/login`, { method: 'POST', rejectUnauthorized: false, headers: { 'Content-Type': 'application/json' } }, (res) => {
        res.resume()
        resolve(res.headers['set-cookie'] ?? [])
      })
      req.on('error', reject)
      req.end(JSON.stringify({ email: 'owner@khaosan.test', password: 'khaosan-demo' }))
    })
    const session = login.find((cookie) => cookie.startsWith('payload-token='))
    expect(session).toMatch(/HttpOnly/i)
    expect(session).toMatch(/SameSite=Lax/i)
    expect(session).toMatch(/Secure/i)
  })

  it('sends a Content-Security-Policy and the other protective headers on public pages, the API and the admin, and no version banner', async () => {
    for (const address of ['/', '/news', '/no-such-page', '/api/categories?limit=1', '/admin/login']) {
      const { headers } = await get(`${system.origin}${address}`)
      expect(headers['content-security-policy'], address).toContain("frame-ancestors 'self'")
      expect(headers['content-security-policy'], address).toContain("object-src 'none'")
      expect(headers['x-content-type-options'], address).toBe('nosniff')
      expect(headers['referrer-policy'], address).toBe('strict-origin-when-cross-origin')
      expect(headers['permissions-policy'], address).toContain('camera=()')
      expect(headers['x-powered-by'], address).toBeUndefined()
      expect(headers.server, address).toBeUndefined()
    }
    expect((await get(`${system.origin}/`)).headers['content-security-policy']).toMatch(/script-src 'self';/) // no inline script on public pages
  })

  it('runs behind Debian’s nginx as the README says: the client address it passes on is believed and logged', async () => {
    const nginxPort = await freePort()
    const work = path.join(dir, 'nginx')
    fs.mkdirSync(path.join(work, 'tmp'), { recursive: true })
    for (const d of [dir, work, path.join(work, 'tmp')]) fs.chmodSync(d, 0o755)
    fs.chmodSync(key, 0o644)
    const site = fs
      .readFileSync('deploy/nginx-khaosan.conf', 'utf8')
      .replace(/server \{\n    listen 80;[\s\S]*?\n\}\n/, '') // the port-80 redirect needs root; the HTTPS server is what is tried
      .replace('listen 443 ssl http2;', `listen 127.0.0.1:${nginxPort} ssl http2;`)
      .replace('/etc/ssl/certs/khaosan.pem', cert)
      .replace('/etc/ssl/private/khaosan.key', key)
      .replace('http://127.0.0.1:3000', `https://127.0.0.1:${new URL(system.origin).port}`)
    fs.writeFileSync(path.join(work, 'site.conf'), site)
    fs.writeFileSync(
      path.join(work, 'nginx.conf'),
      `worker_processes 1;\ndaemon off;\npid ${work}/nginx.pid;\nerror_log ${work}/error.log;\nevents { worker_connections 64; }\nhttp {\n  access_log off;\n  client_body_temp_path ${work}/tmp; proxy_temp_path ${work}/tmp; fastcgi_temp_path ${work}/tmp; uwsgi_temp_path ${work}/tmp; scgi_temp_path ${work}/tmp;\n  include ${work}/site.conf;\n}\n`,
    )
    nginx = spawn(fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx', ['-e', `${work}/error.log`, '-p', work, '-c', path.join(work, 'nginx.conf')], { stdio: 'ignore' })
    let home = { status: 0, headers: {}, body: '' } as Awaited<ReturnType<typeof get>>
    for (let tries = 0; tries < 50 && home.status !== 200; tries++) {
      home = await get(`https://127.0.0.1:${nginxPort}/news?from=nginx`, '127.0.0.3').catch(() => home)
      if (home.status !== 200) await new Promise((r) => setTimeout(r, 100))
    }
    expect(home.status, fs.existsSync(`${work}/error.log`) ? fs.readFileSync(`${work}/error.log`, 'utf8') : '').toBe(200)
    const log = path.join(system.dataDir, 'logs', 'traffic', `${logDayOf(new Date())}.log`)
    let line: string | undefined
    for (let tries = 0; tries < 50 && !line; tries++) {
      line = fs.readFileSync(log, 'utf8').split('\n').find((l) => l.includes('/news?from=nginx'))
      if (!line) await new Promise((r) => setTimeout(r, 100))
    }
    expect(JSON.parse(line!.split('\t')[0]).ip).toBe('127.0.0.3')
  })
})
