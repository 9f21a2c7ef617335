import { eventsByDay, monthGrid, monthParam, parseMonth } from '@/domain/site/calendar'
import { addMonths, monthRange, thaiMonthYear } from '@/domain/thai/months'
import { thaiDateTime } from '@/domain/thai/format'
import { WeekdayHeadings } from '@/components/WeekdayHeadings'
import { publicItems, type PublicCategory, type PublicItem } from '../content'

const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

/** ปฏิทินกิจกรรม (C16): a month as a table of weeks, or as a list; both work without JavaScript. */
export async function CalendarView({ category, search }: { category: PublicCategory; search: Record<string, string | string[] | undefined> }) {
  const month = parseMonth(single(search.month), new Date())
  const asList = single(search.view) === 'list'
  const { docs } = await publicItems({ categoryId: category.id, events: monthRange(month), limit: 500 })
  const events = docs.filter((e) => e.eventStart).map((e) => ({ ...e, start: new Date(e.eventStart!), end: e.eventEnd ? new Date(e.eventEnd) : null }))
  const byDay = eventsByDay(events, month)
  const link = (m: typeof month, list = asList) => `/${category.slug}?month=${monthParam(m)}${list ? '&view=list' : ''}`
  return (
    <section aria-labelledby="calendar-title">
      <h2 id="calendar-title">กิจกรรมเดือน{thaiMonthYear(month)}</h2>
      <nav aria-label="เลือกเดือนและรูปแบบ" className="calendar-nav">
        <a href={link(addMonths(month, -1))}>‹ {thaiMonthYear(addMonths(month, -1))}</a>
        {asList ? <a href={link(month, false)}>ดูแบบตารางเดือน</a> : <a href={link(month, true)}>ดูแบบรายการ</a>}
        <a href={link(addMonths(month, 1))}>{thaiMonthYear(addMonths(month, 1))} ›</a>
      </nav>
      {asList ? (
        <EventList events={events} />
      ) : (
        <>
          {/* Phones get the month as a list: a week's seven columns leave an event's title a few letters wide. */}
          <div className="on-narrow">
            <EventList events={events} />
          </div>
          <table className="calendar on-wide">
            <caption className="visually-hidden">ปฏิทินกิจกรรมเดือน{thaiMonthYear(month)}</caption>
            <WeekdayHeadings fullName="tooltip" />
            <tbody>
              {monthGrid(month).map((week, w) => (
                <tr key={w}>
                  {week.map((day, d) => (
                    <td key={d} className={day && byDay.has(day) ? 'has-events' : undefined}>
                      {day ? <DayCell day={day} events={byDay.get(day) ?? []} /> : null}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}

type CalendarEvent = PublicItem & { start: Date; end: Date | null }

function EventList({ events }: { events: CalendarEvent[] }) {
  if (events.length === 0) return <p>ไม่มีกิจกรรมในเดือนนี้</p>
  return (
    <ul className="items">
      {events.map((e) => (
        <li key={e.id}>
          <a href={e.publicPath}>{e.title}</a>
          <br />
          <small>
            {thaiDateTime(e.start)}
            {e.end ? ` ถึง ${thaiDateTime(e.end)}` : ''}
            {e.location ? ` · ${e.location}` : ''}
          </small>
        </li>
      ))}
    </ul>
  )
}

function DayCell({ day, events }: { day: number; events: PublicItem[] }) {
  return (
    <>
      <span>{day}</span>
      {events.length > 0 && (
        <ul>
          {events.map((e) => (
            <li key={e.id}>
              <a href={e.publicPath}>{e.title}</a>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
