import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { linkProblem } from './check-links'

/** A local server only: /ok, /get-only (refuses HEAD), /gone, /error, /slow. */
let server: http.Server
let origin: string

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/ok') return res.end('ok')
    if (req.url === '/get-only') {
      res.statusCode = req.method === 'HEAD' ? 405 : 200
      return res.end()
    }
    if (req.url === '/slow') return setTimeout(() => res.end('late'), 1_000)
    res.statusCode = req.url === '/error' ? 500 : 404
    res.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

describe('linkProblem', () => {
  it('passes a link that answers, also one that only answers GET', async () => {
    expect(await linkProblem(`${origin}/ok`)).toBeNull()
    expect(await linkProblem(`${origin}/get-only`)).toBeNull()
  })

  it('names the status of a broken link', async () => {
    expect(await linkProblem(`${origin}/gone`)).toBe('ลิงก์เสีย: ตอบกลับด้วยรหัส 404')
    expect(await linkProblem(`${origin}/error`)).toBe('ลิงก์เสีย: ตอบกลับด้วยรหัส 500')
  })

  it('gives up on a link that does not answer in time, and on one nobody listens at', async () => {
    expect(await linkProblem(`${origin}/slow`, 200)).toBe('ลิงก์ไม่ตอบสนองภายใน 0.2 วินาที')
    const closed = http.createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    expect(await linkProblem(`http://127.0.0.1:${port}/`)).toBe('เชื่อมต่อลิงก์ไม่ได้ (ECONNREFUSED)')
  })
})
