/**
 * The site process: Next.js and Payload (the public pages, the admin, the API, the jobs), listening on
 * 127.0.0.1 for the front server that started it (src/server/front.ts). The front server sends it whatever
 * is not in its page cache, asks it over IPC to render pages for the cache, and passes on page views; this
 * process tells it when public content changes. It ends when the front server does.
 */
import http from 'node:http'
import next from 'next'
import { currentGeneration, listenToPublicSite, publicStore } from '@/site/public-cache'
import { SEARCH_PATH, isSearchKey } from '@/domain/site/page-cache'
import { itemIdOfPath } from '@/domain/site/addresses'
import { GENERATION_HEADER, type FromSite, type ToSite } from './site-messages'
import { renderSearchPage, searchLayoutOf, type SearchLayout } from './search-render'

// tsx turns source maps on for our TypeScript; Node then also reads and keeps the map of every chunk of Next's
// build this process loads (measured: 108 MB of the 530 MB this process held at start). Stack traces of the
// running site point into the compiled chunks instead.
process.setSourceMapsEnabled(false)

const send = (message: FromSite) => process.send?.(message)

/**
 * Public pages have no client components: they are documents, links and GET forms. What Next adds for
 * client-side navigation (its runtime scripts and the page again as an RSC payload, about two thirds of the
 * bytes) is dropped from the cached copy, so a phone on a slow line downloads a third and runs no framework
 * code. The site's own small script (the text-size switch) stays.
 */
const withoutFrameworkScripts = (html: string): string =>
  html.replace(/<script\b(?![^>]*\bsrc="\/text-size\.js")[^>]*>[\s\S]*?<\/script>/g, '').replace(/<link\b[^>]*\bas="script"[^>]*>/g, '')

/** Every response says which generation of public content it was sent under: the front server drops older pages on hearing a newer one. */
function sayGeneration(res: http.ServerResponse) {
  const writeHead = res.writeHead
  res.writeHead = function (this: http.ServerResponse, ...args: Parameters<typeof writeHead>) {
    if (!this.headersSent) this.setHeader(GENERATION_HEADER, String(publicStore().generation))
    return writeHead.apply(this, args)
  } as typeof writeHead
}

const server = http.createServer()
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const { port } = server.address() as { port: number }
const origin = `http://127.0.0.1:${port}`
const app = next({ dev: false, dir: process.cwd(), hostname: '127.0.0.1', port })
const handle = app.getRequestHandler()
await app.prepare()
server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
  sayGeneration(res)
  void handle(req, res)
})

type Page = { status: number; contentType: string; body: Buffer; location?: string }

/** A page as Next renders it for a citizen; a redirect (an item asked for under its old category) is passed on as one. */
async function renderWithNext(key: string): Promise<Page> {
  const response = await fetch(`${origin}${key}`, { redirect: 'manual' })
  const contentType = response.headers.get('content-type') ?? 'text/html; charset=utf-8'
  const bytes = Buffer.from(await response.arrayBuffer())
  const location = response.headers.get('location') ?? undefined
  return { status: response.status, contentType, location, body: contentType.startsWith('text/html') ? Buffer.from(withoutFrameworkScripts(bytes.toString('utf8'))) : bytes }
}

/** Next's search page cut for src/server/search-render.tsx, for the generation of public content it was rendered in. */
let searchLayout: { generation: number; layout: Promise<SearchLayout | null> } | null = null

function searchLayoutFor(generation: number): Promise<SearchLayout | null> {
  if (searchLayout?.generation !== generation) {
    const entry = {
      generation,
      layout: renderWithNext(SEARCH_PATH).then((page) => (page.status === 200 ? searchLayoutOf(page.body.toString('utf8')) : null)).catch(() => null),
    }
    searchLayout = entry
    // Not kept if it failed: the next search tries again.
    void entry.layout.then((found) => {
      if (!found && searchLayout === entry) searchLayout = null
    })
  }
  return searchLayout.layout
}

/** A search page rendered here into Next's layout, or null where that cannot be done yet. */
async function renderSearch(key: string, generation: number): Promise<Page | null> {
  const layout = await searchLayoutFor(generation)
  const html = layout ? await renderSearchPage(key, layout) : null
  return html === null ? null : { status: 200, contentType: 'text/html; charset=utf-8', body: Buffer.from(html) }
}

/** An item's address that has no page: 410 if the item was on the site and has been taken down, else 404. */
async function missingItemStatus(key: string): Promise<number> {
  const id = itemIdOfPath(key)
  if (id === null) return 404
  const answer = await fetch(`${origin}/api/publish-requests/taken-down/${id}`).then((r) => (r.ok ? r.json() : null), () => null)
  return answer?.takenDown === true ? 410 : 404
}

/** Renders a page as a citizen would get it; marked -1 if public content changed meanwhile (it must not be kept). */
async function render(id: number, key: string): Promise<FromSite> {
  const generation = currentGeneration(Date.now())
  const page = (isSearchKey(key) ? await renderSearch(key, generation) : null) ?? (await renderWithNext(key))
  if (page.status === 404) page.status = await missingItemStatus(key)
  return { type: 'rendered', id, ...page, generation: publicStore().generation === generation ? generation : -1 }
}

listenToPublicSite(send)
process.on('message', (message: ToSite) => {
  if (message.type === 'render') {
    render(message.id, message.key).then(send, (error) => {
      console.error('public page', message.key, error)
      send({ type: 'render-failed', id: message.id })
    })
  } else if (message.type === 'views') {
    publicStore().views.addAll(message.views)
  }
})
process.on('disconnect', () => process.exit(0))
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0))
// Payload starts with the first request that needs it: the database is migrated (and the demo seeded) and the
// jobs and the page-view writer run before anyone is let in.
await fetch(`${origin}/api/categories?limit=1`).then((r) => r.arrayBuffer(), (error) => console.error('Payload', error))
send({ type: 'ready', port, generation: publicStore().generation })
