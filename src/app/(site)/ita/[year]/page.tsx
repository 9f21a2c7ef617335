import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { pageMetadata } from '@/site/metadata'
import { ITA_PAGE_TITLE, ItaView, itaYears } from '@/site/views/ItaView'

type Props = { params: Promise<{ year: string }> }

/** A fiscal year the page offers (this one and the last), or null. */
async function yearOf({ params }: Props): Promise<number | null> {
  const year = Number((await params).year)
  return itaYears(new Date()).includes(year) ? year : null
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const year = await yearOf(props)
  return year ? pageMetadata({ title: `${ITA_PAGE_TITLE} ปีงบประมาณ ${year}`, path: `/ita/${year}` }) : {}
}

export default async function ItaYearPage(props: Props) {
  const fiscalYear = await yearOf(props)
  if (!fiscalYear) notFound()
  return <ItaView fiscalYear={fiscalYear} />
}
