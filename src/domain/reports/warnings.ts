/**
 * Dashboard warnings (คำเตือน) for webmasters and unit heads: items about to leave the site, categories
 * left stale, too few webmasters (002 §4.1), and requests stuck in one step. Each check returns a list so
 * the dashboard can simply concatenate them.
 */
import { all, holds, type Condition } from '../conditions'
import { OPEN_STATES, STATE_LABELS, type State } from '../workflow/states'
import { onPublicSiteAt } from '../workflow/publication'
import { bangkokDay, startOfBangkokDay } from '../thai/calendar'
import { daysBetween } from '../thai/days'
import { thaiDate } from '../thai/format'
import { shiftBangkokMonths } from '../thai/months'

export interface Warning {
  kind: 'expiring-soon' | 'not-updated' | 'webmaster-shortage' | 'waiting-too-long'
  message: string // Thai
  ref?: string // the item, category code or request it is about
}

const DAY_MS = 24 * 60 * 60 * 1000

/** States in which a request waits for someone: open, but not a draft its owner has not sent. */
export const WAITING: readonly State[] = OPEN_STATES.filter((state) => state !== 'draft')

/** What the database is asked for: requests waiting in one state since before `days` days ago. */
export const waitingTooLongAt = (now: Date, days: number): Condition<'state' | 'stateChangedAt'> =>
  all({ field: 'state', op: 'in', values: WAITING }, { field: 'stateChangedAt', op: 'before', at: new Date(now.getTime() - days * DAY_MS) })

/** What the database is asked for: items on the public site whose period ends within `days` days. */
export const expiringSoonAt = (now: Date, days: number): Condition<'state' | 'publishFrom' | 'publishUntil'> =>
  all(onPublicSiteAt(now), { field: 'publishUntil', op: 'at-or-before', at: new Date(now.getTime() + days * DAY_MS) })

/** Published items whose publication period (publishUntil) ends within `days` days from now. */
export function expiringSoon(
  items: Array<{ id: string | number; title: string; state: State; publishFrom?: Date | null; publishUntil: Date | null }>,
  now: Date,
  days = 7,
): Warning[] {
  return items
    .filter((item) => holds(expiringSoonAt(now, days), item))
    .map(({ id, title, publishUntil }) => ({ id, title, until: publishUntil! }))
    .sort((a, b) => a.until.getTime() - b.until.getTime())
    .map(({ id, title, until }): Warning => {
      const left = daysBetween(bangkokDay(now), bangkokDay(until))
      const when = left === 0 ? 'วันนี้' : `ในวันที่ ${thaiDate(until)} (อีก ${left} วัน)`
      return { kind: 'expiring-soon', message: `"${title}" จะสิ้นสุดระยะเวลาเผยแพร่และถูกนำออกจากเว็บไซต์${when}`, ref: String(id) }
    })
}

/**
 * Categories with no item updated within the last `months` months (counted from the same Bangkok day),
 * or with no item at all (lastUpdatedAt null).
 */
export function notUpdated(
  categoriesLastUpdated: Array<{ code: string; title: string; lastUpdatedAt: Date | null }>,
  now: Date,
  months: number,
): Warning[] {
  const cutoff = startOfBangkokDay(bangkokDay(shiftBangkokMonths(now, -months)))
  return categoriesLastUpdated
    .filter((c) => c.lastUpdatedAt === null || c.lastUpdatedAt < cutoff)
    .map((c): Warning => ({
      kind: 'not-updated',
      message: c.lastUpdatedAt
        ? `หมวด "${c.title}" ไม่มีการปรับปรุงข้อมูลเกิน ${months} เดือน (ปรับปรุงล่าสุด ${thaiDate(c.lastUpdatedAt)})`
        : `หมวด "${c.title}" ยังไม่มีข้อมูลเผยแพร่`,
      ref: c.code,
    }))
}

/** Fewer than two active webmasters: nobody can stand in for the other (002 §4.1). */
export function webmasterShortage(activeWebmasterCount: number): Warning[] {
  if (activeWebmasterCount >= 2) return []
  return [
    {
      kind: 'webmaster-shortage',
      message: `มีผู้ดูแลเว็บไซต์ (Web Master) ที่ปฏิบัติงานอยู่ ${activeWebmasterCount} คน ต้องมีอย่างน้อย 2 คนเพื่อทำงานทดแทนกันได้`,
    },
  ]
}

/** Requests still waiting on someone (not published, not finished) for more than `days` days in one state, each with the unit that owns it. */
export function waitingTooLong(
  requests: Array<{ id: string | number; title: string; state: State; enteredStateAt: Date; unitName?: string | null }>,
  now: Date,
  days: number,
): Warning[] {
  return requests
    .filter((r) => holds(waitingTooLongAt(now, days), { state: r.state, stateChangedAt: r.enteredStateAt }))
    .sort((a, b) => a.enteredStateAt.getTime() - b.enteredStateAt.getTime())
    .map((r): Warning => ({
      kind: 'waiting-too-long',
      message: `คำขอ "${r.title}"${r.unitName ? ` ของ${r.unitName}` : ''} อยู่ในขั้นตอน "${STATE_LABELS[r.state]}" มาแล้ว ${daysBetween(bangkokDay(r.enteredStateAt), bangkokDay(now))} วัน`,
      ref: String(r.id),
    }))
}
