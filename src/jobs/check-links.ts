import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload, TaskConfig } from 'payload'
import { isOnPublicSite, type State } from '@/domain/workflow'
import { publicOrigin, uploadsDir } from '@/server/environment'

export interface LinkProblem {
  page: string
  link: string
  problem: string
}

const TIMEOUT_MS = 8_000
const URL_IN_TEXT = /https?:\/\/[^\s"'<>()]+/g

type StoredFile = { id: number | string; filename?: string | null } | number | string | null | undefined

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

/** HEAD, or GET when the server does not answer HEAD; a 4xx/5xx, no answer or a timeout is a broken link. */
export async function linkProblem(url: string, timeoutMs = TIMEOUT_MS): Promise<string | null> {
  const attempt = (method: 'HEAD' | 'GET') => fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) })
  try {
    let response = await attempt('HEAD')
    if (response.status === 405 || response.status === 501) response = await attempt('GET')
    await response.body?.cancel()
    return response.status >= 400 ? `ลิงก์เสีย: ตอบกลับด้วยรหัส ${response.status}` : null
  } catch (error) {
    const name = (error as Error).name
    return name === 'TimeoutError' || name === 'AbortError'
      ? `ลิงก์ไม่ตอบสนองภายใน ${timeoutMs / 1000} วินาที`
      : `เชื่อมต่อลิงก์ไม่ได้ (${(error as Error & { cause?: { code?: string } }).cause?.code ?? (error as Error).message})`
  }
}

interface StoredItem {
  id: number | string
  state: string
  publicPath?: string | null
  publishFrom?: string | null
  publishUntil?: string | null
  summary?: string | null
  linkUrl?: string | null
  attachments?: StoredFile[] | null
  image?: StoredFile
}

/** The problems of one public item page: its files on disk and the links it shows. */
async function problemsOf(item: StoredItem): Promise<LinkProblem[]> {
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
    const { docs } = await payload.find({ collection: 'publish-requests', where: { state: { equals: 'published' } }, overrideAccess: true, depth: 1, limit: 0, pagination: false, sort: 'id' })
    const items = (docs as unknown as StoredItem[]).filter((d) =>
      isOnPublicSite({ state: d.state as State, publishFrom: d.publishFrom ? new Date(d.publishFrom) : null, publishUntil: d.publishUntil ? new Date(d.publishUntil) : null }, now),
    )
    await update({ status: 'running', total: items.length, checked: 0, problems: [] })
    const problems: LinkProblem[] = []
    for (const [index, item] of items.entries()) {
      problems.push(...(await problemsOf(item)))
      await update({ checked: index + 1, problems })
    }
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
  inputSchema: [{ name: 'checkId', type: 'text', required: true }],
  outputSchema: [{ name: 'problems', type: 'number' }],
  handler: async ({ input, req }) => ({ output: { problems: (await runLinkCheck(req.payload, input.checkId)).length } }),
}
