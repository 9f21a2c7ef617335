/**
 * The dashboard's first block (หน้าแรกของแต่ละบทบาท): who is signed in, the one obvious next step, what waits for them
 * (คำขอที่รอท่านดำเนินการ) — and for each role what else is theirs: an owner's requests on their way, an executive's
 * reports and review to acknowledge, a webmaster's failed notices; for those who monitor, the scores at a glance.
 */
import { Button } from '@payloadcms/ui'
import type { Payload } from 'payload'
import { availableActions, ACTION_LABELS, ROLE_LABELS, STATE_LABELS, OPEN_STATES, type State } from '@/domain/workflow'
import { fiscalYearOf } from '@/domain/thai/calendar'
import { thaiDate, thaiDateTime } from '@/domain/thai/format'
import type { PublishRequest, User } from '@/payload-types'
import { actorOf, idOf } from '@/access/roles'
import { factsOf } from '@/collections/publish-requests/facts'
import { MONITORS } from '@/endpoints/http'
import { waitingFor } from '@/server/waiting'
import { citizenWorkOf } from '@/server/citizen-waiting'
import { TRACK_LABELS } from '@/domain/complaints/complaints'
import { ruleReviewOf } from '@/server/rule-reviews'
import { RoundsTable, ScoresTable, setResults } from './monitoring-sections'
import { PostButton } from './PostButton'
import { roundName } from '@/domain/reports/rounds'
import { reportsToAcknowledge, type ReportToAcknowledge } from '@/server/monitoring'
import { agencyPageDraftsWaitingFor } from '@/globals/agency-page-approval'

const requestLink = (doc: Pick<PublishRequest, 'id' | 'title'>) => <a href={`/admin/collections/publish-requests/${doc.id}`}>{doc.title}</a>

export async function WaitingForMe({ payload, user }: { payload: Payload; user?: User | null }) {
  if (!user || user.active === false) return null
  const actor = actorOf(user)
  const waiting = await Promise.all(
    (await waitingFor(payload, user)).map(async (doc) => ({ doc, actions: availableActions(actor, await factsOf(payload, doc)).filter((a) => a !== 'withdraw' && a !== 'edit') })),
  )
  const notices = await payload.find({ collection: 'notifications', where: { and: [{ recipient: { equals: user.id } }, { read: { equals: false } }, { done: { not_equals: true } }] }, overrideAccess: true, depth: 0, limit: 5 })
  const unit = typeof user.unit === 'object' && user.unit ? user.unit.name : null
  const now = new Date()
  const fiscalYear = fiscalYearOf(now)
  // Besides requests: an executive's issued reports to acknowledge, an approver's drafts of the agency's pages.
  const [reports, pageDrafts] = await Promise.all([user.role === 'executive' ? reportsToAcknowledge(payload, fiscalYear) : [], agencyPageDraftsWaitingFor(payload, user)])
  const count = waiting.length + reports.length + pageDrafts.length
  return (
    <>
      <section className="khaosan-waiting" aria-labelledby="khaosan-waiting-title">
        <p className="khaosan-greeting">
          สวัสดี {user.name} · {ROLE_LABELS[user.role]}{unit ? ` · ${unit}` : ''}
        </p>
        <h2 id="khaosan-waiting-title">งานที่รอท่านดำเนินการ ({count})</h2>
        {user.role === 'executive' && <ExecutiveToAcknowledge payload={payload} user={user} fiscalYear={fiscalYear} now={now} />}
        {count === 0 ? (
          <p>ไม่มีงานที่รอท่านดำเนินการ</p>
        ) : (
          <ul>
            {reports.map((report) => (
              <ReportWaiting key={`${report.fiscalYear}-${report.round}-${report.unitId ?? ''}`} report={report} />
            ))}
            {pageDrafts.map((page) => (
              <li key={page.slug}>
                <a href={`/admin/globals/${page.slug}`}>การแก้ไข{page.title}</a> — ร่างรอท่านตรวจและอนุมัติเผยแพร่
              </li>
            ))}
            {waiting.map(({ doc, actions }) => (
              <li key={doc.id}>
                {requestLink(doc)} — {STATE_LABELS[doc.state as State]} · {actions.map((a) => ACTION_LABELS[a]).join(' / ')}
              </li>
            ))}
          </ul>
        )}
        {user.role !== 'admin' && (
          // Everyone but the administrator submits: the one obvious next step when nothing waits.
          <p>
            <Button el="anchor" url="/admin/collections/publish-requests/create" buttonStyle={count === 0 ? 'primary' : 'secondary'} size="medium" className="khaosan-new-request">
              ยื่นคำขอเผยแพร่ใหม่
            </Button>
          </p>
        )}
        <CitizenWork payload={payload} user={user} />
        <MyRequests payload={payload} user={user} />
        {(user.role === 'webmaster' || user.role === 'admin') && <FailedEffects payload={payload} />}
        {notices.docs.length > 0 && (
          <>
            <h3>การแจ้งเตือนที่ยังไม่ได้อ่าน ({notices.totalDocs})</h3>
            <ul>
              {notices.docs.map((n) => (
                <li key={n.id}>{n.link ? <a href={n.link}>{n.title}</a> : n.title}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      {MONITORS.includes(user.role) && <MonitoringSummary payload={payload} user={user} fiscalYear={fiscalYear} now={now} />}
    </>
  )
}

/** What citizens sent that waits for this person: cases with their due dates (overdue first flagged), and what there is to moderate or open. */
async function CitizenWork({ payload, user }: { payload: Payload; user: User }) {
  const work = await citizenWorkOf(payload, user)
  const others = [
    { count: work.questions, href: '/admin/collections/questions?where[state][equals]=pending', label: 'คำถามที่รอตอบ (กระดานถาม-ตอบ)' },
    { count: work.comments, href: '/admin/collections/hearing-comments?where[state][in]=pending,flagged', label: 'ความคิดเห็นที่รอตรวจ (รับฟังความคิดเห็น)' },
    { count: work.submissions, href: '/admin/collections/form-submissions?where[state][equals]=new', label: 'แบบฟอร์มออนไลน์ที่ยังไม่ได้เปิดอ่าน' },
  ].filter((other) => other.count > 0)
  if (!work.cases.length && !others.length) return null
  return (
    <>
      <h3>เรื่องจากประชาชนที่รอท่าน ({work.cases.length + others.reduce((sum, other) => sum + other.count, 0)})</h3>
      <ul>
        {work.cases.map((c) => (
          <li key={c.id}>
            <a href={`/admin/collections/complaints/${c.id}`}>{c.topic ?? c.trackingCode}</a> — {TRACK_LABELS[c.track]}
            {c.due ? (c.overdue ? <strong className="khaosan-overdue"> · เกินกำหนด {thaiDate(c.due)}</strong> : ` · กำหนด ${thaiDate(c.due)}`) : ''}
          </li>
        ))}
        {others.map((other) => (
          <li key={other.href}>
            <a href={other.href}>{other.label}</a> ({other.count.toLocaleString('th-TH')})
          </li>
        ))}
      </ul>
    </>
  )
}

/** An owner's (and anyone's) own requests on their way: where each waits now. */
async function MyRequests({ payload, user }: { payload: Payload; user: User }) {
  const { docs, totalDocs } = await payload.find({
    collection: 'publish-requests',
    where: { and: [{ owner: { equals: user.id } }, { state: { in: [...OPEN_STATES] } }] },
    sort: '-stateChangedAt',
    depth: 0,
    limit: 10,
    overrideAccess: true,
    select: { title: true, state: true, stateChangedAt: true },
  })
  if (totalDocs === 0) return null
  return (
    <>
      <h3>คำขอของท่านที่อยู่ระหว่างดำเนินการ ({totalDocs})</h3>
      <ul>
        {docs.map((doc) => (
          <li key={doc.id}>
            {requestLink(doc)} — {STATE_LABELS[doc.state as State]}
            {doc.stateChangedAt ? <small> ตั้งแต่ {thaiDateTime(new Date(doc.stateChangedAt))}</small> : null}
          </li>
        ))}
      </ul>
    </>
  )
}

/** Notices and e-mails that could not be sent yet: a webmaster sees them and may try again (GET /api/effects). */
async function FailedEffects({ payload }: { payload: Payload }) {
  const { totalDocs } = await payload.count({ collection: 'effects', where: { and: [{ status: { not_equals: 'done' } }, { attempts: { greater_than: 0 } }] }, overrideAccess: true })
  if (totalDocs === 0) return null
  return (
    <p className="khaosan-late">
      มีการแจ้งเตือนหรืออีเมลที่ยังส่งไม่สำเร็จ {totalDocs} รายการ — <a href="/admin/collections/effects?where[status][not_equals]=done">ดูและส่งใหม่</a>
    </p>
  )
}

/** An issued report waiting for the executive: read it, then acknowledge it (with a confirmation and an optional comment). */
function ReportWaiting({ report }: { report: ReportToAcknowledge }) {
  const base = `/api/monitoring-reports/${report.fiscalYear}/${report.round}`
  const unitQuery = report.unitId ? `&unit=${report.unitId}` : ''
  return (
    <li className="khaosan-report-waiting">
      รายงานผลการเผยแพร่ข้อมูล {roundName(report.fiscalYear, report.round)}
      {report.unitId ? ` ของ${report.unitName ?? 'หน่วยงาน'}` : ' ของหน่วยงาน'} — ออกโดย {report.by} เมื่อ {thaiDateTime(report.at)} · อ่านรายงาน{' '}
      <a href={`${base}?format=pdf${unitQuery}`}>PDF</a> · <a href={`${base}?format=docx${unitQuery}`}>DOCX</a>
      <PostButton url={`${base}/acknowledge`} body={report.unitId ? { unit: report.unitId } : undefined} label="รับทราบรายงาน" comment="ความเห็น (ถ้ามี)" confirm="ยืนยันการรับทราบรายงานนี้" />
    </li>
  )
}

/** The executive's own: the year's review of the measure, once recorded and not yet acknowledged. (Reports: the rounds below.) */
async function ExecutiveToAcknowledge({ payload, fiscalYear }: { payload: Payload; user: User; fiscalYear: number; now: Date }) {
  const review = await ruleReviewOf(payload, fiscalYear)
  if (!review || review.acknowledgedAt) return null
  return (
    <p>
      การทบทวนมาตรการเผยแพร่ข้อมูล ปีงบประมาณ {fiscalYear} รอท่านรับทราบ — <a href="/admin/monitoring#review">อ่านและรับทราบ</a>
    </p>
  )
}

/** For those who monitor: this year's score per set beside last year's, the rounds, and the way to the whole picture. */
async function MonitoringSummary({ payload, user, fiscalYear, now }: { payload: Payload; user: User; fiscalYear: number; now: Date }) {
  const unitId = user.role === 'head' || user.role === 'division-head' ? idOf(user.unit) : null
  const sets = await setResults(payload, fiscalYear, now)
  return (
    <section className="khaosan-monitoring" aria-labelledby="khaosan-monitoring-title">
      <h2 id="khaosan-monitoring-title">การกำกับติดตามการเผยแพร่ข้อมูล ปีงบประมาณ {fiscalYear}</h2>
      <RoundsTable payload={payload} user={user} fiscalYear={fiscalYear} now={now} unitId={unitId} />
      <ScoresTable sets={sets} fiscalYear={fiscalYear} page="/admin/monitoring" />
      <p>
        <Button el="anchor" url="/admin/monitoring" buttonStyle="secondary" size="small">
          ดูการกำกับติดตามทั้งหมด: ตัวชี้วัด หน่วยงาน การตรวจสอบ และการทบทวนมาตรการ
        </Button>
      </p>
    </section>
  )
}
