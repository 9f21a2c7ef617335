/**
 * Monitoring rounds (รอบการกำกับติดตาม): every fiscal year the unit heads review publishing at 6 and
 * 12 months and report to the executive by 28 February and 31 July (002 §4.5). The due dates are settings;
 * the seed's 28 February falls before the 6-month period ends (31 March), and that is kept as written.
 *
 * A round's due day recurs inside its fiscal year (October–September): a due month of October to December
 * belongs to the fiscal year's first calendar year, January to September to its second.
 */
import { bangkokDay, fiscalMonthOf, fiscalYearOf, fiscalYearRange, startOfBangkokDay, toCommonEraYear, type LocalDay } from '../thai/calendar'
import { addDays, clampedDay, daysBetween } from '../thai/days'
import { daysInMonth } from '../thai/months'
import { officialDate, thaiDate, toThaiDigits } from '../thai/format'

export type RoundNumber = 6 | 12 // รอบ ๖ เดือน, รอบ ๑๒ เดือน
export const ROUND_NUMBERS: readonly RoundNumber[] = [6, 12]

export interface MonthDay {
  month: number // 1–12
  day: number
}

export interface RoundSettings {
  round6Due: MonthDay
  round12Due: MonthDay
}

export const DEFAULT_ROUND_SETTINGS: RoundSettings = {
  round6Due: { month: 2, day: 28 },
  round12Due: { month: 7, day: 31 },
}

/** [start, end): the first instant covered and the first instant after. */
export interface Period {
  start: Date
  end: Date
}

export interface MonitoringRound {
  fiscalYear: number // พ.ศ.
  round: RoundNumber
  period: Period
  dueDay: LocalDay // วันครบกำหนดรายงาน (Bangkok, common era)
  dueAt: Date // the instant the due day ends: from then on the report is overdue
}

/** ผู้บริหารรับทราบ: the executive's acknowledgement of a round's report (agency-wide when unitId is empty). */
export interface Acknowledgement {
  fiscalYear: number
  round: RoundNumber
  unitId?: string | null
  by: string // the executive's name as shown on the report
  at: Date
  comment?: string
}

/** Round 6 covers fiscal months 1–6 (1 Oct – 31 Mar); round 12 the whole fiscal year. */
export function roundPeriod(fiscalYear: number, round: RoundNumber): Period {
  const year = fiscalYearRange(fiscalYear)
  if (round === 12) return year
  return { start: year.start, end: startOfBangkokDay({ year: toCommonEraYear(fiscalYear), month: 4, day: 1 }) }
}

function checkMonthDay({ month, day }: MonthDay): void {
  const valid = Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(day) && day >= 1
  // 2024 is a leap year: 29 February is a valid setting, 30 February is not
  if (!valid || day > daysInMonth({ year: 2024, month })) {
    throw new RangeError(`วันครบกำหนดรายงานไม่ถูกต้อง: วันที่ ${day} เดือน ${month}`)
  }
}

/** The Bangkok day a round's report is due in a fiscal year; 29 February becomes 28 February in a common year. */
function dueDayOf(fiscalYear: number, { month, day }: MonthDay): LocalDay {
  const ceYear = toCommonEraYear(fiscalYear)
  return clampedDay(month >= 10 ? ceYear - 1 : ceYear, month, day)
}

export function monitoringRound(fiscalYear: number, round: RoundNumber, settings: RoundSettings = DEFAULT_ROUND_SETTINGS): MonitoringRound {
  const due = round === 6 ? settings.round6Due : settings.round12Due
  checkMonthDay(due)
  const dueDay = dueDayOf(fiscalYear, due)
  return { fiscalYear, round, period: roundPeriod(fiscalYear, round), dueDay, dueAt: startOfBangkokDay(addDays(dueDay, 1)) }
}

export const roundsOf = (fiscalYear: number, settings: RoundSettings = DEFAULT_ROUND_SETTINGS): MonitoringRound[] =>
  ROUND_NUMBERS.map((round) => monitoringRound(fiscalYear, round, settings))

/** The round in progress: round 6 during fiscal months 1–6, round 12 during months 7–12. */
export const currentRound = (now: Date, settings: RoundSettings = DEFAULT_ROUND_SETTINGS): MonitoringRound =>
  monitoringRound(fiscalYearOf(now), fiscalMonthOf(now) <= 6 ? 6 : 12, settings)

/** "ปีงบประมาณ พ.ศ. 2569 รอบ 6 เดือน" (Arabic digits; wrap in toThaiDigits for documents). */
export const roundName = (fiscalYear: number, round: RoundNumber): string => `ปีงบประมาณ พ.ศ. ${fiscalYear} รอบ ${round} เดือน`

/** Thai-numeral form of a round's name, for documents: "ปีงบประมาณ พ.ศ. ๒๕๖๙ รอบ ๖ เดือน". */
export const officialRoundName = (fiscalYear: number, round: RoundNumber): string => toThaiDigits(roundName(fiscalYear, round))

/** "ระหว่างวันที่ ๑ ตุลาคม ๒๕๖๘ ถึงวันที่ ๓๑ มีนาคม ๒๕๖๙": the period's first and last days, official style. */
export const officialPeriodText = ({ start, end }: Period): string =>
  `ระหว่างวันที่ ${officialDate(start)} ถึงวันที่ ${officialDate(new Date(end.getTime() - 1))}`

/** The due day as an official date: "๒๘ กุมภาพันธ์ ๒๕๖๙". */
export const officialDueDate = (round: MonitoringRound): string => officialDate(startOfBangkokDay(round.dueDay))

// ---------------------------------------------------------------------------------------------------
// Reminders (การแจ้งเตือน) to report before the due day and after it, until the executive acknowledges.

export interface ReminderSettings {
  daysBefore: number[] // remind this many days before the due day
}

export interface Reminder {
  key: string // stable, e.g. "2569-6-before-14", "2569-6-overdue": a job sends each key once
  fiscalYear: number
  round: RoundNumber
  kind: 'before' | 'overdue'
  dueAt: Date
  subject: string
  message: string
}

const REPORT_NAME = 'รายงานผลการกำกับติดตามการเผยแพร่ข้อมูลผ่านเว็บไซต์'

const isAcknowledged = (round: MonitoringRound, acknowledgements: Acknowledgement[]): boolean =>
  acknowledgements.some((a) => a.fiscalYear === round.fiscalYear && a.round === round.round && !a.unitId)

function reminderFor(round: MonitoringRound, now: Date, daysBefore: number[]): Reminder | null {
  const name = roundName(round.fiscalYear, round.round)
  const due = thaiDate(startOfBangkokDay(round.dueDay))
  const common = { fiscalYear: round.fiscalYear, round: round.round, dueAt: round.dueAt }
  const key = `${round.fiscalYear}-${round.round}`
  const today = bangkokDay(now)

  if (now >= round.dueAt) {
    const late = daysBetween(round.dueDay, today)
    return {
      ...common,
      key: `${key}-overdue`,
      kind: 'overdue',
      subject: `เลยกำหนดส่ง${REPORT_NAME} ${name}`,
      message:
        `${REPORT_NAME} ${name} ครบกำหนดรายงานผู้บริหารเมื่อวันที่ ${due} ขณะนี้เลยกำหนดมาแล้ว ${late} วัน ` +
        'และผู้บริหารยังไม่ได้รับทราบ กรุณาจัดทำรายงานและเสนอผู้บริหารโดยเร็ว',
    }
  }

  // Only the latest reminder that has come due: a job that missed the 14-day reminder sends the 3-day one.
  const left = daysBetween(today, round.dueDay)
  const stage = daysBefore.filter((days) => days >= left).sort((a, b) => a - b)[0]
  if (stage === undefined) return null
  const when = left === 0 ? 'ภายในวันนี้' : `ภายในวันที่ ${due} (อีก ${left} วัน)`
  return {
    ...common,
    key: `${key}-before-${stage}`,
    kind: 'before',
    subject: `ใกล้ครบกำหนดส่ง${REPORT_NAME} ${name}`,
    message: `กรุณาจัดทำ${REPORT_NAME} ${name} และเสนอผู้บริหารเพื่อรับทราบ${when}`,
  }
}

/** The reminders that should exist now for rounds whose agency-wide report the executive has not acknowledged. */
export function remindersDue(
  now: Date,
  rounds: MonitoringRound[],
  acknowledgements: Acknowledgement[],
  reminderSettings: ReminderSettings = { daysBefore: [14, 3] },
): Reminder[] {
  return rounds
    .filter((round) => !isAcknowledged(round, acknowledgements))
    .flatMap((round) => reminderFor(round, now, reminderSettings.daysBefore) ?? [])
}

// ---------------------------------------------------------------------------------------------------
// Issuing (ออกรายงาน): a round's report is issued by the responsible head or a webmaster from the start of its
// reporting window, which freezes what it lists at a cut-off; only an issued report can be acknowledged.

/** ออกรายงานแล้ว: a round's report as issued (agency-wide when unitId is empty). */
export interface IssuedReport {
  fiscalYear: number
  round: RoundNumber
  unitId?: string | null
  by: string
  at: Date
  /** What the report lists is what was submitted or published before this instant. */
  cutOff: Date
  /** Issued after the due day. */
  late: boolean
}

/** By default a round's reporting window opens a month before its due day. */
export const DEFAULT_ISSUE_WINDOW_MONTHS = 1

/** The instant a round's reporting window opens: `monthsBefore` calendar months before the due day. */
export function issueWindowOpensAt(round: MonitoringRound, monthsBefore = DEFAULT_ISSUE_WINDOW_MONTHS): Date {
  const months = round.dueDay.year * 12 + (round.dueDay.month - 1) - monthsBefore
  return startOfBangkokDay(clampedDay(Math.floor(months / 12), (months % 12) + 1, round.dueDay.day))
}

/** A report issued at `at` lists up to then, never past its round's end. */
export const cutOffOf = (round: MonitoringRound, at: Date): Date => new Date(Math.min(at.getTime(), round.period.end.getTime()))

/**
 * What a report covers: from the start of the fiscal year up to its cut-off. A report not issued yet (a draft, seen
 * at `now`) covers what it would if it were issued now: up to now, or the round's end once that has passed.
 */
export const reportPeriod = (round: MonitoringRound, issued: Pick<IssuedReport, 'cutOff'> | null, now: Date): Period => {
  const start = round.period.start
  return { start, end: issued ? issued.cutOff : new Date(Math.max(start.getTime(), cutOffOf(round, now).getTime())) }
}

/** Whether the report may be issued now: null, or why not (409). */
export function issueRefusal(round: MonitoringRound, now: Date, alreadyIssued: boolean, monthsBefore = DEFAULT_ISSUE_WINDOW_MONTHS): string | null {
  const name = roundName(round.fiscalYear, round.round)
  if (alreadyIssued) return `รายงาน${name}ออกแล้ว`
  const opens = issueWindowOpensAt(round, monthsBefore)
  if (now < opens) return `ยังไม่ถึงช่วงออกรายงาน${name} (เริ่มออกรายงานได้ตั้งแต่วันที่ ${thaiDate(opens)} ครบกำหนดวันที่ ${thaiDate(startOfBangkokDay(round.dueDay))})`
  return null
}

/** The report issued at `at`, by `by`. */
export const issuedAt = (round: MonitoringRound, at: Date, by: string, unitId: string | null): IssuedReport => ({
  fiscalYear: round.fiscalYear,
  round: round.round,
  unitId,
  by,
  at,
  cutOff: cutOffOf(round, at),
  late: at >= round.dueAt,
})

/** An executive acknowledges only an issued report: null, or why not (409). */
export const acknowledgementRefusal = (round: MonitoringRound, issued: IssuedReport | null): string | null =>
  issued ? null : `รายงาน${roundName(round.fiscalYear, round.round)}ยังไม่ได้ออก จึงยังรับทราบไม่ได้ (หัวหน้าหน่วยงานหรือผู้ดูแลเว็บไซต์ออกรายงานก่อน)`
