/**
 * Indexes under row-level security. Each agency's work reads its tables through row-level security
 * (src/server/agency-context.ts), and PostgreSQL then uses an index for a condition only when the condition's
 * function is marked LEAKPROOF (it cannot tell anything about a row another agency owns, by an error or otherwise).
 * PostgreSQL does not mark the comparisons of numbers (Payload's number fields: an item's `item_id`) and of enums
 * (every select field: a request's `state`), nor the match of a search vector, although none of them can fail on
 * any value. Unmarked, `state = 'published'`, `item_id = 7` and every search read whole tables: at 100,000 items on
 * PostgreSQL one count of an item's open requests took 67 ms instead of 0.08 ms, twice in every workflow action.
 *
 * Only a superuser may mark them, and a restored dump does not carry the mark (it belongs to PostgreSQL's own
 * functions): so this runs at every start. Another role gets a warning naming the statements a database
 * administrator runs once.
 */
import type { Payload } from 'payload'
import { rows, sql } from './database'

/** Each can only answer true or false for any two values of its types (as PostgreSQL names them: regprocedure). */
const COMPARISONS = [
  'numeric_eq(numeric,numeric)',
  'numeric_ne(numeric,numeric)',
  'numeric_lt(numeric,numeric)',
  'numeric_le(numeric,numeric)',
  'numeric_gt(numeric,numeric)',
  'numeric_ge(numeric,numeric)',
  'enum_eq(anyenum,anyenum)',
  'enum_ne(anyenum,anyenum)',
  'ts_match_vq(tsvector,tsquery)',
]

const markStatement = (fn: string) => `ALTER FUNCTION ${fn} LEAKPROOF;`

/** Marks those not marked yet, or names them in a warning (not a superuser). */
export async function letRowSecurityUseIndexes(payload: Payload): Promise<void> {
  const unmarked = await rows<{ fn: string }>(
    payload,
    sql`SELECT oid::regprocedure::text AS fn FROM pg_proc WHERE NOT proleakproof AND oid::regprocedure::text IN (${sql.join(COMPARISONS.map((fn) => sql`${fn}`), sql`, `)})`,
  )
  if (unmarked.length === 0) return
  const [{ superuser }] = await rows<{ superuser: boolean }>(payload, sql`SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`)
  const statements = unmarked.map(({ fn }) => markStatement(fn))
  // Two instances starting together may both try: what one marked, the other need not.
  if (superuser) for (const statement of statements) await rows(payload, sql.raw(statement)).catch((error: Error) => payload.logger.info(`${statement} ${error.message}`))
  else payload.logger.warn(`ฐานข้อมูลยังใช้ดัชนีร่วมกับการแยกข้อมูลของแต่ละหน่วยงานไม่ได้ จึงช้าลงเมื่อข้อมูลมาก: ให้ผู้ดูแลฐานข้อมูล (superuser) สั่งครั้งเดียว\n${statements.join('\n')}`)
}
