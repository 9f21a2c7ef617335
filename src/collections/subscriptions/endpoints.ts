/**
 * E-mail alerts' endpoints, all without an account. POST /api/subscriptions {email, topics, frequency, consent}
 * sends the double opt-in link and stores nothing else; GET /api/subscriptions/confirm?t= (the link) makes the
 * subscription; POST /api/subscriptions/manage/:token changes its topics or frequency; /api/subscriptions/unsubscribe/:token
 * is every alert's List-Unsubscribe address: POST ends it at once (RFC 8058 one-click), GET asks first.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { ALERT_FREQUENCIES, ALERT_PAGES, ALERT_TOPIC_NAMES, confirmationMail, newSubscriptionToken, openConfirmation, readSubscribeRequest, signConfirmation, type AlertFrequency, type AlertTopic } from '@/domain/alerts/alerts'
import { PUBLIC_FORM_RATE, RateLimit } from '@/domain/site/rate-limit'
import { escapeXml } from '@/domain/site/xml'
import { bodyOf, fromForm, overLimit, redirect, refused, refusedFields, thaiPage } from '@/endpoints/citizen-forms'
import { errorResponse } from '@/endpoints/http'
import { inTransaction } from '@/server/database'
import { recordEvent } from '@/server/events'
import { runWhenCommitted } from '@/server/effects'
import { publicOrigin, secret } from '@/server/environment'

const rate = new RateLimit(PUBLIC_FORM_RATE)

const subscribeEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    const limited = overLimit(req, rate, ALERT_PAGES.subscribe)
    if (limited) return limited
    const body = await bodyOf(req)
    if (!body) return refused(req, 400, 'อ่านข้อมูลที่ส่งมาไม่ได้', ALERT_PAGES.subscribe)
    const read = readSubscribeRequest(body)
    if ('robot' in read) return fromForm(req) ? redirect(ALERT_PAGES.sent) : Response.json({ message: 'ส่งลิงก์ยืนยันแล้ว' }, { status: 202 })
    if ('errors' in read) return refusedFields(req, 400, ALERT_PAGES.subscribe, body, read.errors)
    const confirmUrl = `${publicOrigin()}/api/subscriptions/confirm?t=${signConfirmation(read.request, secret(), new Date())}`
    const mail = confirmationMail(read.request, confirmUrl)
    // Only the e-mail that asks for confirmation: nothing else is kept until the link is clicked.
    const event = await inTransaction(req.payload, (tx) => recordEvent(tx, { kind: 'subscription', summary: 'ขอรับข่าวสารทางอีเมล (รอยืนยัน)' }, [{ kind: 'mail', description: 'อีเมลยืนยันการรับข่าวสาร', input: { to: read.request.email, ...mail } }]))
    runWhenCommitted(req.payload, event)
    return fromForm(req) ? redirect(ALERT_PAGES.sent) : Response.json({ message: 'ส่งลิงก์ยืนยันไปที่อีเมลแล้ว กรุณายืนยันภายใน 48 ชั่วโมง' }, { status: 202 })
  },
}

const confirmEndpoint: Endpoint = {
  path: '/confirm',
  method: 'get',
  handler: async (req) => {
    const opened = openConfirmation(req.searchParams.get('t') ?? '', secret(), new Date())
    if ('error' in opened) return thaiPage(400, 'ลิงก์ยืนยันใช้ไม่ได้', `<p>${escapeXml(opened.error)}</p><p><a href="${ALERT_PAGES.subscribe}">ขอรับข่าวสารใหม่อีกครั้ง</a></p>`)
    const { email, topics, frequency } = opened.request
    const now = new Date().toISOString()
    const { docs } = await req.payload.find({ collection: 'subscriptions', where: { and: [{ email: { equals: email } }, { state: { equals: 'active' } }] }, limit: 1, depth: 0, overrideAccess: true })
    const subscription = docs[0]
      ? await req.payload.update({ collection: 'subscriptions', id: docs[0].id, data: { topics, frequency }, overrideAccess: true, depth: 0 })
      : await req.payload.create({ collection: 'subscriptions', data: { email, topics, frequency, state: 'active', token: newSubscriptionToken(), consentAt: opened.consentAt.toISOString(), confirmedAt: now }, overrideAccess: true, depth: 0 })
    return redirect(`${ALERT_PAGES.manage(subscription.token)}?confirmed=1`)
  },
}

const byToken = async (req: PayloadRequest) => {
  const token = String(req.routeParams?.token ?? '')
  if (!/^[0-9a-f]{64}$/.test(token)) return null
  const { docs } = await req.payload.find({ collection: 'subscriptions', where: { token: { equals: token } }, limit: 1, depth: 0, overrideAccess: true })
  return docs[0] ?? null
}

const GONE = 'ไม่พบการรับข่าวสารนี้ อาจยกเลิกไปแล้ว หรือลิงก์ไม่ครบ'

const manageEndpoint: Endpoint = {
  path: '/manage/:token',
  method: 'post',
  handler: async (req) => {
    const subscription = await byToken(req)
    if (!subscription || subscription.state !== 'active') return refused(req, 404, GONE, ALERT_PAGES.subscribe)
    const body = (await bodyOf(req)) ?? {}
    const asked = [body.topics].flat()
    const topics = ALERT_TOPIC_NAMES.filter((topic) => asked.includes(topic))
    const frequency = (ALERT_FREQUENCIES as readonly string[]).includes(String(body.frequency)) ? (body.frequency as AlertFrequency) : subscription.frequency
    if (topics.length === 0) return refused(req, 400, 'กรุณาเลือกอย่างน้อยหนึ่งหัวข้อ หรือกดยกเลิกการรับข่าวสาร', ALERT_PAGES.manage(subscription.token))
    await req.payload.update({ collection: 'subscriptions', id: subscription.id, data: { topics: topics as AlertTopic[], frequency }, overrideAccess: true, depth: 0 })
    return fromForm(req) ? redirect(`${ALERT_PAGES.manage(subscription.token)}?saved=1`) : Response.json({ topics, frequency })
  },
}

const unsubscribeAsk: Endpoint = {
  path: '/unsubscribe/:token',
  method: 'get',
  handler: async (req) => {
    const subscription = await byToken(req)
    if (!subscription || subscription.state !== 'active') return thaiPage(404, 'ไม่พบการรับข่าวสาร', `<p>${GONE}</p>`)
    return thaiPage(200, 'ยกเลิกการรับข่าวสารทางอีเมล', `<p>ยืนยันยกเลิกการรับข่าวสารของ ${escapeXml(subscription.email)} ทุกหัวข้อ?</p><form method="post"><button type="submit">ยืนยันยกเลิกการรับข่าวสาร</button></form><p><a href="${ALERT_PAGES.manage(subscription.token)}">เปลี่ยนหัวข้อหรือความถี่แทน</a></p>`)
  },
}

const unsubscribe: Endpoint = {
  path: '/unsubscribe/:token',
  method: 'post',
  handler: async (req) => {
    const subscription = await byToken(req)
    if (!subscription) return errorResponse(404, GONE)
    const body = (await bodyOf(req)) ?? {}
    if (subscription.state === 'active') {
      const reason = body['List-Unsubscribe'] === 'One-Click' ? 'one-click' : 'unsubscribed'
      await req.payload.update({ collection: 'subscriptions', id: subscription.id, data: { state: 'ended', endedAt: new Date().toISOString(), endReason: reason }, overrideAccess: true, depth: 0 })
    }
    return thaiPage(200, 'ยกเลิกการรับข่าวสารแล้ว', `<p>ระบบจะไม่ส่งข่าวสารถึง ${escapeXml(subscription.email)} อีก</p><p><a href="${ALERT_PAGES.subscribe}">ขอรับข่าวสารใหม่</a></p>`)
  },
}

export const subscriptionEndpoints: Endpoint[] = [subscribeEndpoint, confirmEndpoint, manageEndpoint, unsubscribeAsk, unsubscribe]
