'use client'
import { useState } from 'react'
import { Button } from '@payloadcms/ui'

/** A webmaster records the year's review: keep the measure or change it, what changed, and why. */
export function RuleReviewForm({ fiscalYear }: { fiscalYear: number }) {
  const [outcome, setOutcome] = useState<'unchanged' | 'changed'>('unchanged')
  const [changes, setChanges] = useState('')
  const [reasons, setReasons] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function send(event: React.FormEvent) {
    event.preventDefault()
    setBusy(true)
    setMessage(null)
    const response = await fetch(`/api/rule-reviews/${fiscalYear}/review`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ outcome, changes, reasons }),
    })
    const result = await response.json().catch(() => null)
    setBusy(false)
    if (!response.ok) return setMessage(result?.errors?.[0]?.message ?? `บันทึกไม่สำเร็จ (${response.status})`)
    setMessage(result?.message ?? 'บันทึกแล้ว')
    window.setTimeout(() => window.location.reload(), 1200)
  }

  return (
    <form className="khaosan-review-form" onSubmit={send}>
      <fieldset>
        <legend>ผลการทบทวน</legend>
        <label>
          <input type="radio" name="outcome" value="unchanged" checked={outcome === 'unchanged'} onChange={() => setOutcome('unchanged')} /> คงหลักเกณฑ์เดิม
        </label>{' '}
        <label>
          <input type="radio" name="outcome" value="changed" checked={outcome === 'changed'} onChange={() => setOutcome('changed')} /> ปรับปรุงหลักเกณฑ์
        </label>
      </fieldset>
      {outcome === 'changed' && (
        <label>
          สิ่งที่ปรับปรุง
          <textarea value={changes} onChange={(e) => setChanges(e.target.value)} rows={3} required />
        </label>
      )}
      <label>
        {outcome === 'changed' ? 'เหตุผลของการปรับปรุง' : 'เหตุผลที่คงหลักเกณฑ์เดิม'}
        <textarea value={reasons} onChange={(e) => setReasons(e.target.value)} rows={3} required />
      </label>
      <Button type="submit" buttonStyle="primary" size="small" disabled={busy}>
        {busy ? 'กำลังบันทึก…' : 'บันทึกผลการทบทวน'}
      </Button>
      {message && <p role="status">{message}</p>}
    </form>
  )
}
