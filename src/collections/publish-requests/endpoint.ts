import type { Endpoint, PayloadRequest } from 'payload'
import { addDataAndFileToRequest } from 'payload'
import { PLACEMENT_FIELDS } from '@/domain/workflow'
import { staff } from '@/access/roles'
import { errorResponse } from '@/endpoints/http'
import { applyTransition, type CommandInput, type PlacementChanges } from './transition'
import { openRevision } from './revise'
import { personOf } from './hooks'
import { waitingFor } from '@/server/waiting'

type Body = Record<string, unknown>

const bodyOf = async (req: PayloadRequest): Promise<Body> => {
  await addDataAndFileToRequest(req)
  const data = req.data
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Body) : {}
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

/** The action's input from a request body, each field checked for its type. */
function commandInput(body: Body): CommandInput {
  const verbal = body.verbalApproval && typeof body.verbalApproval === 'object' ? (body.verbalApproval as Body) : null
  const givenAt = text(verbal?.givenAt)
  const changes = body.changes && typeof body.changes === 'object' ? (body.changes as Body) : null
  return {
    reason: text(body.reason) ?? null,
    needsEndorsement: body.needsEndorsement === true,
    overrideFindings: text(body.overrideFindings) ?? null,
    verbalApproval: verbal && { givenBy: text(verbal.givenBy), givenAt: givenAt ? new Date(givenAt) : undefined, means: text(verbal.means) },
    changes: changes ? (Object.fromEntries(Object.entries(changes).filter(([key]) => (PLACEMENT_FIELDS as readonly string[]).includes(key))) as PlacementChanges) : undefined,
  }
}

/** POST /api/publish-requests/:id/transition {action, reason?, verbalApproval?, needsEndorsement?, changes?, overrideFindings?} */
export const transitionEndpoint: Endpoint = {
  path: '/:id/transition',
  method: 'post',
  handler: async (req) => {
    const user = staff(req)
    if (!user) return errorResponse(401, 'กรุณาเข้าสู่ระบบ')
    const body = await bodyOf(req)
    if (body.action === 'revise') return errorResponse(400, 'การเปิดฉบับแก้ไขใช้ POST /api/publish-requests/:id/revise พร้อมหมายเหตุการแก้ไข')
    const result = await applyTransition(req.payload, String(req.routeParams?.id), personOf(user), String(body.action ?? ''), commandInput(body))
    if (!result) return errorResponse(404, 'ไม่พบคำขอเผยแพร่นี้')
    if (!result.ok) return errorResponse(result.status, result.message)
    const doc = await req.payload.findByID({ collection: 'publish-requests', id: result.doc.id, depth: 1, req, overrideAccess: true })
    return Response.json({ doc, message: 'ดำเนินการเรียบร้อยแล้ว' })
  },
}

/** POST /api/publish-requests/:id/revise {…changed fields, changeNote} → 201 {doc: the revision} */
export const reviseEndpoint: Endpoint = {
  path: '/:id/revise',
  method: 'post',
  handler: async (req) => {
    const user = staff(req)
    if (!user) return errorResponse(401, 'กรุณาเข้าสู่ระบบ')
    const { changeNote, ...changes } = await bodyOf(req)
    const result = await openRevision(req.payload, String(req.routeParams?.id), user, changeNote, changes)
    if (!result) return errorResponse(404, 'ไม่พบรายการนี้')
    if (!result.ok) return errorResponse(result.status, result.message)
    const doc = await req.payload.findByID({ collection: 'publish-requests', id: result.doc.id, depth: 1, req, overrideAccess: true })
    return Response.json({ doc, message: 'เปิดฉบับแก้ไขแล้ว ฉบับที่เผยแพร่อยู่ยังแสดงบนเว็บไซต์จนกว่าฉบับแก้ไขจะได้รับการเผยแพร่' }, { status: 201 })
  },
}

/** GET /api/publish-requests/waiting → {docs}: the requests whose next step is the signed-in person's (รอท่านดำเนินการ). */
export const waitingEndpoint: Endpoint = {
  path: '/waiting',
  method: 'get',
  handler: async (req) => {
    const user = staff(req)
    if (!user) return errorResponse(401, 'กรุณาเข้าสู่ระบบ')
    const docs = await waitingFor(req.payload, user)
    return Response.json({ docs: docs.map((doc) => ({ id: doc.id, title: doc.title, state: doc.state, stateChangedAt: doc.stateChangedAt })), totalDocs: docs.length })
  },
}
