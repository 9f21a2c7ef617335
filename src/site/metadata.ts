/**
 * A page's canonical address and Open Graph tags (LINE and Facebook previews). Next replaces, not merges,
 * the layout's openGraph when a page sets its own, so every page's tags come from here whole.
 */
import type { Metadata } from 'next'
import { siteSettings } from './content'

export async function pageMetadata(page: { path: string; title?: string; description?: string; type?: 'website' | 'article'; image?: { url: string; alt: string }; publishedTime?: string; modifiedTime?: string }): Promise<Metadata> {
  const { agencyName } = await siteSettings()
  return {
    ...(page.title ? { title: page.title } : {}),
    ...(page.description ? { description: page.description } : {}),
    alternates: { canonical: page.path },
    openGraph: {
      siteName: agencyName,
      locale: 'th_TH',
      type: page.type ?? 'website',
      url: page.path,
      title: page.title ?? agencyName,
      ...(page.description ? { description: page.description } : {}),
      ...(page.image ? { images: [page.image] } : {}),
      ...(page.type === 'article' ? { publishedTime: page.publishedTime, modifiedTime: page.modifiedTime } : {}),
    },
  }
}
