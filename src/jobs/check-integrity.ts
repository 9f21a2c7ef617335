/**
 * The integrity check (every 15 minutes, and on demand from the dashboard): what is public is what the workflow
 * published. Each public item's content is hashed again and compared with the hash recorded when it was published
 * (a row changed in the database directly no longer matches); each of its files is hashed again from disk and
 * compared with the SHA-256 recorded at upload (files are never edited: a new version is a new file). A changed
 * file is not served to the public (src/access/roles.ts canReadAttachment) until it is restored; what is newly
 * found is recorded on the item or file and told to webmasters and admins, in the app and by e-mail, once.
 *
 * It shares the site process with the pages and searches citizens ask for, so it works in short pages and rests
 * after each one three times as long as the page took: a check of 100,000 items takes about four minutes of a
 * quarter hour instead of holding the process for a minute, and a page being rendered meanwhile waits at most for
 * one page of the check.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload, TaskConfig } from 'payload'
import { PUBLIC_CONTENT_FIELDS, onPublicSiteAt } from '@/domain/workflow'
import type { IntegrityCheck } from '@/payload-types'
import { idOf } from '@/access/roles'
import { INTEGRITY_FINDINGS } from '@/collections/IntegrityChecks'
import { contentHashOf } from '@/collections/publish-requests/transition'
import { toWhere } from '@/server/conditions'
import { publicOrigin, uploadsDir } from '@/server/environment'
import { notify } from '@/server/notify'
import { countForEachAgency } from '@/server/agencies'

type Finding = NonNullable<IntegrityCheck['findings']>[number] & { kind: keyof typeof INTEGRITY_FINDINGS }

const PAGE = 100
const REST_PER_BUSY = 3

/** Rests after a stretch of work that began at `started` (performance.now()), in proportion to it. */
const restAfter = (started: number) => new Promise((resolve) => setTimeout(resolve, (performance.now() - started) * REST_PER_BUSY))
/** What the check reads of an item: its public content, and what it recorded. */
const ITEM_FIELDS = Object.fromEntries([...PUBLIC_CONTENT_FIELDS, 'title', 'contentHash', 'tamperedAt'].map((field) => [field, true]))
/** What the check reads of a file (not its extracted text). */
const FILE_FIELDS = { filename: true, sha256: true, tamperedAt: true } as const

function fileHash(filePath: string): Promise<string | null> {
  return new Promise((resolve) => {
    const hash = crypto.createHash('sha256')
    fs.createReadStream(filePath)
      .on('error', () => resolve(null))
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
  })
}

export async function runIntegrityCheck(payload: Payload, startedBy?: number, now = new Date()): Promise<IntegrityCheck> {
  const findings: Finding[] = []
  const at = now.toISOString()
  const where = toWhere(onPublicSiteAt(now))
  const fileIds = new Set<number>()
  let items = 0
  for (let after = 0; ; ) {
    const started = performance.now()
    const { docs } = await payload.find({ collection: 'publish-requests', where: { and: [where, { id: { greater_than: after } }] }, depth: 0, limit: PAGE, sort: 'id', pagination: false, overrideAccess: true, select: ITEM_FIELDS })
    for (const item of docs) {
      items++
      for (const file of [...(item.attachments ?? []), item.image]) if (file) fileIds.add(Number(idOf(file)))
      if (!item.contentHash) continue // published before hashes were recorded
      const changed = contentHashOf(item) !== item.contentHash
      if (changed === !!item.tamperedAt) continue
      findings.push({ kind: changed ? 'item-changed' : 'item-restored', what: item.title, request: item.id })
      await payload.update({ collection: 'publish-requests', id: item.id, data: { tamperedAt: changed ? at : null }, depth: 0, overrideAccess: true, context: { workflowTransition: true } })
    }
    if (docs.length < PAGE) break
    after = docs[docs.length - 1].id
    await restAfter(started)
  }
  const ids = [...fileIds]
  for (let i = 0; i < ids.length; i += PAGE) {
    const started = performance.now()
    const { docs } = await payload.find({ collection: 'attachments', where: { id: { in: ids.slice(i, i + PAGE) } }, depth: 0, limit: PAGE, pagination: false, overrideAccess: true, select: FILE_FIELDS })
    for (const file of docs) {
      if (!file.filename || !file.sha256) continue
      const hash = await fileHash(path.join(uploadsDir(), path.basename(file.filename)))
      const changed = hash !== file.sha256
      if (changed === !!file.tamperedAt) continue
      findings.push({ kind: !changed ? 'file-restored' : hash === null ? 'file-missing' : 'file-changed', what: file.filename, attachment: file.id })
      await payload.update({ collection: 'attachments', id: file.id, data: { tamperedAt: changed ? at : null }, depth: 0, overrideAccess: true })
    }
    if (i + PAGE < ids.length) await restAfter(started)
  }
  const found = findings.filter((f) => !f.kind.endsWith('-restored')).length
  const doc = await payload.create({ collection: 'integrity-checks', data: { items, files: ids.length, found, findings, startedBy }, overrideAccess: true, depth: 0 })
  if (findings.length) {
    const lines = findings.map((f) => `- ${INTEGRITY_FINDINGS[f.kind]}: ${f.what}`)
    await notify(payload, { role: { in: ['webmaster', 'admin'] } }, {
      kind: 'tampering',
      title: found ? `พบการแก้ไขเว็บไซต์นอกระบบงาน ${found} รายการ` : 'ข้อมูลที่เคยพบว่าถูกแก้ไขนอกระบบกลับมาตรงกับที่เผยแพร่แล้ว',
      message: `การตรวจการแก้ไขนอกระบบเมื่อ ${now.toLocaleString('th-TH-u-ca-buddhist', { timeZone: 'Asia/Bangkok' })} พบ:\n${lines.join('\n')}\n\nไฟล์ที่ถูกเปลี่ยนจะไม่แสดงต่อสาธารณะจนกว่าจะนำไฟล์เดิมกลับคืนหรือเผยแพร่ฉบับแก้ไขที่ผ่านการอนุมัติ`,
      link: `${publicOrigin()}/admin/collections/integrity-checks/${doc.id}`,
    })
  }
  return doc
}

export const checkIntegrity: TaskConfig<'checkIntegrity'> = {
  slug: 'checkIntegrity',
  label: 'ตรวจการแก้ไขไฟล์และข้อมูลนอกระบบงาน',
  retries: 0,
  schedule: [{ cron: '*/15 * * * *', queue: 'minutely' }],
  outputSchema: [{ name: 'found', type: 'number' }],
  handler: async ({ req }) => ({ output: { found: await countForEachAgency(req.payload, async () => (await runIntegrityCheck(req.payload)).found ?? 0) } }),
}
