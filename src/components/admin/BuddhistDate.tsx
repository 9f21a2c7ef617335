'use client'
/**
 * Dates in the admin in the Buddhist era, as the site and the documents write them: a date field shown and typed
 * as วัน/เดือน/ปี พ.ศ. ("1/12/2569", with the time where the field keeps one), and list cells as "1 ธันวาคม 2569".
 * Payload's own date picker and list cells write the common-era year.
 */
import { FieldDescription, FieldError, FieldLabel, useField } from '@payloadcms/ui'
import type { DateFieldClientComponent, DefaultCellComponentProps } from 'payload'
import { useState } from 'react'
import { formatDateInput, parseDateInput } from '@/domain/thai/date-input'
import { thaiDate, thaiDateTime } from '@/domain/thai/format'

/** Whether a date field keeps the time of day too (its picker is "day and time"). */
const keepsTime = (date: unknown): boolean => typeof date === 'object' && date !== null && 'pickerAppearance' in date && date.pickerAppearance === 'dayAndTime'

export const BuddhistDateField: DateFieldClientComponent = ({ field, path, readOnly }) => {
  const withTime = keepsTime(field.admin?.date)
  const { value, setValue, showError, errorMessage, disabled } = useField<string | null>({ path })
  const [text, setText] = useState(() => (value ? formatDateInput(new Date(value), withTime) : ''))
  const [problem, setProblem] = useState<string | null>(null)
  const locked = readOnly || disabled
  const id = `field-${path.replace(/\./g, '__')}`
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
