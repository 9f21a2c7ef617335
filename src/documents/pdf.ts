/**
 * PDF from HTML through one shared headless Chromium (Debian's `chromium`, driven by playwright-core).
 * Chromium is the only renderer here that shapes and line-breaks Thai correctly (see
 * /work/shared/notes/thai-documents.md). The browser is launched lazily on first use, shared by every
 * call (concurrent first calls wait for the same launch), and each document gets a fresh page.
 */
import { existsSync } from 'node:fs'
import type { Browser } from 'playwright-core'
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
]

const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const missingChromiumMessage = (path: string) =>
  `ไม่พบโปรแกรม Chromium ที่ ${path} จึงสร้างเอกสาร PDF ไม่ได้ — ` +
  `กรุณาติดตั้งแพ็กเกจ chromium (เช่น apt-get install -y chromium) ` +
  `หรือกำหนดตัวแปร CHROMIUM_PATH ให้ชี้ไปยังโปรแกรม Chromium`

let browserPromise: Promise<Browser> | null = null

/** playwright-core is loaded with the first document (32 MB a process that prints none need not hold). */
async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath()
  if (!existsSync(executablePath)) throw new Error(missingChromiumMessage(executablePath))
  const { chromium } = await import('playwright-core')
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS }).catch((cause: unknown) => {
    throw new Error(`${missingChromiumMessage(executablePath)} (เปิด Chromium ไม่สำเร็จ)`, { cause })
  })
}

/** The shared browser; launched on first use, relaunched if it was closed or crashed. */
function browser(): Promise<Browser> {
  if (!browserPromise) {
    const launching = launchBrowser().then(
      (launched) => {
        launched.on('disconnected', () => {
          if (browserPromise === launching) browserPromise = null
        })
        return launched
      },
      (error: unknown) => {
        if (browserPromise === launching) browserPromise = null // let a later call try again
        throw error
      },
    )
    browserPromise = launching
  }
  return browserPromise
}

export interface RenderPdfOptions {
  /** Milliseconds allowed for loading and printing one document (default 30 000). */
  timeoutMs?: number
}

/**
 * Print a complete HTML document to an A4 PDF. Page size, margins and page numbers come from the
 * document's CSS `@page` rules (see official-html.ts). The page cannot reach the network: every
 * request other than inline data: URLs is aborted, so fonts and images must be embedded.
 */
export async function renderPdf(html: string, options: RenderPdfOptions = {}): Promise<Buffer> {
  const timeout = options.timeoutMs ?? 30_000
  const context = await (await browser()).newContext({ javaScriptEnabled: false, offline: true })
  try {
    context.setDefaultTimeout(timeout)
    await context.route('**/*', (route) => route.abort('blockedbyclient'))
    const page = await context.newPage()
    await page.setContent(html, { waitUntil: 'load' })
    await page.evaluate(async () => {
      await document.fonts.ready
    })
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true })
    return Buffer.from(pdf)
  } finally {
    await context.close().catch(() => undefined)
  }
}

/** A DocumentSpec as PDF. */
export function renderDocumentPdf(spec: DocumentSpec, options?: RenderPdfOptions): Promise<Buffer> {
  return renderPdf(specHtmlDocument(spec), options)
}

/** Close the shared browser (tests, server shutdown). The next render launches a new one. */
export async function closePdfRenderer(): Promise<void> {
  const current = browserPromise
  browserPromise = null
  if (!current) return
  const launched = await current.catch(() => null)
  await launched?.close().catch(() => undefined)
}
