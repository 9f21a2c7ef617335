/**
 * The dashboard's monitoring block (การกำกับติดตาม, SPEC §4 and §6) for webmasters, executives and administrators:
 * indicator status per set for a chosen fiscal year, warnings, the rounds with due dates and acknowledgements,
 * the link and file checker, and the downloads (CSV, XLSX, PDF, DOCX).
 */
import type { Payload } from 'payload'
import { SET_NAMES, STATUS_LABELS, type IndicatorStatus } from '@/domain/compliance'
import { issueWindowOpensAt, roundsOf, roundName } from '@/domain/reports/rounds'
import { fiscalYearOf, startOfBangkokDay } from '@/domain/thai/calendar'
import { thaiDate, thaiDateTime } from '@/domain/thai/format'
import type { User } from '@/payload-types'
import { SET_LABELS } from '@/collections/IndicatorSets'
import { complianceOf, publicEvidence } from '@/server/compliance'
import { acknowledgementFor, acknowledgementsOf, issuedReportFor, issuedReportsOf, monitoringSettings, monitoringWarnings } from '@/server/monitoring'
import { PostButton } from './PostButton'
import { RefreshWhileRunning } from './RefreshWhileRunning'

const STATUS_MARK: Record<IndicatorStatus, string> = { met: '✔', missing: '✘', stale: '⚠' }

interface Props {
  payload: Payload
  user?: User | null
  searchParams?: Record<string, string | string[] | undefined>
}

export async function MonitoringDashboard({ payload, user, searchParams }: Props) {
  if (!user || user.active === false || !['webmaster', 'executive', 'admin'].includes(user.role)) return null
  const now = new Date()
  const current = fiscalYearOf(now)
  const asked = Number(searchParams?.fy)
  const fiscalYear = Number.isInteger(asked) && asked >= 2500 && asked <= 2700 ? asked : current
  const [settings, acks, issued, warnings, checks, integrity] = await Promise.all([
    monitoringSettings(payload),
    acknowledgementsOf(payload, fiscalYear),
    issuedReportsOf(payload, fiscalYear),
    monitoringWarnings(payload, now),
    payload.find({ collection: 'link-checks', overrideAccess: true, depth: 0, limit: 1, sort: '-createdAt' }),
    payload.find({ collection: 'integrity-checks', overrideAccess: true, depth: 0, limit: 1, sort: '-createdAt' }),
  ])
  const lastIntegrity = integrity.docs[0]
  const evidence = publicEvidence(payload, now) // the sets ask many of the same questions
  const sets = await Promise.all(SET_NAMES.map(async (name) => ({ name, result: await complianceOf(payload, name, fiscalYear, now, evidence) })))
  const check = checks.docs[0]
  const stale = warnings.filter((w) => w.kind === 'not-updated')
  const urgent = warnings.filter((w) => w.kind !== 'not-updated')

  return (
    <section className="khaosan-monitoring" aria-labelledby="khaosan-monitoring-title">
      <h2 id="khaosan-monitoring-title">การกำกับติดตามการเผยแพร่ข้อมูล ปีงบประมาณ {fiscalYear}</h2>
      <form method="get">
        <label>
          ปีงบประมาณ{' '}
          <select name="fy" defaultValue={String(fiscalYear)}>
            {[current + 1, current, current - 1, current - 2].map((year) => (
              <option key={year} value={year}>{year}</option>
            ))}
          </select>
        </label>{' '}
        <button type="submit" className="btn btn--style-secondary btn--size-small">แสดง</button>
      </form>

      <h3>คำเตือน ({warnings.length})</h3>
      {warnings.length === 0 && <p>ไม่มีคำเตือน</p>}
      <ul>{urgent.map((w, i) => <li key={i}>{w.message}</li>)}</ul>
      {stale.length > 0 && (
        <details>
          <summary>หมวดที่ไม่มีการปรับปรุงเกิน {settings.staleMonths} เดือนหรือยังไม่มีข้อมูล ({stale.length} หมวด)</summary>
          <ul>{stale.map((w, i) => <li key={i}>{w.message}</li>)}</ul>
        </details>
      )}

      <h3>รอบการรายงานผลและการรับทราบของผู้บริหาร</h3>
      <table>
        <thead><tr><th>รอบ</th><th>กำหนดส่ง</th><th>การออกรายงาน</th><th>ผู้บริหารรับทราบ</th><th>รายงาน</th></tr></thead>
        <tbody>
          {roundsOf(fiscalYear, settings.rounds).map((round) => {
            const ack = acknowledgementFor(acks, fiscalYear, round.round, null)
            const issue = issuedReportFor(issued, fiscalYear, round.round, null)
            const opens = issueWindowOpensAt(round, settings.issueWindowMonths)
            const base = `/api/monitoring-reports/${fiscalYear}/${round.round}`
            return (
              <tr key={round.round}>
                <td>{roundName(fiscalYear, round.round)}</td>
                <td>{thaiDate(startOfBangkokDay(round.dueDay))}{!ack && now >= round.dueAt ? ' (เลยกำหนด)' : ''}</td>
                <td>
                  {issue
                    ? `ออกรายงานแล้ว โดย ${issue.by} เมื่อ ${thaiDateTime(issue.at)}${issue.late ? ' (หลังวันครบกำหนด)' : ''}`
                    : now < opens ? `ออกรายงานได้ตั้งแต่ ${thaiDate(opens)}` : 'ยังไม่ออกรายงาน'}
                  {user.role === 'webmaster' && !issue && now >= opens && <PostButton url={`${base}/issue`} label="ออกรายงาน" />}
                </td>
                <td>{ack ? `รับทราบแล้ว โดย ${ack.by} เมื่อ ${thaiDateTime(ack.at)}${ack.comment ? ` — ${ack.comment}` : ''}` : 'ยังไม่รับทราบ'}</td>
                <td>
                  <a href={`${base}?format=pdf`}>PDF</a> · <a href={`${base}?format=docx`}>DOCX</a>
                  {user.role === 'executive' && !ack && issue && <PostButton url={`${base}/acknowledge`} label="รับทราบรายงาน" comment="ความเห็น (ถ้ามี)" />}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>

      <h3>ตัวชี้วัด</h3>
      {sets.map(({ name, result }) => {
        if (!result) return <p key={name}>{SET_LABELS[name]}: ยังไม่มีชุดตัวชี้วัดสำหรับปีนี้</p>
        const met = result.indicators.filter((i) => i.status === 'met').length
        const base = `/api/compliance/${name}/${fiscalYear}`
        return (
          <details key={name}>
            <summary>
              {result.resolved.set.title} — ครบถ้วน {met} จาก {result.indicators.length} ตัวชี้วัด
              {result.resolved.notice ? ` (${result.resolved.notice})` : ''}
            </summary>
            <p>
              ส่งออกรายการ URL สำหรับผู้ประเมิน: <a href={`${base}/export?format=csv`}>CSV</a> · <a href={`${base}/export?format=xlsx`}>XLSX</a>
            </p>
            <table>
              <thead><tr><th>รหัส</th><th>ตัวชี้วัด</th><th>สถานะ</th><th>เหตุผล</th><th>หลักฐาน</th></tr></thead>
              <tbody>
                {result.indicators.map((indicator) => (
                  <tr key={indicator.code}>
                    <td>{indicator.code}</td>
                    <td>{indicator.title}</td>
                    <td>{STATUS_MARK[indicator.status]} {STATUS_LABELS[indicator.status]}</td>
                    <td>{indicator.reason}</td>
                    <td>{indicator.evidence.map((e) => <div key={e.url}><a href={e.url}>{e.title}</a></div>)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        )
      })}

      <h3>ตรวจสอบลิงก์เสียและไฟล์ที่หายไป</h3>
      {check ? (
        <div>
          {(check.status === 'queued' || check.status === 'running') && <RefreshWhileRunning />}
          <p>
            ครั้งล่าสุด {thaiDateTime(new Date(check.createdAt))}: {check.status === 'done' ? 'ตรวจสอบเสร็จแล้ว' : check.status === 'failed' ? `ไม่สำเร็จ (${check.error ?? ''})` : 'กำลังตรวจสอบ'}{' '}
            {check.checked ?? 0}/{check.total ?? 0} หน้า · พบปัญหา {check.problems?.length ?? 0} รายการ
            {' '}<a href={`/admin/collections/link-checks/${check.id}`}>ดูรายละเอียด</a>
          </p>
          {(check.problems?.length ?? 0) > 0 && (
            <ul>{check.problems!.map((p) => <li key={p.id}><a href={p.page ?? '#'}>{p.page}</a>: {p.link} — {p.problem}</li>)}</ul>
          )}
        </div>
      ) : <p>ยังไม่เคยตรวจสอบ</p>}
      {user.role !== 'executive' && <PostButton url="/api/link-checks/start" label="เริ่มตรวจสอบลิงก์และไฟล์" />}

      <h3>ตรวจการแก้ไขไฟล์และข้อมูลนอกระบบงาน</h3>
      <p>
        {lastIntegrity
          ? <>ครั้งล่าสุด {thaiDateTime(new Date(lastIntegrity.createdAt))}: ตรวจ {lastIntegrity.items ?? 0} รายการ {lastIntegrity.files ?? 0} ไฟล์ · พบการแก้ไขนอกระบบ {lastIntegrity.found ?? 0} รายการ{' '}<a href={`/admin/collections/integrity-checks/${lastIntegrity.id}`}>ดูรายละเอียด</a></>
          : 'ยังไม่เคยตรวจ (ระบบตรวจเองทุก 15 นาที)'}
      </p>
      {(user.role === 'webmaster' || user.role === 'admin') && <PostButton url="/api/integrity-checks/run" label="ตรวจการแก้ไขนอกระบบตอนนี้" />}

      <h3>ประกาศแนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์</h3>
      <p>
        สร้างจากการตั้งค่าปัจจุบัน: <a href="/api/policy-announcement?format=pdf">PDF</a> · <a href="/api/policy-announcement?format=docx">DOCX</a>
      </p>
      {user.role === 'webmaster' && <PostButton url="/api/policy-announcement/submit" label="ส่งประกาศเข้าสู่ขั้นตอนอนุมัติเพื่อเผยแพร่" openCreated="/admin/collections/publish-requests" />}
    </section>
  )
}
