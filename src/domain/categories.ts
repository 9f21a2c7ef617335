/**
 * The 22 content categories every agency site carries (SPEC §2). Each is a place on the public site
 * with its own listing and item pages. `sensitive` categories (regulations, procurement and finance)
 * need the division head's endorsement before publication (seed 001 §1).
 */
export interface CategoryDefinition {
  code: string // C1 … C22
  slug: string // the category's address on the public site: /<slug>
  title: string
  sensitive: boolean
}

export const CATEGORY_DEFINITIONS: readonly CategoryDefinition[] = [
  { code: 'C1', slug: 'agency', title: 'ข้อมูลหน่วยงาน', sensitive: false },
  { code: 'C2', slug: 'laws', title: 'กฎหมาย ระเบียบ ข้อบังคับ', sensitive: true },
  { code: 'C3', slug: 'cio', title: 'ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง (CIO)', sensitive: false },
  { code: 'C4', slug: 'knowledge', title: 'คลังความรู้', sensitive: false },
  { code: 'C5', slug: 'faq', title: 'คำถามที่พบบ่อย (FAQ)', sensitive: false },
  { code: 'C6', slug: 'links', title: 'ลิงก์หน่วยงานและวิดีโอ', sensitive: false },
  { code: 'C7', slug: 'sitemap', title: 'แผนผังเว็บไซต์', sensitive: false },
  { code: 'C8', slug: 'official-information', title: 'ข้อมูลข่าวสารตาม พ.ร.บ.ข้อมูลข่าวสารของราชการ', sensitive: false },
  { code: 'C9', slug: 'open-data', title: 'ข้อมูลเปิดภาครัฐ (Open Data)', sensitive: false },
  { code: 'C10', slug: 'procurement', title: 'การจัดซื้อจัดจ้างและการเงินการคลัง', sensitive: true },
  { code: 'C11', slug: 'work-manuals', title: 'คู่มือการปฏิบัติงาน', sensitive: false },
  { code: 'C12', slug: 'citizen-manuals', title: 'คู่มือสำหรับประชาชน', sensitive: false },
  { code: 'C13', slug: 'e-services', title: 'บริการออนไลน์ (e-Service)', sensitive: false },
  { code: 'C14', slug: 'e-forms', title: 'แบบฟอร์มออนไลน์ (e-Form)', sensitive: false },
  { code: 'C15', slug: 'news', title: 'ข่าวประชาสัมพันธ์', sensitive: false },
  { code: 'C16', slug: 'calendar', title: 'ปฏิทินกิจกรรม', sensitive: false },
  { code: 'C17', slug: 'questions', title: 'กระดานถาม-ตอบ', sensitive: false },
  { code: 'C18', slug: 'public-hearing', title: 'รับฟังความคิดเห็น', sensitive: false },
  { code: 'C19', slug: 'complaints', title: 'ช่องทางร้องเรียน', sensitive: false },
  { code: 'C20', slug: 'statistics', title: 'สถิติผู้เข้าชมและความพึงพอใจ', sensitive: false },
  { code: 'C21', slug: 'banners', title: 'แบนเนอร์', sensitive: false },
  { code: 'C22', slug: 'pages', title: 'หน้าอื่น ๆ', sensitive: false },
]

/** The categories code refers to, by their stable codes: an admin may rename a category or change its address. */
export const CATEGORY = {
  agency: 'C1',
  laws: 'C2',
  cio: 'C3',
  knowledge: 'C4',
  faq: 'C5',
  links: 'C6',
  siteMap: 'C7',
  officialInformation: 'C8',
  openData: 'C9',
  procurement: 'C10',
  workManuals: 'C11',
  citizenManuals: 'C12',
  eServices: 'C13',
  eForms: 'C14',
  news: 'C15',
  calendar: 'C16',
  questions: 'C17',
  publicHearing: 'C18',
  complaints: 'C19',
  statistics: 'C20',
  banners: 'C21',
  pages: 'C22',
} as const satisfies Record<string, string>
export type CategoryCode = (typeof CATEGORY)[keyof typeof CATEGORY]

export const categoryDefinition = (code: string): CategoryDefinition | undefined => CATEGORY_DEFINITIONS.find((c) => c.code === code)
