'use client'
/**
 * Dates in the admin in the Buddhist era, as the site and the documents write them: a date field shown and typed
 * as วัน/เดือน/ปี พ.ศ. ("1/12/2569", with the time where the field keeps one), or picked from a month calendar headed
 * "ธันวาคม 2569"; list cells as "1 ธันวาคม 2569". Payload's own date picker and list cells write the common-era year.
 */
import { FieldDescription, FieldError, FieldLabel, useField } from '@payloadcms/ui'
import type { DateFieldClientComponent, DefaultCellComponentProps } from 'payload'
import { useState } from 'react'
import { formatDateInput, parseDateInput } from '@/domain/thai/date-input'
import { thaiDate, thaiDateTime } from '@/domain/thai/format'
import { bangkokDay, startOfBangkokDay } from '@/domain/thai/calendar'
import { addMonths, thaiMonthYear, type LocalMonth } from '@/domain/thai/months'
import { monthGrid } from '@/domain/site/calendar'
import { WeekdayHeadings } from '@/components/WeekdayHeadings'

const HOUR_MS = 3_600_000

/**
 * A month of days to pick from, in the Buddhist era; the keyboard reaches every day (each is a button named with its
 * full Thai date). Picking keeps the time of day of `current` (9:00 when there is none yet).
 */
function MonthPicker({ id, current, withTime, pick, close }: { id: string; current: Date | null; withTime: boolean; pick: (at: Date) => void; close: () => void }) {
  const today = bangkokDay(new Date())
  const chosen = current ? bangkokDay(current) : null
  const [month, setMonth] = useState<LocalMonth>(chosen ?? today)
  const timeOfDay = current ? current.getTime() - startOfBangkokDay(bangkokDay(current)).getTime() : 9 * HOUR_MS
  const isDay = (d: { year: number; month: number; day: number } | null, day: number) => d !== null && d.year === month.year && d.month === month.month && d.day === day
  return (
    <div id={id} role="dialog" aria-label={`เลือกวันที่ ${thaiMonthYear(month)}`} className="khaosan-month-picker" onKeyDown={(event) => event.key === 'Escape' && close()}>
      <div className="khaosan-month-picker__head">
        <button type="button" onClick={() => setMonth(addMonths(month, -1))} aria-label="เดือนก่อนหน้า">
          ‹
        </button>
        <strong aria-live="polite">{thaiMonthYear(month)}</strong>
        <button type="button" onClick={() => setMonth(addMonths(month, 1))} aria-label="เดือนถัดไป">
          ›
        </button>
      </div>
      <table>
        <WeekdayHeadings fullName="abbr" />
        <tbody>
          {monthGrid(month).map((week, w) => (
            <tr key={w}>
              {week.map((day, i) => (
                <td key={i}>
                  {day === null ? null : (
                    <button
                      type="button"
                      aria-label={thaiDate(startOfBangkokDay({ ...month, day }))}
                      aria-pressed={isDay(chosen, day)}
                      className={isDay(today, day) ? 'is-today' : undefined}
                      onClick={() => pick(new Date(startOfBangkokDay({ ...month, day }).getTime() + (withTime ? timeOfDay : 0)))}
                    >
                      {day}
                    </button>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="khaosan-month-picker__close" onClick={close}>
        ปิดปฏิทิน
      </button>
    </div>
  )
}

/** Whether a date field keeps the time of day too (its picker is "day and time"). */
const keepsTime = (date: unknown): boolean => typeof date === 'object' && date !== null && 'pickerAppearance' in date && date.pickerAppearance === 'dayAndTime'

export const BuddhistDateField: DateFieldClientComponent = ({ field, path, readOnly }) => {
  const withTime = keepsTime(field.admin?.date)
  const { value, setValue, showError, errorMessage, disabled } = useField<string | null>({ path })
  const [text, setText] = useState(() => (value ? formatDateInput(new Date(value), withTime) : ''))
  const [problem, setProblem] = useState<string | null>(null)
  const [picking, setPicking] = useState(false)
  const locked = readOnly || disabled
  const id = `field-${path.replace(/\./g, '__')}`
  const typed = parseDateInput(text)
  const current = typed.ok ? typed.at : null
  return (
    <div className={['field-type', 'text', (showError || problem) && 'error', locked && 'read-only'].filter(Boolean).join(' ')}>
      <FieldLabel label={field.label} required={field.required || field.admin?.custom?.required === true} path={path} htmlFor={`${id}-input`} />
      <div className="field-type__wrap" id={id}>
        <FieldError path={path} message={problem ?? errorMessage} showError={!!problem || showError} />
        <input
          id={`${id}-input`}
          name={path}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          disabled={locked}
          placeholder={locked ? undefined : withTime ? 'เช่น 1/12/2569 09:30' : 'เช่น 1/12/2569'}
          aria-describedby={`${id}-format`}
          value={text}
          onChange={(event) => {
            setText(event.target.value)
            const typed = parseDateInput(event.target.value)
            setProblem(typed.ok ? null : typed.message)
            // Text that is not a date is kept as typed, so saving gets the field's message, never the old date.
            setValue(typed.ok ? (typed.at?.toISOString() ?? null) : event.target.value)
          }}
        />
        {!locked && (
          <button type="button" className="khaosan-month-picker__open" aria-expanded={picking} aria-controls={`${id}-calendar`} onClick={() => setPicking(!picking)}>
            เลือกจากปฏิทิน
          </button>
        )}
        {picking && !locked && (
          <MonthPicker
            id={`${id}-calendar`}
            current={current}
            withTime={withTime}
            close={() => setPicking(false)}
            pick={(at) => {
              setText(formatDateInput(at, withTime))
              setProblem(null)
              setValue(at.toISOString())
              setPicking(false)
            }}
          />
        )}
      </div>
      <FieldDescription path={path} description={field.admin?.description} />
      {!locked && (
        <p className="field-description" id={`${id}-format`}>
          {withTime ? 'วัน/เดือน/ปี พ.ศ. และเวลา' : 'วัน/เดือน/ปี พ.ศ.'}
        </p>
      )}
    </div>
  )
}

export function BuddhistDateCell({ cellData, field }: DefaultCellComponentProps) {
  if (typeof cellData !== 'string' || !cellData) return null
  const at = new Date(cellData)
  const withTime = field.type === 'date' && keepsTime(field.admin?.date)
  return <span>{withTime ? thaiDateTime(at) : thaiDate(at)}</span>
}
