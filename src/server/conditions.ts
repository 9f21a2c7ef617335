/**
 * The domain's conditions (src/domain/conditions.ts) as the queries the adapters run: Payload's `where`, and
 * SQL for the search store. Only the translation lives here; what a condition means is the domain's.
 */
import type { Where } from 'payload'
import { sql } from '@payloadcms/db-sqlite'
import type { Comparison, Condition } from '@/domain/conditions'
import type { PublicationField } from '@/domain/workflow'

export type Sql = ReturnType<typeof sql>

const PAYLOAD_OPERATORS = { before: 'less_than', 'at-or-before': 'less_than_equal', after: 'greater_than', 'at-or-after': 'greater_than_equal' } as const

/** A condition as Payload's `where`; `fields` renames the condition's fields where the collection calls them otherwise. */
export function toWhere<F extends string>(condition: Condition<F>, fields: Partial<Record<F, string>> = {}): Where {
  if ('all' in condition) return { and: condition.all.map((c) => toWhere(c, fields)) }
  if ('any' in condition) return { or: condition.any.map((c) => toWhere(c, fields)) }
  const field = fields[condition.field] ?? condition.field
  switch (condition.op) {
    case 'equals':
      return { [field]: { equals: condition.value } }
    case 'in':
      return { [field]: { in: [...condition.values] } }
    case 'missing':
      return { [field]: { exists: false } }
    case 'present':
      return { [field]: { exists: true } }
    default:
      return { [field]: { [PAYLOAD_OPERATORS[condition.op]]: condition.at.toISOString() } }
  }
}

const SQL_OPERATORS = { before: sql`<`, 'at-or-before': sql`<=`, after: sql`>`, 'at-or-after': sql`>=` } as const

/**
 * A value the domain wrote (a state, a code) as an SQL literal, not a parameter: a partial index whose condition
 * names the same literal (publish_requests_period_idx) is then seen to fit the query.
 */
const literal = (value: string | number | boolean): Sql =>
  typeof value === 'string' ? sql.raw(`'${value.replaceAll("'", "''")}'`) : sql.raw(typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(Number(value)))

/** A field as SQL: its column, or for a field kept in a table of its own (a has-many field) the whole comparison. */
export type SqlField<F extends string> = Sql | ((comparison: Comparison<F>) => Sql)

/** A condition as SQL over the given columns (dates compared as ISO text on SQLite and as timestamps on PostgreSQL). */
export function toSql<F extends string>(condition: Condition<F>, columns: Record<F, SqlField<F>>): Sql {
  if ('all' in condition) return condition.all.length ? sql`(${sql.join(condition.all.map((c) => toSql(c, columns)), sql` AND `)})` : sql`1 = 1`
  if ('any' in condition) return condition.any.length ? sql`(${sql.join(condition.any.map((c) => toSql(c, columns)), sql` OR `)})` : sql`1 = 0`
  const column = columns[condition.field]
  if (typeof column === 'function') return column(condition)
  switch (condition.op) {
    case 'equals':
      return sql`${column} = ${literal(condition.value)}`
    case 'in':
      return condition.values.length ? sql`${column} IN (${sql.join(condition.values.map(literal), sql`, `)})` : sql`1 = 0`
    case 'missing':
      return sql`${column} IS NULL`
    case 'present':
      return sql`${column} IS NOT NULL`
    default:
      return sql`${column} ${SQL_OPERATORS[condition.op]} ${condition.at.toISOString()}`
  }
}

/** The publication period's fields as the columns of the publish request `p` in SQL. */
export const PUBLICATION_COLUMNS: Record<PublicationField, Sql> = { state: sql`p.state`, publishFrom: sql`p.publish_from`, publishUntil: sql`p.publish_until` }
