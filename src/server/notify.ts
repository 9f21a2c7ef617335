/**
 * Tell people something: a notification in the app and the same text by e-mail.
 */
import type { Payload, PayloadRequest, Where } from 'payload'
import type { Message } from '@/domain/workflow'
import { sendMail } from './mailer'

export async function notify(
  payload: Payload,
  recipients: Where,
  message: Message & { link?: string | null; requestId?: number | string },
  /** The request whose transaction the notice belongs to (e.g. a request being created). */
  req?: PayloadRequest,
): Promise<void> {
  const { docs } = await payload.find({ collection: 'users', where: { and: [recipients, { active: { not_equals: false } }] }, overrideAccess: true, depth: 0, limit: 100, pagination: false, req })
  for (const user of docs) {
    await payload.create({
      collection: 'notifications',
      overrideAccess: true,
      req,
      data: { recipient: user.id, kind: message.kind, title: message.title, message: message.message, link: message.link ?? undefined, request: message.requestId as number | undefined },
    })
    try {
      await sendMail({ to: user.email, subject: `[Khaosan] ${message.title}`, text: message.message })
    } catch (error) {
      payload.logger.error({ err: error, to: user.email }, 'ส่งอีเมลแจ้งเตือนไม่สำเร็จ')
    }
  }
}
