import { fiscalYearOf } from '@/domain/thai/calendar'
import type { PageOutcome } from '@/site/page'
import { itaPath, itaYears } from '@/domain/site/addresses'
import { ITA_PAGE_TITLE, ItaView } from '@/site/views/ItaView'

/** /ita: this fiscal year's indicators; /ita/<year>: a year the page offers (this one and the last). */
export async function itaPage(year?: string): Promise<PageOutcome> {
  const now = new Date()
  if (year === undefined) return { head: { title: ITA_PAGE_TITLE, path: '/ita' }, body: <ItaView fiscalYear={fiscalYearOf(now)} /> }
  const fiscalYear = Number(year)
  if (!itaYears(now).includes(fiscalYear)) return null
  return { head: { title: `${ITA_PAGE_TITLE} ปีงบประมาณ ${fiscalYear}`, path: itaPath(fiscalYear) }, body: <ItaView fiscalYear={fiscalYear} /> }
}
