import type { Endpoint } from 'payload'
import { addDataAndFileToRequest } from 'payload'
import { actorOf, type StaffUser } from '@/access/roles'
import { applyTransition } from './transition'

const error = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** POST /api/publish-requests/:id/transition {action, reason?, verbalApproval?} */
export const transitionEndpoint: Endpoint = {
  path: '/:id/transition',
  method: 'post',
  handler: async (req) => {
    const user = req.user as unknown as StaffUser | null
    if (!user || user.active === false) return error(401, 'กรุณาเข้าสู่ระบบ')
    await addDataAndFileToRequest(req)
    const body = (req.data ?? {}) as { action?: unknown; reason?: unknown; verbalApproval?: { givenBy?: unknown; givenAt?: unknown; means?: unknown } }
    const verbal = body.verbalApproval
    const result = await applyTransition(
      req.payload,
      String(req.routeParams?.id),
      { ...actorOf(user), name: user.name ?? user.email ?? String(user.id) },
      String(body.action ?? ''),
      {
        reason: typeof body.reason === 'string' ? body.reason : null,
        verbalApproval: verbal && {
          givenBy: typeof verbal.givenBy === 'string' ? verbal.givenBy : undefined,
          givenAt: typeof verbal.givenAt === 'string' ? new Date(verbal.givenAt) : undefined,
          means: typeof verbal.means === 'string' ? verbal.means : undefined,
        },
      },
    )
    if (!result) return error(404, 'ไม่พบคำขอเผยแพร่นี้')
    if (!result.ok) return error(result.status, result.message)
    const doc = await req.payload.findByID({ collection: 'publish-requests', id: result.doc.id, depth: 1, req, overrideAccess: true })
    return Response.json({ doc, message: 'ดำเนินการเรียบร้อยแล้ว' })
  },
}
