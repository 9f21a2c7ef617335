/**
 * The head of a month's table: the days of the week, Sunday first, as Thai wall calendars have them (อา. … ส.), each
 * with its full name; in the admin's date picker and in the public site's activity calendar.
 */
import { THAI_WEEKDAYS, THAI_WEEKDAYS_SHORT } from '@/domain/site/calendar'

/**
 * `fullName`: where the full name goes. `abbr`: in the heading cell's `abbr` attribute, for screen readers alone (the
 * admin's picker, whose every day is a button named with its full date); `tooltip`: in an <abbr title> around the short
 * name, which a visitor pointing at "อา." sees spelt out.
 */
export function WeekdayHeadings({ fullName }: { fullName: 'abbr' | 'tooltip' }) {
  return (
    <thead>
      <tr>
        {THAI_WEEKDAYS_SHORT.map((name, i) => (
          <th key={name} scope="col" abbr={fullName === 'abbr' ? THAI_WEEKDAYS[i] : undefined}>
            {fullName === 'tooltip' ? <abbr title={THAI_WEEKDAYS[i]}>{name}</abbr> : name}
          </th>
        ))}
      </tr>
    </thead>
  )
}
