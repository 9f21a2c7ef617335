/**
 * The filled request form with its history (แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์), as PDF or DOCX:
 * GET /api/publish-requests/:id/form?format=pdf|docx — for whoever may read the request.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { ACTION_LABELS, ROLE_LABELS, STATE_LABELS, signatoriesFrom } from '@/domain/workflow'
import type { PublishRequest } from '@/payload-types'
import { describeFileType, fileExtension, formatFileSize } from '@/domain/files'
import { DOCUMENT_MIME, publishRequestFormSpec, renderDocumentDocx, renderDocumentPdf, type PublishRequestFormData } from '@/documents'
import { agencySettings } from '@/server/settings'
import { publicOrigin } from '@/server/environment'

const CHANNEL_LABELS: Record<PublishRequest['channel'], string> = { letter: 'หนังสือราชการ', email: 'อีเมล', other: 'ช่องทางอื่น' }
const date = (value: string | null | undefined) => (value ? new Date(value) : null)
const named = <T extends { name: string }>(value: number | T | null | undefined): string | null => (typeof value === 'object' && value ? value.name : null)

async function formData(req: PayloadRequest, id: string): Promise<PublishRequestFormData> {
  const doc = await req.payload.findByID({ collection: 'publish-requests', id, depth: 1, req, overrideAccess: false })
  const history = (doc.history ?? []).flatMap((h) => (h.action && h.at ? [{ action: h.action, by: h.by ?? '', role: h.role ?? 'system', reason: [h.reason, h.changes && `(${h.changes})`].filter(Boolean).join(' ') || null, at: new Date(h.at) }] : []))
  const requester = doc.requester ?? {}
  const verbal = doc.verbalApproval
  const revisionOf = typeof doc.revisionOf === 'object' && doc.revisionOf ? doc.revisionOf.id : doc.revisionOf
  return {
    agencyName: (await agencySettings(req.payload)).agencyName,
    number: doc.id,
    requester: { name: requester.name ?? '', position: requester.position ?? undefined, unit: named(requester.unit) ?? named(doc.unit) ?? '-', phone: requester.phone ?? undefined, email: requester.email ?? undefined },
    filedBy: doc.onBehalf ? named(typeof doc.owner === 'object' ? doc.owner : null) : null,
    title: doc.title,
    summary: doc.summary,
    category: typeof doc.category === 'object' ? doc.category.title : '',
    sourceOwner: doc.sourceOwner,
    coverageFrom: date(doc.coverageFrom),
    coverageTo: date(doc.coverageTo),
    publishFrom: date(doc.publishFrom),
    publishUntil: date(doc.publishUntil),
    channel: CHANNEL_LABELS[doc.channel] ?? doc.channel,
    urgent: !!doc.urgent,
    emergency: !!doc.emergency,
    attachments: (doc.attachments ?? []).flatMap((a) => (typeof a === 'object' && a.filename ? [{ filename: a.filename, typeLabel: describeFileType(fileExtension(a.filename)), sizeLabel: formatFileSize(a.filesize ?? 0) }] : [])),
    revision: revisionOf ? { of: revisionOf, changeNote: doc.changeNote ?? '', changes: doc.changes ?? '' } : null,
    verbalApproval: verbal?.givenBy
      ? { givenBy: verbal.givenBy, givenAt: date(verbal.givenAt), means: verbal.means ?? '', recordedBy: verbal.recordedBy ?? '', confirmedBy: verbal.confirmedBy, confirmedAt: date(verbal.confirmedAt) }
      : null,
    stateLabel: STATE_LABELS[doc.state ?? 'draft'],
    publicUrl: doc.state === 'published' && doc.publicPath ? `${publicOrigin()}${doc.publicPath}` : null,
    history: history.map((h) => ({ action: ACTION_LABELS[h.action], by: h.by, role: ROLE_LABELS[h.role], reason: h.reason, at: h.at })),
    signatures: signatoriesFrom(history, requester.name ?? null),
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
