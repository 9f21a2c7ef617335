'use client'
import { useState } from 'react'
import { formatDateInput, parseDateInput } from '@/domain/thai/date-input'
import { Button } from '@payloadcms/ui'

interface ActionChoice {
  action: string
  label: string
  needsReason: boolean
  /** Publishing despite blocking findings of the content checks: a webmaster's reason is asked for and recorded. */
  override?: boolean
  /** What the comment is, where the action says (a complaint's answer to the citizen, a referral). */
  noteLabel?: string
  /** Passing a complaint to a unit: the unit is chosen from `units`. */
  needsUnit?: boolean
  /** The step may carry files for the citizen (the information a request asked for), sent with it as multipart: the file input's label. */
  filesLabel?: string
}

/**
 * Buttons for the workflow actions. Every action is confirmed before it is taken, with a comment that is optional
 * or, where the rules need a reason, required (and verbal-approval details where that is the action).
 */
export function WorkflowButtons({ id, actions, collection = 'publish-requests', units = [] }: { id: string; actions: ActionChoice[]; collection?: 'publish-requests' | 'complaints' | 'questions' | 'hearing-comments' | 'form-submissions'; units?: { id: number; name: string }[] }) {
  const [chosen, setChosen] = useState<ActionChoice | null>(null)
  const [reason, setReason] = useState('')
  const [override, setOverride] = useState('')
  const [verbal, setVerbal] = useState({ givenBy: '', givenAt: '', means: '' })
  const [unit, setUnit] = useState('')
  const [files, setFiles] = useState<File[]>([])
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  if (actions.length === 0) return <p>ไม่มีการดำเนินการที่ท่านทำได้ในขั้นนี้</p>

  async function submit(choice: ActionChoice) {
    setBusy(true)
    setError(null)
    // A revision is a new request (its change note is the reason); the rest are transitions of this one.
    const revising = choice.action === 'revise'
    // A complaint's or a question's step takes a note (their contracts' name); a publish request's, a reason.
    const body: Record<string, unknown> = revising ? { changeNote: reason } : collection === 'publish-requests' ? { action: choice.action, reason } : { action: choice.action, note: reason }
    if (choice.needsUnit) body.unit = Number(unit)
    if (choice.override) body.overrideFindings = override
    if (choice.action === 'record-verbal-approval') {
      // Typed in the Buddhist era, Bangkok time, whatever the browser's own zone.
      const givenAt = parseDateInput(verbal.givenAt)
      if (!givenAt.ok) {
        setBusy(false)
        return setError(givenAt.message)
      }
      body.verbalApproval = { ...verbal, givenAt: givenAt.at?.toISOString() ?? '' }
    }
    // With files, the same fields go as a form beside them.
    const form = new FormData()
    for (const [name, value] of Object.entries(body)) form.append(name, String(value))
    for (const file of files) form.append('files', file)
    const withFiles = Boolean(choice.filesLabel) && files.length > 0
    const response = await fetch(`/api/${collection}/${id}/${revising ? 'revise' : 'transition'}`, {
      method: 'POST',
      credentials: 'include',
      ...(withFiles ? { body: form } : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
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
          <Button key={choice.action} type="button" buttonStyle="primary" size="small" disabled={busy} onClick={() => start(choice)}>
            {choice.label}
          </Button>
        ))}
      </div>
      {chosen && (
        <div>
          <p>
            <strong>ยืนยันการดำเนินการ: {chosen.label}</strong>
          </p>
          <label>
            {chosen.noteLabel ?? (chosen.needsReason ? 'เหตุผล' : 'ความเห็น')} {chosen.needsReason ? '(จำเป็น)' : '(ถ้ามี)'}
            <textarea name="reason" value={reason} onChange={(e) => setReason(e.target.value)} rows={3} />
          </label>
          {chosen.needsUnit && (
            <label>
              หน่วยงานที่รับผิดชอบ (จำเป็น)
              <select name="unit" value={unit} onChange={(e) => setUnit(e.target.value)}>
                <option value="">— เลือกหน่วยงาน —</option>
                {units.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          {chosen.filesLabel && (
            <label>
              {chosen.filesLabel}
              <input name="files" type="file" multiple onChange={(e) => setFiles(Array.from(e.target.files ?? []))} />
            </label>
          )}
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
                วันเวลาที่ให้ความเห็นชอบ (วัน/เดือน/ปี พ.ศ. และเวลา เช่น {formatDateInput(new Date(), true)})
                <input name="givenAt" inputMode="numeric" value={verbal.givenAt} onChange={(e) => setVerbal({ ...verbal, givenAt: e.target.value })} />
              </label>
              <label>
                ช่องทาง (เช่น โทรศัพท์ LINE)
                <input name="means" value={verbal.means} onChange={(e) => setVerbal({ ...verbal, means: e.target.value })} />
              </label>
            </>
          )}
          <Button type="button" buttonStyle="primary" size="small" disabled={busy} onClick={() => submit(chosen)}>
            ยืนยัน: {chosen.label}
          </Button>{' '}
          <Button type="button" buttonStyle="secondary" size="small" onClick={() => setChosen(null)}>
            ยกเลิก
          </Button>
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
