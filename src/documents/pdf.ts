/**
 * PDF from HTML through one shared headless Chromium (Debian's `chromium`, driven by playwright-core).
 * Chromium is the only renderer here that shapes and line-breaks Thai correctly (see
 * /work/shared/notes/thai-documents.md). The browser is launched lazily on first use, shared by every
 * call (concurrent first calls wait for the same launch); each document is printed on a page of its own, and a
 * page that printed one is kept for the next (see IDLE_PAGES).
 */
import { existsSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { specHtmlDocument } from './official-html'
import type { DocumentSpec } from './spec'

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // No host resolves, IP addresses included: a frame in a document cannot even open a connection ahead of the
  // request that the printer's route aborts (it did, and the pages kept between documents held it open).
  '--host-resolver-rules=MAP * ~NOTFOUND',
]

const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const missingChromiumMessage = (path: string) =>
  `ไม่พบโปรแกรม Chromium ที่ ${path} จึงสร้างเอกสาร PDF ไม่ได้ — ` +
  `กรุณาติดตั้งแพ็กเกจ chromium (เช่น apt-get install -y chromium) ` +
  `หรือกำหนดตัวแปร CHROMIUM_PATH ให้ชี้ไปยังโปรแกรม Chromium`

/** The shared browser, its one context (offline, no JavaScript, every request aborted) and its pages at rest. */
interface Printer {
  browser: Browser
  context: BrowserContext
  /** Pages that printed a document and wait, blank, for the next one. */
  idle: Page[]
}

/**
 * Pages kept between documents. A page that has printed before prints the next document in about half the time
 * (its renderer keeps the fonts decoded and the shaped Thai words), so the browser keeps a few at rest.
 */
const IDLE_PAGES = 2

let printerPromise: Promise<Printer> | null = null

/** playwright-core is loaded with the first document (32 MB a process that prints none need not hold). */
async function launchPrinter(): Promise<Printer> {
  const executablePath = chromiumPath()
  if (!existsSync(executablePath)) throw new Error(missingChromiumMessage(executablePath))
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS }).catch((cause: unknown) => {
    throw new Error(`${missingChromiumMessage(executablePath)} (เปิด Chromium ไม่สำเร็จ)`, { cause })
  })
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true })
  await context.route('**/*', (route) => route.abort('blockedbyclient'))
  return { browser, context, idle: [] }
}

/** The shared printer; launched on first use, relaunched if its browser was closed or crashed. */
function printer(): Promise<Printer> {
  if (!printerPromise) {
    const launching = launchPrinter().then(
      (launched) => {
        launched.browser.on('disconnected', () => {
          if (printerPromise === launching) printerPromise = null
        })
        return launched
      },
      (error: unknown) => {
        if (printerPromise === launching) printerPromise = null // let a later call try again
        throw error
      },
    )
    printerPromise = launching
  }
  return printerPromise
}

export interface RenderPdfOptions {
  /** Milliseconds allowed for loading and printing one document (default 30 000). */
  timeoutMs?: number
}

/** What a page at rest holds: nothing of the last document. */
const BLANK = '<!DOCTYPE html><html lang="th"><title></title></html>'

/**
 * Print a complete HTML document to an A4 PDF. Page size, margins and page numbers come from the
 * document's CSS `@page` rules (see official-html.ts). The page cannot reach the network: every
 * request other than inline data: URLs is aborted, so fonts and images must be embedded. Documents
 * printed at once each get a page of their own; a page is blanked before it rests, and one that failed
 * is closed, not kept.
 */
export async function renderPdf(html: string, options: RenderPdfOptions = {}): Promise<Buffer> {
  const { context, idle } = await printer()
  const page = idle.pop() ?? (await context.newPage())
  let reusable = false
  try {
    page.setDefaultTimeout(options.timeoutMs ?? 30_000)
    await page.setContent(html, { waitUntil: 'load' })
    await page.evaluate(async () => {
      await document.fonts.ready
    })
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true })
    await page.setContent(BLANK, { waitUntil: 'load' })
    reusable = true
    return Buffer.from(pdf)
  } finally {
    if (reusable && idle.length < IDLE_PAGES && !page.isClosed()) idle.push(page)
    else await page.close().catch(() => undefined)
  }
}

/** A DocumentSpec as PDF. */
export function renderDocumentPdf(spec: DocumentSpec, options?: RenderPdfOptions): Promise<Buffer> {
  return renderPdf(specHtmlDocument(spec), options)
}

/** Close the shared browser and its pages (tests, server shutdown). The next render launches a new one. */
export async function closePdfRenderer(): Promise<void> {
  const current = printerPromise
  printerPromise = null
  if (!current) return
  const launched = await current.catch(() => null)
  await launched?.browser.close().catch(() => undefined)
}
