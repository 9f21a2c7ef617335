/**
 * The parts of monitoring (การกำกับติดตาม, SPEC §4 and §6) the dashboard and the monitoring page show: each set's
 * score beside last year's, each unit's row, the rounds with their reports, the indicators with their evidence and
 * what to do about those not met, the checkers and the policy announcement.
 */
import type { Payload } from 'payload'
import { RATING_LABELS, STATUS_LABELS, pageOfSection, remedyOf, scoreOf, scoreText, setsAssessed, type IndicatorStatus, type SetName } from '@/domain/compliance'
import { categoryDefinition } from '@/domain/categories'
import { issueWindowOpensAt, roundsOf, roundName } from '@/domain/reports/rounds'
import { UNIT_ACTIVITY, UNIT_ACTIVITY_LABELS } from '@/domain/reports/unit-activity'
import { bangkokDay, startOfBangkokDay } from '@/domain/thai/calendar'
import { currentGeneration } from '@/site/public-cache'
import { thaiDate, thaiDateTime } from '@/domain/thai/format'
import type { User } from '@/payload-types'
import { SET_LABELS } from '@/collections/IndicatorSets'
import { agencySettings } from '@/server/settings'
import { complianceOf, siteEvidence, type ComplianceResult } from '@/server/compliance'
import { acknowledgementFor, acknowledgementsOf, issuedReportFor, issuedReportsOf, monitoringSettings, unitActivity } from '@/server/monitoring'
import { PostButton } from './PostButton'
import { FillIndicator } from './FillIndicator'
import { RefreshWhileRunning } from './RefreshWhileRunning'

const STATUS_MARK: Record<IndicatorStatus, string> = { met: '✔', missing: '✘', stale: '⚠', unspecified: '…' }

export interface MonitoringScope {
  payload: Payload
  user: User
  fiscalYear: number
  now: Date
  /** A head monitors their own unit (002 §4.5); the others the agency's. */
  unitId: string | null
}

export interface SetResult {
  name: SetName
  result: ComplianceResult | null
  lastYear: ComplianceResult | null
}

/** When the scores were last worked out, and for what: staff open the dashboard many times between changes. */
const recentScores = new Map<string, { at: number; results: Promise<SetResult[]> }>()
const SCORES_KEPT_MS = 60_000

/**
 * What the scores read, as one key: public content (its generation), the indicator sets, the staff (who receives
 * complaints makes a channel evidence), the agency's type, and the day (currency is judged by the date).
 */
async function scoresKey(payload: Payload, fiscalYear: number, now: Date): Promise<string> {
  const latest = async (collection: 'indicator-sets' | 'users') =>
    (await payload.find({ collection, sort: '-updatedAt', limit: 1, depth: 0, overrideAccess: true, select: { updatedAt: true } })).docs[0]?.updatedAt ?? ''
  const [sets, users, agency] = await Promise.all([latest('indicator-sets'), latest('users'), agencySettings(payload)])
  return [fiscalYear, currentGeneration(now.getTime()), sets, users, agency.agencyType, startOfBangkokDay(bangkokDay(now)).getTime()].join('|')
}

/** Each set's scores (below), kept for a minute while nothing they read has changed. */
export async function setResults(payload: Payload, fiscalYear: number, now: Date): Promise<SetResult[]> {
  const key = await scoresKey(payload, fiscalYear, now)
  const kept = recentScores.get(key)
  if (kept && now.getTime() - kept.at < SCORES_KEPT_MS) return kept.results
  for (const [old, entry] of recentScores) if (now.getTime() - entry.at >= SCORES_KEPT_MS) recentScores.delete(old)
  const results = scoresOf(payload, fiscalYear, now)
  recentScores.set(key, { at: now.getTime(), results })
  results.catch(() => recentScores.delete(key))
  return results
}

/** Each set the agency's type is assessed on, this fiscal year and the last (the sets ask many of the same questions). */
async function scoresOf(payload: Payload, fiscalYear: number, now: Date): Promise<SetResult[]> {
  const agency = await agencySettings(payload)
  const evidence = siteEvidence(payload, now)
  return Promise.all(
    setsAssessed(agency.agencyType).map(async (name) => {
      const [result, lastYear] = await Promise.all([complianceOf(payload, name, fiscalYear, now, evidence), complianceOf(payload, name, fiscalYear - 1, now, evidence)])
      return { name, result, lastYear }
    }),
  )
}

const Score = ({ result }: { result: ComplianceResult | null }) => {
  if (!result) return <>ยังไม่มีชุดตัวชี้วัด</>
  const score = scoreOf(result.indicators)
  return (
    <>
      {scoreText(score)} <span className={`khaosan-rating khaosan-rating--${score.rating}`}>{RATING_LABELS[score.rating]}</span>
    </>
  )
}

/** ครบถ้วนกี่ตัวชี้วัด: this year's score per set with its rating, and last year's beside it. */
export function ScoresTable({ sets, fiscalYear, page = '' }: { sets: SetResult[]; fiscalYear: number; page?: string }) {
  return (
    <table className="khaosan-scores">
      <thead>
        <tr><th>ชุดตัวชี้วัด</th><th>ปีงบประมาณ {fiscalYear}</th><th>ปีงบประมาณ {fiscalYear - 1}</th></tr>
      </thead>
      <tbody>
        {sets.map(({ name, result, lastYear }) => (
          <tr key={name}>
            <td><a href={`${page}#set-${name}`}>{SET_LABELS[name]}</a></td>
            <td><Score result={result} /></td>
            <td><Score result={lastYear} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Each unit's row: what its people submitted and published this fiscal year, what waits, what is late. */
export async function UnitsTable({ payload, fiscalYear, now }: Pick<MonitoringScope, 'payload' | 'fiscalYear' | 'now'>) {
  const rows = await unitActivity(payload, fiscalYear, now)
  if (rows.length === 0) return <p>ยังไม่มีหน่วยงานในระบบ</p>
  return (
    <table className="khaosan-units">
      <thead>
        <tr><th>หน่วยงาน</th>{UNIT_ACTIVITY.map((activity) => <th key={activity}>{UNIT_ACTIVITY_LABELS[activity]}</th>)}</tr>
      </thead>
      <tbody>
        {rows.map(({ unit, counts }) => (
          <tr key={unit.id} className={unit.kind === 'section' ? 'khaosan-units__section' : undefined}>
            <td>{unit.name}</td>
            {UNIT_ACTIVITY.map((activity) => (
              <td key={activity} className={activity === 'late' && counts.late > 0 ? 'khaosan-late' : undefined}>{counts[activity].toLocaleString('th-TH')}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The rounds (รอบ ๖ และ ๑๒ เดือน): due dates, issuing, the executive's acknowledgement, the report as PDF and DOCX. */
export async function RoundsTable({ payload, user, fiscalYear, now, unitId }: MonitoringScope) {
  const [settings, acks, issued] = await Promise.all([monitoringSettings(payload), acknowledgementsOf(payload, fiscalYear), issuedReportsOf(payload, fiscalYear)])
  const issues = user.role === 'webmaster' || (unitId !== null && user.role !== 'executive')
  return (
    <table>
      <thead><tr><th>รอบ</th><th>กำหนดส่ง</th><th>การออกรายงาน</th><th>ผู้บริหารรับทราบ</th><th>รายงาน</th></tr></thead>
      <tbody>
        {roundsOf(fiscalYear, settings.rounds).map((round) => {
          const ack = acknowledgementFor(acks, fiscalYear, round.round, unitId)
          const issue = issuedReportFor(issued, fiscalYear, round.round, unitId)
          const opens = issueWindowOpensAt(round, settings.issueWindowMonths)
          const base = `/api/monitoring-reports/${fiscalYear}/${round.round}`
          const unitQuery = unitId ? `&unit=${unitId}` : ''
          return (
            <tr key={round.round}>
              <td>{roundName(fiscalYear, round.round)}</td>
              <td>{thaiDate(startOfBangkokDay(round.dueDay))}{!ack && now >= round.dueAt ? <strong className="khaosan-late"> (เลยกำหนด)</strong> : ''}</td>
              <td>
                {issue
                  ? `ออกรายงานแล้ว โดย ${issue.by} เมื่อ ${thaiDateTime(issue.at)}${issue.late ? ' (หลังวันครบกำหนด)' : ''}`
                  : now < opens ? `ออกรายงานได้ตั้งแต่ ${thaiDate(opens)}` : 'ยังไม่ออกรายงาน'}
                {issues && !issue && now >= opens && <PostButton url={`${base}/issue`} body={unitId ? { unit: unitId } : undefined} label="ออกรายงาน" />}
              </td>
              <td>
                {ack ? `รับทราบแล้ว โดย ${ack.by} เมื่อ ${thaiDateTime(ack.at)}${ack.comment ? ` — ${ack.comment}` : ''}` : 'ยังไม่รับทราบ'}
                {user.role === 'executive' && !ack && issue && <PostButton url={`${base}/acknowledge`} label="รับทราบรายงาน" comment="ความเห็น (ถ้ามี)" confirm="ยืนยันการรับทราบรายงานนี้" />}
              </td>
              <td>
                <a href={`${base}?format=pdf${unitQuery}`}>PDF</a> · <a href={`${base}?format=docx${unitQuery}`}>DOCX</a>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

/** Where an indicator not met is fixed: a new request in its category with its tag, or the agency's page section. */
function FixLink({ indicator }: { indicator: { categories: string[]; tags?: string[]; pages?: Parameters<typeof remedyOf>[0]['pages'] } }) {
  const remedy = remedyOf(indicator)
  if (!remedy) return <span>ระบบสร้างให้เอง</span>
  if (remedy.kind === 'page') return <a href={`/admin/globals/${pageOfSection(remedy.section)}`}>แก้ไขหน้าข้อมูลหน่วยงาน</a>
  const query = new URLSearchParams({ category: remedy.category, ...(remedy.tag ? { tag: remedy.tag } : {}) })
  return <a href={`/admin/collections/publish-requests/create?${query}`}>ยื่นคำขอในหมวด{categoryDefinition(remedy.category)?.title ?? remedy.category}</a>
}

/** Every indicator of each set: status, why, the evidence, and for what is not met, how to fix it. */
export function IndicatorSets({ sets, fiscalYear, user }: { sets: SetResult[]; fiscalYear: number; user: User }) {
  const mayFillIn = user.role === 'admin' || user.role === 'webmaster'
  return sets.map(({ name, result }) => {
    if (!result) return <p key={name}>{SET_LABELS[name]}: ยังไม่มีชุดตัวชี้วัดสำหรับปีนี้</p>
    const base = `/api/compliance/${name}/${fiscalYear}`
    const toFill = result.indicators.filter((i) => i.status === 'unspecified')
    const definitions = new Map(result.resolved.set.indicators.map((indicator) => [indicator.code, indicator]))
    return (
      <details key={name} id={`set-${name}`}>
        <summary>
          {result.resolved.set.title} — <Score result={result} />
          {result.resolved.notice ? ` (${result.resolved.notice})` : ''}
        </summary>
        {toFill.length > 0 && (
          <>
            <p>
              รอหน่วยงานกรอกรายละเอียด {toFill.length} ข้อ ({toFill.map((i) => i.code).join(', ')}) ซึ่งไม่นับในคะแนน
              {mayFillIn ? ' — กรอกจากคู่มือการประเมินของปีนั้นได้ที่นี่' : ' — ผู้ดูแลเว็บไซต์กรอกได้ที่หน้านี้'}
            </p>
            {mayFillIn && toFill.map((indicator) => <FillIndicator key={indicator.code} set={name} fiscalYear={fiscalYear} code={indicator.code} />)}
          </>
        )}
        <p>
          ส่งออกรายการ URL สำหรับผู้ประเมิน: <a href={`${base}/export?format=csv`}>CSV</a> · <a href={`${base}/export?format=xlsx`}>XLSX</a>
        </p>
        <table>
          <thead><tr><th>รหัส</th><th>ตัวชี้วัด</th><th>สถานะ</th><th>เหตุผล</th><th>หลักฐาน / วิธีแก้</th></tr></thead>
          <tbody>
            {result.indicators.filter((i) => i.status !== 'unspecified').map((indicator) => {
              const definition = definitions.get(indicator.code)
              return (
                <tr key={indicator.code}>
                  <td>{indicator.code}</td>
                  <td>{indicator.title}</td>
                  <td>{STATUS_MARK[indicator.status]} {STATUS_LABELS[indicator.status]}</td>
                  <td>{indicator.reason}</td>
                  <td>
                    {indicator.evidence.map((e) => <div key={e.url}><a href={e.url}>{e.title}</a></div>)}
                    {indicator.status !== 'met' && definition && <div className="khaosan-fix"><FixLink indicator={definition} /></div>}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </details>
    )
  })
}

/** The link and file checker, and the check of changes made outside the workflow. */
export async function Checks({ payload, user }: Pick<MonitoringScope, 'payload' | 'user'>) {
  const [checks, integrity] = await Promise.all([
    payload.find({ collection: 'link-checks', overrideAccess: true, depth: 0, limit: 1, sort: '-createdAt' }),
    payload.find({ collection: 'integrity-checks', overrideAccess: true, depth: 0, limit: 1, sort: '-createdAt' }),
  ])
  const check = checks.docs[0]
  const lastIntegrity = integrity.docs[0]
  return (
    <>
      <h3>ตรวจสอบลิงก์เสียและไฟล์ที่หายไป</h3>
      {check ? (
        <div>
          {(check.status === 'queued' || check.status === 'running') && <RefreshWhileRunning />}
          <p>
            ครั้งล่าสุด {thaiDateTime(new Date(check.createdAt))}: {check.status === 'done' ? 'ตรวจสอบเสร็จแล้ว' : check.status === 'failed' ? `ไม่สำเร็จ (${check.error ?? ''})` : 'กำลังตรวจสอบ'}{' '}
            {check.checked ?? 0}/{check.total ?? 0} หน้า · พบปัญหา {check.problems?.length ?? 0} รายการ{' '}
            <a href={`/admin/collections/link-checks/${check.id}`}>ดูรายละเอียด</a>
          </p>
          {(check.problems?.length ?? 0) > 0 && (
            <ul>{check.problems!.map((p) => <li key={p.id}><a href={p.page ?? '#'}>{p.page}</a>: {p.link} — {p.problem}</li>)}</ul>
          )}
        </div>
      ) : (
        <p>ยังไม่เคยตรวจสอบ</p>
      )}
      {user.role !== 'executive' && <PostButton url="/api/link-checks/start" label="เริ่มตรวจสอบลิงก์และไฟล์" />}

      <h3>ตรวจการแก้ไขไฟล์และข้อมูลนอกระบบงาน</h3>
      <p>
        {lastIntegrity ? (
          <>
            ครั้งล่าสุด {thaiDateTime(new Date(lastIntegrity.createdAt))}: ตรวจ {lastIntegrity.items ?? 0} รายการ {lastIntegrity.files ?? 0} ไฟล์ · พบการแก้ไขนอกระบบ {lastIntegrity.found ?? 0} รายการ{' '}
            <a href={`/admin/collections/integrity-checks/${lastIntegrity.id}`}>ดูรายละเอียด</a>
          </>
        ) : (
          'ยังไม่เคยตรวจ (ระบบตรวจเองทุก 15 นาที)'
        )}
      </p>
      {(user.role === 'webmaster' || user.role === 'admin') && <PostButton url="/api/integrity-checks/run" label="ตรวจการแก้ไขนอกระบบตอนนี้" />}
    </>
  )
}
