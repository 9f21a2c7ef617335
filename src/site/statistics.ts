/**
 * Visitor statistics (C20): the front server counts page views in memory (no cookies, no third-party
 * script) and passes them on to the site process; every few seconds they are added to a few counter rows,
 * never one write per request.
 */
import type { Payload } from 'payload'
import { ALL_TIME, WHOLE_SITE, dayKey, daysOfThisMonth, incrementsFor, monthViews, viewsByHost, monthsOfThisFiscalYear, type CounterIncrement } from '@/domain/site/statistics'
import type { LocalMonth } from '@/domain/thai/months'
import { fiscalYearOf, fiscalYearRange } from '@/domain/thai/calendar'
import { publicStore } from './public-cache'
import { agencyServing } from '@/server/agencies'
import { forAgency } from '@/server/agency-context'

const WRITE_EVERY_MS = 5_000

export function startWritingViews(payload: Payload): void {
  const store = publicStore()
  if (store.writingViews) return
  store.writingViews = true
  let writing = false
  setInterval(async () => {
    if (writing) return
    writing = true
    const views = store.views.take()
    try {
      for (const [host, paths] of viewsByHost(views)) {
        const agency = await agencyServing(payload, host)
        if (agency) await forAgency(agency.id, async () => {
          for (const increment of incrementsFor(paths, new Date())) await addViews(payload, increment)
        })
      }
    } catch (error) {
      store.views.addAll(views)
      payload.logger.error({ err: error }, 'บันทึกสถิติผู้เข้าชมไม่สำเร็จ จะลองใหม่รอบถัดไป')
    } finally {
      writing = false
    }
  }, WRITE_EVERY_MS).unref()
}

async function addViews(payload: Payload, { day, path, views }: CounterIncrement) {
  const { docs } = await payload.find({ collection: 'page-views', where: { and: [{ day: { equals: day } }, { path: { equals: path } }] }, overrideAccess: true, depth: 0, limit: 1, pagination: false })
  const row = docs[0]
  if (row) await payload.update({ collection: 'page-views', id: row.id, data: { views: row.views + views }, overrideAccess: true, depth: 0 })
  else await payload.create({ collection: 'page-views', data: { day, path, views }, overrideAccess: true, depth: 0 })
}

export interface SiteStatistics {
  today: number
  month: number
  total: number
  /** Each day of this month up to today. */
  thisMonth: { day: string; views: number }[]
  /** Each month of this fiscal year up to this one. */
  fiscalYear: { month: LocalMonth; views: number }[]
  mostRead: { path: string; views: number }[]
}

/** Today, this month by day, this fiscal year by month, all time, and the 200 most-read pages. */
export async function siteStatistics(payload: Payload, now: Date): Promise<SiteStatistics> {
  const since = dayKey(fiscalYearRange(fiscalYearOf(now)).start) // the fiscal year began on or before this month's 1st
  const [days, total, pages] = await Promise.all([
    payload.find({ collection: 'page-views', where: { and: [{ path: { equals: WHOLE_SITE } }, { day: { greater_than_equal: since } }, { day: { not_equals: ALL_TIME } }] }, overrideAccess: true, depth: 0, limit: 400, pagination: false }),
    payload.find({ collection: 'page-views', where: { and: [{ path: { equals: WHOLE_SITE } }, { day: { equals: ALL_TIME } }] }, overrideAccess: true, depth: 0, limit: 1, pagination: false }),
    payload.find({ collection: 'page-views', where: { and: [{ day: { equals: ALL_TIME } }, { path: { not_equals: WHOLE_SITE } }] }, overrideAccess: true, depth: 0, sort: '-views', limit: 200, pagination: false }),
  ])
  const rows = days.docs.map(({ day, views }) => ({ day, views }))
  return {
    today: rows.find((r) => r.day === dayKey(now))?.views ?? 0,
    month: monthViews(rows, now),
    total: total.docs[0]?.views ?? 0,
    thisMonth: daysOfThisMonth(rows, now),
    fiscalYear: monthsOfThisFiscalYear(rows, now),
    mostRead: pages.docs.map(({ path, views }) => ({ path, views })),
  }
}

/** The satisfaction survey's answers of a fiscal year: their levels and times only (comments are for staff). */
export async function surveyAnswers(payload: Payload, fiscalYear: number): Promise<{ rating: number; at: Date }[]> {
  const { start, end } = fiscalYearRange(fiscalYear)
  const { docs } = await payload.find({
    collection: 'survey-answers',
    where: { and: [{ createdAt: { greater_than_equal: start.toISOString() } }, { createdAt: { less_than: end.toISOString() } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { rating: true, createdAt: true },
  })
  return docs.map((doc) => ({ rating: doc.rating, at: new Date(doc.createdAt) }))
}
