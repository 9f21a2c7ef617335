/**
 * Conditions on stored records, written once in the domain (e.g. what "on the public site now" means) and
 * compiled by the adapters into the queries they run — Payload's `where` (src/server/conditions.ts) and SQL —
 * or checked in memory with `holds`. A comparison with a missing value is false, as it is in SQL.
 */
export type Value = string | number | boolean

export type Comparison<F extends string> =
  | { field: F; op: 'equals'; value: Value }
  | { field: F; op: 'in'; values: readonly Value[] }
  | { field: F; op: 'missing' }
  | { field: F; op: 'present' }
  | { field: F; op: 'before' | 'at-or-before' | 'after' | 'at-or-after'; at: Date }

export type Condition<F extends string = string> = { all: readonly Condition<F>[] } | { any: readonly Condition<F>[] } | Comparison<F>

export const all = <F extends string>(...conditions: Condition<F>[]): Condition<F> => ({ all: conditions })
export const any = <F extends string>(...conditions: Condition<F>[]): Condition<F> => ({ any: conditions })

const isMissing = (value: unknown) => value === null || value === undefined || value === ''

const timeOf = (value: unknown): number | null => {
  if (isMissing(value)) return null
  const time = (value instanceof Date ? value : new Date(value as string)).getTime()
  return Number.isNaN(time) ? null : time
}

/**
 * Whether `record` (dates as Date or ISO text) satisfies the condition. A list field (tags) satisfies
 * `equals` and `in` when one of its values does, as a has-many field does in the database.
 */
export function holds<F extends string>(condition: Condition<F>, record: Partial<Record<F, unknown>>): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, record))
  if ('any' in condition) return condition.any.some((c) => holds(c, record))
  const value = record[condition.field]
  if (Array.isArray(value) && (condition.op === 'equals' || condition.op === 'in')) return value.some((v) => holds(condition, { [condition.field]: v } as Partial<Record<F, unknown>>))
  switch (condition.op) {
    case 'equals':
      return !isMissing(value) && value === condition.value
    case 'in':
      return !isMissing(value) && condition.values.includes(value as Value)
    case 'missing':
      return isMissing(value)
    case 'present':
      return !isMissing(value)
    default: {
      const time = timeOf(value)
      if (time === null) return false
      const at = condition.at.getTime()
      if (condition.op === 'before') return time < at
      if (condition.op === 'at-or-before') return time <= at
      if (condition.op === 'after') return time > at
      return time >= at
    }
  }
}
