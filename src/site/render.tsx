/**
 * A public page, from its cache key (src/domain/site/page-cache.ts) to the bytes the front server keeps: the
 * address is matched to a page (src/site/pages), the page reads what it shows through Payload's local API
 * (src/site/content.ts), and React renders it whole, in the site's document (src/site/document.tsx), to HTML
 * with no framework script. The site process calls this for every page the front server does not have
 * (src/server/site-process.ts); nothing here knows about the cache, HTTP or Next.
 */
import { prerenderToNodeStream } from 'react-dom/static'
import { text } from 'node:stream/consumers'
import { MISSING_PAGE_PATH } from '@/domain/site/page-cache'
import { itemIdOfPath } from '@/domain/site/addresses'
import { wasTakenDown } from './content'
import { SiteDocument } from './document'
import { robots, rssFeed, sitemap, sitemapPart, type MachineReadable } from './machine-readable'
import type { Page, PageOutcome } from './page'
import { categoryPage } from './pages/category'
import { homePage } from './pages/home'
import { itaPage } from './pages/ita'
import { itemPage } from './pages/item'
import { missingPage } from './pages/missing'
import { policyPage } from './pages/policy'
import { searchPage } from './pages/search'
import { complaintChannelPage, complaintGuidelinePage, complaintStatisticsPage, informationRequestPage, trackingPage } from './pages/complaints'
import { COMPLAINT_PAGES, TRACKING_PATH } from '@/domain/complaints/complaints'
import { QUESTION_PAGES } from '@/domain/questions/questions'
import { questionAskedPage, questionBoardPage } from './pages/questions'
import { ALERT_PAGES, SUBSCRIPTION_PATH } from '@/domain/alerts/alerts'
import { subscribePage, subscribeSentPage, subscriptionPage } from './pages/alerts'
import { HEARING_PAGE_PREFIX, HEARING_PATH } from '@/domain/hearings/hearings'
import { hearingPage, hearingsPage } from './pages/hearings'
import { FORMS_PATH, RECEIPT_PATH } from '@/domain/forms/forms'
import { formPage, formsPage, receiptPage } from './pages/forms'
import { openDataAnswer } from './open-data'
import type { FormReply } from '@/domain/site/form-reply'
import { REPLY_SUMMARY_ID } from './views/FormReply'

/** The citizen channels' pages, at fixed addresses whatever their categories' slugs are (C17, C19). */
const CHANNEL_ROUTES: Record<string, (query: URLSearchParams, reply?: FormReply) => Promise<PageOutcome>> = {
  [QUESTION_PAGES.board]: (query, reply) => questionBoardPage(query, reply),
  [QUESTION_PAGES.asked]: () => questionAskedPage(),
  [ALERT_PAGES.subscribe]: (_, reply) => subscribePage(reply),
  [HEARING_PATH]: (query) => hearingsPage(query),
  [ALERT_PAGES.sent]: () => subscribeSentPage(),
  [COMPLAINT_PAGES.general]: (query, reply) => complaintChannelPage('general', query, reply),
  [COMPLAINT_PAGES.corruption]: (query, reply) => complaintChannelPage('corruption', query, reply),
  [COMPLAINT_PAGES.guideline]: () => complaintGuidelinePage(),
  [COMPLAINT_PAGES.statistics]: (query) => complaintStatisticsPage(query),
  [COMPLAINT_PAGES.information]: (_, reply) => informationRequestPage(reply),
  [FORMS_PATH]: () => formsPage(),
}

export interface RenderedPage {
  status: number
  contentType: string
  body: Buffer
  /** Where a redirect goes. */
  location?: string
}

const HTML = 'text/html; charset=utf-8'

/** The sitemap, the feeds and robots.txt; null if the address is none of them. */
function machineReadable(segments: string[]): Promise<MachineReadable> | null {
  const [first, second, more] = segments
  if (more !== undefined) return null
  if (first === 'robots.txt' && second === undefined) return Promise.resolve(robots())
  if (first === 'sitemap.xml' && second === undefined) return sitemap()
  if (first === 'sitemaps' && second !== undefined) return sitemapPart(second)
  if (first === 'feeds' && second !== undefined) return rssFeed(second)
  return null
}

/** The page at an address (path segments and query), by the site's routes, its form drawn with a reply if any; null if there is none. */
function pageAt(path: string, segments: string[], query: URLSearchParams, reply?: FormReply): Promise<PageOutcome> {
  const [first, second, more] = segments
  if (more !== undefined) return Promise.resolve(null)
  if (first === undefined) return homePage()
  if (path === MISSING_PAGE_PATH) return Promise.resolve(missingPage(path))
  if (first === 'search') return Promise.resolve(second === undefined ? searchPage(query) : null)
  if (first === 'ita') return itaPage(second)
  if (first === 'policies') return second === undefined ? Promise.resolve(null) : policyPage(second)
  if (Object.hasOwn(CHANNEL_ROUTES, path)) return CHANNEL_ROUTES[path](query, reply)
  if (`/${first}` === TRACKING_PATH) return trackingPage(second, query)
  if (`/${first}` === SUBSCRIPTION_PATH && second !== undefined) return subscriptionPage(second, query)
  if (`/${first}` === HEARING_PAGE_PREFIX && second !== undefined) return hearingPage(second, query, reply)
  if (`/${first}` === FORMS_PATH && second !== undefined) return formPage(second, reply)
  if (`/${first}` === RECEIPT_PATH && second !== undefined) return receiptPage(second)
  if (second === undefined) return categoryPage(first, query)
  return /^\d{1,12}$/.test(second) ? itemPage(first, second) : Promise.resolve(null)
}

/** The whole document, once every part of the page has read its data (React writes the doctype). */
async function html(page: Page): Promise<Buffer> {
  const { prelude } = await prerenderToNodeStream(<SiteDocument head={page.head}>{page.body}</SiteDocument>)
  return Buffer.from(await text(prelude))
}

/**
 * The page for a cache key: 200, a 308 to an item's own address, or the "not found" page with 404 (410 for an item
 * taken down). With a reply, the page's form is drawn with what was sent and the server's messages: one
 * citizen's, never kept, its title saying there is something to correct.
 */
export async function renderPublicPage(key: string, reply?: FormReply): Promise<RenderedPage> {
  const q = key.indexOf('?')
  const path = q < 0 ? key : key.slice(0, q)
  const query = new URLSearchParams(q < 0 ? '' : key.slice(q + 1))
  const openData = await openDataAnswer(path, query)
  if (openData) return { status: openData.status, contentType: openData.contentType, body: Buffer.from(openData.body) }
  const segments = path.split('/').filter(Boolean)
  const machine = machineReadable(segments)
  if (machine) {
    const { status, contentType, body } = await machine
    return { status, contentType, body: Buffer.from(body) }
  }
  const outcome = await pageAt(path, segments, query, reply)
  if (outcome && 'redirect' in outcome) return { status: 308, contentType: HTML, body: Buffer.alloc(0), location: outcome.redirect }
  if (outcome && reply) {
    // Said first on the page, as a phone shows the form itself far below.
    const body = (
      <>
        <p className="notice" role="alert">
          ยังส่งไม่ได้ <a href={`#${REPLY_SUMMARY_ID}`}>ดูข้อมูลที่ต้องแก้ไขในแบบฟอร์ม</a>
        </p>
        {outcome.body}
      </>
    )
    return { status: 200, contentType: HTML, body: await html({ head: { ...outcome.head, title: `แก้ไขข้อมูล: ${outcome.head.title ?? ''}`, noindex: true }, body }) }
  }
  if (outcome) return { status: 200, contentType: HTML, body: await html(outcome) }
  const id = itemIdOfPath(path)
  const status = id !== null && (await wasTakenDown(id)) ? 410 : 404
  return { status, contentType: HTML, body: await html(missingPage(path)) }
}
