/**
 * The server in front of Next. Public pages change only when the workflow publishes or takes something down,
 * so each one is rendered once by Next, kept in memory (src/site/public-cache.ts) with its gzip and brotli
 * forms, and served from there until public content changes. Everything else — the admin, the API, search,
 * statistics, downloads, Next's assets — goes straight to Next. Page views are counted here, in memory.
 */
import crypto from 'node:crypto'
import http from 'node:http'
import zlib from 'node:zlib'
import next from 'next'
import { cachedPage, countView, keepPage, publicStore, type CachedPage } from '@/site/public-cache'
import { UNCACHED_PAGES, cacheKeyOf } from '@/domain/site/page-cache'

const ROBOT = /bot|crawl|spider|slurp/i

const isHtml = (contentType: string) => contentType.startsWith('text/html')

/**
 * Public pages have no client components: they are documents, links and GET forms. What Next adds for
 * client-side navigation (its runtime scripts and the page again as an RSC payload, about two thirds of the
 * bytes) is dropped from the cached copy, so a phone on a slow line downloads a third and runs no framework
 * code. The site's own small script (the text-size switch) stays.
 */
const withoutFrameworkScripts = (html: string): string =>
  html.replace(/<script\b(?![^>]*\bsrc="\/text-size\.js")[^>]*>[\s\S]*?<\/script>/g, '').replace(/<link\b[^>]*\bas="script"[^>]*>/g, '')

function pageOf(rendered: Buffer, contentType: string): CachedPage {
  const body = isHtml(contentType) ? Buffer.from(withoutFrameworkScripts(rendered.toString('utf8'))) : rendered
  const etag = `"${crypto.createHash('sha1').update(body).digest('base64url')}"`
  const gzip = zlib.gzipSync(body, { level: 6 })
  const brotli = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6 } })
  const common = ['Content-Type', contentType, 'ETag', etag, 'Cache-Control', 'public, max-age=0, must-revalidate', 'Vary', 'Accept-Encoding', 'X-Content-Type-Options', 'nosniff', 'X-Frame-Options', 'SAMEORIGIN', 'Referrer-Policy', 'strict-origin-when-cross-origin']
  return {
    contentType,
    etag,
    body,
    gzip,
    brotli,
    headers: {
      plain: [...common, 'Content-Length', String(body.length)],
      gzip: [...common, 'Content-Encoding', 'gzip', 'Content-Length', String(gzip.length)],
      brotli: [...common, 'Content-Encoding', 'br', 'Content-Length', String(brotli.length)],
    },
  }
}

/** From memory, in the encoding the browser takes; a browser that has this version already gets 304. */
function send(req: http.IncomingMessage, res: http.ServerResponse, page: CachedPage) {
  const accept = req.headers['accept-encoding'] ?? ''
  const [headers, body] = accept.includes('br') ? [page.headers.brotli, page.brotli] : accept.includes('gzip') ? [page.headers.gzip, page.gzip] : [page.headers.plain, page.body]
  if (req.headers['if-none-match'] === page.etag) {
    res.writeHead(304, page.headers.plain.slice(0, -2)).end()
    return
  }
  res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body)
}

export async function startPublicServer({ port, hostname }: { port: number; hostname?: string }): Promise<http.Server> {
  const app = next({ dev: false, dir: process.cwd(), hostname, port })
  const handle = app.getRequestHandler()
  await app.prepare()
  const renderToken = crypto.randomBytes(16).toString('hex')
  const origin = `http://${!hostname || hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname}:${port}`
  const rendering = new Map<string, Promise<{ status: number; page: CachedPage }>>()

  /** One render per key at a time, however many people ask at once; kept only if the site did not change meanwhile. */
  function render(key: string) {
    const generation = publicStore().generation
    const renderKey = `${generation} ${key}` // after a change, nobody joins a render of the content before it
    let pending = rendering.get(renderKey)
    if (!pending) {
      pending = fetch(`${origin}${key}`, { headers: { 'x-khaosan-render': renderToken } })
        .then(async (response) => {
          const page = pageOf(Buffer.from(await response.arrayBuffer()), response.headers.get('content-type') ?? 'text/html; charset=utf-8')
          if (response.status === 200) keepPage(key, page, generation)
          return { status: response.status, page }
        })
        .finally(() => rendering.delete(renderKey))
      rendering.set(renderKey, pending)
    }
    return pending
  }

  const countIfPage = (req: http.IncomingMessage, path: string, status: number, contentType: string) => {
    if (status === 200 && req.method === 'GET' && isHtml(contentType) && !ROBOT.test(req.headers['user-agent'] ?? '')) countView(path)
  }

  /** A miss: rendered by Next (once, however many ask), kept, and sent. */
  async function renderAndSend(req: http.IncomingMessage, res: http.ServerResponse, key: string, path: string) {
    try {
      const { status, page } = await render(key)
      countIfPage(req, path, status, page.contentType)
      if (status === 200) return send(req, res, page)
      res.writeHead(status, { 'Content-Type': page.contentType, 'X-Content-Type-Options': 'nosniff' }).end(req.method === 'HEAD' ? undefined : page.body)
    } catch (error) {
      console.error('public page', key, error)
      if (!res.headersSent) res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end('ระบบขัดข้องชั่วคราว กรุณาลองใหม่อีกครั้ง')
    }
  }

  // A hit is answered synchronously, without a promise: this path is what the benchmark measures.
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/'
    const key = req.headers['x-khaosan-render'] === renderToken || (req.method !== 'GET' && req.method !== 'HEAD') ? null : cacheKeyOf(url)
    if (!key) {
      const path = url.split('?')[0]
      if (UNCACHED_PAGES.has(path)) res.once('finish', () => countIfPage(req, path, res.statusCode, String(res.getHeader('content-type') ?? '')))
      return void handle(req, res)
    }
    const path = key.indexOf('?') < 0 ? key : key.slice(0, key.indexOf('?'))
    const hit = cachedPage(key, Date.now())
    if (!hit) return void renderAndSend(req, res, key, path)
    countIfPage(req, path, 200, hit.contentType)
    send(req, res, hit)
  })
  server.keepAliveTimeout = 65_000
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve))
  return server
}
