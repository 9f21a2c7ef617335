'use client'
import { FieldError, FieldLabel, ReactSelect, useField } from '@payloadcms/ui'
import type { RelationshipFieldClientProps } from 'payload'

export type CategoryOption = { value: number; label: string; hint: string }
export type CategoryGroup = { label: string; options: CategoryOption[] }

export function CategorySelect({ field, path, readOnly, groups }: { field: RelationshipFieldClientProps['field']; path: string; readOnly?: boolean; groups: CategoryGroup[] }) {
  const { value, setValue, showError, errorMessage, disabled } = useField<number | null>({ path })
  const chosen = groups.flatMap((group) => group.options).find((option) => option.value === value)
  const id = `field-${path.replace(/\./g, '__')}`
  return (
    <div className={['field-type', 'relationship', showError && 'error', (readOnly || disabled) && 'read-only'].filter(Boolean).join(' ')} id={id}>
      <FieldLabel label={field.label} required={field.required} path={path} htmlFor={`${id}-input`} />
      <div className="field-type__wrap">
        <FieldError path={path} message={errorMessage} showError={showError} />
        <ReactSelect
          inputId={`${id}-input`}
          disabled={readOnly || disabled}
          isClearable={false}
          isSearchable
          options={groups}
          value={chosen ? { value: chosen.value, label: chosen.label } : undefined}
          placeholder="เลือกหมวดหมู่"
          noOptionsMessage={() => 'ไม่พบหมวดหมู่'}
          onChange={(option) => setValue(Array.isArray(option) ? null : ((option?.value as number | undefined) ?? null))}
        />
      </div>
      {chosen && <p className="field-description">หมวดนี้สำหรับ: {chosen.hint}</p>}
    </div>
  )
}
