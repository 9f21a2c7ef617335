'use client'
import { useState } from 'react'

interface ActionChoice {
  action: string
  label: string
  needsReason: boolean
  /** Publishing despite blocking findings of the content checks: a webmaster's reason is asked for and recorded. */
  override?: boolean
}

/**
 * Buttons for the workflow actions. Every action is confirmed before it is taken, with a comment that is optional
 * or, where the rules need a reason, required (and verbal-approval details where that is the action).
 */
export function WorkflowButtons({ id, actions }: { id: string; actions: ActionChoice[] }) {
  const [chosen, setChosen] = useState<ActionChoice | null>(null)
  const [reason, setReason] = useState('')
  const [override, setOverride] = useState('')
  const [verbal, setVerbal] = useState({ givenBy: '', givenAt: '', means: '' })
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  if (actions.length === 0) return <p>ไม่มีการดำเนินการที่ท่านทำได้ในขั้นนี้</p>

  async function submit(choice: ActionChoice) {
    setBusy(true)
    setError(null)
    // A revision is a new request (its change note is the reason); the rest are transitions of this one.
    const revising = choice.action === 'revise'
    const body: Record<string, unknown> = revising ? { changeNote: reason } : { action: choice.action, reason }
    if (choice.override) body.overrideFindings = override
    if (choice.action === 'record-verbal-approval') body.verbalApproval = { ...verbal, givenAt: verbal.givenAt ? new Date(verbal.givenAt).toISOString() : '' }
    const response = await fetch(`/api/publish-requests/${id}/${revising ? 'revise' : 'transition'}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    setBusy(false)
    const result = await response.json().catch(() => null)
    if (response.ok && revising) return window.location.assign(`/admin/collections/publish-requests/${result.doc.id}`)
    if (response.ok) return window.location.reload()
    setError(result?.errors?.[0]?.message ?? `ดำเนินการไม่สำเร็จ (${response.status})`)
  }

  const start = (choice: ActionChoice) => {
    setError(null)
    setChosen(choice)
  }

  return (
    <div>
      <div className="khaosan-workflow__buttons">
        {actions.map((choice) => (
          <button key={choice.action} type="button" className="btn btn--style-primary btn--size-small" disabled={busy} onClick={() => start(choice)}>
            {choice.label}
          </button>
        ))}
      </div>
      {chosen && (
        <div>
          <p>
            <strong>ยืนยันการดำเนินการ: {chosen.label}</strong>
          </p>
          <label>
            {chosen.needsReason ? 'เหตุผล (จำเป็น)' : 'ความเห็น (ถ้ามี)'}
            <textarea name="reason" value={reason} onChange={(e) => setReason(e.target.value)} rows={3} />
          </label>
          {chosen.override && (
            <label>
              เหตุผลที่เผยแพร่ทั้งที่พบรายการที่ต้องแก้ไข (จำเป็น บันทึกในประวัติ)
              <textarea name="overrideFindings" value={override} onChange={(e) => setOverride(e.target.value)} rows={3} />
            </label>
          )}
          {chosen.action === 'record-verbal-approval' && (
            <>
              <label>
                ผู้ให้ความเห็นชอบ
                <input name="givenBy" value={verbal.givenBy} onChange={(e) => setVerbal({ ...verbal, givenBy: e.target.value })} />
              </label>
              <label>
                วันเวลาที่ให้ความเห็นชอบ
                <input name="givenAt" type="datetime-local" value={verbal.givenAt} onChange={(e) => setVerbal({ ...verbal, givenAt: e.target.value })} />
              </label>
              <label>
                ช่องทาง (เช่น โทรศัพท์ LINE)
                <input name="means" value={verbal.means} onChange={(e) => setVerbal({ ...verbal, means: e.target.value })} />
              </label>
            </>
          )}
          <button type="button" className="btn btn--style-primary btn--size-small" disabled={busy} onClick={() => submit(chosen)}>
            ยืนยัน: {chosen.label}
          </button>{' '}
          <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setChosen(null)}>
            ยกเลิก
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="khaosan-workflow__error">
          {error}
        </p>
      )}
    </div>
  )
}
