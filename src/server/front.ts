/**
 * The front server: what citizens and staff connect to. Public pages change only when the workflow publishes
 * or takes something down, so each one is rendered once by the site process (Payload, and Next for the admin
 * and the API, started here as a child: src/server/site-process.ts), kept here in memory with its gzip and
 * brotli forms and an ETag, and answered from here until public content changes; the site's fonts, favicon and
 * script are read once at start (src/site/assets.ts). Everything else — the admin, the API, downloads, Next's
 * assets — is passed through to the site process.
 *
 * This process loads neither Next nor Payload, so a cached page costs what Node's http server costs (Next
 * patches process.nextTick and keeps async hooks on, which halves that), and cached pages keep being served
 * while the site process restarts or the database is down. Page views are counted here and passed on.
 */
import { fork, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import http from 'node:http'
import https from 'node:https'
import fs from 'node:fs'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import { MISSING_PAGE_PATH, cacheKeyOf, isPublicPath, isUncachedPage, isWellFormedUrl } from '@/domain/site/page-cache'
import { hostOf } from '@/domain/agencies/agencies'
import { siteAssets } from '@/site/assets'
import { noticePageHtml } from '@/site/notice-page'
import { builtServer, trustedProxiesOf } from '@/server/environment'
import { MAX_REQUEST_BYTES } from '@/domain/files'
import { CLIENT_ADDRESS_HEADER, clientAddress } from '@/domain/site/rate-limit'
import { CROSS_SITE_REFUSAL, isCrossSiteWithSession } from '@/domain/site/cross-site'
import { ViewCounts, viewKey } from '@/domain/site/statistics'
import { FORM_REPLY_TYPE, parseFormReply, type FormReply } from '@/domain/site/form-reply'
import { text } from 'node:stream/consumers'
import { PageStore, type CachedPage, type RenderTicket } from './page-store'
import { TrafficLog, signedInPerson, trafficLogDir, type ClosedDay } from './traffic-log'
import { maskSecrets } from '@/domain/logs/chain'
import { FIRST_GENERATION_ENV, type FromSite, type ToSite } from './site-messages'
import { HSTS, securityHeaders } from './security-headers'

const gzip = promisify(zlib.gzip)
const brotli = promisify(zlib.brotliCompress)

const ROBOT = /bot|crawl|spider|slurp/i
const UNAVAILABLE = 'ระบบขัดข้องชั่วคราว กรุณาลองใหม่อีกครั้งในอีกสักครู่'
/** How long a request waits for the site process to (re)start before it is told to come back later. */
const WAIT_FOR_SITE_MS = 60_000
const RENDER_TIMEOUT_MS = 60_000
/**
 * Renders asked of the site process at once; the rest wait their turn here. Its JavaScript runs on one core, so more
 * at once would not be done sooner, only each take longer and all together hold more memory (a burst of 64 searches
 * nobody made before held 40-100 MB more in the site process).
 */
const RENDERS_AT_ONCE = 4
/** How long an answer that may have changed public content waits to be sure the change was heard. */
const SYNC_TIMEOUT_MS = 2_000
const PASS_VIEWS_EVERY_MS = 1_000
const KEEP_ALIVE_S = 65
/** Headers that belong to one connection (this server answered any "Expect: 100-continue" itself), or to the two processes. */
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'upgrade', 'te', 'trailer']
const REQUEST_HEADERS_NOT_PASSED_ON = new Set([...HOP_BY_HOP, 'expect', CLIENT_ADDRESS_HEADER])
const RESPONSE_HEADERS_NOT_PASSED_ON = new Set([...HOP_BY_HOP, 'transfer-encoding'])

/** The public site's security headers (src/server/security-headers.ts), kept with each cached page; HSTS is added per response over HTTPS. */
const PUBLIC_SECURITY = securityHeaders('/', false)
const SECURED = Object.fromEntries(PUBLIC_SECURITY)

const isHtml = (contentType: string) => contentType.startsWith('text/html')
const pathOf = (key: string) => (key.indexOf('?') < 0 ? key : key.slice(0, key.indexOf('?')))

const PAGE_CACHE_CONTROL = 'public, max-age=0, must-revalidate'
/** A page rendered for each visit (statistics, a complaint's status): nobody keeps it, not even the browser. */
const UNCACHED_CACHE_CONTROL = 'private, no-store'

async function cachedPageOf(contentType: string, body: Buffer, cacheControl = PAGE_CACHE_CONTROL): Promise<CachedPage> {
  const etag = `"${crypto.createHash('sha1').update(body).digest('base64url')}"`
  // Compressed on libuv's threads: a large sitemap does not hold up the pages being served meanwhile. Brotli's window
  // is the page's size (no larger than its 4 MB default) and it is told the size, so it does not set up tables for
  // megabytes to compress a page of 30 KB (measured: 10-25 MB less held by the front server after a thousand searches).
  const window = Math.min(zlib.constants.BROTLI_DEFAULT_WINDOW, Math.max(zlib.constants.BROTLI_MIN_WINDOW_BITS, Math.ceil(Math.log2(body.length + 1))))
  const brotliParams = { [zlib.constants.BROTLI_PARAM_QUALITY]: 6, [zlib.constants.BROTLI_PARAM_LGWIN]: window, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length }
  const [gzipped, brotlied] = await Promise.all([gzip(body, { level: 6 }), brotli(body, { params: brotliParams })])
  const common = ['Content-Type', contentType, 'ETag', etag, 'Cache-Control', cacheControl, 'Vary', 'Accept-Encoding', ...PUBLIC_SECURITY.flat()]
  return {
    contentType,
    etag,
    body,
    gzip: gzipped,
    brotli: brotlied,
    headers: {
      plain: [...common, 'Content-Length', String(body.length)],
      gzip: [...common, 'Content-Encoding', 'gzip', 'Content-Length', String(gzipped.length)],
      brotli: [...common, 'Content-Encoding', 'br', 'Content-Length', String(brotlied.length)],
    },
  }
}

/** From memory, in the encoding the browser takes; a browser that has this version of a page already gets 304. */
function send(req: http.IncomingMessage, res: http.ServerResponse, page: CachedPage, status = 200) {
  if (status === 200 && req.headers['if-none-match'] === page.etag) {
    res.writeHead(304, page.headers.plain.slice(0, -2)).end()
    return
  }
  const accept = req.headers['accept-encoding'] ?? ''
  const [headers, body] = accept.includes('br') ? [page.headers.brotli, page.brotli] : accept.includes('gzip') ? [page.headers.gzip, page.gzip] : [page.headers.plain, page.body]
  res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body)
}

const TOO_LARGE = 'ข้อมูลที่ส่งมีขนาดเกินที่ระบบรับได้ กรุณาแนบไฟล์ที่มีขนาดเล็กลง'

/** A body over the limit is refused as soon as it is known to be (its declared length, or the bytes so far); the connection then closes. */
function tooLarge(req: http.IncomingMessage, res: http.ServerResponse) {
  req.unpipe()
  if (res.headersSent) return void res.destroy()
  res.writeHead(413, { ...SECURED, 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' }).end(TOO_LARGE)
  res.once('finish', () => req.socket.destroySoon())
}

function unavailable(res: http.ServerResponse, status = 503) {
  if (res.headersSent) return void res.destroy()
  res.writeHead(status, { ...SECURED, 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '10' }).end(UNAVAILABLE)
}

const BAD_ADDRESS = Buffer.from(
  noticePageHtml(
    'ที่อยู่เว็บไซต์ไม่ถูกต้อง',
    '<p>ที่อยู่ที่เปิดมีอักขระที่ไม่สมบูรณ์ อาจคัดลอกลิงก์มาไม่ครบ กรุณาตรวจสอบลิงก์อีกครั้ง</p>' +
      '<form action="/search" method="get" role="search"><label for="q">ค้นหาข้อมูล</label> <input id="q" type="search" name="q"> <button type="submit">ค้นหา</button></form>' +
      '<p><a href="/">กลับไปหน้าแรก</a></p>',
  ),
)

/** An address that does not decode: 400, in Thai, with a way on. */
function badAddress(req: http.IncomingMessage, res: http.ServerResponse) {
  res.writeHead(400, { ...SECURED, 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': BAD_ADDRESS.length }).end(req.method === 'HEAD' ? undefined : BAD_ADDRESS)
}

/**
 * cacheKeyOf, remembered for the addresses asked for most: a key with a query string takes parsing, sorting and
 * (for a search) normalizing, several times what the rest of a cached page costs. Forgotten when full.
 */
const keys = new Map<string, string | null>()
const MAX_KEYS = 10_000
function keyOf(url: string): string | null {
  if (url.indexOf('?') < 0) return cacheKeyOf(url)
  let key = keys.get(url)
  if (key === undefined) {
    if (keys.size >= MAX_KEYS) keys.clear()
    keys.set(url, (key = cacheKeyOf(url)))
  }
  return key
}

/** hostOf, remembered for the few host names a server is reached by. */
const hosts = new Map<string, string>()
function hostKeyOf(header: string | undefined): string {
  let host = hosts.get(header ?? '')
  if (host === undefined) {
    if (hosts.size >= 1_000) hosts.clear()
    hosts.set(header ?? '', (host = hostOf(header)))
  }
  return host
}

type Rendered = Extract<FromSite, { type: 'rendered' }>

/** The site process: started, restarted when it ends (sooner after a crash at start-up, then backing off), stopped with this one. */
class SiteProcess {
  port: number | null = null
  private child: ChildProcess | null = null
  private waiting: (() => void)[] = []
  private renders = new Map<number, { resolve: (r: Rendered) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>()
  private syncs = new Map<number, () => void>()
  private lastId = 0
  private rendersRunning = 0
  private rendersWaiting: (() => void)[] = []
  private failures = 0
  private readyAt = 0
  private stopping = false

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly firstGeneration: () => number,
    private readonly heard: (message: FromSite) => void,
  ) {
    process.on('exit', () => this.child?.kill())
  }

  start() {
    const child = fork(builtServer('site-process'), [], {
      // glibc gives each thread that allocates (libuv's pool, sharp's, the database's) an arena of its own;
      // two are enough here and hold tens of MB less (measured 40 MB at start).
      env: { MALLOC_ARENA_MAX: '2', ...this.env, [FIRST_GENERATION_ENV]: String(this.firstGeneration() + 1) },
      // globalThis.gc, for returning a printed document's memory at once (src/endpoints/documents.ts).
      execArgv: [...process.execArgv, '--expose-gc'],
      serialization: 'advanced',
    })
    this.child = child
    child.on('message', (message: FromSite) => {
      if (message.type === 'ready') {
        this.port = message.port
        this.readyAt = Date.now()
        this.waiting.splice(0).forEach((wake) => wake())
      } else if (message.type === 'synced') {
        this.syncs.get(message.id)?.()
      } else if (message.type === 'rendered' || message.type === 'render-failed') {
        const render = this.renders.get(message.id)
        if (!render) return
        this.renders.delete(message.id)
        clearTimeout(render.timer)
        if (message.type === 'rendered') render.resolve(message)
        else render.reject(new Error('render failed'))
      }
      this.heard(message)
    })
    child.on('exit', (code, signal) => {
      this.port = null
      this.child = null
      for (const [id, render] of this.renders) {
        clearTimeout(render.timer)
        render.reject(new Error('the site process ended'))
        this.renders.delete(id)
      }
      for (const synced of this.syncs.values()) synced()
      if (this.stopping) return
      this.failures = this.readyAt && Date.now() - this.readyAt > 60_000 ? 0 : this.failures + 1
      this.readyAt = 0
      const delay = Math.min(30_000, 500 * 2 ** this.failures)
      console.error(`ระบบเว็บไซต์หยุดทำงาน (${signal ?? code}) จะเริ่มใหม่ใน ${delay / 1000} วินาที; หน้าที่เก็บไว้ยังให้บริการอยู่`)
      setTimeout(() => this.start(), delay).unref()
    })
  }

  /** Ends the site process (SIGTERM, then SIGKILL after `ms`) and resolves once it has exited; it is not restarted. */
  async stop(ms = 10_000): Promise<void> {
    this.stopping = true
    const child = this.child
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), ms)
    await exited
    clearTimeout(timer)
  }

  /** The site process's port, once it listens; null if it does not within `ms`. */
  async up(ms: number): Promise<number | null> {
    if (this.port !== null) return this.port
    let wake = () => {}
    const started = new Promise<void>((resolve) => this.waiting.push((wake = resolve)))
    let timer: NodeJS.Timeout | undefined
    await Promise.race([started, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))])
    clearTimeout(timer)
    this.waiting = this.waiting.filter((w) => w !== wake)
    return this.port
  }

  tell(message: ToSite): boolean {
    if (!this.child?.connected || this.port === null) return false
    this.child.send(message)
    return true
  }

  /**
   * Resolves once every message the site process sent before it heard this one has arrived here (the IPC channel
   * keeps their order): a change to public content that a request made is known before its answer goes back,
   * so whoever acted sees the change on their very next page.
   */
  sync(): Promise<void> {
    const id = ++this.lastId
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer)
        this.syncs.delete(id)
        resolve()
      }
      const timer = setTimeout(done, SYNC_TIMEOUT_MS)
      this.syncs.set(id, done)
      if (!this.tell({ type: 'sync', id })) done()
    })
  }

  /** A page rendered by the site process, at most RENDERS_AT_ONCE at a time. */
  async render(host: string, key: string, reply?: FormReply): Promise<Rendered> {
    if (this.rendersRunning >= RENDERS_AT_ONCE) await new Promise<void>((resolve) => this.rendersWaiting.push(resolve))
    this.rendersRunning++
    try {
      return await this.renderNow(host, key, reply)
    } finally {
      this.rendersRunning--
      this.rendersWaiting.shift()?.()
    }
  }

  private async renderNow(host: string, key: string, reply?: FormReply): Promise<Rendered> {
    if ((await this.up(WAIT_FOR_SITE_MS)) === null) throw new Error('the site process is not running')
    const id = ++this.lastId
    return new Promise<Rendered>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.renders.delete(id)
        reject(new Error(`no page after ${RENDER_TIMEOUT_MS} ms`))
      }, RENDER_TIMEOUT_MS)
      this.renders.set(id, { resolve, reject, timer })
      if (!this.tell({ type: 'render', id, host, key, reply })) {
        this.renders.delete(id)
        clearTimeout(timer)
        reject(new Error('the site process is not running'))
      }
    })
  }
}

export interface Front {
  server: http.Server
  /** Stops listening and ends the site process, resolving once it has exited (its files are closed). */
  stop: () => Promise<void>
}

/** PEM files: the front server then speaks HTTPS on its port, and `httpPort` (if any) only redirects to it. */
export interface TlsFiles {
  cert: string
  key: string
  httpPort?: number
}

/** TLS 1.2 at the least (1.3 preferred, as Node offers it first), and for 1.2 only forward-secret AEAD suites. */
const TLS_1_2_CIPHERS = ['ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-CHACHA20-POLY1305', 'ECDHE-RSA-CHACHA20-POLY1305'].join(':')

export async function startFront({ port, hostname, tls }: { port: number; hostname?: string; tls?: TlsFiles }): Promise<Front> {
  const store = new PageStore()
  const views = new ViewCounts()
  /** Days of the traffic log that ended, until the site process has them to record. */
  const closedDays: ClosedDay[] = []
  const tellClosedDays = () => {
    while (closedDays.length && site.tell({ type: 'log-day', ...closedDays[0] })) closedDays.shift()
  }
  let tokenKey: string | null = null
  const site = new SiteProcess({ ...process.env, PORT: String(port) }, () => store.generation, (message) => {
    if (message.type === 'changed') store.siteAt(message.generation, message.agency)
    else if (message.type === 'ready') store.siteAt(message.generation)
    else if (message.type === 'valid-until') store.validUntil(message.at, message.generation)
    if (message.type === 'ready') {
      tokenKey = message.tokenKey
      tellClosedDays()
    }
  })
  const traffic = new TrafficLog(trafficLogDir(), (day) => {
    closedDays.push(day)
    tellClosedDays()
  })
  site.start()
  setInterval(() => {
    const counted = views.take()
    if (counted.size && !site.tell({ type: 'views', views: [...counted] })) views.addAll(counted)
  }, PASS_VIEWS_EVERY_MS).unref()

  const countIfPage = (req: http.IncomingMessage, host: string, path: string, status: number, contentType: string) => {
    if (status === 200 && req.method === 'GET' && isHtml(contentType) && !ROBOT.test(req.headers['user-agent'] ?? '')) views.add(viewKey(host, path))
  }

  const rendering = new Map<string, Promise<{ status: number; contentType: string; body: Buffer; location?: string; page: CachedPage | null }>>()

  /** One render per host and key at a time, however many people ask at once; kept only if nothing changed meanwhile. */
  function render(host: string, key: string, ticket: RenderTicket) {
    const renderKey = `${ticket.epoch} ${ticket.generation} ${host}${key}` // after a change, nobody joins a render of the content before it
    let pending = rendering.get(renderKey)
    if (!pending) {
      pending = site
        .render(host, key)
        .then(async ({ status, contentType, body: bytes, generation, agency, location }) => {
          // A copy: the bytes arrive as a view into the IPC message's buffer, which a kept page would otherwise hold whole.
          const body = Buffer.from(bytes)
          if (status !== 200) return { status, contentType, body, location, page: null }
          if (isUncachedPage(pathOf(key))) return { status, contentType, body, page: await cachedPageOf(contentType, body, UNCACHED_CACHE_CONTROL) }
          const page = await cachedPageOf(contentType, body)
          store.keep(host, key, page, ticket, generation, Date.now(), agency)
          return { status, contentType, body, page }
        })
        .finally(() => rendering.delete(renderKey))
      rendering.set(renderKey, pending)
    }
    return pending
  }

  /** The site's "not found" page (kept like any page), for an address that is no page at all. */
  async function sendMissing(req: http.IncomingMessage, res: http.ServerResponse, status: number) {
    const host = hostKeyOf(req.headers.host)
    try {
      const page = store.get(host, MISSING_PAGE_PATH, Date.now()) ?? (await render(host, MISSING_PAGE_PATH, store.ticket(Date.now()))).page
      if (page) return send(req, res, page, status)
    } catch (error) {
      console.error('public page', MISSING_PAGE_PATH, (error as Error).message)
    }
    res.writeHead(status, { ...SECURED, 'Content-Type': 'text/plain; charset=utf-8' }).end('ไม่พบหน้าที่ต้องการ')
  }

  /** A miss: rendered by the site process (once, however many ask), kept, and sent; "not found" comes with its page. */
  async function renderAndSend(req: http.IncomingMessage, res: http.ServerResponse, host: string, key: string) {
    try {
      const { status, contentType, body, location, page } = await render(host, key, store.ticket(Date.now()))
      countIfPage(req, host, pathOf(key), status, contentType)
      if (page) return send(req, res, page)
      res.writeHead(status, { ...SECURED, 'Content-Type': contentType, ...(location ? { Location: location } : {}) }).end(req.method === 'HEAD' ? undefined : body)
    } catch (error) {
      console.error('public page', key, (error as Error).message)
      unavailable(res)
    }
  }

  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 })
  const trustedProxies = trustedProxiesOf()

  /** Not a cached page: passed to the site process as it came, and its answer back as it comes. */
  async function passOn(req: http.IncomingMessage, res: http.ServerResponse) {
    if (Number(req.headers['content-length']) > MAX_REQUEST_BYTES) return tooLarge(req, res)
    const sitePort = site.port ?? (await site.up(WAIT_FOR_SITE_MS))
    if (sitePort === null) return unavailable(res)
    const headers: string[] = []
    for (let i = 0; i < req.rawHeaders.length; i += 2) {
      const name = req.rawHeaders[i].toLowerCase()
      if (!REQUEST_HEADERS_NOT_PASSED_ON.has(name) && name !== 'x-forwarded-for') headers.push(req.rawHeaders[i], req.rawHeaders[i + 1])
    }
    const peer = req.socket.remoteAddress ?? ''
    headers.push('X-Forwarded-For', [req.headers['x-forwarded-for'], peer].filter(Boolean).join(', '))
    headers.push(CLIENT_ADDRESS_HEADER, clientAddress(peer, [req.headers['x-forwarded-for']].flat().join(', ') || undefined, trustedProxies))
    if (tls) headers.push('X-Forwarded-Proto', 'https')
    const mayChange = req.method !== 'GET' && req.method !== 'HEAD'
    const upstream = http.request({ host: '127.0.0.1', port: sitePort, method: req.method, path: req.url, headers, agent }, async (response) => {
      if (mayChange) await site.sync()
      if (response.headers['content-type']?.startsWith(FORM_REPLY_TYPE)) return void answerFormReply(req, res, response)
      const back: string[] = []
      for (let i = 0; i < response.rawHeaders.length; i += 2) {
        if (!RESPONSE_HEADERS_NOT_PASSED_ON.has(response.rawHeaders[i].toLowerCase())) back.push(response.rawHeaders[i], response.rawHeaders[i + 1])
      }
      // The site's own (a download's sandboxing policy) win; the rest are added.
      for (const [name, value] of securityHeaders(pathOf(req.url ?? '/'), false)) if (!response.headers[name.toLowerCase()]) back.push(name, value)
      res.writeHead(response.statusCode ?? 502, response.statusMessage, back)
      response.pipe(res)
    })
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      console.error('site process:', req.method, pathOf(req.url ?? '/'), error.code ?? error.message)
      unavailable(res, 502)
    })
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy()
    })
    let received = 0
    req.on('data', (chunk: Buffer) => {
      received += chunk.length
      if (received > MAX_REQUEST_BYTES && !res.headersSent) {
        upstream.destroy()
        tooLarge(req, res)
      }
    })
    req.pipe(upstream)
  }

  /**
   * A public form the site refused (src/domain/site/form-reply.ts): its page drawn again with what was sent and the
   * messages beside the fields, with the refusal's status; one citizen's, never kept.
   */
  async function answerFormReply(req: http.IncomingMessage, res: http.ServerResponse, response: http.IncomingMessage) {
    const reply = parseFormReply(await text(response))
    try {
      const page = reply && (await site.render(hostKeyOf(req.headers.host), reply.page, reply))
      if (!page || page.status !== 200) return unavailable(res, 502)
      res.writeHead(response.statusCode ?? 400, { ...SECURED, 'Content-Type': page.contentType, 'Cache-Control': UNCACHED_CACHE_CONTROL }).end(Buffer.from(page.body))
    } catch (error) {
      console.error('public form', reply?.page, (error as Error).message)
      unavailable(res)
    }
  }

  const assets = new Map<string, CachedPage>()
  for (const asset of siteAssets()) assets.set(asset.path, await cachedPageOf(asset.contentType, asset.body, asset.cacheControl))

  /**
   * Not a page the cache keeps: one of the site's files, a public page rendered for every visit (statistics),
   * an address of the public site that is no page ("not found"), or Next's (passed on).
   */
  function answerOther(req: http.IncomingMessage, res: http.ServerResponse) {
    const path = pathOf(req.url ?? '/')
    const reads = req.method === 'GET' || req.method === 'HEAD'
    const asset = reads ? assets.get(path) : undefined
    if (asset) return send(req, res, asset)
    if (!isPublicPath(path)) {
      if (isCrossSiteWithSession(req.method ?? '', req.headers)) return void res.writeHead(403, { ...SECURED, 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify({ errors: [{ message: CROSS_SITE_REFUSAL }] }))
      return void passOn(req, res)
    }
    if (!reads) return void res.writeHead(405, { ...SECURED, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('หน้านี้เปิดอ่านได้อย่างเดียว')
    if (isUncachedPage(path)) return void renderAndSend(req, res, hostKeyOf(req.headers.host), req.url ?? path)
    void sendMissing(req, res, 404)
  }

  /** The time as the log writes it, made once a millisecond however many requests end in it. */
  let [isoAt, iso] = [0, '']
  const isoTime = (at: number) => (at === isoAt ? iso : ((isoAt = at), (iso = new Date(at).toISOString())))

  /** A request as a line of the traffic log (ข้อมูลจราจรทางคอมพิวเตอร์), answered with `status`. */
  function logAnswer(req: http.IncomingMessage, status: number, started: number, sentBefore: number) {
    const headers = req.headers
    const forwarded = headers['x-forwarded-for']
    const now = Date.now()
    traffic.record(
      {
        t: isoTime(now),
        ip: clientAddress(req.socket.remoteAddress ?? '', typeof forwarded === 'string' ? forwarded : forwarded?.join(', '), trustedProxies),
        method: req.method ?? '',
        host: headers.host ?? '',
        path: maskSecrets(req.url ?? ''),
        status,
        bytes: req.socket.bytesWritten - sentBefore,
        ms: Math.round((performance.now() - started) * 10) / 10,
        user: headers.cookie || headers.authorization ? signedInPerson(headers.cookie, headers.authorization, tokenKey) : null,
        ua: headers['user-agent'] ?? '',
        ref: headers.referer ?? '',
      },
      now,
    )
  }

  /** A request answered later, logged once its answer is done (or abandoned: 499). */
  function logWhenDone(req: http.IncomingMessage, res: http.ServerResponse, started = performance.now(), sentBefore = req.socket.bytesWritten) {
    res.once('close', () => logAnswer(req, res.writableFinished ? res.statusCode : 499, started, sentBefore))
  }

  // A hit is answered synchronously, without a promise, and logged as soon as its bytes are handed to the socket,
  // without a listener per response (measured: 3-5 µs of CPU less a request): this path is what the benchmark measures.
  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const started = performance.now()
    const sentBefore = req.socket.bytesWritten
    if (tls) res.setHeader('Strict-Transport-Security', HSTS)
    if (!isWellFormedUrl(req.url ?? '/')) {
      badAddress(req, res)
      return logAnswer(req, res.statusCode, started, sentBefore)
    }
    const key = req.method === 'GET' || req.method === 'HEAD' ? keyOf(req.url ?? '/') : null
    if (!key) {
      logWhenDone(req, res, started, sentBefore)
      return answerOther(req, res)
    }
    const host = hostKeyOf(req.headers.host) // each agency's site at its own host names
    const hit = store.get(host, key, Date.now())
    if (!hit) {
      logWhenDone(req, res, started, sentBefore)
      return void renderAndSend(req, res, host, key)
    }
    countIfPage(req, host, pathOf(key), 200, hit.contentType)
    send(req, res, hit)
    logAnswer(req, res.statusCode, started, sentBefore)
  }
  const server = tls
    ? https.createServer({ cert: fs.readFileSync(tls.cert), key: fs.readFileSync(tls.key), minVersion: 'TLSv1.2', ciphers: TLS_1_2_CIPHERS, honorCipherOrder: true }, handle)
    : http.createServer(handle)
  // Plain HTTP, when asked for beside HTTPS, only sends people to the same address over HTTPS (logged like any request).
  const redirect = tls?.httpPort
    ? http.createServer((req, res) => {
        logWhenDone(req, res)
        const host = (req.headers.host ?? hostname ?? 'localhost').replace(/:\d+$/, '')
        res.writeHead(308, { ...SECURED, Location: `https://${host}${port === 443 ? '' : `:${port}`}${req.url ?? '/'}`, 'Content-Type': 'text/plain; charset=utf-8' }).end('กรุณาใช้ HTTPS')
      })
    : null
  if (redirect && tls?.httpPort) await new Promise<void>((resolve, reject) => redirect.once('error', reject).listen(tls.httpPort, hostname, resolve))
  server.keepAliveTimeout = KEEP_ALIVE_S * 1000
  server.requestTimeout = 0 // uploads of large attachments on slow lines; the site process has its own limits
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, hostname, resolve))
  const stop = async () => {
    server.close()
    server.closeAllConnections()
    redirect?.close()
    redirect?.closeAllConnections()
    await Promise.all([site.stop(), traffic.close()])
  }
  return { server, stop }
}
