'use client'
import { useState } from 'react'
import { Button } from '@payloadcms/ui'

/**
 * A button that POSTs to one of the monitoring endpoints (start the link checker, acknowledge a report, send the
 * announcement for approval, copy an indicator set forward), optionally with a comment and a confirmation step,
 * then shows the Thai message and reloads the page (or opens the document the endpoint created).
 */
export function PostButton({ url, label, comment, confirm, openCreated, body }: { url: string; label: string; comment?: string; confirm?: string; openCreated?: string; body?: Record<string, string> }) {
  const [text, setText] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [confirming, setConfirming] = useState(false)

  async function send() {
    setBusy(true)
    setMessage(null)
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...body, ...(comment && text.trim() ? { comment: text.trim() } : {}) }),
    })
    const result = await response.json().catch(() => null)
    setBusy(false)
    setConfirming(false)
    if (!response.ok) return setMessage(result?.errors?.[0]?.message ?? `ดำเนินการไม่สำเร็จ (${response.status})`)
    if (openCreated && result?.doc?.id) return window.location.assign(`${openCreated}/${result.doc.id}`)
    setMessage(result?.message ?? 'ดำเนินการเรียบร้อยแล้ว')
    window.setTimeout(() => window.location.reload(), 1200)
  }

  return (
    <div className="khaosan-post-button">
      {comment && (confirming || !confirm) && (
        <label>
          {comment}
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={2} />
        </label>
      )}
      {confirming ? (
        <div role="group" aria-label={confirm}>
          <p>{confirm}</p>
          <Button type="button" buttonStyle="primary" size="small" disabled={busy} onClick={send}>
            {busy ? 'กำลังดำเนินการ…' : `ยืนยัน${label}`}
          </Button>{' '}
          <Button type="button" buttonStyle="secondary" size="small" disabled={busy} onClick={() => setConfirming(false)}>
            ยกเลิก
          </Button>
        </div>
      ) : (
        <Button type="button" buttonStyle="secondary" size="small" disabled={busy} onClick={() => (confirm ? setConfirming(true) : send())}>
          {busy ? 'กำลังดำเนินการ…' : label}
        </Button>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  )
}
