/**
 * Each unit's row for the executive (ผลการดำเนินงานรายหน่วยงาน): requests its people submitted and items published in
 * the fiscal year, what waits now and what has waited too long — as conditions the database counts.
 */
import { all, type Condition } from '../conditions'
import { fiscalYearRange } from '../thai/calendar'
import { WAITING, waitingTooLongAt } from './warnings'

export type ActivityField = 'state' | 'submittedAt' | 'publishedAt' | 'stateChangedAt'

export const UNIT_ACTIVITY = ['submitted', 'published', 'waiting', 'late'] as const
export type UnitActivity = (typeof UNIT_ACTIVITY)[number]

export const UNIT_ACTIVITY_LABELS: Record<UnitActivity, string> = {
  submitted: 'ยื่นคำขอในปีงบประมาณ',
  published: 'เผยแพร่ในปีงบประมาณ',
  waiting: 'อยู่ระหว่างดำเนินการ',
  late: 'รอเกินกำหนด',
}

const within = (field: ActivityField, { start, end }: { start: Date; end: Date }): Condition<ActivityField> =>
  all({ field, op: 'at-or-after', at: start }, { field, op: 'before', at: end })

export function unitActivityConditions(fiscalYear: number, now: Date, waitingDays: number): Record<UnitActivity, Condition<ActivityField>> {
  const year = fiscalYearRange(fiscalYear)
  return {
    submitted: within('submittedAt', year),
    published: within('publishedAt', year),
    waiting: { field: 'state', op: 'in', values: WAITING },
    late: waitingTooLongAt(now, waitingDays),
  }
}
