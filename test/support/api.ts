import { totpCode } from '../../src/domain/auth/second-factor'
import { DEMO_TOTP_SECRET } from '../../src/server/demo-accounts'

/** The HTTP contract from a client's side: sign in, send JSON, upload files. */
export class Client {
  constructor(
    readonly origin: string,
    private token: string | null = null,
  ) {}

  /** Signs in as the contract says: the password, then, for an administrator or a webmaster, the authenticator's code. */
  static async signIn(origin: string, email: string, password = 'khaosan-demo'): Promise<Client> {
    const post = async (path: string, data: unknown) => {
      const response = await fetch(`${origin}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(data) })
      return { response, body: (await response.json()) as { token?: string; secondFactor?: string; challenge?: string; secret?: string } }
    }
    let { response, body } = await post('/api/users/login', { email, password })
    // The demo's accounts have the demo's authenticator; a new one sets its own up at its first sign-in.
    if (response.ok && body.secondFactor) ({ response, body } = await post('/api/users/login/second-factor', { challenge: body.challenge, code: totpCode(body.secondFactor === 'setup' ? body.secret! : DEMO_TOTP_SECRET) }))
    if (!response.ok || !body.token) throw new Error(`sign-in failed for ${email}: ${response.status} ${JSON.stringify(body)}`)
    return new Client(origin, body.token)
  }

  get authorization(): string {
    return `JWT ${this.token}`
  }

  private headers(extra: Record<string, string> = {}) {
    return { ...(this.token ? { Authorization: `JWT ${this.token}` } : {}), ...extra }
  }

  async request(method: string, path: string, body?: unknown) {
    const response = await fetch(`${this.origin}${path}`, {
      method,
      headers: this.headers(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    let json: any = null
    try {
      json = JSON.parse(text)
    } catch {
      json = null
    }
    return { status: response.status, json, text, headers: response.headers }
  }

  get = (path: string) => this.request('GET', path)

  /** A download as bytes (PDF, DOCX, XLSX). */
  async download(path: string) {
    const response = await fetch(`${this.origin}${path}`, { headers: this.headers() })
    return { status: response.status, type: response.headers.get('content-type') ?? '', bytes: Buffer.from(await response.arrayBuffer()) }
  }
  post = (path: string, body: unknown) => this.request('POST', path, body)

  /** Uploads a file as the admin's attachment field does; `data` are the row's fields (its Thai display name). */
  async upload(filename: string, bytes: Uint8Array, type = 'application/octet-stream', data?: Record<string, unknown>) {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), filename)
    if (data) form.append('_payload', JSON.stringify(data))
    const response = await fetch(`${this.origin}/api/attachments`, { method: 'POST', headers: this.headers(), body: form })
    return { status: response.status, json: (await response.json().catch(() => null)) as any }
  }

  transition(id: number | string, action: string, extra: Record<string, unknown> = {}) {
    return this.post(`/api/publish-requests/${id}/transition`, { action, ...extra })
  }
}
