/**
 * GET  /api/notifications/unread-count → {unread}: notices not yet read and not done by someone's action
 * POST /api/notifications/:id/read      → the notice, marked read
 * POST /api/notifications/read-all      → {read}: how many were marked
 */
import type { Endpoint, Where } from 'payload'
import { staff } from '@/access/roles'
import { errorResponse } from '@/endpoints/http'

const unreadOf = (userId: number): Where => ({ and: [{ recipient: { equals: userId } }, { read: { equals: false } }, { done: { not_equals: true } }] })

export const unreadCountEndpoint: Endpoint = {
  path: '/unread-count',
  method: 'get',
  handler: async (req) => {
    const user = staff(req)
    if (!user) return errorResponse(401, 'กรุณาเข้าสู่ระบบ')
    const { totalDocs } = await req.payload.count({ collection: 'notifications', where: unreadOf(user.id), overrideAccess: true })
    return Response.json({ unread: totalDocs })
  },
}

export const markReadEndpoint: Endpoint = {
  path: '/:id/read',
  method: 'post',
  handler: async (req) => {
    const user = staff(req)
    if (!user) return errorResponse(401, 'กรุณาเข้าสู่ระบบ')
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id)) return errorResponse(404, 'ไม่พบการแจ้งเตือนนี้')
    const { docs } = await req.payload.update({ collection: 'notifications', where: { and: [{ id: { equals: id } }, { recipient: { equals: user.id } }] }, data: { read: true }, overrideAccess: true, depth: 0 })
    return docs[0] ? Response.json({ doc: docs[0] }) : errorResponse(404, 'ไม่พบการแจ้งเตือนนี้')
  },
}

export const markAllReadEndpoint: Endpoint = {
  path: '/read-all',
  method: 'post',
  handler: async (req) => {
    const user = staff(req)
    if (!user) return errorResponse(401, 'กรุณาเข้าสู่ระบบ')
    const { docs } = await req.payload.update({ collection: 'notifications', where: unreadOf(user.id), data: { read: true }, overrideAccess: true, depth: 0 })
    return Response.json({ read: docs.length })
  },
}
