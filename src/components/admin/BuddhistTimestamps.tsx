'use client'
/**
 * The document header's "last modified" and "created" in the Buddhist era (Payload's own header writes the
 * common-era year: it formats dates with date-fns, which has no Buddhist era; custom.scss hides that one).
 */
import { useFormFields } from '@payloadcms/ui'
import { thaiDateTime } from '@/domain/thai/format'

export function BuddhistTimestamps() {
  const updatedAt = useFormFields(([fields]) => fields.updatedAt?.value)
  const createdAt = useFormFields(([fields]) => fields.createdAt?.value)
  if (typeof updatedAt !== 'string' && typeof createdAt !== 'string') return null
  return (
    <p className="khaosan-timestamps">
      {typeof updatedAt === 'string' && <span>แก้ไขล่าสุด {thaiDateTime(new Date(updatedAt))}</span>}
      {typeof createdAt === 'string' && <span>สร้างเมื่อ {thaiDateTime(new Date(createdAt))}</span>}
    </p>
  )
}

/** In place of a timestamp's field in the document's form: the header above shows it (BuddhistTimestamps). */
export function ShownInHeader() {
  return null
}
