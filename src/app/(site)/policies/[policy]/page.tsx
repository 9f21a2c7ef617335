import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { agencyProfile, type AgencyProfile } from '@/site/content'
import { Breadcrumb, Paragraphs } from '@/site/components'
import { pageMetadata } from '@/site/metadata'

const POLICIES: Record<string, { title: string; field: keyof AgencyProfile }> = {
  website: { title: 'นโยบายเว็บไซต์', field: 'websitePolicy' },
  privacy: { title: 'นโยบายคุ้มครองข้อมูลส่วนบุคคล', field: 'privacyPolicy' },
  cookies: { title: 'ประกาศการใช้คุกกี้', field: 'cookiePolicy' },
  security: { title: 'นโยบายการรักษาความมั่นคงปลอดภัยเว็บไซต์', field: 'securityPolicy' },
}

type Props = { params: Promise<{ policy: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { policy } = await params
  const entry = POLICIES[policy]
  return entry ? pageMetadata({ title: entry.title, path: `/policies/${policy}` }) : {}
}

export default async function PolicyPage({ params }: Props) {
  const entry = POLICIES[(await params).policy]
  if (!entry) notFound()
  const text = (await agencyProfile())[entry.field] as string | null | undefined
  return (
    <>
      <Breadcrumb trail={[{ label: entry.title }]} />
      <h1>{entry.title}</h1>
      {text?.trim() ? <Paragraphs text={text} /> : <p>อยู่ระหว่างจัดทำ</p>}
    </>
  )
}
