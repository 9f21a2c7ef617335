/**
 * Complaint statistics (สถิติเรื่องร้องเรียน), generated from the complaints themselves and never typed in: per
 * fiscal year and per half year (ต.ค.–มี.ค., เม.ย.–ก.ย.), how many were received, are still being handled and were
 * closed — resolved, referred or ended without further action —, the average days to close, and the months of
 * the year. Both complaint tracks are counted; nothing else about a corruption complaint is shown (ITA O18, MOIT10).
 * Requests for official information are counted the same way, by how they ended (ITA O10).
 */
import { bangkokDay, fiscalYearOf } from '../thai/calendar'
import { monthsOfFiscalYear, type LocalMonth } from '../thai/months'
import { CLOSING_OUTCOMES, COMPLAINT_TRACKS, type ClosingOutcome, type ComplaintTrack } from './complaints'

/** What statistics read of a complaint: no content, no person. */
export interface ComplaintRecord {
  track: ComplaintTrack
  receivedAt: Date
  closedAt: Date | null
  outcome: ClosingOutcome | null
}

export interface ComplaintFigures {
  received: number
  open: number
  closed: Record<ClosingOutcome, number>
  /** Mean days from receipt to closing of those closed, one decimal; null when none closed. */
  averageDaysToClose: number | null
}

export interface HalfYear {
  half: 1 | 2
  label: string
  months: LocalMonth[]
}

export interface ComplaintStatistics {
  fiscalYear: number
  whole: Record<ComplaintTrack, ComplaintFigures>
  halves: { half: HalfYear; figures: Record<ComplaintTrack, ComplaintFigures> }[]
  /** Cases received in each month of the year on each track, October first. */
  months: { month: LocalMonth; received: Record<ComplaintTrack, number> }[]
}

const DAY_MS = 24 * 60 * 60 * 1000
const sameMonth = (at: Date, { year, month }: LocalMonth) => {
  const day = bangkokDay(at)
  return day.year === year && day.month === month
}

/** The two halves of a fiscal year: October to March, April to September. */
export function halvesOf(fiscalYear: number): HalfYear[] {
  const months = monthsOfFiscalYear(fiscalYear)
  return [
    { half: 1, label: `ครึ่งปีแรก (ต.ค. ${fiscalYear - 1} – มี.ค. ${fiscalYear})`, months: months.slice(0, 6) },
    { half: 2, label: `ครึ่งปีหลัง (เม.ย. – ก.ย. ${fiscalYear})`, months: months.slice(6) },
  ]
}

function figuresOf(records: readonly ComplaintRecord[]): ComplaintFigures {
  const closed = Object.fromEntries(CLOSING_OUTCOMES.map((outcome) => [outcome, 0])) as Record<ClosingOutcome, number>
  let days = 0
  for (const record of records) {
    if (!record.closedAt || !record.outcome) continue
    closed[record.outcome]++
    days += (record.closedAt.getTime() - record.receivedAt.getTime()) / DAY_MS
  }
  const closedCount = CLOSING_OUTCOMES.reduce((sum, outcome) => sum + closed[outcome], 0)
  return {
    received: records.length,
    open: records.length - closedCount,
    closed,
    averageDaysToClose: closedCount ? Math.round((days / closedCount) * 10) / 10 : null,
  }
}

const byTrack = (records: readonly ComplaintRecord[]) =>
  Object.fromEntries(COMPLAINT_TRACKS.map((track) => [track, figuresOf(records.filter((r) => r.track === track))])) as Record<ComplaintTrack, ComplaintFigures>

/** The statistics of a fiscal year from the complaints received in it (the caller may pass more: the rest are left out). */
export function complaintStatistics(records: readonly ComplaintRecord[], fiscalYear: number): ComplaintStatistics {
  const ofYear = records.filter((r) => fiscalYearOf(r.receivedAt) === fiscalYear)
  const inMonths = (months: readonly LocalMonth[]) => ofYear.filter((r) => months.some((m) => sameMonth(r.receivedAt, m)))
  return {
    fiscalYear,
    whole: byTrack(ofYear),
    halves: halvesOf(fiscalYear).map((half) => ({ half, figures: byTrack(inMonths(half.months)) })),
    months: monthsOfFiscalYear(fiscalYear).map((month) => {
      const received = inMonths([month])
      return { month, received: Object.fromEntries(COMPLAINT_TRACKS.map((track) => [track, received.filter((r) => r.track === track).length])) as Record<ComplaintTrack, number> }
    }),
  }
}
