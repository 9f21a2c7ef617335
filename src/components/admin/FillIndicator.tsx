'use client'
/**
 * On the monitoring page, for a webmaster: a placeholder indicator of the year's set (ตัวชี้วัดที่หน่วยงานกรอกเอง)
 * filled in from the assessment's manual — its title, the category whose items meet it, a tag if only some do —
 * sent to POST /api/indicator-sets/fill; from then on it is scored like the rest.
 */
import { useState, type FormEvent } from 'react'
import { SUBMISSION_GROUPS, categoryDefinition } from '@/domain/categories'
import { Button } from '@payloadcms/ui'

export function FillIndicator({ set, fiscalYear, code }: { set: string; fiscalYear: number; code: string }) {
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setBusy(true)
    const response = await fetch('/api/indicator-sets/fill', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ set, fiscalYear, code, title: form.get('title'), category: form.get('category'), tag: form.get('tag') }),
    })
    const result = await response.json().catch(() => null)
    setBusy(false)
    setMessage(result?.message ?? result?.errors?.[0]?.message ?? `บันทึกไม่สำเร็จ (${response.status})`)
    if (response.ok) window.setTimeout(() => window.location.reload(), 1200)
  }

  const id = (field: string) => `fill-${set}-${code}-${field}`
  return (
    <details className="khaosan-fill-indicator">
      <summary>กรอกรายละเอียดตัวชี้วัด {code}</summary>
      <form onSubmit={save}>
        <label htmlFor={id('title')}>ชื่อตัวชี้วัดตามคู่มือการประเมิน</label>
        <input id={id('title')} name="title" required minLength={3} />
        <label htmlFor={id('category')}>หมวดของข้อมูลที่ใช้เป็นหลักฐาน</label>
        <select id={id('category')} name="category" required defaultValue="">
          <option value="" disabled>เลือกหมวด</option>
          {SUBMISSION_GROUPS.map((group) => (
            <optgroup key={group.title} label={group.title}>
              {group.categories.map((category) => (
                <option key={category.code} value={category.code}>{categoryDefinition(category.code)?.title ?? category.code}</option>
              ))}
            </optgroup>
          ))}
        </select>
        <label htmlFor={id('tag')}>คำสำคัญ (ถ้านับเฉพาะรายการที่มีคำนี้)</label>
        <input id={id('tag')} name="tag" />
        <Button type="submit" buttonStyle="primary" size="small" disabled={busy}>
          {busy ? 'กำลังบันทึก…' : `บันทึกตัวชี้วัด ${code}`}
        </Button>
        {message && <p role="status">{message}</p>}
      </form>
    </details>
  )
}
