import dns from 'node:dns'
import fs from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'
import { isIP, type LookupFunction } from 'node:net'
import path from 'node:path'
import type { Payload, TaskConfig } from 'payload'
import { forAgency } from '@/server/agency-context'
import { isInternalAddress, isInternalHostName } from '@/domain/site/internal-address'
import { onPublicSiteAt } from '@/domain/workflow'
import type { Attachment, PublishRequest } from '@/payload-types'
import { toWhere } from '@/server/conditions'
import { publicOrigin, uploadsDir } from '@/server/environment'

export interface LinkProblem {
  page: string
  link: string
  problem: string
}

const TIMEOUT_MS = 8_000
const URL_IN_TEXT = /https?:\/\/[^\s"'<>()]+/g

type StoredFile = Attachment | number | null | undefined
/** Items read at a time: the checker's memory does not grow with the site. */
const PAGE = 100

async function fileProblem(file: StoredFile, what: string): Promise<string | null> {
  if (file === null || file === undefined) return null
  if (typeof file !== 'object') return `ไม่พบข้อมูล${what}หมายเลข ${file} ในระบบ`
  if (!file.filename) return `${what}หมายเลข ${file.id} ไม่มีชื่อไฟล์`
  try {
    await fs.access(path.join(uploadsDir(), path.basename(file.filename)))
    return null
  } catch {
    return `ไม่พบไฟล์ “${file.filename}” บนเซิร์ฟเวอร์ (${what}สูญหาย)`
  }
}

/** Whether the checker must not reach an address. */
type Judge = (address: string) => boolean

export interface LinkCheckOptions {
  /**
   * Test-only: reach internal addresses too, for tests whose links lead to their own server on 127.0.0.1. Off
   * unless KHAOSAN_LINK_CHECK_ALLOW_INTERNAL=1 (test-only as well: the integration tests' system sets it).
   */
  allowInternal?: boolean
  /** Which resolved addresses are refused; a test narrows it to let its one local server through. */
  isInternal?: Judge
}

const MAX_REDIRECTS = 5
const REDIRECTS = new Set([301, 302, 303, 307, 308])
/** Some servers refuse a request that names no client (fetch, used before, named itself "node"). */
const USER_AGENT = 'Khaosan link checker'

/** A link the checker does not reach; the message is the problem shown on the dashboard. */
class NotChecked extends Error {}
const internalProblem = (host: string) => new NotChecked(`ไม่ได้ตรวจ: ที่อยู่ภายใน (${host})`)

/**
 * The lookup the connection itself uses: every address of the name is judged, and the connection refused when
 * any is internal. Judging here rather than before the request means a name re-pointed in between (DNS
 * rebinding) gains nothing, and a name with one public and one internal address is not a way in either.
 */
const guardedLookup =
  (isInternal: Judge): LookupFunction =>
  (hostname, options, callback) =>
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '')
      if (addresses.some(({ address }) => isInternal(address))) return callback(internalProblem(hostname), '')
      if (options.all) callback(null, addresses)
      else callback(null, addresses[0].address, addresses[0].family)
    })

/** The status of one request and where it redirects to. The body is never read: the status is all a check needs. */
function ask(url: URL, method: 'HEAD' | 'GET', signal: AbortSignal, guard: Judge | null) {
  return new Promise<{ status: number; location?: string }>((resolve, reject) => {
    const options = { method, signal, agent: false, headers: { 'user-agent': USER_AGENT }, lookup: guard ? guardedLookup(guard) : undefined }
    const request = (url.protocol === 'https:' ? https : http).request(url, options, (response) => {
      resolve({ status: response.statusCode ?? 0, location: response.headers.location })
      response.destroy()
    })
    request.on('error', reject).end()
  })
}

/**
 * The status `url` ends at, following at most MAX_REDIRECTS redirects and judging every host on the way with
 * `guard` (null: internal addresses allowed).
 */
async function finalStatus(url: URL, method: 'HEAD' | 'GET', signal: AbortSignal, guard: Judge | null) {
  for (let redirects = 0; ; redirects++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new NotChecked(`ไม่ได้ตรวจ: ตรวจได้เฉพาะลิงก์ http และ https (${url.protocol})`)
    // An address written in the link is connected to without a lookup, so it is judged here.
    const literal = url.hostname.replace(/^\[(.*)\]$/, '$1')
    if (guard && (isIP(literal) ? guard(literal) : isInternalHostName(url.hostname))) throw internalProblem(url.hostname)
    const { status, location } = await ask(url, method, signal, guard)
    if (!REDIRECTS.has(status) || !location) return status
    if (redirects === MAX_REDIRECTS) throw new NotChecked(`ลิงก์เปลี่ยนทางเกิน ${MAX_REDIRECTS} ครั้ง`)
    url = new URL(location, url)
  }
}

/**
 * HEAD, or GET when the server does not answer HEAD; a 4xx/5xx, no answer or a timeout (for the whole check,
 * redirects included) is a broken link. Internal addresses are not reached (see domain/site/internal-address).
 */
export async function linkProblem(url: string, timeoutMs = TIMEOUT_MS, options: LinkCheckOptions = {}): Promise<string | null> {
  const { allowInternal = process.env.KHAOSAN_LINK_CHECK_ALLOW_INTERNAL === '1', isInternal = isInternalAddress } = options
  const guard = allowInternal ? null : isInternal
  const signal = AbortSignal.timeout(timeoutMs)
  try {
    const target = new URL(url)
    let status = await finalStatus(target, 'HEAD', signal, guard)
    if (status === 405 || status === 501) status = await finalStatus(target, 'GET', signal, guard)
    return status >= 400 ? `ลิงก์เสีย: ตอบกลับด้วยรหัส ${status}` : null
  } catch (error) {
    if (error instanceof NotChecked) return error.message
    if (signal.aborted) return `ลิงก์ไม่ตอบสนองภายใน ${timeoutMs / 1000} วินาที`
    return `เชื่อมต่อลิงก์ไม่ได้ (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`
  }
}

/** The problems of one public item page: its files on disk and the links it shows. */
async function problemsOf(item: PublishRequest): Promise<LinkProblem[]> {
  const page = `${publicOrigin()}${item.publicPath ?? ''}`
  const problems: LinkProblem[] = []
  for (const file of [...(item.attachments ?? []), item.image]) {
    const problem = await fileProblem(file, file === item.image ? 'ภาพประกอบ' : 'ไฟล์แนบ')
    if (problem) problems.push({ page, link: typeof file === 'object' && file?.filename ? file.filename : String(file), problem })
  }
  const links = new Set([item.linkUrl, ...(item.summary?.match(URL_IN_TEXT) ?? [])].filter((l): l is string => !!l))
  for (const link of links) {
    const problem = await linkProblem(link)
    if (problem) problems.push({ page, link, problem })
  }
  return problems
}

/**
 * One run of the link and file checker (000 §4.2) over every item on the public site, its progress and
 * findings written to the `link-checks` record as it goes, so the dashboard shows them live.
 */
export async function runLinkCheck(payload: Payload, checkId: number | string, now = new Date()): Promise<LinkProblem[]> {
  const update = (data: Record<string, unknown>) => payload.update({ collection: 'link-checks', id: checkId, data, overrideAccess: true, depth: 0 })
  try {
    const where = toWhere(onPublicSiteAt(now))
    const { totalDocs } = await payload.count({ collection: 'publish-requests', where, overrideAccess: true })
    await update({ status: 'running', total: totalDocs, checked: 0, problems: [] })
    const problems: LinkProblem[] = []
    let checked = 0
    // In pages by id, each after the last one read: the same cost for the first page and the thousandth.
    for (let after = 0; ; ) {
      const { docs } = await payload.find({ collection: 'publish-requests', where: { and: [where, { id: { greater_than: after } }] }, overrideAccess: true, depth: 1, limit: PAGE, sort: 'id', pagination: false })
      for (const item of docs) {
        const found = await problemsOf(item)
        problems.push(...found)
        checked++
        if (found.length || checked % 25 === 0) await update({ checked, problems })
      }
      if (docs.length < PAGE) break
      after = docs[docs.length - 1].id
    }
    await update({ checked, problems })
    await update({ status: 'done', finishedAt: new Date().toISOString() })
    return problems
  } catch (error) {
    await update({ status: 'failed', error: (error as Error).message, finishedAt: new Date().toISOString() })
    throw error
  }
}

export const checkLinks: TaskConfig<'checkLinks'> = {
  slug: 'checkLinks',
  label: 'ตรวจสอบลิงก์เสียและไฟล์ที่หายไปบนเว็บไซต์',
  retries: 0,
  // The check is run for the agency that asked for it (the queue is the install's).
  inputSchema: [{ name: 'checkId', type: 'text', required: true }, { name: 'agency', type: 'number' }],
  outputSchema: [{ name: 'problems', type: 'number' }],
  handler: async ({ input, req }) => {
    const check = () => runLinkCheck(req.payload, input.checkId)
    return { output: { problems: (await (input.agency ? forAgency(input.agency, check) : check())).length } }
  },
}
