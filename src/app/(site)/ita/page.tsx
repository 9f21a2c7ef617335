import type { Metadata } from 'next'
import { fiscalYearOf } from '@/domain/thai/calendar'
import { pageMetadata } from '@/site/metadata'
import { ITA_PAGE_TITLE, ItaView } from '@/site/views/ItaView'

export const generateMetadata = (): Promise<Metadata> => pageMetadata({ title: ITA_PAGE_TITLE, path: '/ita' })

/** The current fiscal year's indicators (src/site/views/ItaView.tsx). */
export default function ItaPage() {
  return <ItaView fiscalYear={fiscalYearOf(new Date())} />
}
