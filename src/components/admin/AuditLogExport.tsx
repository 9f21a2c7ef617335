'use client'
/**
 * Above the audit log's list: export what the list shows now (its filters, search and order travel in the address,
 * and the export reads the same), and check the chain.
 */
import { useSearchParams } from 'next/navigation'

const NOT_FILTERS = new Set(['page', 'limit', 'columns'])

export function AuditLogExport() {
  const params = useSearchParams()
  const kept = new URLSearchParams([...params.entries()].filter(([name]) => !NOT_FILTERS.has(name)))
  const filtered = kept.toString() !== ''
  return (
    <div className="khaosan-workflow">
      <p>
        <a href={`/api/events/export${filtered ? `?${kept}` : ''}`}>ส่งออกเป็นไฟล์ CSV{filtered ? 'ตามตัวกรองที่เลือก' : 'ทั้งหมด'}</a>
        {' · '}
        <a href="/api/events/verify">ตรวจสอบความถูกต้องของสายค่าแฮช</a>
      </p>
      <p>กรองตามผู้ดำเนินการหรือประเภทได้ด้วยปุ่ม “กรอง” และเลือกช่วงวันที่ (พ.ศ.) ได้เหนือรายการ ทุกรายการผนึกต่อกันด้วยค่าแฮช SHA-256 การแก้ไขหรือลบรายการใดจะตรวจพบได้ และการส่งออกทุกครั้งถูกบันทึกไว้</p>
    </div>
  )
}
