/**
 * The filled request form with its history (แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์), as PDF or DOCX:
 * GET /api/publish-requests/:id/form?format=pdf|docx — for whoever may read the request.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { ACTION_LABELS, ROLE_LABELS, STATE_LABELS, signatoriesFrom, type Action, type Role, type State } from '@/domain/workflow'
import { describeFileType, fileExtension, formatFileSize } from '@/domain/files'
import { DOCUMENT_MIME, publishRequestFormSpec, renderDocumentDocx, renderDocumentPdf, type PublishRequestFormData } from '@/documents'
import { agencySettings } from '@/server/settings'
import { publicOrigin } from '@/server/environment'

const CHANNEL_LABELS: Record<string, string> = { letter: 'หนังสือราชการ', email: 'อีเมล', other: 'อื่น ๆ' }
const date = (value: unknown) => (value ? new Date(value as string) : null)

interface FormDoc {
  id: number
  title: string
  summary: string
  sourceOwner: string
  state: State
  channel: string
  urgent?: boolean
  emergency?: boolean
  coverageFrom?: string
  coverageTo?: string
  publishFrom?: string
  publishUntil?: string
  publicPath?: string
  category: { title: string }
  owner: { name: string; position?: string; phone?: string; email?: string }
  unit?: { name: string } | null
  attachments?: { filename: string; filesize: number }[]
  history?: { action: Action; by: string; role: Role; reason?: string | null; at: string }[]
}

async function formData(req: PayloadRequest, id: string): Promise<PublishRequestFormData> {
  const doc = (await req.payload.findByID({ collection: 'publish-requests', id, depth: 1, req, overrideAccess: false })) as unknown as FormDoc
  const history = (doc.history ?? []).map((h) => ({ ...h, at: new Date(h.at) }))
  return {
    agencyName: (await agencySettings(req.payload)).agencyName,
    number: doc.id,
    requester: { name: doc.owner.name, position: doc.owner.position, unit: doc.unit?.name ?? '-', phone: doc.owner.phone, email: doc.owner.email },
    title: doc.title,
    summary: doc.summary,
    category: doc.category.title,
    sourceOwner: doc.sourceOwner,
    coverageFrom: date(doc.coverageFrom),
    coverageTo: date(doc.coverageTo),
    publishFrom: date(doc.publishFrom),
    publishUntil: date(doc.publishUntil),
    channel: CHANNEL_LABELS[doc.channel] ?? doc.channel,
    urgent: !!doc.urgent,
    emergency: !!doc.emergency,
    attachments: (doc.attachments ?? []).map((a) => ({ filename: a.filename, typeLabel: describeFileType(fileExtension(a.filename)), sizeLabel: formatFileSize(a.filesize) })),
    stateLabel: STATE_LABELS[doc.state],
    publicUrl: doc.state === 'published' && doc.publicPath ? `${publicOrigin()}${doc.publicPath}` : null,
    history: history.map((h) => ({ action: ACTION_LABELS[h.action], by: h.by, role: ROLE_LABELS[h.role], reason: h.reason, at: h.at })),
    signatures: signatoriesFrom(history),
  }
}

export const requestFormEndpoint: Endpoint = {
  path: '/:id/form',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: 'กรุณาเข้าสู่ระบบ' }] }, { status: 401 })
    const format = new URL(req.url ?? '', 'http://x').searchParams.get('format') ?? 'pdf'
    if (format !== 'pdf' && format !== 'docx') return Response.json({ errors: [{ message: 'รูปแบบไฟล์ต้องเป็น pdf หรือ docx' }] }, { status: 400 })
    const spec = publishRequestFormSpec(await formData(req, String(req.routeParams?.id)))
    const file = format === 'pdf' ? await renderDocumentPdf(spec) : await renderDocumentDocx(spec)
    return new Response(new Uint8Array(file), {
      headers: {
        'Content-Type': DOCUMENT_MIME[format],
        'Content-Disposition': `attachment; filename="publish-request-${req.routeParams?.id}.${format}"`,
      },
    })
  },
}
