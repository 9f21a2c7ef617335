/**
 * Work manuals (C11) and citizen manuals (C12): steps, each with a duration, and the total time.
 * Minutes and hours add up as clock time; calendar days and working days are kept apart, since
 * a working day (วันทำการ) is not 24 hours.
 */

export type DurationUnit = 'minute' | 'hour' | 'day' | 'working-day'

export interface StepDuration {
  duration?: number | null
  unit?: DurationUnit | null
}

export interface TotalDuration {
  minutes: number
  days: number
  workingDays: number
}

export const DURATION_UNIT_LABELS: Record<DurationUnit, string> = { minute: 'นาที', hour: 'ชั่วโมง', day: 'วัน', 'working-day': 'วันทำการ' }

export function totalDuration(steps: readonly StepDuration[]): TotalDuration {
  const total: TotalDuration = { minutes: 0, days: 0, workingDays: 0 }
  for (const { duration, unit } of steps) {
    if (!duration || duration < 0) continue
    if (unit === 'hour') total.minutes += duration * 60
    else if (unit === 'day') total.days += duration
    else if (unit === 'working-day') total.workingDays += duration
    else total.minutes += duration
  }
  return total
}

const number = (n: number) => String(Math.round(n * 100) / 100)

/** "2 วันทำการ 1 ชั่วโมง 30 นาที"; "ไม่ระบุ" when no step has a duration. */
export function formatDuration({ minutes, days, workingDays }: TotalDuration): string {
  const parts: string[] = []
  if (workingDays) parts.push(`${number(workingDays)} วันทำการ`)
  if (days) parts.push(`${number(days)} วัน`)
  const hours = Math.floor(minutes / 60)
  const rest = minutes - hours * 60
  if (hours) parts.push(`${hours} ชั่วโมง`)
  if (rest) parts.push(`${number(rest)} นาที`)
  return parts.length ? parts.join(' ') : 'ไม่ระบุ'
}

/** One step's duration as text: "15 นาที". */
export const stepDurationText = ({ duration, unit }: StepDuration): string =>
  duration ? `${number(duration)} ${DURATION_UNIT_LABELS[unit ?? 'minute']}` : 'ไม่ระบุ'
