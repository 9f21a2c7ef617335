/** An official document (DocumentSpec) as the PDF or DOCX download asked for. */
import type { DocumentSpec } from '@/domain/reports/document-spec'
import { DOCUMENT_MIME, renderDocumentPdf, renderDocx } from '@/documents'
import { fileResponse } from './http'

export const DOCUMENT_FORMATS = ['pdf', 'docx'] as const
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number]

/**
 * A document, rendered. Building one allocates in proportion to its rows (a 12-month report of 600 rows: some 25 MB,
 * all of it alive while it is built, so V8 keeps it in the old generation until a full collection). Documents are
 * few and far between, so the site process collects right after each one (when started with --expose-gc, as the
 * front server starts it) instead of letting a few of them raise its RSS by a hundred megabytes or more.
 */
export async function renderDocument(spec: DocumentSpec, format: DocumentFormat): Promise<Buffer> {
  try {
    return await (format === 'pdf' ? renderDocumentPdf(spec) : renderDocx(spec))
  } finally {
    collectSoon()
  }
}

/** A full collection once the answer is on its way. */
function collectSoon() {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc) setTimeout(gc, 0)
}

export async function documentResponse(spec: DocumentSpec, format: DocumentFormat, name: string, thaiName: string): Promise<Response> {
  return fileResponse(await renderDocument(spec, format), DOCUMENT_MIME[format], `${name}.${format}`, `${thaiName}.${format}`)
}
