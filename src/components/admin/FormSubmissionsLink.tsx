/** On an e-form's page in the admin: where citizens fill it, its submissions, and their export as CSV. */
import type { ServerFieldBase } from 'payload'
import { formPath } from '@/domain/forms/forms'

export function FormSubmissionsLink({ data }: ServerFieldBase) {
  if (!data?.id || typeof data.slug !== 'string') return null
  const list = `/admin/collections/form-submissions?where[form][equals]=${data.id}`
  return (
    <div className="khaosan-workflow">
      <p>
        {data.active ? (
          <a href={formPath(data.slug)} target="_blank" rel="noreferrer">
            เปิดแบบฟอร์มบนเว็บไซต์
          </a>
        ) : (
          'ปิดรับบนเว็บไซต์อยู่'
        )}
        {' · '}
        <a href={list}>แบบฟอร์มที่ประชาชนส่ง</a>
        {' · '}
        <a href={`/api/form-submissions/export?form=${data.id}`}>ส่งออกคำตอบเป็น CSV (Excel เปิดได้)</a>
      </p>
    </div>
  )
}
