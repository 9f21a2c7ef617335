/**
 * An attachment's text, read once when it is uploaded (an effect of the upload, src/server/effects.ts) in a
 * process of its own, and kept in `attachment-texts`: search indexes it when an item carrying the file is
 * published, and the checks on what is published read it. An item already on the public site when the text
 * arrives gets it in its search row at once.
 */
import path from 'node:path'
import type { Payload } from 'payload'
import { onPublicSiteAt } from '@/domain/workflow'
import { toWhere } from '@/server/conditions'
import { inTransaction } from '@/server/database'
import { uploadsDir } from '@/server/environment'
import { extractableKind } from './extract-text'
import { indexPublishedItem } from './index'
import { extractTextInChild } from '@/files/worker'

/**
 * The effect after an item is published: its row again, now with its attachments' words. An item no longer on
 * the public site by then is left alone (a row written as it is taken down is never found: the search asks
 * each hit's state, and drops such rows).
 */
export async function indexItemFiles(payload: Payload, requestId: number): Promise<void> {
  await inTransaction(payload, async (req) => {
    const { docs } = await payload.find({ collection: 'publish-requests', where: { and: [toWhere(onPublicSiteAt(new Date())), { id: { equals: requestId } }] }, depth: 0, limit: 1, overrideAccess: true, req })
    if (docs[0]) await indexPublishedItem(payload, docs[0], req)
  })
}

export async function extractAttachmentText(payload: Payload, attachmentId: number): Promise<void> {
  const attachment = await payload.findByID({ collection: 'attachments', id: attachmentId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!attachment?.filename) return
  if (!extractableKind(attachment.filename)) {
    await payload.update({ collection: 'attachments', id: attachmentId, data: { textStatus: 'none' }, overrideAccess: true, depth: 0 })
    return
  }
  const { text, words, warning, scan, hiddenLinks } = await extractTextInChild(path.join(uploadsDir(), path.basename(attachment.filename)))
  await inTransaction(payload, async (req) => {
    const { docs } = await payload.find({ collection: 'attachment-texts', where: { attachment: { equals: attachmentId } }, limit: 1, depth: 0, overrideAccess: true, req })
    const data = { attachment: attachmentId, text, words, error: warning, scan, hiddenLinks }
    if (docs[0]) await payload.update({ collection: 'attachment-texts', id: docs[0].id, data, overrideAccess: true, depth: 0, req })
    else await payload.create({ collection: 'attachment-texts', data, overrideAccess: true, depth: 0, req })
    const textStatus = warning ? 'failed' : text.trim() ? 'extracted' : 'none'
    await payload.update({ collection: 'attachments', id: attachmentId, data: { textStatus }, overrideAccess: true, depth: 0, req })
    const { docs: carrying } = await payload.find({
      collection: 'publish-requests',
      where: { and: [toWhere(onPublicSiteAt(new Date())), { attachments: { equals: attachmentId } }] },
      depth: 0,
      limit: 100,
      overrideAccess: true,
      req,
    })
    for (const item of carrying) await indexPublishedItem(payload, item, req)
  })
}
