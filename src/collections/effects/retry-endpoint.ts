import type { Endpoint } from 'payload'
import { allowed, errorResponse } from '@/endpoints/http'
import { runEffects } from '@/server/effects'

/** POST /api/effects/:id/retry: a webmaster or admin tries a failed effect again now. */
export const retryEffectEndpoint: Endpoint = {
  path: '/:id/retry',
  method: 'post',
  handler: async (req) => {
    const access = allowed(req, ['webmaster', 'admin'])
    if ('refusal' in access) return access.refusal
    const id = Number(req.routeParams?.id)
    const effect = Number.isInteger(id) ? await req.payload.findByID({ collection: 'effects', id, depth: 0, overrideAccess: true, disableErrors: true }) : null
    if (!effect) return errorResponse(404, 'ไม่พบรายการนี้')
    if (effect.status === 'done') return errorResponse(409, 'รายการนี้ดำเนินการเสร็จแล้ว')
    await req.payload.update({ collection: 'effects', id, data: { status: 'pending', nextAttemptAt: new Date().toISOString(), claimedUntil: null }, overrideAccess: true, depth: 0 })
    await runEffects(req.payload, { event: Number(typeof effect.event === 'object' ? effect.event.id : effect.event) })
    return Response.json({ doc: await req.payload.findByID({ collection: 'effects', id, depth: 0, overrideAccess: true }) })
  },
}
