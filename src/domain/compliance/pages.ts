/**
 * The agency's own pages as evidence (หน้าข้อมูลของหน่วยงาน): the profile (C1), the CIO page (C3), the
 * policies, the generated site map (C7) and statistics (C20) are not publish requests, yet an assessor finds
 * the structure, the authority, the contact and the strategy there. An indicator names the sections that can
 * stand for it; the section links to where it is on the page. The Q&A board, the complaint channels (ช่องทางร้องเรียน),
 * their guideline and their statistics, the information-request e-service and the e-forms are pages the site generates too.
 */
import { COMPLAINT_PAGES } from '../complaints/complaints'
import { QUESTION_PAGES } from '../questions/questions'
import { HEARING_PATH } from '../hearings/hearings'
import { FORMS_PATH } from '../forms/forms'
import { ALERT_PAGES } from '../alerts/alerts'

export const PAGE_SECTIONS = {
  history: { title: 'ประวัติความเป็นมา', path: '/agency#history' },
  vision: { title: 'วิสัยทัศน์และพันธกิจ', path: '/agency#vision' },
  authority: { title: 'อำนาจหน้าที่', path: '/agency#authority' },
  strategy: { title: 'ยุทธศาสตร์และแผนพัฒนา', path: '/agency#strategy' },
  executives: { title: 'ทำเนียบผู้บริหาร', path: '/agency#executives' },
  structure: { title: 'โครงสร้างส่วนราชการ', path: '/agency#structure' },
  contact: { title: 'ติดต่อหน่วยงาน', path: '/agency#contact' },
  cio: { title: 'ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง (CIO)', path: '/cio' },
  'site-map': { title: 'แผนผังเว็บไซต์', path: '/sitemap' },
  statistics: { title: 'สถิติผู้เข้าชมเว็บไซต์', path: '/statistics' },
  'satisfaction-survey': { title: 'แบบประเมินความพึงพอใจการใช้งานเว็บไซต์และผลการประเมิน', path: '/statistics#satisfaction' },
  'website-policy': { title: 'นโยบายเว็บไซต์', path: '/policies/website' },
  'privacy-policy': { title: 'นโยบายคุ้มครองข้อมูลส่วนบุคคล', path: '/policies/privacy' },
  'cookie-policy': { title: 'นโยบายคุกกี้', path: '/policies/cookies' },
  'security-policy': { title: 'นโยบายการรักษาความมั่นคงปลอดภัยเว็บไซต์', path: '/policies/security' },
  'measure-review': { title: 'การทบทวนมาตรการเผยแพร่ข้อมูลประจำปี', path: '/policies/website#review' },
  'questions-board': { title: 'กระดานถาม-ตอบ', path: QUESTION_PAGES.board },
  hearings: { title: 'การรับฟังความคิดเห็น', path: HEARING_PATH },
  'hearing-outcomes': { title: 'ผลการรับฟังความคิดเห็นและสิ่งที่ปรับปรุง', path: HEARING_PATH },
  'complaint-channel': { title: 'ช่องทางร้องเรียน/ร้องทุกข์', path: COMPLAINT_PAGES.general },
  'corruption-channel': { title: 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', path: COMPLAINT_PAGES.corruption },
  'complaint-guideline': { title: 'แนวปฏิบัติการจัดการเรื่องร้องเรียน', path: COMPLAINT_PAGES.guideline },
  'complaint-statistics': { title: 'สถิติเรื่องร้องเรียน', path: COMPLAINT_PAGES.statistics, byYear: true },
  'information-request': { title: 'บริการขอข้อมูลข่าวสารของราชการออนไลน์ (e-Service)', path: COMPLAINT_PAGES.information },
  'e-forms': { title: 'แบบฟอร์มออนไลน์ (e-Service)', path: FORMS_PATH },
  alerts: { title: 'สมัครรับข่าวสารแจ้งเตือนทางอีเมล', path: ALERT_PAGES.subscribe },
} as const satisfies Record<string, { title: string; path: string; byYear?: true }>

export type PageSection = keyof typeof PAGE_SECTIONS
export const PAGE_SECTION_NAMES = Object.keys(PAGE_SECTIONS) as PageSection[]

/** A section the site shows now (it has content), its address, and when its page last changed. */
export interface PublishedSection {
  section: PageSection
  url: string
  updatedAt: Date
  /** A dated record of one fiscal year (the year's review of the measure): it counts for that year's rules. */
  fiscalYear?: number
}

/** A section of the site at `origin`. */
export const publishedSection = (section: PageSection, origin: string, updatedAt: Date, fiscalYear?: number): PublishedSection => ({
  section,
  url: `${origin}${PAGE_SECTIONS[section].path}${fiscalYear !== undefined && 'byYear' in PAGE_SECTIONS[section] ? `?fy=${fiscalYear}` : ''}`,
  updatedAt,
  ...(fiscalYear === undefined ? {} : { fiscalYear }),
})

/** The sections of the agency profile, from which of its fields are filled in. */
export const PROFILE_SECTION_FIELDS: Partial<Record<PageSection, readonly string[]>> = {
  history: ['history'],
  vision: ['vision', 'missions'],
  authority: ['authority'],
  strategy: ['strategy'],
  executives: ['executives'],
  structure: ['structure', 'orgChart'],
  contact: ['address', 'phone', 'email'],
  'website-policy': ['websitePolicy'],
  'privacy-policy': ['privacyPolicy'],
  'cookie-policy': ['cookiePolicy'],
  'security-policy': ['securityPolicy'],
}

const filled = (value: unknown): boolean =>
  Array.isArray(value) ? value.length > 0 : typeof value === 'string' ? value.trim() !== '' : value !== null && value !== undefined

/** The profile's sections that have content: any of a section's fields filled in. */
export const profileSections = (profile: object, origin: string, updatedAt: Date): PublishedSection[] =>
  (Object.entries(PROFILE_SECTION_FIELDS) as [PageSection, readonly string[]][]).flatMap(([section, fields]) =>
    fields.some((field) => filled(Reflect.get(profile, field))) ? [publishedSection(section, origin, updatedAt)] : [],
  )

/** How many of the sections shown are on the page at `path` (the site map counts the agency's page by its sections, not its items). */
export const sectionsOnPage = (sections: readonly PublishedSection[], path: string): number =>
  sections.filter(({ section }) => PAGE_SECTIONS[section].path.split('#')[0] === path).length
