/**
 * A stored file answered to a browser: streamed from disk, as a download unless it is a picture shown in place,
 * never sniffed and never run (a sandboxing Content-Security-Policy).
 */
import fs from 'node:fs'
import { Readable } from 'node:stream'

export const notFound = () => new Response('ไม่พบไฟล์', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } })

export function fileResponse(file: string, mimeType: string, filename: string, inline: boolean): Response {
  const stat = fs.statSync(file, { throwIfNoEntry: false })
  if (!stat?.isFile()) return notFound()
  const encoded = encodeURIComponent(filename)
  return new Response(Readable.toWeb(fs.createReadStream(file)) as ReadableStream, {
    headers: {
      'Content-Type': inline ? mimeType : mimeType || 'application/octet-stream',
      'Content-Length': String(stat.size),
      'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename="${encoded}"; filename*=UTF-8''${encoded}`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'no-cache',
    },
  })
}
