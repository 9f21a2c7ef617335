/**
 * The demo municipality's public hearings (plain data): one concluded this fiscal year with its outcome, and one
 * open now, each with comments a moderator has shown. Commenters stay anonymous or give a first name only.
 */
export interface DemoHearing {
  title: string
  description: string
  /** Days from today: negative in the past. */
  opens: number
  closes: number
  comments: { text: string; name?: string }[]
  outcome?: { daysAgo: number; summary: string; changes: string }
}

export const DEMO_HEARINGS: DemoHearing[] = [
  {
    title: 'ร่างแผนพัฒนาท้องถิ่น (พ.ศ. 2571–2575) ด้านโครงสร้างพื้นฐาน',
    description: 'เทศบาลขอรับฟังความคิดเห็นต่อร่างแผนพัฒนาท้องถิ่นด้านถนน ไฟฟ้าส่องสว่าง และระบบระบายน้ำ ว่าโครงการใดควรทำก่อน และมีพื้นที่ใดที่ยังไม่อยู่ในแผน',
    opens: -45,
    closes: -25,
    comments: [
      { text: 'ขอให้ทำท่อระบายน้ำซอยบ้านสวน 5 ก่อน เพราะน้ำท่วมขังทุกปีช่วงฤดูฝน', name: 'สมพร' },
      { text: 'ถนนเข้าหมู่ 7 ยังเป็นลูกรัง ขอให้บรรจุในแผนปีแรก' },
      { text: 'เห็นด้วยกับการเพิ่มไฟฟ้าส่องสว่างรอบสวนสาธารณะ ช่วยเรื่องความปลอดภัยตอนเย็น', name: 'วิชัย' },
    ],
    outcome: {
      daysAgo: 15,
      summary: 'มีผู้แสดงความคิดเห็นทางเว็บไซต์และในเวทีประชาคม ส่วนใหญ่ให้ความสำคัญกับระบบระบายน้ำในเขตชุมชนและถนนเข้าหมู่บ้านที่ยังเป็นลูกรัง',
      changes: 'เพิ่มโครงการวางท่อระบายน้ำซอยบ้านสวน 5 และโครงการถนนคอนกรีตเข้าหมู่ที่ 7 ไว้ในแผนปี 2571 และเลื่อนโครงการไฟฟ้าส่องสว่างรอบสวนสาธารณะขึ้นเป็นปี 2572',
    },
  },
  {
    title: 'โครงการปรับปรุงสวนสาธารณะหนองบัว',
    description: 'เทศบาลจะปรับปรุงสวนสาธารณะหนองบัว ทั้งลานออกกำลังกาย ทางเดินรอบบึง และที่จอดรถ ขอความคิดเห็นว่าควรมีสิ่งใดเพิ่มเติมหรือปรับแบบอย่างไร',
    opens: -5,
    closes: 10,
    comments: [{ text: 'อยากให้มีห้องน้ำสาธารณะและที่นั่งสำหรับผู้สูงอายุเพิ่มขึ้น', name: 'มาลี' }],
  },
]
