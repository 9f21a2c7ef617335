/**
 * Official Thai documents (PDF and DOCX) from one DocumentSpec. Node only: no Payload or Next imports.
 *
 *   const spec = publishRequestFormSpec(data)
 *   const pdf = await renderDocumentPdf(spec)   // Chromium; call closePdfRenderer() on shutdown
 *   const docx = await renderDocumentDocx(spec)
 */
export type { DocumentAlign, DocumentBlock, DocumentRun, DocumentSpec } from './spec'
export { LAYOUT } from './layout'
export { sarabunFonts, sarabunDataUrls } from './fonts'
export { escapeHtml, officialHtmlDocument, renderSpecHtml, specHtmlDocument } from './official-html'
export { renderPdf, renderDocumentPdf, closePdfRenderer, type RenderPdfOptions } from './pdf'
export { renderDocx, renderDocumentDocx, docxDocument } from './docx'
export {
  publishRequestFormSpec,
  PUBLISH_REQUEST_FORM_TITLE,
  type PublishRequestFormData,
} from './publish-request-form'

/** MIME types and file extensions for HTTP responses. */
export const DOCUMENT_MIME = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const
