'use client'
import { useState } from 'react'

/**
 * A button that POSTs to one of the monitoring endpoints (start the link checker, acknowledge a report, send the
 * announcement for approval, copy an indicator set forward), optionally with a comment, then shows the Thai
 * message and reloads the page (or opens the document the endpoint created).
 */
export function PostButton({ url, label, comment, openCreated }: { url: string; label: string; comment?: string; openCreated?: string }) {
  const [text, setText] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function send() {
    setBusy(true)
    setMessage(null)
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(comment && text.trim() ? { comment: text.trim() } : {}),
    })
    const result = await response.json().catch(() => null)
    setBusy(false)
    if (!response.ok) return setMessage(result?.errors?.[0]?.message ?? `ดำเนินการไม่สำเร็จ (${response.status})`)
    if (openCreated && result?.doc?.id) return window.location.assign(`${openCreated}/${result.doc.id}`)
    setMessage(result?.message ?? 'ดำเนินการเรียบร้อยแล้ว')
    window.setTimeout(() => window.location.reload(), 1200)
  }

  return (
    <div className="khaosan-post-button">
      {comment && (
        <label>
          {comment}
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={2} />
        </label>
      )}
      <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={send}>
        {busy ? 'กำลังดำเนินการ…' : label}
      </button>
      {message && <p role="status">{message}</p>}
    </div>
  )
}
