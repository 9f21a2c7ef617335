/**
 * Above the traffic log's list and on each day's page in the admin: export a period for the authorities (a zip with
 * the chain proof), or check its chain — from the list even before any day has ended (today's file is exported too).
 */
export function TrafficLogExport({ data }: { data?: { day?: unknown } | null }) {
  const day = typeof data?.day === 'string' ? data.day : null
  const query = day ? `?from=${day}&to=${day}` : ''
  return (
    <div className="khaosan-workflow">
      <p>
        <a href={`/api/traffic-log-days/export${query}`}>ส่งออกข้อมูลจราจร{day ? `ของวันที่ ${day}` : 'ทั้งหมด'} (ไฟล์ ZIP พร้อมหลักฐานค่าแฮชและวิธีตรวจสอบ)</a>
        {' · '}
        <a href={`/api/traffic-log-days/verify${query}`}>ตรวจสอบความถูกต้องของสายค่าแฮช</a>
      </p>
      <p>การส่งออกทุกครั้งถูกบันทึกไว้ ส่งออกรายวันได้จากหน้าของแต่ละวัน</p>
    </div>
  )
}
