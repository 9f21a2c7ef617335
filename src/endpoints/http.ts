/**
 * What the monitoring endpoints share: who may call them, Thai error bodies, and the checks of the path's
 * fiscal year, round and format.
 */
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import type { PayloadRequest } from 'payload'
import type { Role } from '@/domain/workflow'
import { ROUND_NUMBERS, type RoundNumber } from '@/domain/reports/rounds'
import type { User } from '@/payload-types'
import { staff } from '@/access/roles'
import { dataDir } from '@/server/environment'

export const errorResponse = (status: number, message: string): Response => Response.json({ errors: [{ message }] }, { status })

/** Monitoring is for the heads who are responsible for it (002 §4.5), webmasters, executives and administrators. */
export const MONITORS: readonly Role[] = ['head', 'division-head', 'webmaster', 'executive', 'admin']

/** The signed-in, active person if their role is allowed; otherwise the 401 or 403 to send. */
export function allowed(req: PayloadRequest, roles: readonly Role[]): { user: User } | { refusal: Response } {
  const user = staff(req)
  if (!user) return { refusal: errorResponse(401, 'กรุณาเข้าสู่ระบบ') }
  if (!roles.includes(user.role)) return { refusal: errorResponse(403, 'ท่านไม่มีสิทธิ์ใช้งานส่วนนี้') }
  return { user }
}

/** A Buddhist-era fiscal year from the path: four digits between 2500 and 2700. */
export function fiscalYearParam(value: unknown): number | Response {
  const year = Number(value)
  if (!/^\d{4}$/.test(String(value)) || year < 2500 || year > 2700) {
    return errorResponse(400, `ปีงบประมาณ “${String(value)}” ไม่ถูกต้อง — ใช้ปีพุทธศักราช เช่น 2569`)
  }
  return year
}

export function roundParam(value: unknown): RoundNumber | Response {
  const round = Number(value)
  return (ROUND_NUMBERS as readonly number[]).includes(round) && String(round) === String(value)
    ? (round as RoundNumber)
    : errorResponse(400, `รอบการรายงาน “${String(value)}” ไม่ถูกต้อง — ใช้ 6 (รอบ ๖ เดือน) หรือ 12 (รอบ ๑๒ เดือน)`)
}

/** ?format=… among the allowed ones (the first is the default). */
export function formatParam<F extends string>(req: PayloadRequest, formats: readonly F[]): F | Response {
  const format = req.searchParams.get('format') ?? formats[0]
  return (formats as readonly string[]).includes(format)
    ? (format as F)
    : errorResponse(400, `รูปแบบไฟล์ “${format}” ไม่รองรับ — ใช้ ${formats.join(' หรือ ')}`)
}

const downloadHeaders = (contentType: string, name: string, thaiName: string) => ({
  'Content-Type': contentType,
  'Content-Disposition': `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(thaiName)}`,
  'Cache-Control': 'no-store',
})

/** A file download; `name` is ASCII, `thaiName` the name a Thai user sees when saving. */
export function fileResponse(body: Buffer | string, contentType: string, name: string, thaiName = name): Response {
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), { status: 200, headers: downloadHeaders(contentType, name, thaiName) })
}

/** A download written as it is read, a piece at a time: its size does not cost memory. */
export function streamedFileResponse(pieces: AsyncIterable<string>, contentType: string, name: string, thaiName = name): Response {
  const encoder = new TextEncoder()
  const iterator = pieces[Symbol.asyncIterator]()
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next()
      if (done) controller.close()
      else controller.enqueue(encoder.encode(value))
    },
    async cancel() {
      await iterator.return?.()
    },
  })
  return new Response(body, { status: 200, headers: downloadHeaders(contentType, name, thaiName) })
}

/**
 * A download written for this request only (an export too large for memory): `write` writes it to the file it is
 * given and answers its name; it is sent from the disk a piece at a time, and gone from the disk once opened (or
 * once `write` fails).
 */
export async function writtenFileResponse(contentType: string, write: (file: string) => Promise<string>): Promise<Response> {
  const folder = path.join(dataDir(), 'export-temp')
  await fs.promises.mkdir(folder, { recursive: true })
  const file = path.join(folder, `${randomUUID()}.part`)
  try {
    const name = await write(file)
    const handle = await fs.promises.open(file)
    const { size } = await handle.stat()
    const body = Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>
    return new Response(body, { status: 200, headers: { ...downloadHeaders(contentType, name, name), 'Content-Length': String(size) } })
  } finally {
    await fs.promises.rm(file, { force: true })
  }
}
