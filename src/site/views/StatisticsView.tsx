import { barHeights } from '@/domain/site/statistics'
import { thaiShortDate } from '@/domain/thai/format'
import { payloadInstance, publicTitles } from '../content'
import { siteStatistics } from '../statistics'

const ITEM_PATH = /^\/[a-z0-9-]+\/(\d+)$/
const CHART_HEIGHT = 120

/** สถิติผู้เข้าชม (C20): counted on the server, without cookies; the chart is plain SVG, no script. */
export async function StatisticsView() {
  const now = new Date()
  const stats = await siteStatistics(await payloadInstance(), now)
  const candidates = stats.mostRead.map((r) => ({ ...r, id: Number(ITEM_PATH.exec(r.path)?.[1]) })).filter((r) => r.id)
  const titles = await publicTitles(candidates.map((c) => c.id))
  const mostRead = candidates.filter((c) => titles.has(c.id)).slice(0, 10)
  const heights = barHeights(stats.lastDays.map((d) => d.views), CHART_HEIGHT)
  const barWidth = 600 / stats.lastDays.length
  const first = stats.lastDays[0]
  const last = stats.lastDays[stats.lastDays.length - 1]
  const dateOf = (key: string) => thaiShortDate(new Date(`${key}T05:00:00Z`))
  return (
    <section aria-labelledby="stats-title">
      <h2 id="stats-title">สถิติผู้เข้าชมเว็บไซต์</h2>
      <ul className="figures">
        <li>
          วันนี้ <strong data-stat="today">{stats.today.toLocaleString('th-TH')}</strong>
        </li>
        <li>
          เดือนนี้ <strong data-stat="month">{stats.month.toLocaleString('th-TH')}</strong>
        </li>
        <li>
          ทั้งหมด <strong data-stat="total">{stats.total.toLocaleString('th-TH')}</strong>
        </li>
      </ul>
      <h3>จำนวนการเข้าชมรายวัน 30 วันล่าสุด</h3>
      <svg className="chart" viewBox={`0 0 600 ${CHART_HEIGHT + 20}`} role="img" aria-labelledby="chart-title">
        <title id="chart-title">{`กราฟจำนวนการเข้าชมรายวัน ตั้งแต่ ${dateOf(first.day)} ถึง ${dateOf(last.day)} สูงสุดวันละ ${Math.max(...stats.lastDays.map((d) => d.views)).toLocaleString('th-TH')} ครั้ง`}</title>
        {stats.lastDays.map((d, i) => (
          <rect key={d.day} x={i * barWidth + 1} y={CHART_HEIGHT - heights[i]} width={barWidth - 2} height={heights[i]}>
            <title>{`${dateOf(d.day)}: ${d.views.toLocaleString('th-TH')} ครั้ง`}</title>
          </rect>
        ))}
      </svg>
      <details>
        <summary>ตารางข้อมูลของกราฟ</summary>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">วันที่</th>
              <th scope="col">จำนวนการเข้าชม</th>
            </tr>
          </thead>
          <tbody>
            {stats.lastDays.map((d) => (
              <tr key={d.day}>
                <td>{dateOf(d.day)}</td>
                <td>{d.views.toLocaleString('th-TH')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <h3>ข้อมูลที่มีผู้อ่านมากที่สุด</h3>
      {mostRead.length === 0 ? (
        <p>ยังไม่มีข้อมูล</p>
      ) : (
        <ol className="most-read">
          {mostRead.map((r) => (
            <li key={r.id}>
              <a href={titles.get(r.id)!.publicPath}>{titles.get(r.id)!.title}</a> <small>({r.views.toLocaleString('th-TH')} ครั้ง)</small>
            </li>
          ))}
        </ol>
      )}
      <p className="muted">นับจำนวนการเข้าชมที่เครื่องแม่ข่ายของหน่วยงาน ไม่ใช้คุกกี้และไม่ส่งข้อมูลให้บุคคลภายนอก ปรับปรุงทุก 5 วินาที</p>
    </section>
  )
}
