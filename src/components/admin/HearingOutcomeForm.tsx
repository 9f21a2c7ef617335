'use client'
import { useState } from 'react'
import { Button } from '@payloadcms/ui'

/** A webmaster publishes a closed hearing's outcome: what was said, and what the agency changed because of it. */
export function HearingOutcomeForm({ id }: { id: number }) {
  const [summary, setSummary] = useState('')
  const [changes, setChanges] = useState('')
  const [error, setError] = useState<string | null>(null)

  async function send(event: React.FormEvent) {
    event.preventDefault()
    setError(null)
    const response = await fetch(`/api/hearings/${id}/outcome`, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ summary, changes }) })
    if (response.ok) return window.location.reload()
    setError((await response.json().catch(() => null))?.errors?.[0]?.message ?? `เผยแพร่ไม่สำเร็จ (${response.status})`)
  }

  return (
    <form onSubmit={send}>
      <label>
        สรุปความคิดเห็นที่ได้รับ (จำเป็น)
        <textarea name="summary" value={summary} onChange={(e) => setSummary(e.target.value)} rows={4} />
      </label>
      <label>
        สิ่งที่หน่วยงานปรับปรุงจากความคิดเห็น หรือเหตุผลที่ไม่ปรับ (จำเป็น)
        <textarea name="changes" value={changes} onChange={(e) => setChanges(e.target.value)} rows={3} />
      </label>
      <Button type="submit" buttonStyle="primary" size="small">
        เผยแพร่สรุปผล
      </Button>
      {error && (
        <p role="alert" className="khaosan-workflow__error">
          {error}
        </p>
      )}
    </form>
  )
}
