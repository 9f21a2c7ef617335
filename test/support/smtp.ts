/** A real SMTP listener on 127.0.0.1 that keeps every message it receives. */
import { SMTPServer } from 'smtp-server'
import type { AddressInfo } from 'node:net'

export interface ReceivedMail {
  to: string[]
  raw: string
}

export async function startSmtp() {
  const received: ReceivedMail[] = []
  /** While set, every recipient is refused with a temporary failure (451), as a mail server that is down for a while. */
  const state = { refusing: false, refused: 0 }
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(_address, _session, callback) {
      if (!state.refusing) return callback()
      state.refused++
      callback(Object.assign(new Error('ระบบอีเมลขัดข้องชั่วคราว'), { responseCode: 451 }))
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') })
        callback()
      })
    },
  })
  server.on('error', () => {}) // a client hanging up mid-session is not a test failure
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    state,
    /** The messages to this address whose decoded text contains `text`. */
    count: (to: string, text: string) => received.filter((m) => m.to.includes(to) && decodeMail(m.raw).includes(text)).length,
    /** Waits for a message to this address whose decoded text contains `text`. */
    async waitFor(to: string, text: string, timeoutMs = 15_000): Promise<ReceivedMail> {
      const deadline = Date.now() + timeoutMs
      while (Date.now() < deadline) {
        const found = received.find((m) => m.to.includes(to) && decodeMail(m.raw).includes(text))
        if (found) return found
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error(`no mail to ${to} containing "${text}"; got ${received.map((m) => m.to.join(',')).join(' | ')}`)
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The message with quoted-printable and base64 bodies decoded, enough to search its Thai text. */
export function decodeMail(raw: string): string {
  const qp = raw.replace(/=\r?\n/g, '').replace(/(=[0-9A-F]{2})+/g, (run) => Buffer.from(run.replace(/=/g, ''), 'hex').toString('utf8'))
  const base64Parts = [...raw.matchAll(/Content-Transfer-Encoding: base64\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/g)].map((m) =>
    Buffer.from(m[1].replace(/\s/g, ''), 'base64').toString('utf8'),
  )
  const subjects = [...raw.matchAll(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi)].map(([, enc, text]) =>
    enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : text.replace(/_/g, ' ').replace(/(=[0-9A-F]{2})+/gi, (run) => Buffer.from(run.replace(/=/g, ''), 'hex').toString('utf8')),
  )
  // Adjacent encoded words are one text (RFC 2047 §6.2): a long Thai subject comes in several.
  return [qp, ...base64Parts, subjects.join('')].join('\n')
}
