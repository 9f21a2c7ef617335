/**
 * Outgoing mail: SMTP_URL (e.g. smtp://127.0.0.1:2525) through nodemailer; unset, mail is written to the server log.
 */
import nodemailer, { type Transporter } from 'nodemailer'
import type { EmailAdapter } from 'payload'
import { publicOrigin } from './environment'

export interface OutgoingMail {
  to: string
  subject: string
  text: string
  html?: string
  /** Headers of its own (an alert's List-Unsubscribe, RFC 8058). */
  headers?: Record<string, string>
  /** The left part of the Message-ID: the same message sent twice carries the same one. */
  messageId?: string
}

const FROM = process.env.KHAOSAN_MAIL_FROM || 'Khaosan <no-reply@khaosan.local>'
let transporter: Transporter | null | undefined

function transport(): Transporter | null {
  if (transporter === undefined) transporter = process.env.SMTP_URL ? nodemailer.createTransport(process.env.SMTP_URL) : null
  return transporter
}

export async function sendMail({ messageId, ...mail }: OutgoingMail): Promise<void> {
  const smtp = transport()
  if (!smtp) {
    console.info(`[mail] to=${mail.to} subject=${mail.subject}\n${mail.text}`)
    return
  }
  await smtp.sendMail({ from: FROM, ...mail, ...(messageId ? { messageId: `<${messageId}@${new URL(publicOrigin()).hostname}>` } : {}) })
}

/** Payload's own mail (password reset) goes the same way. */
export const khaosanEmailAdapter: EmailAdapter = () => ({
  name: 'khaosan',
  defaultFromAddress: FROM.replace(/.*<|>.*/g, ''),
  defaultFromName: 'Khaosan',
  sendEmail: async (message) =>
    sendMail({
      to: String(message.to),
      subject: String(message.subject ?? ''),
      text: String(message.text ?? ''),
      html: typeof message.html === 'string' ? message.html : undefined,
    }),
})
