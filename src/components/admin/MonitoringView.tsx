/**
 * The monitoring page (/admin/monitoring, การกำกับติดตามการเผยแพร่ข้อมูล) for those who monitor (002 §4.5) and the
 * executive: a chosen fiscal year's scores beside last year's, each unit's row, the rounds and their reports, every
 * indicator with its evidence and how to fix what is not met, the checkers, and the policy announcement.
 */
import type { AdminViewServerProps } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Button, Gutter } from '@payloadcms/ui'
import { fiscalYearOf } from '@/domain/thai/calendar'
import { idOf } from '@/access/roles'
import { MONITORS } from '@/endpoints/http'
import { monitoringSettings, monitoringWarnings } from '@/server/monitoring'
import { Checks, IndicatorSets, RoundsTable, ScoresTable, UnitsTable, setResults, type MonitoringScope } from './monitoring-sections'
import { PostButton } from './PostButton'
import { RuleReviews } from './RuleReviews'

/** The fiscal year asked for in the address (?fy=2569), or the current one. */
export function askedFiscalYear(searchParams: AdminViewServerProps['searchParams'], now: Date): number {
  const asked = Number(searchParams?.fy)
  const current = fiscalYearOf(now)
  return Number.isInteger(asked) && asked >= current - 5 && asked <= current + 1 ? asked : current
}

export async function MonitoringView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = req.user?.collection === 'users' ? req.user : null
  const template = { i18n: req.i18n, locale, params, payload: req.payload, permissions, req, searchParams, user: req.user ?? undefined, visibleEntities }
  if (!user || user.active === false || !MONITORS.includes(user.role)) {
    return (
      <DefaultTemplate {...template}>
        <Gutter><p>หน้านี้สำหรับหัวหน้าหน่วยงาน ผู้ดูแลเว็บไซต์ และผู้บริหาร</p></Gutter>
      </DefaultTemplate>
    )
  }
  const payload = req.payload
  const now = new Date()
  const fiscalYear = askedFiscalYear(searchParams, now)
  const current = fiscalYearOf(now)
  const scope: MonitoringScope = { payload, user, fiscalYear, now, unitId: user.role === 'head' || user.role === 'division-head' ? idOf(user.unit) : null }
  const [sets, warnings, settings] = await Promise.all([setResults(payload, fiscalYear, now), monitoringWarnings(payload, now), monitoringSettings(payload)])
  const stale = warnings.filter((w) => w.kind === 'not-updated')
  const urgent = warnings.filter((w) => w.kind !== 'not-updated')
  return (
    <DefaultTemplate {...template}>
      <Gutter>
        <section className="khaosan-monitoring" aria-labelledby="khaosan-monitoring-title">
          <h1 id="khaosan-monitoring-title">การกำกับติดตามการเผยแพร่ข้อมูล ปีงบประมาณ {fiscalYear}</h1>
          <nav aria-label="ปีงบประมาณ" className="khaosan-years">
            ปีงบประมาณ:{' '}
            {[current - 2, current - 1, current, current + 1].map((year) => (
              <Button key={year} el="anchor" url={`?fy=${year}`} extraButtonProps={{ 'aria-current': year === fiscalYear ? 'page' : undefined }} buttonStyle={year === fiscalYear ? 'primary' : 'secondary'} size="small" margin={false}>
                {year}
              </Button>
            ))}
          </nav>

          <h2>ผลตามชุดตัวชี้วัด</h2>
          <ScoresTable sets={sets} fiscalYear={fiscalYear} />

          <h2>คำเตือน ({warnings.length})</h2>
          {warnings.length === 0 && <p>ไม่มีคำเตือน</p>}
          <ul>{urgent.map((w, i) => <li key={i}>{w.message}</li>)}</ul>
          {stale.length > 0 && (
            <details>
              <summary>หมวดที่ไม่มีการปรับปรุงเกิน {settings.staleMonths} เดือนหรือยังไม่มีข้อมูล ({stale.length} หมวด)</summary>
              <ul>{stale.map((w, i) => <li key={i}>{w.message}</li>)}</ul>
            </details>
          )}

          <h2>รอบการรายงานผลและการรับทราบของผู้บริหาร</h2>
          <RoundsTable {...scope} />

          <h2>ผลการดำเนินงานรายหน่วยงาน</h2>
          <UnitsTable payload={payload} fiscalYear={fiscalYear} now={now} />

          <h2>ตัวชี้วัด</h2>
          <IndicatorSets sets={sets} fiscalYear={fiscalYear} user={user} />

          <Checks payload={payload} user={user} />

          <h2>การทบทวนมาตรการประจำปี</h2>
          <RuleReviews payload={payload} user={user} fiscalYear={fiscalYear} />

          <h2>ประกาศแนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์</h2>
          <p>
            สร้างจากการตั้งค่าปัจจุบัน: <a href="/api/policy-announcement?format=pdf">PDF</a> · <a href="/api/policy-announcement?format=docx">DOCX</a>
          </p>
          {user.role === 'webmaster' && <PostButton url="/api/policy-announcement/submit" label="ส่งประกาศเข้าสู่ขั้นตอนอนุมัติเพื่อเผยแพร่" openCreated="/admin/collections/publish-requests" />}
        </section>
      </Gutter>
    </DefaultTemplate>
  )
}
