/** The HTTP contract from a client's side: sign in, send JSON, upload files. */
export class Client {
  constructor(
    readonly origin: string,
    private token: string | null = null,
  ) {}

  static async signIn(origin: string, email: string, password = 'khaosan-demo'): Promise<Client> {
    const response = await fetch(`${origin}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) })
    const body = (await response.json()) as { token?: string }
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
