/**
 * The complaint channels on the public site (ช่องทางร้องเรียน): the general channel and the corruption channel,
 * each its own page with its own form (sent without JavaScript; the browser checks what it can before sending,
 * the server checks everything: src/domain/complaints/form.ts), the handling guideline (ITA O16), the statistics
 * generated from the complaints (O18), and a complaint's status page by its tracking code.
 */
import type { ReactNode } from 'react'
import { CATEGORY } from '@/domain/categories'
import {
  COMPLAINT_ONLY,
  COMPLAINT_PAGES,
  COMPLAINT_STATE_LABELS,
  INFORMATION_APPEAL,
  OUTCOMES_OF,
  OUTCOME_LABELS,
  TRACKING_PATH,
  TRACK_LABELS,
  dueAt,
  normalizeTrackingCode,
  statusPathOf,
  type ComplaintPeriods,
  type ComplaintTrack,
} from '@/domain/complaints/complaints'
import { CITIZEN_FILES, COMPLAINT_LIMITS, HONEYPOT_FIELD } from '@/domain/complaints/form'
import { complaintStatistics, type ComplaintFigures } from '@/domain/complaints/statistics'
import { parseListingQuery } from '@/domain/site/listing'
import { formatFileSize } from '@/domain/files/display'
import { fiscalYearOf } from '@/domain/thai/calendar'
import { thaiDate, thaiDateTime } from '@/domain/thai/format'
import { THAI_MONTH_ABBREVIATIONS, thaiMonthYear } from '@/domain/thai/months'
import { Breadcrumb } from '@/site/components'
import { agencyProfile, firstPublication, publicCategories, siteSettings } from '@/site/content'
import { complaintByCode, complaintPeriods, complaintRecords } from '@/site/complaints'
import type { PageOutcome } from '@/site/page'
import { Listing } from '@/site/views/Listing'
import { FieldMessage, ReplySummary, TickBox, sentField } from '@/site/views/FormReply'
import type { FormReply } from '@/domain/site/form-reply'
import { BarChart } from '@/site/views/StatisticsView'

const CHANNELS = 'ช่องทางร้องเรียน'
const count = (n: number) => n.toLocaleString('th-TH')
const trail = (label: string) => [{ href: COMPLAINT_PAGES.general, label: CHANNELS }, { label }]

function ChannelLinks({ here }: { here: string }) {
  const links = [
    [COMPLAINT_PAGES.general, 'ร้องเรียน/ร้องทุกข์ทั่วไป'],
    [COMPLAINT_PAGES.corruption, 'ร้องเรียนการทุจริตและประพฤติมิชอบ'],
    [COMPLAINT_PAGES.guideline, 'แนวปฏิบัติการจัดการเรื่องร้องเรียน'],
    [COMPLAINT_PAGES.statistics, 'สถิติเรื่องร้องเรียนและคำขอข้อมูล'],
    [COMPLAINT_PAGES.information, 'ขอข้อมูลข่าวสารของราชการ'],
    [TRACKING_PATH, 'ติดตามเรื่องด้วยรหัส'],
  ]
  return (
    <nav aria-label="ช่องทางร้องเรียน" className="channel-links">
      <ul>
        {links.map(([href, label]) => (
          <li key={href}>{href === here ? <span aria-current="page">{label}</span> : <a href={href}>{label}</a>}</li>
        ))}
      </ul>
    </nav>
  )
}

/** ประกาศความเป็นส่วนตัว (PDPA s.23): why the details are collected, on what basis, for how long, and the complainant's rights. */
async function PrivacyNotice({ track }: { track: ComplaintTrack }) {
  const [profile, settings] = await Promise.all([agencyProfile(), siteSettings()])
  return (
    <details className="privacy-notice">
      <summary>ประกาศความเป็นส่วนตัวสำหรับ{track === 'information' ? 'ผู้ขอข้อมูลข่าวสาร' : 'ผู้ร้องเรียน'} (โปรดอ่านก่อนส่งเรื่อง)</summary>
      {track === 'information' ? (
        <p>
          {settings.agencyName} เก็บชื่อและช่องทางติดต่อของท่านเพื่อพิจารณาคำขอตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 และเพื่อส่งข้อมูลหรือแจ้งผลให้ท่านเท่านั้น
          ตามอำนาจหน้าที่ของหน่วยงานรัฐ (มาตรา 24 (4) แห่งพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562)
        </p>
      ) : (
        <p>
          {settings.agencyName} เก็บข้อมูลที่ท่านกรอกเพื่อพิจารณาและดำเนินการตามเรื่องร้องเรียน และเพื่อแจ้งผลให้ท่านทราบเท่านั้น
          ตามอำนาจหน้าที่ของหน่วยงานรัฐ (มาตรา 24 (4) แห่งพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562) ชื่อและช่องทางติดต่อไม่บังคับ
          ท่านไม่ประสงค์ออกนามก็ได้ แต่หน่วยงานจะแจ้งผลได้ทางหน้าติดตามเรื่องด้วยรหัสเท่านั้น
        </p>
      )}
      <p>
        {track === 'corruption'
          ? 'เรื่องร้องเรียนการทุจริตเปิดอ่านได้เฉพาะเจ้าหน้าที่ที่ได้รับมอบหมาย ทุกครั้งที่เปิดอ่านถูกบันทึกไว้ และหน่วยงานจะไม่เปิดเผยตัวผู้ร้อง'
          : 'เรื่องของท่านส่งถึงเจ้าหน้าที่รับเรื่องและหน่วยงานที่รับผิดชอบเท่านั้น ไม่แสดงบนเว็บไซต์'}
        {' '}ข้อมูลเก็บไว้ตามระยะเวลาการเก็บรักษาเอกสารราชการ ท่านขอเข้าถึง แก้ไข หรือขอให้ลบข้อมูลของท่านได้ที่ {profile.email || profile.phone || 'หน่วยงาน'}
      </p>
    </details>
  )
}

const fieldId = (name: string) => `complaint-${name}`

function Field({ name, label, hint, reply, children }: { name: string; label: string; hint?: string; reply?: FormReply; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={fieldId(name)}>{label}</label>
      {hint ? (
        <small id={`${fieldId(name)}-hint`} className="muted">
          {hint}
        </small>
      ) : null}
      <FieldMessage reply={reply} name={name} id={fieldId(name)} />
      {children}
    </div>
  )
}

/** What each track's form asks, in its own words: a complaint's topic and story, or the information a request names. */
const FORM_WORDS: Record<ComplaintTrack, { topic: string; details: string; hint: string; person: string; submit: string }> = {
  general: { topic: 'เรื่องที่ร้องเรียน (จำเป็น)', details: 'รายละเอียด (จำเป็น)', hint: 'เกิดอะไรขึ้น เมื่อใด เกี่ยวข้องกับใคร', person: 'ผู้ร้อง (ไม่บังคับ — ไม่ประสงค์ออกนามก็ได้)', submit: 'ส่งเรื่องร้องเรียน' },
  corruption: { topic: 'เรื่องที่ร้องเรียน (จำเป็น)', details: 'รายละเอียด (จำเป็น)', hint: 'เกิดอะไรขึ้น เมื่อใด เกี่ยวข้องกับใคร', person: 'ผู้ร้อง (ไม่บังคับ — ไม่ประสงค์ออกนามก็ได้)', submit: 'ส่งเรื่องร้องเรียนการทุจริต' },
  information: { topic: 'ข้อมูลข่าวสารที่ขอ (จำเป็น)', details: 'รายละเอียดของข้อมูลที่ขอ (จำเป็น)', hint: 'ชื่อเอกสาร ช่วงเวลา เรื่องที่เกี่ยวข้อง และรูปแบบที่ต้องการ (ไฟล์ หรือสำเนา) ให้ชัดพอที่จะค้นหาได้', person: 'ผู้ขอข้อมูล (ชื่อ และอีเมลหรือโทรศัพท์อย่างใดอย่างหนึ่ง จำเป็น)', submit: 'ส่งคำขอข้อมูลข่าวสาร' },
}

async function ComplaintForm({ track, periods, reply }: { track: ComplaintTrack; periods: ComplaintPeriods; reply?: FormReply }) {
  const id = fieldId
  const sent = (name: string, hint?: boolean) => sentField(reply, name, id(name), hint ? id(`${name}-hint`) : undefined)
  const words = FORM_WORDS[track]
  const asking = track === 'information'
  return (
    <form method="post" action="/api/complaints" encType="multipart/form-data" className="citizen-form">
      <ReplySummary reply={reply} idOf={id} />
      <input type="hidden" name="track" value={track} />
      <Field name="topic" label={words.topic} reply={reply}>
        <input {...sent('topic')} required maxLength={COMPLAINT_LIMITS.topic} />
      </Field>
      <Field name="details" label={words.details} hint={words.hint} reply={reply}>
        <textarea {...sent('details', true)} required maxLength={COMPLAINT_LIMITS.details} rows={6} />
      </Field>
      {asking ? null : (
        <Field name="place" label="สถานที่เกิดเหตุ (ถ้ามี)" reply={reply}>
          <input {...sent('place')} maxLength={COMPLAINT_LIMITS.place} />
        </Field>
      )}
      <Field name="files" label="ไฟล์ประกอบ (ถ้ามี)" hint={`ภาพถ่ายหรือเอกสาร ไม่เกิน ${CITIZEN_FILES.count} ไฟล์ ไฟล์ละไม่เกิน ${CITIZEN_FILES.megabytesEach} MB`} reply={reply}>
        <input id={id('files')} name="files" type="file" multiple aria-describedby={id('files-hint')} />
      </Field>
      <fieldset>
        <legend>{words.person}</legend>
        <Field name="name" label={asking ? 'ชื่อ-นามสกุล (จำเป็น)' : 'ชื่อ-นามสกุล'} reply={reply}>
          <input {...sent('name')} autoComplete="name" required={asking} maxLength={COMPLAINT_LIMITS.name} />
        </Field>
        <Field name="email" label="อีเมล" hint={asking ? 'หน่วยงานส่งรหัสติดตาม ความคืบหน้า และแจ้งเมื่อข้อมูลพร้อมให้ดาวน์โหลด' : 'หากระบุ หน่วยงานจะส่งรหัสติดตามและความคืบหน้าทางอีเมล'} reply={reply}>
          <input {...sent('email', true)} type="email" autoComplete="email" maxLength={COMPLAINT_LIMITS.email} />
        </Field>
        <Field name="phone" label="หมายเลขโทรศัพท์" reply={reply}>
          <input {...sent('phone')} type="tel" autoComplete="tel" maxLength={COMPLAINT_LIMITS.phone} />
        </Field>
      </fieldset>
      {/* Robots fill every field they find; people never see this one. */}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor={id(HONEYPOT_FIELD)}>เว็บไซต์ (ไม่ต้องกรอก)</label>
        <input id={id(HONEYPOT_FIELD)} name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" />
      </div>
      <PrivacyNotice track={track} />
      <TickBox reply={reply} name="consent" id={id('consent')} label={`ข้าพเจ้าได้อ่านประกาศความเป็นส่วนตัวแล้ว และยินยอมให้หน่วยงานใช้ข้อมูลนี้เพื่อดำเนินการตาม${asking ? 'คำขอข้อมูลข่าวสาร' : 'เรื่องร้องเรียน'}`} />
      <p className="muted">
        {asking
          ? `เมื่อส่งแล้วท่านจะได้รับรหัสติดตามทันที หน่วยงานจะเปิดเผยข้อมูล หรือแจ้งเหตุผลหากเปิดเผยไม่ได้ ภายใน ${periods.informationDays} วันนับจากวันที่ได้รับคำขอ`
          : `เมื่อส่งแล้วท่านจะได้รับรหัสติดตามเรื่องทันที หน่วยงานจะส่งเรื่องถึงผู้รับผิดชอบภายใน ${periods.assignDays} วัน และตอบภายใน ${periods.answerDays} วัน`}
      </p>
      <button type="submit" className="primary">
        {words.submit}
      </button>
    </form>
  )
}

/** ร้องเรียน/ร้องทุกข์ (C19's own page, at a fixed address whatever the category's slug) and the separate corruption channel. */
export async function complaintChannelPage(track: ComplaintTrack, query: URLSearchParams, reply?: FormReply): Promise<PageOutcome> {
  const periods = await complaintPeriods()
  const path = COMPLAINT_PAGES[track]
  // C19's own items (a complaint-handling order, a yearly summary signed by the executive), when it has any.
  const c19 = track === 'general' ? (await publicCategories()).find((c) => c.code === CATEGORY.complaints) : undefined
  const category = c19 && (await firstPublication(c19.id)) ? c19 : undefined
  return {
    head: { title: TRACK_LABELS[track], path, description: track === 'corruption' ? 'แจ้งเบาะแสการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ เปิดอ่านได้เฉพาะผู้ได้รับมอบหมาย' : 'ร้องเรียน ร้องทุกข์ แจ้งปัญหาความเดือดร้อนถึงหน่วยงาน ไม่ต้องสมัครสมาชิก' },
    body: (
      <>
        <Breadcrumb trail={track === 'general' ? [{ label: c19?.title ?? CHANNELS }] : trail(TRACK_LABELS[track])} />
        {/* The general channel's page is also C19's: it carries the category's title. */}
        <h1>{track === 'general' ? (c19?.title ?? CHANNELS) : TRACK_LABELS[track]}</h1>
        <ChannelLinks here={path} />
        {track === 'general' ? <h2>{TRACK_LABELS.general}</h2> : null}
        <p>
          {track === 'corruption'
            ? 'แจ้งการทุจริต การใช้อำนาจโดยมิชอบ หรือการประพฤติมิชอบของเจ้าหน้าที่ เรื่องในช่องทางนี้แยกจากเรื่องร้องเรียนทั่วไป มีเจ้าหน้าที่ผู้ได้รับมอบหมายโดยเฉพาะ'
            : 'แจ้งปัญหาความเดือดร้อน ข้อเสนอแนะ หรือข้อร้องเรียนเกี่ยวกับการให้บริการของหน่วยงาน'}{' '}
          ไม่ต้องสมัครสมาชิก และไม่ประสงค์ออกนามได้ อ่าน<a href={COMPLAINT_PAGES.guideline}>แนวปฏิบัติการจัดการเรื่องร้องเรียน</a>
        </p>
        <ComplaintForm track={track} periods={periods} reply={reply} />
        {category ? (
          <section aria-labelledby="complaint-documents">
            <h2 id="complaint-documents">เอกสารที่เกี่ยวข้อง</h2>
            <Listing category={category} query={parseListingQuery(Object.fromEntries(query))} />
          </section>
        ) : null}
      </>
    ),
  }
}

/**
 * ขอข้อมูลข่าวสารของราชการ (e-Service, ITA O10): a request under the Official Information Act s.11, filed on the page
 * and followed by its tracking code like a complaint, answered with the information (files to download) or a refusal
 * with its reason and the right of appeal.
 */
export async function informationRequestPage(reply?: FormReply): Promise<PageOutcome> {
  const periods = await complaintPeriods()
  const title = 'ขอข้อมูลข่าวสารของราชการ'
  return {
    head: { title, path: COMPLAINT_PAGES.information, description: 'ยื่นคำขอข้อมูลข่าวสารของราชการตามมาตรา 11 ทางออนไลน์ ติดตามผลด้วยรหัส และดาวน์โหลดข้อมูลที่หน่วยงานเปิดเผย' },
    body: (
      <>
        <Breadcrumb trail={[{ label: title }]} />
        <h1>{title}</h1>
        <ChannelLinks here={COMPLAINT_PAGES.information} />
        <p>
          ทุกคนมีสิทธิขอข้อมูลข่าวสารของราชการที่หน่วยงานครอบครองได้ตามมาตรา 11 แห่งพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 โดยไม่ต้องแจ้งเหตุผล
          ก่อนยื่นคำขอ ลอง<a href="/search">ค้นหาบนเว็บไซต์</a> ข้อมูลที่หน่วยงานเผยแพร่แล้วดาวน์โหลดได้ทันที
        </p>
        <h2>ขั้นตอนและระยะเวลา</h2>
        <ol className="steps">
          <li>ยื่นคำขอด้านล่าง ได้รับรหัสติดตามทันที (และทางอีเมลเมื่อระบุ)</li>
          <li>เจ้าหน้าที่ศูนย์ข้อมูลข่าวสารส่งคำขอถึงหน่วยงานที่ครอบครองข้อมูล</li>
          <li>
            หน่วยงานเปิดเผยข้อมูลภายใน {periods.informationDays} วันนับจากวันที่ได้รับคำขอ ท่านดาวน์โหลดไฟล์ได้ที่หน้าติดตามเรื่อง หรือแจ้งเหตุผลหากเปิดเผยไม่ได้
            (ข้อมูลตามมาตรา 14 หรือ 15) หรือส่งต่อหน่วยงานที่ครอบครองข้อมูลนั้น (มาตรา 12)
          </li>
          <li>{INFORMATION_APPEAL}</li>
        </ol>
        <ComplaintForm track="information" periods={periods} reply={reply} />
      </>
    ),
  }
}

/** แนวปฏิบัติการจัดการเรื่องร้องเรียน (ITA O16): how to complain, the steps, who handles them, in how long. */
export async function complaintGuidelinePage(): Promise<PageOutcome> {
  const [periods, profile] = await Promise.all([complaintPeriods(), agencyProfile()])
  const title = 'แนวปฏิบัติการจัดการเรื่องร้องเรียน'
  return {
    head: { title, path: COMPLAINT_PAGES.guideline, description: 'ขั้นตอน ผู้รับผิดชอบ และระยะเวลาการจัดการเรื่องร้องเรียนทั่วไปและเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ' },
    body: (
      <>
        <Breadcrumb trail={trail(title)} />
        <h1>{title}</h1>
        <ChannelLinks here={COMPLAINT_PAGES.guideline} />
        <h2>ช่องทางการร้องเรียน</h2>
        <ul>
          <li>
            ทางเว็บไซต์: <a href={COMPLAINT_PAGES.general}>ร้องเรียน/ร้องทุกข์ทั่วไป</a> หรือ <a href={COMPLAINT_PAGES.corruption}>ร้องเรียนการทุจริตและประพฤติมิชอบ</a> (ตลอด 24 ชั่วโมง)
          </li>
          {profile.phone ? <li>ทางโทรศัพท์: {profile.phone}</li> : null}
          {profile.email ? <li>ทางอีเมล: {profile.email}</li> : null}
          {profile.address ? <li>ด้วยตนเองหรือทางไปรษณีย์: {profile.address}</li> : null}
        </ul>
        <h2>ขั้นตอนและระยะเวลา</h2>
        <ol className="steps">
          <li>รับเรื่องและออกรหัสติดตามให้ผู้ร้องทันที (ทางเว็บไซต์ หรือแจ้งกลับภายในวันทำการถัดไปสำหรับช่องทางอื่น)</li>
          <li>เจ้าหน้าที่รับเรื่องตรวจสอบและส่งถึงหน่วยงานที่รับผิดชอบภายใน {periods.assignDays} วัน</li>
          <li>หน่วยงานที่รับผิดชอบดำเนินการและตอบผู้ร้องภายใน {periods.answerDays} วันนับจากได้รับเรื่อง</li>
          <li>ยุติเรื่องเมื่อแก้ไขแล้ว หรือแจ้งเหตุผลเมื่อเรื่องไม่อยู่ในอำนาจหน้าที่ (พร้อมส่งต่อหน่วยงานที่เกี่ยวข้อง) หรือไม่อาจดำเนินการต่อได้</li>
          <li>ผู้ร้องขอให้พิจารณาใหม่ได้ภายใน {periods.reopenDays} วันนับจากวันที่หน่วยงานตอบหรือยุติเรื่อง และประเมินความพึงพอใจต่อการดำเนินการได้</li>
        </ol>
        <h2>ผู้รับผิดชอบ</h2>
        <p>
          เรื่องร้องเรียนทั่วไป: เจ้าหน้าที่รับเรื่องร้องเรียนที่หน่วยงานมอบหมาย และหน่วยงานภายในที่รับผิดชอบเรื่องนั้น เรื่องร้องเรียนการทุจริตและประพฤติมิชอบ:
          เฉพาะเจ้าหน้าที่ผู้ได้รับมอบหมายให้ดูแลเรื่องการทุจริต ผู้อื่นรวมถึงหัวหน้าหน่วยงานและผู้ดูแลเว็บไซต์เปิดอ่านไม่ได้ และการเปิดอ่านทุกครั้งถูกบันทึกไว้
        </p>
        <h2>การคุ้มครองผู้ร้อง</h2>
        <p>หน่วยงานไม่เปิดเผยชื่อและข้อมูลติดต่อของผู้ร้องต่อผู้ถูกร้องหรือบุคคลภายนอก ผู้ร้องไม่ประสงค์ออกนามได้ และติดตามเรื่องได้ด้วยรหัสติดตาม</p>
        <h2>การติดตามผล</h2>
        <p>
          ติดตามสถานะได้ที่ <a href={TRACKING_PATH}>ติดตามเรื่องด้วยรหัส</a> และดู<a href={COMPLAINT_PAGES.statistics}>สถิติเรื่องร้องเรียน</a>ของแต่ละปีงบประมาณ
        </p>
      </>
    ),
  }
}

const COLUMN_LABELS: Record<ComplaintTrack, string> = { general: 'ทั่วไป', corruption: 'การทุจริต', information: 'คำขอข้อมูลข่าวสาร' }

/** One table of figures for the tracks given, with a row for each way those tracks end. */
function FiguresTable({ caption, figures, tracks }: { caption: string; figures: Record<ComplaintTrack, ComplaintFigures>; tracks: readonly ComplaintTrack[] }) {
  const outcomes = [...new Set(tracks.flatMap((track) => OUTCOMES_OF[track]))]
  const rows: [string, (f: ComplaintFigures) => string][] = [
    ['รับเรื่อง', (f) => count(f.received)],
    ['อยู่ระหว่างดำเนินการ', (f) => count(f.open)],
    ...outcomes.map((outcome): [string, (f: ComplaintFigures) => string] => [`ยุติ: ${OUTCOME_LABELS[outcome]}`, (f) => count(f.closed[outcome])]),
    ['เวลาเฉลี่ยจนยุติเรื่อง (วัน)', (f) => (f.averageDaysToClose === null ? '-' : f.averageDaysToClose.toLocaleString('th-TH'))],
  ]
  return (
    <table className="data figures-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">รายการ</th>
          {tracks.map((track) => (
            <th key={track} scope="col">
              {COLUMN_LABELS[track]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {tracks.map((track) => (
              <td key={track}>{value(figures[track])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** สถิติเรื่องร้องเรียน (ITA O18, MOIT10): generated per fiscal year and half year; corruption complaints only as counts. */
export async function complaintStatisticsPage(query: URLSearchParams): Promise<PageOutcome> {
  const thisYear = fiscalYearOf(new Date())
  const asked = Number(query.get('fy'))
  const fiscalYear = Number.isInteger(asked) && asked >= thisYear - 10 && asked <= thisYear ? asked : thisYear
  const stats = complaintStatistics(await complaintRecords(fiscalYear), fiscalYear)
  const title = 'สถิติเรื่องร้องเรียนและคำขอข้อมูลข่าวสาร'
  const none = stats.whole.general.received + stats.whole.corruption.received === 0
  const noRequests = stats.whole.information.received === 0
  return {
    head: { title: `${title} ปีงบประมาณ ${fiscalYear}`, path: `${COMPLAINT_PAGES.statistics}?fy=${fiscalYear}` },
    body: (
      <>
        <Breadcrumb trail={trail(title)} />
        <h1>
          {title} ปีงบประมาณ {fiscalYear}
        </h1>
        <ChannelLinks here={COMPLAINT_PAGES.statistics} />
        <nav aria-label="ปีงบประมาณ" className="year-links">
          ปีงบประมาณ:{' '}
          {[thisYear, thisYear - 1, thisYear - 2].map((year) =>
            year === fiscalYear ? (
              <span key={year} aria-current="page">
                {year}
              </span>
            ) : (
              <a key={year} href={`${COMPLAINT_PAGES.statistics}?fy=${year}`}>
                {year}
              </a>
            ),
          )}
        </nav>
        <h2>เรื่องร้องเรียน</h2>
        {none ? <p className="notice">ไม่มีเรื่องร้องเรียนในปีงบประมาณ {fiscalYear}</p> : null}
        <FiguresTable caption={`ทั้งปีงบประมาณ ${fiscalYear}`} figures={stats.whole} tracks={COMPLAINT_ONLY} />
        {stats.halves.map(({ half, figures }) => (
          <FiguresTable key={half.half} caption={half.label} figures={figures} tracks={COMPLAINT_ONLY} />
        ))}
        <BarChart
          id="complaint-months"
          title={`จำนวนเรื่องร้องเรียนที่รับรายเดือน ปีงบประมาณ ${fiscalYear} (ทั้งสองช่องทาง)`}
          unit="เรื่อง"
          valueHeading="จำนวนเรื่องที่รับ"
          bars={stats.months.map(({ month, received }) => ({ label: THAI_MONTH_ABBREVIATIONS[month.month - 1], name: thaiMonthYear(month), value: received.general + received.corruption }))}
        />
        <h2 id="information-requests">คำขอข้อมูลข่าวสารของราชการ (e-Service)</h2>
        {noRequests ? <p className="notice">ไม่มีคำขอข้อมูลข่าวสารในปีงบประมาณ {fiscalYear}</p> : null}
        <FiguresTable caption={`คำขอข้อมูลข่าวสาร ทั้งปีงบประมาณ ${fiscalYear}`} figures={stats.whole} tracks={['information']} />
        {stats.halves.map(({ half, figures }) => (
          <FiguresTable key={half.half} caption={`คำขอข้อมูลข่าวสาร ${half.label}`} figures={figures} tracks={['information']} />
        ))}
        <p className="muted">
          ข้อมูลนับจากระบบรับเรื่องร้องเรียนโดยอัตโนมัติ ณ {thaiDateTime(new Date())} เรื่องร้องเรียนการทุจริตแสดงเฉพาะจำนวน
        </p>
      </>
    ),
  }
}

/** The page that asks for a tracking code (a form sent with GET), or the complaint it names. */
export async function trackingPage(code: string | undefined, query: URLSearchParams): Promise<PageOutcome> {
  const typed = code ?? query.get('code') ?? ''
  if (code === undefined && typed && normalizeTrackingCode(typed)) return { redirect: statusPathOf(normalizeTrackingCode(typed)!) }
  const complaint = typed ? await complaintByCode(typed) : null
  const title = complaint ? `ติดตามเรื่อง ${complaint.trackingCode}` : 'ติดตามเรื่องร้องเรียนหรือคำขอข้อมูลด้วยรหัส'
  if (!complaint) {
    return {
      head: { title, path: TRACKING_PATH, noindex: true },
      body: (
        <>
          <Breadcrumb trail={trail('ติดตามเรื่อง')} />
          <h1>{title}</h1>
          {typed ? (
            <p className="notice" role="alert">
              ไม่พบเรื่องตามรหัส “{typed.slice(0, 40)}” กรุณาตรวจสอบรหัสอีกครั้ง (รหัสมีรูปแบบ G2569-XXXXX-XXXXX หรือ R2569-XXXXX-XXXXX)
            </p>
          ) : null}
          <form method="get" action={TRACKING_PATH} className="citizen-form">
            <div className="field">
              <label htmlFor="tracking-code">รหัสติดตามเรื่อง</label>
              <input id="tracking-code" name="code" required maxLength={40} autoComplete="off" placeholder="G2569-XXXXX-XXXXX" />
            </div>
            <button type="submit" className="primary">
              ดูสถานะ
            </button>
          </form>
        </>
      ),
    }
  }
  const periods = await complaintPeriods()
  const due = dueAt({ track: complaint.track, state: complaint.state, receivedAt: complaint.receivedAt, stateChangedAt: complaint.stateChangedAt, unit: null }, periods)
  const reopenable = (complaint.state === 'answered' || complaint.state === 'closed') && Date.now() - complaint.stateChangedAt.getTime() <= periods.reopenDays * 86_400_000
  const action = (what: string) => `/api/complaints/track/${complaint.trackingCode}/${what}`
  return {
    head: { title, path: statusPathOf(complaint.trackingCode), noindex: true },
    body: (
      <>
        <Breadcrumb trail={trail('ติดตามเรื่อง')} />
        <h1>{title}</h1>
        {query.get('filed') ? (
          <p className="notice" role="status">
            หน่วยงานได้รับเรื่องของท่านแล้ว กรุณาจดรหัสติดตาม <strong>{complaint.trackingCode}</strong> หรือบันทึกหน้านี้ไว้เพื่อติดตามผล
          </p>
        ) : null}
        <dl className="meta">
          <dt>รหัสติดตาม</dt>
          <dd>{complaint.trackingCode}</dd>
          <dt>ช่องทาง</dt>
          <dd>{TRACK_LABELS[complaint.track]}</dd>
          <dt>เรื่อง</dt>
          <dd>{complaint.topic}</dd>
          <dt>รับเรื่องเมื่อ</dt>
          <dd>{thaiDateTime(complaint.receivedAt)}</dd>
          <dt>สถานะ</dt>
          <dd>
            <strong>{COMPLAINT_STATE_LABELS[complaint.state]}</strong>
            {complaint.outcome ? ` — ${OUTCOME_LABELS[complaint.outcome]}` : ''}
          </dd>
          {due ? (
            <>
              <dt>กำหนดขั้นตอนนี้</dt>
              <dd>ภายใน {thaiDate(due)}</dd>
            </>
          ) : null}
        </dl>
        {complaint.files.length ? (
          <section aria-labelledby="given-files">
            <h2 id="given-files">ไฟล์ที่หน่วยงานส่งให้ท่าน</h2>
            <ul className="attachments">
              {complaint.files.map((file) => (
                <li key={file.url}>
                  <a href={file.url} download>
                    {file.filename}
                  </a>{' '}
                  <span className="muted">({formatFileSize(file.bytes)})</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {complaint.outcome === 'refused' ? (
          <p className="notice">{INFORMATION_APPEAL}</p>
        ) : null}
        <h2>ลำดับการดำเนินการ</h2>
        <ol className="timeline">
          {complaint.steps.map((step, i) => (
            <li key={i}>
              <span className="when">{thaiDateTime(step.at)}</span> <strong>{COMPLAINT_STATE_LABELS[step.state]}</strong>
              {step.note ? <p className="pre-line">{step.note}</p> : null}
            </li>
          ))}
        </ol>
        {reopenable ? (
          <form method="post" action={action('reopen')} className="citizen-form">
            <h2>ยังไม่ได้รับการแก้ไข?</h2>
            <div className="field">
              <label htmlFor="reopen-note">เหตุผลที่ขอให้พิจารณาใหม่</label>
              <textarea id="reopen-note" name="note" required maxLength={COMPLAINT_LIMITS.details} rows={3} />
            </div>
            <button type="submit">ขอให้พิจารณาใหม่</button>
          </form>
        ) : null}
        {complaint.state === 'closed' && !complaint.rating ? (
          <form method="post" action={action('rating')} className="citizen-form">
            <fieldset>
              <legend>ความพึงพอใจต่อการดำเนินการเรื่องนี้</legend>
              <div className="rating">
                {[5, 4, 3, 2, 1].map((level) => (
                  <label key={level}>
                    <input type="radio" name="rating" value={level} required /> {['', 'น้อยที่สุด', 'น้อย', 'ปานกลาง', 'มาก', 'มากที่สุด'][level]}
                  </label>
                ))}
              </div>
            </fieldset>
            <button type="submit">ส่งผลประเมิน</button>
          </form>
        ) : complaint.rating ? (
          <p className="muted">ท่านประเมินความพึงพอใจแล้ว ขอบคุณที่ช่วยให้หน่วยงานปรับปรุงการบริการ</p>
        ) : null}
      </>
    ),
  }
}
