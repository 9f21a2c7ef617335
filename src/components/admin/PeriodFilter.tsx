'use client'
/**
 * Above a list: its items within a period, typed in the Buddhist era (วัน/เดือน/ปี พ.ศ.), by one of its date fields.
 * Payload's filter builder offers only a common-era date picker, so date fields cannot be picked in it
 * (admin-presentation.ts); the period is written into the list's filters as two conditions of each group — so paging,
 * sorting, the address and the exports carry it — and the builder shows them as rows naming this filter (PeriodCondition).
 */
import { Button, useListQuery } from '@payloadcms/ui'
import type { Where } from 'payload'
import { useId, useState } from 'react'
import { formatDateInput, lastDayInput, parsePeriodInput } from '@/domain/thai/date-input'

export type PeriodField = { name: string; label: string }

type Bound = 'greater_than_equal' | 'less_than'

/** The filter's groups (the builder's shape: any of the groups, each all of its conditions). */
const groupsOf = (where: Where | undefined): Where[][] => (Array.isArray(where?.or) ? where.or.map((group) => (Array.isArray(group?.and) ? group.and : [group])) : [])

const onField = (condition: Where, names: ReadonlySet<string>) => Object.keys(condition).some((key) => names.has(key))

/** The period this filter wrote, read back from the first group. */
function periodIn(where: Where | undefined, fields: readonly PeriodField[]): { field: string; from: Date | null; until: Date | null } | null {
  const first = groupsOf(where)[0] ?? []
  for (const { name } of fields) {
    const at = (op: Bound) => {
      const value = (first.find((c) => typeof c[name] === 'object' && c[name] !== null && op in c[name])?.[name] as Record<string, unknown> | undefined)?.[op]
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value) : null
    }
    const [from, until] = [at('greater_than_equal'), at('less_than')]
    if (from || until) return { field: name, from, until }
  }
  return null
}

/** Shown in the filter builder in place of a date, for the period's conditions. */
export function PeriodCondition() {
  return <span className="khaosan-period-condition">ตามช่วงวันที่ที่เลือกด้านบน (วัน/เดือน/ปี พ.ศ.)</span>
}

export function PeriodFilter({ fields }: { fields: PeriodField[] }) {
  const { query, handleWhereChange } = useListQuery()
  const kept = periodIn(query.where, fields)
  const [field, setField] = useState(kept?.field ?? fields[0]?.name ?? '')
  const [fromText, setFromText] = useState(kept?.from ? formatDateInput(kept.from, false) : '')
  const [toText, setToText] = useState(kept?.until ? lastDayInput(kept.until) : '')
  const [problem, setProblem] = useState<string | null>(null)
  const id = useId()
  if (fields.length === 0 || !handleWhereChange) return null

  /** Every group's own conditions, without any on a date field, then the period's added to each. */
  const apply = (from: Date | null, until: Date | null) => {
    const names = new Set(fields.map((f) => f.name))
    const period: Where[] = [
      ...(from ? [{ [field]: { greater_than_equal: from.toISOString() } }] : []),
      ...(until ? [{ [field]: { less_than: until.toISOString() } }] : []),
    ]
    const groups = groupsOf(query.where).map((group) => group.filter((condition) => !onField(condition, names)))
    const kept = groups.filter((group) => group.length > 0)
    const next = period.length === 0 ? kept : (kept.length ? kept : [[]]).map((group) => [...group, ...period])
    void handleWhereChange(next.length ? { or: next.map((and) => ({ and })) } : {})
  }
  return (
    <form
      className="khaosan-period-filter"
      aria-label="ช่วงวันที่"
      onSubmit={(event) => {
        event.preventDefault()
        const period = parsePeriodInput(fromText, toText)
        if (!period.ok) return setProblem(period.message)
        setProblem(null)
        apply(period.from, period.until)
      }}
    >
      {fields.length > 1 ? (
        <label>
          ช่วงวันที่ตาม{' '}
          <select value={field} onChange={(event) => setField(event.target.value)}>
            {fields.map((f) => (
              <option key={f.name} value={f.name}>{f.label}</option>
            ))}
          </select>
        </label>
      ) : (
        <span>ช่วงวันที่ ({fields[0].label})</span>
      )}
      <label>
        ตั้งแต่ <input id={`${id}-from`} name="from" type="text" inputMode="numeric" placeholder="1/10/2569" value={fromText} onChange={(event) => setFromText(event.target.value)} />
      </label>
      <label>
        ถึง <input id={`${id}-to`} name="to" type="text" inputMode="numeric" placeholder="30/9/2570" value={toText} onChange={(event) => setToText(event.target.value)} />
      </label>
      <Button type="submit" buttonStyle="secondary" size="small" margin={false}>ใช้ช่วงวันที่</Button>
      {kept && (
        <Button buttonStyle="subtle" size="small" margin={false} onClick={() => { setFromText(''); setToText(''); setProblem(null); apply(null, null) }}>
          ล้างช่วงวันที่
        </Button>
      )}
      {problem && <p className="khaosan-late" role="alert">{problem}</p>}
    </form>
  )
}
