import { barHeights, valueAxis } from '@/domain/site/statistics'
import { THAI_MONTH_ABBREVIATIONS, thaiMonthYear } from '@/domain/thai/months'
import { bangkokDay, fiscalYearOf } from '@/domain/thai/calendar'
import { thaiDate } from '@/domain/thai/format'
import { payloadInstance, publicTitles } from '../content'
import { siteStatistics, surveyAnswers } from '../statistics'
import { SATISFACTION_LABELS, surveyResults } from '@/domain/survey/survey'

const ITEM_PATH = /^\/[a-z0-9-]+\/(\d+)$/

const count = (n: number) => n.toLocaleString('th-TH')

interface Bar {
  /** Under the bar, on the chart. */
  label: string
  /** In the table and the bar's tooltip. */
  name: string
  value: number
}

/** Chart geometry (SVG units): the plot area's left edge leaves room for the value axis. */
const WIDTH = 640
const PLOT_TOP = 16
const PLOT_HEIGHT = 160
const LEFT = 44
const BOTTOM = PLOT_TOP + PLOT_HEIGHT

/**
 * A bar chart in plain SVG (no script): a value axis with round ticks and grid lines, the bars with their values
 * above them, the dates below; and the same numbers in a table, for screen readers and for reading exactly.
 */
export function BarChart({ id, title, unit, bars, valueHeading = 'จำนวนการเข้าชม' }: { id: string; title: string; unit: string; bars: Bar[]; valueHeading?: string }) {
  const ticks = valueAxis(bars.map((b) => b.value))
  const top = ticks[ticks.length - 1]
  const heights = barHeights(bars.map((b) => b.value), PLOT_HEIGHT, top)
  const slot = (WIDTH - LEFT) / Math.max(1, bars.length)
  const barWidth = Math.max(2, slot * 0.7)
  const valueFont = slot < 22 ? 9 : 12
  const largest = Math.max(0, ...bars.map((b) => b.value))
  return (
    <figure className="chart-figure">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      {/* On a phone the chart keeps a readable size and scrolls sideways inside its frame; the page itself does not. */}
      <div className="chart-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-title`}>
        <svg className="chart" viewBox={`0 0 ${WIDTH} ${BOTTOM + 28}`} role="img" aria-labelledby={`${id}-title ${id}-summary`}>
          <desc id={`${id}-summary`}>{`${bars[0]?.name ?? ''} ถึง ${bars[bars.length - 1]?.name ?? ''} สูงสุด ${count(largest)} ${unit}`}</desc>
          {ticks.map((tick) => {
            const y = BOTTOM - (tick / top) * PLOT_HEIGHT
            return (
              <g key={tick} className="tick">
                <line x1={LEFT} x2={WIDTH} y1={y} y2={y} />
                <text x={LEFT - 6} y={y + 4} textAnchor="end" fontSize={12}>
                  {count(tick)}
                </text>
              </g>
            )
          })}
          {bars.map((bar, i) => {
            const x = LEFT + i * slot + (slot - barWidth) / 2
            return (
              <g key={bar.name}>
                <rect x={x} y={BOTTOM - heights[i]} width={barWidth} height={heights[i]}>
                  <title>{`${bar.name}: ${count(bar.value)} ${unit}`}</title>
                </rect>
                {bar.value > 0 ? (
                  <text className="value" x={x + barWidth / 2} y={BOTTOM - heights[i] - 3} textAnchor="middle" fontSize={valueFont}>
                    {count(bar.value)}
                  </text>
                ) : null}
                <text className="label" x={x + barWidth / 2} y={BOTTOM + 16} textAnchor="middle" fontSize={valueFont}>
                  {bar.label}
                </text>
              </g>
            )
          })}
        </svg>
      </div>
      <details>
        <summary>ตารางข้อมูลของกราฟ</summary>
        <table className="data">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">ช่วงเวลา</th>
              <th scope="col">
                {valueHeading} ({unit})
              </th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.name}>
                <td>{bar.name}</td>
                <td>{count(bar.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}

/** สถิติผู้เข้าชม (C20): counted on the server, without cookies; the charts are plain SVG, no script. */
export async function StatisticsView({ thanked = false }: { thanked?: boolean }) {
  const now = new Date()
  const stats = await siteStatistics(await payloadInstance(), now)
  const candidates = stats.mostRead.map((r) => ({ ...r, id: Number(ITEM_PATH.exec(r.path)?.[1]) })).filter((r) => r.id)
  const titles = await publicTitles(candidates.map((c) => c.id))
  const mostRead = candidates.filter((c) => titles.has(c.id)).slice(0, 10)
  const dayOf = (key: string) => new Date(`${key}T05:00:00Z`)
  const days: Bar[] = stats.thisMonth.map((d) => ({ label: String(Number(d.day.slice(8))), name: thaiDate(dayOf(d.day)), value: d.views }))
  const months: Bar[] = stats.fiscalYear.map(({ month, views }) => ({ label: THAI_MONTH_ABBREVIATIONS[month.month - 1], name: thaiMonthYear(month), value: views }))
  const today = bangkokDay(now)
  return (
    <section aria-labelledby="stats-title">
      <h2 id="stats-title">สถิติผู้เข้าชมเว็บไซต์</h2>
      <ul className="figures">
        <li>
          วันนี้ <strong data-stat="today">{count(stats.today)}</strong>
        </li>
        <li>
          เดือนนี้ <strong data-stat="month">{count(stats.month)}</strong>
        </li>
        <li>
          ทั้งหมด <strong data-stat="total">{count(stats.total)}</strong>
        </li>
      </ul>
      <BarChart id="days" title={`จำนวนการเข้าชมรายวัน เดือน${thaiMonthYear(today)}`} unit="ครั้ง" bars={days} />
      <BarChart id="months" title={`จำนวนการเข้าชมรายเดือน ปีงบประมาณ ${fiscalYearOf(now)}`} unit="ครั้ง" bars={months} />
      <h3>ข้อมูลที่มีผู้อ่านมากที่สุด</h3>
      {mostRead.length === 0 ? (
        <p>ยังไม่มีข้อมูล</p>
      ) : (
        <ol className="most-read">
          {mostRead.map((r) => (
            <li key={r.id}>
              <a href={titles.get(r.id)!.publicPath}>{titles.get(r.id)!.title}</a> <small>({count(r.views)} ครั้ง)</small>
            </li>
          ))}
        </ol>
      )}
      <SatisfactionResults fiscalYear={fiscalYearOf(now)} thanked={thanked} />
      <p className="muted">นับจำนวนการเข้าชมที่เครื่องแม่ข่ายของหน่วยงาน ไม่ใช้คุกกี้และไม่ส่งข้อมูลให้บุคคลภายนอก ปรับปรุงทุก 5 วินาที</p>
    </section>
  )
}

/** The satisfaction survey's results of this fiscal year (C20): how many answered, the average level, and the spread. */
async function SatisfactionResults({ fiscalYear, thanked }: { fiscalYear: number; thanked: boolean }) {
  const results = surveyResults(await surveyAnswers(await payloadInstance(), fiscalYear), fiscalYear)
  return (
    <section id="satisfaction" aria-labelledby="satisfaction-title">
      <h3 id="satisfaction-title">ผลประเมินความพึงพอใจการใช้งานเว็บไซต์ ปีงบประมาณ {fiscalYear}</h3>
      {thanked ? (
        <p className="notice" role="status">
          ขอบคุณที่ร่วมประเมิน ความเห็นของท่านช่วยให้หน่วยงานปรับปรุงเว็บไซต์
        </p>
      ) : null}
      {results.count === 0 ? (
        <p>ยังไม่มีผู้ตอบแบบประเมินในปีงบประมาณนี้</p>
      ) : (
        <>
          <ul className="figures">
            <li>
              ผู้ตอบ <strong data-stat="survey-count">{count(results.count)}</strong>
            </li>
            <li>
              ค่าเฉลี่ย (เต็ม 5) <strong data-stat="survey-average">{results.average!.toLocaleString('th-TH', { minimumFractionDigits: 2 })}</strong>
            </li>
          </ul>
          <BarChart
            id="satisfaction-levels"
            title="จำนวนผู้ตอบแต่ละระดับความพึงพอใจ"
            unit="คน"
            valueHeading="จำนวนผู้ตอบ"
            bars={results.distribution.map(({ level, count: n }) => ({ label: SATISFACTION_LABELS[level], name: `${level} ${SATISFACTION_LABELS[level]}`, value: n }))}
          />
        </>
      )}
    </section>
  )
}
