import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { isInternalAddress } from '@/domain/site/internal-address'
import { linkProblem } from './check-links'

/**
 * A local server only: /ok, /get-only (refuses HEAD), /gone, /error, /slow, /endless (a GET body that never ends),
 * /hops/N (N redirects, by relative address, before /ok) and /to/URL (a redirect to URL).
 */
let server: http.Server
let origin: string
/** Called when the response to /endless closes. */
let endlessClosed: () => void = () => {}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = req.url ?? ''
    if (url === '/ok') return res.end('ok')
    if (url === '/get-only') {
      res.statusCode = req.method === 'HEAD' ? 405 : 200
      return res.end()
    }
    if (url === '/slow') return setTimeout(() => res.end('late'), 1_000)
    if (url === '/endless') {
      if (req.method === 'HEAD') return res.writeHead(405).end()
      const chunk = Buffer.alloc(16 * 1024, 'x')
      const more = () => {
        while (!res.destroyed && res.write(chunk));
      }
      res.on('drain', more).on('close', () => endlessClosed())
      return more()
    }
    const hops = /^\/hops\/(\d+)$/.exec(url)
    if (hops) return res.writeHead(302, { location: Number(hops[1]) > 1 ? `${Number(hops[1]) - 1}` : '/ok' }).end()
    if (url.startsWith('/to/')) return res.writeHead(301, { location: decodeURIComponent(url.slice(4)) }).end()
    res.statusCode = url === '/error' ? 500 : 404
    res.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})
afterEach(() => vi.unstubAllEnvs())

/** A check that may reach the local server (and any other internal address). */
const checkLocal = (url: string, timeoutMs = 5_000) => linkProblem(url, timeoutMs, { allowInternal: true })
/** A check with the real rule, except that the local server's own address is let through. */
const checkPast = (url: string) => linkProblem(url, 5_000, { isInternal: (address) => address !== '127.0.0.1' && isInternalAddress(address) })

describe('linkProblem', () => {
  it('passes a link that answers, also one that only answers GET', async () => {
    expect(await checkLocal(`${origin}/ok`)).toBeNull()
    expect(await checkLocal(`${origin}/get-only`)).toBeNull()
  })

  it('names the status of a broken link', async () => {
    expect(await checkLocal(`${origin}/gone`)).toBe('ลิงก์เสีย: ตอบกลับด้วยรหัส 404')
    expect(await checkLocal(`${origin}/error`)).toBe('ลิงก์เสีย: ตอบกลับด้วยรหัส 500')
  })

  it('gives up on a link that does not answer in time, and on one nobody listens at', async () => {
    expect(await checkLocal(`${origin}/slow`, 200)).toBe('ลิงก์ไม่ตอบสนองภายใน 0.2 วินาที')
    const closed = http.createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    expect(await checkLocal(`http://127.0.0.1:${port}/`)).toBe('เชื่อมต่อลิงก์ไม่ได้ (ECONNREFUSED)')
  })

  it('does not reach an internal address, written in the link or looked up for its name', async () => {
    const port = new URL(origin).port
    expect(await linkProblem(`${origin}/ok`)).toBe('ไม่ได้ตรวจ: ที่อยู่ภายใน (127.0.0.1)')
    expect(await linkProblem(`http://[::1]:${port}/ok`)).toBe('ไม่ได้ตรวจ: ที่อยู่ภายใน ([::1])')
    expect(await linkProblem(`http://localhost:${port}/ok`)).toBe('ไม่ได้ตรวจ: ที่อยู่ภายใน (localhost)')
    expect(await linkProblem('http://metadata.google.internal/computeMetadata/v1/')).toBe('ไม่ได้ตรวจ: ที่อยู่ภายใน (metadata.google.internal)')
  })

  it('reaches internal addresses only when the test-only setting allows it', async () => {
    vi.stubEnv('KHAOSAN_LINK_CHECK_ALLOW_INTERNAL', '1')
    expect(await linkProblem(`${origin}/ok`)).toBeNull()
  })

  it('judges every address a redirect leads to', async () => {
    const to = (url: string) => `${origin}/to/${encodeURIComponent(url)}`
    expect(await checkPast(to(`${origin}/ok`))).toBeNull()
    expect(await checkPast(to('http://169.254.169.254/latest/meta-data/'))).toBe('ไม่ได้ตรวจ: ที่อยู่ภายใน (169.254.169.254)')
    expect(await checkPast(to('http://[fd00:ec2::254]/'))).toBe('ไม่ได้ตรวจ: ที่อยู่ภายใน ([fd00:ec2::254])')
    expect(await checkPast(to('http://10.0.0.1/'))).toBe('ไม่ได้ตรวจ: ที่อยู่ภายใน (10.0.0.1)')
    expect(await checkPast(to('ftp://127.0.0.1/'))).toBe('ไม่ได้ตรวจ: ตรวจได้เฉพาะลิงก์ http และ https (ftp:)')
  })

  it('follows at most 5 redirects', async () => {
    expect(await checkLocal(`${origin}/hops/5`)).toBeNull()
    expect(await checkLocal(`${origin}/hops/6`)).toBe('ลิงก์เปลี่ยนทางเกิน 5 ครั้ง')
  })

  it('does not read the body of a GET: one that never ends does not hold the check up', async () => {
    const closed = new Promise<void>((resolve) => (endlessClosed = resolve))
    expect(await checkLocal(`${origin}/endless`, 2_000)).toBeNull()
    await closed
  })
})
