/**
 * E-mail alerts (การแจ้งเตือนข่าวสารทางอีเมล): anyone may ask to be told by e-mail when the agency publishes in a
 * topic — news, procurement announcements, job postings, the agency's answers on the Q&A board — at once or as a
 * daily digest at 07:00. The request is confirmed by a signed link that expires after 48 hours (double opt-in):
 * nothing is kept until it is clicked. Every alert carries a link to manage the subscription and a one-click
 * unsubscribe (RFC 8058), and says why it was sent. The time of consent and why a subscription ended are kept (PDPA).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { CATEGORY } from '../categories'
import { normalizeTag } from '../compliance/evidence'
import { HONEYPOT_FIELD } from '../complaints/form'
import { bangkokDay, startOfBangkokDay } from '../thai/calendar'
import { excerpt } from '../thai/excerpt'
import { thaiDate } from '../thai/format'

export interface AlertTopicDefinition {
  label: string
  /** The category code its items are published in. */
  category: string
  /** When set, only the category's items carrying this tag. */
  tag?: string
}

export const ALERT_TOPICS: Record<'news' | 'procurement' | 'jobs' | 'questions', AlertTopicDefinition> = {
  news: { label: 'ข่าวประชาสัมพันธ์', category: CATEGORY.news },
  procurement: { label: 'ประกาศจัดซื้อจัดจ้าง', category: CATEGORY.procurement },
  jobs: { label: 'ประกาศรับสมัครงาน', category: CATEGORY.news, tag: 'รับสมัครงาน' },
  questions: { label: 'คำตอบกระดานถาม-ตอบ', category: CATEGORY.questions },
}
export type AlertTopic = keyof typeof ALERT_TOPICS
export const ALERT_TOPIC_NAMES = Object.keys(ALERT_TOPICS) as AlertTopic[]

export const ALERT_FREQUENCIES = ['immediate', 'daily'] as const
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number]
export const FREQUENCY_LABELS: Record<AlertFrequency, string> = { immediate: 'ทันทีที่เผยแพร่', daily: 'สรุปรายวัน' }

/** Why a subscription ended: on the manage page, by the one-click link of an alert, mail that no longer arrives, or staff. */
export const END_REASONS = ['unsubscribed', 'one-click', 'bounced', 'admin'] as const
export type EndReason = (typeof END_REASONS)[number]
export const END_REASON_LABELS: Record<EndReason, string> = {
  unsubscribed: 'ผู้รับยกเลิกที่หน้าจัดการการรับข่าวสาร',
  'one-click': 'ผู้รับยกเลิกจากลิงก์ในอีเมลแจ้งเตือน',
  bounced: 'ส่งอีเมลถึงผู้รับไม่ได้',
  admin: 'ผู้ดูแลระบบยกเลิก',
}

/** The topics an item falls under, by its category and tags: a job posting is news too. */
export function topicsOfItem(item: { category: string; tags: readonly string[] }): AlertTopic[] {
  const tags = new Set(item.tags.map(normalizeTag))
  return ALERT_TOPIC_NAMES.filter((name) => {
    const topic = ALERT_TOPICS[name]
    return topic.category === item.category && (!topic.tag || tags.has(topic.tag))
  })
}

/**
 * The topic one alert names for a subscriber, so that an item reaches them once: the most specific of the item's
 * topics they subscribed to (a job posting is a job posting to one who takes both news and jobs), or null.
 */
export function alertTopicFor(itemTopics: readonly AlertTopic[], subscribed: readonly AlertTopic[]): AlertTopic | null {
  const theirs = itemTopics.filter((topic) => subscribed.includes(topic))
  return theirs.find((topic) => ALERT_TOPICS[topic].tag) ?? theirs[0] ?? null
}

export interface SubscribeRequest {
  email: string
  topics: AlertTopic[]
  frequency: AlertFrequency
}
export type SubscribeErrors = Partial<Record<'email' | 'topics' | 'frequency' | 'consent', string>>

export const EMAIL_LIMIT = 254
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')
const consented = (value: unknown): boolean => value === true || value === 'true' || value === 'on' || value === 'yes' || value === '1'
const listOf = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).map(text).filter(Boolean)
const isTopic = (name: string): name is AlertTopic => (ALERT_TOPIC_NAMES as string[]).includes(name)
const isFrequency = (name: string): name is AlertFrequency => (ALERT_FREQUENCIES as readonly string[]).includes(name)

function emailError(email: string): string | undefined {
  if (!email) return 'กรุณาระบุอีเมลที่ต้องการรับข่าวสาร'
  if (email.length > EMAIL_LIMIT) return `อีเมลยาวเกิน ${EMAIL_LIMIT} ตัวอักษร`
  if (!EMAIL.test(email)) return 'อีเมลไม่ถูกต้อง ตัวอย่าง somchai@example.com'
  return undefined
}

function topicsError(names: string[]): string | undefined {
  if (!names.length) return 'กรุณาเลือกหัวข้อที่ต้องการรับข่าวสารอย่างน้อย 1 หัวข้อ'
  const unknown = [...new Set(names.filter((name) => !isTopic(name)))]
  if (!unknown.length) return undefined
  const offered = ALERT_TOPIC_NAMES.map((name) => ALERT_TOPICS[name].label).join(', ')
  return `ไม่มีหัวข้อ ${unknown.map((name) => `“${name}”`).join(', ')} ให้เลือก หัวข้อที่เลือกได้ ได้แก่ ${offered}`
}

/**
 * A subscribe request as sent (a form's fields or JSON) → the request, or the Thai errors by field. `robot` when the
 * honeypot was filled: the caller answers as if it were accepted and sends nothing.
 */
export function readSubscribeRequest(body: Record<string, unknown>): { request: SubscribeRequest } | { errors: SubscribeErrors } | { robot: true } {
  if (text(body[HONEYPOT_FIELD])) return { robot: true }
  const email = text(body.email).toLowerCase()
  const names = listOf(body.topics)
  const frequency = text(body.frequency) || 'immediate'
  const errors: SubscribeErrors = {}
  const wrongEmail = emailError(email)
  if (wrongEmail) errors.email = wrongEmail
  const wrongTopics = topicsError(names)
  if (wrongTopics) errors.topics = wrongTopics
  if (!isFrequency(frequency)) errors.frequency = `กรุณาเลือกความถี่: ${FREQUENCY_LABELS.immediate} หรือ ${FREQUENCY_LABELS.daily}`
  if (!consented(body.consent)) errors.consent = 'กรุณาอ่านประกาศความเป็นส่วนตัวและให้ความยินยอมก่อนสมัครรับข่าวสาร'
  if (Object.keys(errors).length) return { errors }
  return { request: { email, topics: ALERT_TOPIC_NAMES.filter((name) => names.includes(name)), frequency: frequency as AlertFrequency } }
}

export const CONFIRM_HOURS = 48
const HOUR_MS = 60 * 60 * 1000
// Signed under its purpose too, so that a signature made with the same secret for anything else is never one of these.
const CONFIRM_PURPOSE = 'khaosan-alerts-confirm'
const TOKEN_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/

function signatureOf(payload: string, secret: string): string {
  if (!secret) throw new Error('alerts: the confirmation secret is empty')
  return createHmac('sha256', secret).update(`${CONFIRM_PURPOSE}.${payload}`).digest('base64url')
}

/** The double opt-in link's content: the request and when it was asked, signed; nothing is stored until it comes back. */
export function signConfirmation(request: SubscribeRequest, secret: string, now: Date): string {
  const payload = Buffer.from(JSON.stringify({ email: request.email, topics: request.topics, frequency: request.frequency, at: now.getTime() })).toString('base64url')
  return `${payload}.${signatureOf(payload, secret)}`
}

const BAD_LINK = 'ลิงก์ยืนยันไม่ถูกต้อง กรุณาคัดลอกลิงก์จากอีเมลให้ครบถ้วน หรือสมัครรับข่าวสารใหม่อีกครั้ง'
const EXPIRED_LINK = `ลิงก์ยืนยันหมดอายุแล้ว (ใช้ได้ภายใน ${CONFIRM_HOURS} ชั่วโมงหลังสมัคร) กรุณาสมัครรับข่าวสารใหม่อีกครั้ง`

function signedPayload(token: string, secret: string): string | null {
  if (!TOKEN_SHAPE.test(token)) return null
  const [payload, signature] = token.split('.')
  const given = Buffer.from(signature)
  const expected = Buffer.from(signatureOf(payload, secret))
  return given.length === expected.length && timingSafeEqual(given, expected) ? payload : null
}

function parsedPayload(payload: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null
  } catch {
    return null
  }
}

/** A confirmation link's token → the request and when it was asked (the consent), or why it cannot be taken (Thai). */
export function openConfirmation(token: string, secret: string, now: Date): { request: SubscribeRequest; consentAt: Date } | { error: string } {
  const payload = signedPayload(token, secret)
  const fields = payload === null ? null : parsedPayload(payload)
  if (!fields || typeof fields.at !== 'number' || !Number.isFinite(fields.at)) return { error: BAD_LINK }
  // Read again as a request: a link naming a topic withdrawn since it was sent is refused, not half taken.
  const read = readSubscribeRequest({ email: fields.email, topics: fields.topics, frequency: fields.frequency, consent: true })
  if (!('request' in read)) return { error: BAD_LINK }
  if (now.getTime() >= fields.at + CONFIRM_HOURS * HOUR_MS) return { error: EXPIRED_LINK }
  return { request: read.request, consentAt: new Date(fields.at) }
}

/** The secret in a subscription's manage and unsubscribe links (256 random bits, hex). */
export const newSubscriptionToken = (): string => randomBytes(32).toString('hex')

/** The headers that let a mail program unsubscribe with one click (RFC 8058): a POST to `unsubscribeUrl`. */
export function unsubscribeHeaders(unsubscribeUrl: string): Record<string, string> {
  const url = new URL(unsubscribeUrl)
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`alerts: the unsubscribe link must be https or http, not ${url.protocol}`)
  return { 'List-Unsubscribe': `<${url.href}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
}

export interface SubscriptionLinks {
  manage: string
  unsubscribe: string
}
export interface Mail {
  subject: string
  text: string
}

/** The summary's excerpt in an alert, the ellipsis included. */
export const ALERT_SUMMARY_LIMIT = 300
const oneLine = (value: string): string => value.replace(/\s+/g, ' ').trim()
const quotedLabels = (topics: readonly AlertTopic[]): string => topics.map((topic) => `“${ALERT_TOPICS[topic].label}”`).join(', ')

/** Why they got it, and the way out: at the end of every alert and digest. */
function footer(topics: readonly AlertTopic[], links: SubscriptionLinks): string {
  return [
    '--',
    `ท่านได้รับอีเมลนี้เพราะได้สมัครรับข่าวสารหัวข้อ ${quotedLabels(topics)} ทางอีเมล`,
    `เปลี่ยนหัวข้อหรือความถี่: ${links.manage}`,
    `ยกเลิกการรับข่าวสาร: ${links.unsubscribe}`,
  ].join('\n')
}

/** The alert sent when an item is published in a topic the subscriber takes at once. */
export function alertMail(item: { title: string; summary: string; url: string; topic: AlertTopic }, links: SubscriptionLinks): Mail {
  const summary = excerpt(item.summary, ALERT_SUMMARY_LIMIT - 1)
  const body = [oneLine(item.title), ...(summary ? [summary] : []), `อ่านต่อ: ${item.url}`]
  return {
    subject: `${ALERT_TOPICS[item.topic].label}: ${oneLine(item.title)}`,
    text: [...body, footer([item.topic], links)].join('\n\n'),
  }
}

/** The daily digest: what was published in the subscriber's topics, by topic; null when there was nothing. */
export function digestMail(items: readonly { title: string; url: string; topic: AlertTopic }[], links: SubscriptionLinks, day: Date): Mail | null {
  if (!items.length) return null
  const topics = ALERT_TOPIC_NAMES.filter((topic) => items.some((item) => item.topic === topic))
  const groups = topics.map((topic) => [ALERT_TOPICS[topic].label, ...items.filter((item) => item.topic === topic).map((item) => `- ${oneLine(item.title)}\n  ${item.url}`)].join('\n'))
  return {
    subject: `สรุปข่าวสารประจำวันที่ ${thaiDate(day)}`,
    text: [`ข่าวสารที่เผยแพร่ใหม่ ${items.length} รายการ`, ...groups, footer(topics, links)].join('\n\n'),
  }
}

/** The daily digest goes out at 07:00 in Bangkok. */
export const DIGEST_HOUR = 7

/** The e-mail with the confirmation link: what was asked for, and that nothing is kept unless the link is clicked in time. */
export function confirmationMail(request: SubscribeRequest, confirmUrl: string): Mail {
  const frequency = request.frequency === 'daily' ? `${FREQUENCY_LABELS.daily} ส่งทุกวันเวลา ${String(DIGEST_HOUR).padStart(2, '0')}:00 น.` : FREQUENCY_LABELS.immediate
  return {
    subject: 'ยืนยันการสมัครรับข่าวสารทางอีเมล',
    text: [
      `มีการขอสมัครรับข่าวสารทางอีเมลด้วยอีเมล ${request.email}`,
      `หัวข้อ: ${request.topics.map((topic) => ALERT_TOPICS[topic].label).join(', ')}\nความถี่: ${frequency}`,
      `หากท่านเป็นผู้สมัคร กรุณากดลิงก์นี้ภายใน ${CONFIRM_HOURS} ชั่วโมงเพื่อยืนยัน:\n${confirmUrl}`,
      `หากท่านไม่ได้สมัครหรือไม่กดลิงก์ภายใน ${CONFIRM_HOURS} ชั่วโมง ไม่ต้องดำเนินการใด ๆ ระบบจะไม่เก็บอีเมลหรือข้อมูลใด ๆ ของท่านไว้`,
    ].join('\n\n'),
  }
}

/** 07:00 in Bangkok on the Bangkok day of `at`. */
const digestTimeOn = (at: Date): Date => new Date(startOfBangkokDay(bangkokDay(at)).getTime() + DIGEST_HOUR * HOUR_MS)

/** When the digest after one sent at `lastSentAt` is due: 07:00 Bangkok on the following day (the first 07:00 after it). */
export function nextDigestAt(lastSentAt: Date): Date {
  const sameDay = digestTimeOn(lastSentAt)
  return sameDay > lastSentAt ? sameDay : new Date(sameDay.getTime() + 24 * HOUR_MS)
}

/** Whether a subscriber's digest is due now: it is 07:00 Bangkok or later today, and none went out since. */
export function isDigestDue(lastSentAt: Date | null, now: Date): boolean {
  const today = digestTimeOn(now)
  return now >= today && (lastSentAt === null || lastSentAt < today)
}

/** The public pages of e-mail alerts: the form, "check your mail", and a subscription's own page by its secret token (never cached). */
export const ALERT_PAGES = { subscribe: '/alerts', sent: '/alerts/sent', manage: (token: string) => `${SUBSCRIPTION_PATH}/${token}` } as const
export const SUBSCRIPTION_PATH = '/subscription'
