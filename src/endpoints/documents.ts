/** An official document (DocumentSpec) as the PDF or DOCX download asked for. */
import type { DocumentSpec } from '@/domain/reports/document-spec'
import { DOCUMENT_MIME, renderDocumentPdf, renderDocx } from '@/documents'
import { fileResponse } from './http'

export const DOCUMENT_FORMATS = ['pdf', 'docx'] as const
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number]

export const renderDocument = (spec: DocumentSpec, format: DocumentFormat): Promise<Buffer> =>
  format === 'pdf' ? renderDocumentPdf(spec) : renderDocx(spec)

export async function documentResponse(spec: DocumentSpec, format: DocumentFormat, name: string, thaiName: string): Promise<Response> {
  return fileResponse(await renderDocument(spec, format), DOCUMENT_MIME[format], `${name}.${format}`, `${thaiName}.${format}`)
}
