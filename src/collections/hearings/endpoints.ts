/**
 * Public hearings' endpoints. Citizens, without an account: POST /api/hearing-comments {hearing, text, name?,
 * email?, consent} while the hearing is open, and POST /api/hearing-comments/:id/flag {reason} (one flag an
 * address). Webmasters: POST /api/hearing-comments/:id/transition {action: 'show' | 'hide', note} (the author is
 * told when they gave an e-mail), and POST /api/hearings/:id/outcome {summary, changes} once it has closed.
 */
import crypto from 'node:crypto'
import type { Endpoint, PayloadRequest } from 'payload'
import { FLAG_REASONS, HEARING_PATH, hearingPath, hearingPhase, moderationRefusal, outcomeRefusal, readComment, stateAfterFlag } from '@/domain/hearings/hearings'
import { CLIENT_ADDRESS_HEADER, PUBLIC_FORM_RATE, RateLimit } from '@/domain/site/rate-limit'
import { hasRole, staff } from '@/access/roles'
import { errorResponse } from '@/endpoints/http'
import { bodyOf, fromForm, overLimit, redirect, refused, refusedFields } from '@/endpoints/citizen-forms'
import { inTransaction } from '@/server/database'
import { PUBLIC_SITE, recordEvent, type EffectPlan } from '@/server/events'
import { runWhenCommitted } from '@/server/effects'
import { publicOrigin, secret } from '@/server/environment'
import type { Hearing } from '@/payload-types'

const rate = new RateLimit(PUBLIC_FORM_RATE)
const datesOf = (hearing: Hearing) => ({ opensAt: new Date(hearing.opensAt), closesAt: new Date(hearing.closesAt), outcomePublishedAt: hearing.outcomePublishedAt ? new Date(hearing.outcomePublishedAt) : null })
const numberParam = (value: unknown) => (Number.isInteger(Number(value)) && Number(value) > 0 ? Number(value) : null)

const commentEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    const limited = overLimit(req, rate, HEARING_PATH)
    if (limited) return limited
    const body = await bodyOf(req)
    const id = numberParam(body?.hearing)
    const hearing = id ? await req.payload.findByID({ collection: 'hearings', id, depth: 0, overrideAccess: true, disableErrors: true }) : null
    if (!body || !hearing) return refused(req, 404, 'ไม่พบการรับฟังความคิดเห็นนี้', HEARING_PATH)
    const back = hearingPath(hearing.id)
    if (hearingPhase(datesOf(hearing), new Date()) !== 'open') return refused(req, 409, 'การรับฟังความคิดเห็นนี้ไม่ได้เปิดรับในเวลานี้', back)
    const read = readComment(body)
    if ('robot' in read) return fromForm(req) ? redirect(`${back}?sent=1`) : Response.json({ id: null }, { status: 202 })
    if ('errors' in read) return refusedFields(req, 400, back, body, read.errors)
    const doc = await req.payload.create({ collection: 'hearing-comments', data: { ...read.input, hearing: hearing.id, state: 'pending', flags: 0, consentAt: new Date().toISOString() }, overrideAccess: true, depth: 0 })
    return fromForm(req) ? redirect(`${back}?sent=1`) : Response.json({ id: doc.id, message: 'ได้รับความคิดเห็นแล้ว จะแสดงเมื่อเจ้าหน้าที่ตรวจแล้ว' }, { status: 201 })
  },
}

/** A reader, known only as a keyed hash of their address: one flag each. */
const readerOf = (req: PayloadRequest) => crypto.createHmac('sha256', secret()).update(req.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown').digest('hex')

const flagEndpoint: Endpoint = {
  path: '/:id/flag',
  method: 'post',
  handler: async (req) => {
    const limited = overLimit(req, rate, HEARING_PATH)
    if (limited) return limited
    const id = numberParam(req.routeParams?.id)
    const comment = id ? await req.payload.findByID({ collection: 'hearing-comments', id, depth: 0, overrideAccess: true, disableErrors: true }) : null
    if (!comment || comment.state !== 'shown') return refused(req, 404, 'ไม่พบความคิดเห็นนี้', HEARING_PATH)
    const back = hearingPath(Number(typeof comment.hearing === 'object' ? comment.hearing.id : comment.hearing))
    const reason = String((await bodyOf(req))?.reason ?? '')
    if (!Object.hasOwn(FLAG_REASONS, reason)) return refused(req, 400, 'กรุณาเลือกเหตุผลที่แจ้ง', back)
    const reader = readerOf(req)
    const already = await req.payload.count({ collection: 'comment-flags', where: { and: [{ comment: { equals: comment.id } }, { reader: { equals: reader } }] }, overrideAccess: true })
    if (already.totalDocs > 0) return refused(req, 409, 'ท่านแจ้งความคิดเห็นนี้แล้ว', back)
    await inTransaction(req.payload, async (tx) => {
      await req.payload.create({ collection: 'comment-flags', data: { comment: comment.id, reader, reason: reason as keyof typeof FLAG_REASONS }, overrideAccess: true, depth: 0, req: tx })
      const flags = (comment.flags ?? 0) + 1
      await req.payload.update({ collection: 'hearing-comments', id: comment.id, data: { flags, state: stateAfterFlag(comment.state, flags) }, overrideAccess: true, depth: 0, req: tx })
    }, req)
    return fromForm(req) ? redirect(`${back}?flagged=1`) : Response.json({ message: 'ขอบคุณที่แจ้ง เจ้าหน้าที่จะตรวจสอบ' })
  },
}

const moderateEndpoint: Endpoint = {
  path: '/:id/transition',
  method: 'post',
  handler: async (req) => {
    if (!staff(req)) return errorResponse(401, 'กรุณาเข้าสู่ระบบ')
    if (!hasRole('webmaster', 'admin')(req)) return errorResponse(403, 'ผู้ดูแลเว็บไซต์เป็นผู้ตรวจความคิดเห็น')
    const id = numberParam(req.routeParams?.id)
    const comment = id ? await req.payload.findByID({ collection: 'hearing-comments', id, depth: 1, overrideAccess: true, disableErrors: true }) : null
    if (!comment) return errorResponse(404, 'ไม่พบความคิดเห็นนี้')
    const body = (await bodyOf(req)) ?? {}
    const action = String(body.action ?? '')
    const note = typeof body.note === 'string' ? body.note.trim() : ''
    const refusal = moderationRefusal(action, note)
    if (refusal) return errorResponse(refusal.status, refusal.message)
    const title = typeof comment.hearing === 'object' ? comment.hearing.title : ''
    const shown = action === 'show'
    let event = 0
    const doc = await inTransaction(req.payload, async (tx) => {
      const updated = await req.payload.update({ collection: 'hearing-comments', id: comment.id, data: { state: shown ? 'shown' : 'hidden', moderationNote: note || undefined }, overrideAccess: true, depth: 0, req: tx })
      const told: EffectPlan[] = comment.email
        ? [{ kind: 'mail', description: 'อีเมลถึงผู้แสดงความคิดเห็น', input: { to: comment.email, subject: shown ? 'ความคิดเห็นของท่านแสดงบนเว็บไซต์แล้ว' : 'ความคิดเห็นของท่านไม่ได้แสดงบนเว็บไซต์', text: `ความคิดเห็นของท่านในเรื่อง “${title}”${shown ? ' แสดงบนเว็บไซต์แล้ว' : ` ไม่ได้แสดงบนเว็บไซต์ เหตุผล: ${note}`}\n\n${publicOrigin()}${hearingPath(Number(typeof comment.hearing === 'object' ? comment.hearing.id : comment.hearing))}` } }]
        : []
      event = await recordEvent(tx, { kind: 'hearing', summary: `${shown ? 'แสดง' : 'ซ่อน'}ความคิดเห็นในเรื่อง ${title}` }, told)
      return updated
    }, req)
    runWhenCommitted(req.payload, event)
    return Response.json({ doc, message: 'ดำเนินการเรียบร้อยแล้ว' })
  },
}

const outcomeEndpoint: Endpoint = {
  path: '/:id/outcome',
  method: 'post',
  handler: async (req) => {
    if (!staff(req)) return errorResponse(401, 'กรุณาเข้าสู่ระบบ')
    if (!hasRole('webmaster', 'admin')(req)) return errorResponse(403, 'ผู้ดูแลเว็บไซต์เป็นผู้เผยแพร่สรุปผล')
    const id = numberParam(req.routeParams?.id)
    const hearing = id ? await req.payload.findByID({ collection: 'hearings', id, depth: 0, overrideAccess: true, disableErrors: true }) : null
    if (!hearing) return errorResponse(404, 'ไม่พบการรับฟังความคิดเห็นนี้')
    const body = (await bodyOf(req)) ?? {}
    const summary = typeof body.summary === 'string' ? body.summary.trim() : ''
    const changes = typeof body.changes === 'string' ? body.changes.trim() : ''
    const now = new Date()
    const refusal = outcomeRefusal(datesOf(hearing), summary, changes, now)
    if (refusal) return errorResponse(refusal.status, refusal.message)
    const { totalDocs: participants } = await req.payload.count({ collection: 'hearing-comments', where: { hearing: { equals: hearing.id } }, overrideAccess: true })
    let event = 0
    const doc = await inTransaction(req.payload, async (tx) => {
      const updated = await req.payload.update({ collection: 'hearings', id: hearing.id, data: { outcomeSummary: summary, outcomeChanges: changes, participants, outcomePublishedAt: now.toISOString() }, overrideAccess: true, depth: 0, req: tx })
      event = await recordEvent(tx, { kind: 'hearing', summary: `เผยแพร่สรุปผลการรับฟังความคิดเห็น: ${hearing.title}` }, [PUBLIC_SITE])
      return updated
    }, req)
    runWhenCommitted(req.payload, event)
    return Response.json({ doc, message: 'เผยแพร่สรุปผลแล้ว' })
  },
}

export const hearingEndpoints: Endpoint[] = [outcomeEndpoint]
export const commentEndpoints: Endpoint[] = [commentEndpoint, flagEndpoint, moderateEndpoint]
