/**
 * The site process, started by the front server (src/server/front.ts): Payload, through its local API, and Next
 * for the admin and the REST and GraphQL API, listening on 127.0.0.1. The front server sends it whatever is not a
 * public page and asks it over IPC for the public pages it does not have; they are rendered here by
 * src/site/render.tsx. Whatever a request or a render does is for the agency its host name belongs to. This process tells the front server when public content changes, and writes the page views
 * it passes on. It ends when the front server does.
 */
import http from 'node:http'
import next from 'next'
import { getPayload } from 'payload'
import config from '@payload-config'
import { changedSince, currentGeneration, listenToPublicSite, publicStore } from '@/site/public-cache'
import { renderPublicPage } from '@/site/render'
import type { FromSite, ToSite } from './site-messages'
import type { FormReply } from '@/domain/site/form-reply'
import { recordClosedDay } from './traffic-log-days'
import { agencyServing } from './agencies'
import { forAgency } from './agency-context'
import { NO_AGENCY_MESSAGE, SUSPENDED_MESSAGE, type AgencyEntry } from '@/domain/agencies/agencies'
import { escapeXml } from '@/domain/site/xml'
import { noticePageHtml } from '@/site/notice-page'

const send = (message: FromSite) => process.send?.(message)

// Payload first: the database is migrated (and the demo seeded), the jobs and the page-view writer run before
// anyone is let in. Next's admin and API handlers are given this same instance by getPayload, which keeps one per
// process (next.config.mjs leaves Payload unbundled, so both read the one copy of its code).
const payload = await getPayload({ config, cron: true })

const server = http.createServer()
// Its one client is the front server, which keeps its connections for the next request: closing one for idleness
// (Node's 5 s) could cross a request just sent on it, which the front server then has to answer 502. The front closes them.
server.keepAliveTimeout = 0
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const { port } = server.address() as { port: number }
const app = next({ dev: false, dir: process.cwd(), hostname: '127.0.0.1', port })
const handle = app.getRequestHandler()
await app.prepare()

/** The page for a host no agency answers at (404) or of an agency suspended (503): its Thai notice, never kept. */
function closedAnswer(agency: AgencyEntry | null) {
  const html = agency ? noticePageHtml('ระงับการให้บริการชั่วคราว', `<p>${escapeXml(agency.name)}</p><p>${SUSPENDED_MESSAGE}</p>`) : noticePageHtml('ไม่พบเว็บไซต์', `<p>${NO_AGENCY_MESSAGE}</p>`)
  return { status: agency ? 503 : 404, contentType: 'text/html; charset=utf-8', body: Buffer.from(html) }
}

// Each request is the work of the agency its host name belongs to (src/server/agency-context.ts).
server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
  agencyServing(payload, req.headers.host ?? '').then(
    (agency) => {
      if (agency?.status === 'active') return forAgency(agency.id, () => handle(req, res))
      const { status, contentType, body } = closedAnswer(agency)
      res.writeHead(status, { 'Content-Type': contentType, 'Cache-Control': 'no-store' }).end(body)
    },
    (error: unknown) => {
      console.error('agency of', req.headers.host, error)
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' }).end('ระบบขัดข้องชั่วคราว กรุณาลองใหม่อีกครั้งในอีกสักครู่')
    },
  )
})

/** Renders a page of the agency at `host` as a citizen would get it; marked -1 if its public content changed meanwhile (it must not be kept). */
async function render(id: number, host: string, key: string, reply?: FormReply): Promise<FromSite> {
  const generation = currentGeneration(Date.now())
  const agency = await agencyServing(payload, host)
  if (agency?.status !== 'active') {
    return { type: 'rendered', id, ...closedAnswer(agency), generation: -1 }
  }
  const page = await forAgency(agency.id, () => renderPublicPage(key, reply))
  return { type: 'rendered', id, ...page, agency: agency.id, generation: changedSince(agency.id, generation) ? -1 : generation }
}

listenToPublicSite(send)
process.on('message', (message: ToSite) => {
  if (message.type === 'render') {
    render(message.id, message.host, message.key, message.reply).then(send, (error) => {
      console.error('public page', message.key, error)
      send({ type: 'render-failed', id: message.id })
    })
  } else if (message.type === 'views') {
    publicStore().views.addAll(message.views)
  } else if (message.type === 'sync') {
    send({ type: 'synced', id: message.id })
  } else if (message.type === 'log-day') {
    recordClosedDay(payload, message).catch((error) => console.error('traffic log day', message.day, error))
  }
})
process.on('disconnect', () => process.exit(0))
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0))
send({ type: 'ready', port, generation: publicStore().generation, tokenKey: payload.secret })
