'use client'
import { Button, FieldError, FieldLabel, useField } from '@payloadcms/ui'
import type { RelationshipFieldClientProps } from 'payload'
import { useState } from 'react'
import { displayNameOf, fileExtension, formatFileSize } from '@/domain/files/display'

export interface AttachedFile {
  id: number
  /** The Thai name the site shows, given at upload. */
  title?: string | null
  filename: string
  filesize: number
  url: string | null
}

interface Refused {
  name: string
  message: string
}

export function AttachmentsField({ field, path, readOnly, initialFiles, typeLabels }: { field: RelationshipFieldClientProps['field']; path: string; readOnly?: boolean; initialFiles: AttachedFile[]; typeLabels: Record<string, string> }) {
  const { value, setValue, showError, errorMessage, disabled } = useField<number[] | null>({ path })
  const [known, setKnown] = useState<AttachedFile[]>(initialFiles)
  const [refused, setRefused] = useState<Refused[]>([])
  const [uploading, setUploading] = useState<string[]>([])
  const [name, setName] = useState('')
  const locked = readOnly || disabled
  const ids = (value ?? []).map((v) => (typeof v === 'object' && v !== null ? (v as { id: number }).id : v))
  const files = ids.map((id) => known.find((file) => file.id === id) ?? { id, filename: `ไฟล์หมายเลข ${id}`, filesize: 0, url: null })
  const id = `field-${path.replace(/\./g, '__')}`

  async function upload(chosen: FileList | null) {
    if (!chosen?.length) return
    const list = [...chosen]
    setUploading(list.map((file) => file.name))
    setRefused([])
    const added: AttachedFile[] = []
    const problems: Refused[] = []
    for (const [i, file] of list.entries()) {
      const body = new FormData()
      body.append('file', file)
      // The name typed before choosing: for one file as typed, for several numbered in the order chosen.
      if (name.trim()) body.append('_payload', JSON.stringify({ title: list.length === 1 ? name.trim() : `${name.trim()} (${i + 1})` }))
      const response = await fetch('/api/attachments', { method: 'POST', credentials: 'include', body }).catch(() => null)
      const result = response ? await response.json().catch(() => null) : null
      if (response?.ok && result?.doc?.id) added.push({ id: result.doc.id, title: result.doc.title ?? null, filename: result.doc.filename, filesize: result.doc.filesize, url: result.doc.url ?? null })
      else problems.push({ name: file.name, message: result?.errors?.[0]?.message ?? `แนบไฟล์ไม่สำเร็จ${response ? ` (${response.status})` : ' — ติดต่อเซิร์ฟเวอร์ไม่ได้'}` })
    }
    setKnown((before) => [...before, ...added])
    setValue([...ids, ...added.map((file) => file.id)])
    setRefused(problems)
    setUploading([])
    if (problems.length === 0) setName('')
  }

  return (
    <div className={['field-type', 'khaosan-attachments', showError && 'error'].filter(Boolean).join(' ')} id={id}>
      <FieldLabel label={field.label} required={field.required} path={path} htmlFor={`${id}-input`} />
      <FieldError path={path} message={errorMessage} showError={showError} />
      {files.length === 0 ? (
        <p className="field-description">ยังไม่มีไฟล์แนบ</p>
      ) : (
        <ul className="khaosan-attachments__list">
          {files.map((file) => (
            <li key={file.id}>
              {file.url ? (
                <a href={file.url} target="_blank" rel="noreferrer">{displayNameOf(file)}</a>
              ) : (
                <span>{displayNameOf(file)}</span>
              )}{' '}
              <small>
                {file.title ? `${file.filename}, ` : ''}
                {typeLabels[fileExtension(file.filename)] ?? fileExtension(file.filename).toUpperCase()}
                {file.filesize ? `, ${formatFileSize(file.filesize)}` : ''}
              </small>
              {!locked && (
                <Button type="button" buttonStyle="secondary" size="small" onClick={() => setValue(ids.filter((other) => other !== file.id))}>
                  นำออก<span className="khaosan-visually-hidden"> {file.filename}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!locked && (
        <div className="khaosan-attachments__name">
          <label htmlFor={`${id}-name`}>ชื่อเอกสารที่แสดงบนเว็บไซต์ (ไม่บังคับ — กรอกก่อนเลือกไฟล์)</label>
          <input id={`${id}-name`} type="text" maxLength={200} value={name} placeholder="เช่น ประกาศผลผู้ชนะการเสนอราคา" onChange={(event) => setName(event.target.value)} />
        </div>
      )}
      {!locked && (
        <label className="khaosan-attachments__add btn btn--style-secondary btn--size-small" htmlFor={`${id}-input`}>
          แนบไฟล์
          <input id={`${id}-input`} type="file" multiple className="khaosan-visually-hidden" onChange={(event) => void upload(event.target.files).finally(() => (event.target.value = ''))} />
        </label>
      )}
      {uploading.length > 0 && <p role="status">กำลังตรวจและแนบไฟล์ {uploading.join(', ')} …</p>}
      {refused.length > 0 && (
        <ul role="alert" className="khaosan-attachments__refused">
          {refused.map((problem) => (
            <li key={problem.name}>{problem.message}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
