'use client'
/**
 * A JSON field edited as plain text. Payload's own JSON editor loads its code editor (Monaco) from a CDN, and no
 * admin page asks another host. Text that does not parse is kept as typed, so saving it gets the field's Thai
 * message instead of silently keeping the last good value.
 */
import { FieldError, TextareaInput, useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import { useState } from 'react'

export const JsonTextField: JSONFieldClientComponent = ({ field, path }) => {
  const { value, setValue, showError, errorMessage } = useField<unknown>({ path })
  const [text, setText] = useState(() => (typeof value === 'string' ? value : JSON.stringify(value ?? null, null, 2)))
  return (
    <TextareaInput
      path={path}
      label={field.label}
      required={field.required}
      rows={24}
      style={{ fontFamily: 'monospace' }}
      value={text}
      showError={showError}
      Error={<FieldError path={path} message={errorMessage} showError={showError} />}
      onChange={(event) => {
        setText(event.target.value)
        try {
          setValue(JSON.parse(event.target.value))
        } catch {
          setValue(event.target.value)
        }
      }}
    />
  )
}
