/**
 * Files citizens download or see. An attachment is served only while an item that carries it is on the
 * public site; nothing is ever served as a page: downloads are attachments, images only PNG or JPEG, never sniffed.
 */
import path from 'node:path'
import { siteImagesDir, uploadsDir } from '@/server/environment'
import { fileResponse, notFound } from '@/server/file-response'
import { payloadInstance } from './content'

const IMAGE_TYPES = new Set(['image/png', 'image/jpeg'])

/** /files/<id>/<name>: an attachment of a public item; PNG and JPEG open in place (banners, pictures), all else downloads. */
export async function publicAttachmentResponse(id: string): Promise<Response> {
  if (!/^\d{1,12}$/.test(id)) return notFound()
  const payload = await payloadInstance()
  // As a citizen: the attachments' own read rule decides, from the items carrying the file now.
  const file = await payload.findByID({ collection: 'attachments', id, overrideAccess: false, depth: 0, disableErrors: true, select: { filename: true, mimeType: true } })
  if (!file?.filename) return notFound()
  return fileResponse(path.join(uploadsDir(), path.basename(file.filename)), file.mimeType ?? '', file.filename, IMAGE_TYPES.has(file.mimeType ?? ''))
}

/** /images/site/<id>: a photo or chart an admin put on the agency's pages. */
export async function siteImageResponse(id: string): Promise<Response> {
  if (!/^\d{1,12}$/.test(id)) return notFound()
  const payload = await payloadInstance()
  const image = (await payload.findByID({ collection: 'site-images', id, overrideAccess: true, depth: 0, disableErrors: true })) as { filename?: string; mimeType?: string } | null
  if (!image?.filename || !IMAGE_TYPES.has(image.mimeType ?? '')) return notFound()
  return fileResponse(path.join(siteImagesDir(), path.basename(image.filename)), image.mimeType!, image.filename, true)
}
