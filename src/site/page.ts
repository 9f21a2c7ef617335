/**
 * What a public page gives the renderer (src/site/render.tsx): its content and what its <head> says (title,
 * canonical address, Open Graph tags for LINE and Facebook previews, feeds), or an address to go to instead, or
 * nothing when the address has no page. No Payload, no Next here.
 */
import type { ReactNode } from 'react'

export interface Feed {
  url: string
  title: string
}

/** The site's feeds (src/site/machine-readable.ts), advertised on the home page and on their own listings. */
export const NEWS_FEED: Feed = { url: '/feeds/news.xml', title: 'ข่าวประชาสัมพันธ์' }
export const PROCUREMENT_FEED: Feed = { url: '/feeds/procurement.xml', title: 'ประกาศจัดซื้อจัดจ้าง' }

export interface PageHead {
  /** The page's canonical path (and query), made absolute with the site's public origin. */
  path: string
  /** Without the agency's name: the document adds it. None on the home page. */
  title?: string
  description?: string
  type?: 'website' | 'article'
  image?: { url: string; alt: string }
  publishedTime?: string
  modifiedTime?: string
  /** Pages search engines should not list (search results, "not found"). */
  noindex?: boolean
  feeds?: Feed[]
  /** The same content in another form (an open dataset's DCAT JSON-LD), as <link rel="alternate">. */
  alternates?: { type: string; href: string; title: string }[]
}

export interface Page {
  head: PageHead
  body: ReactNode
}

export type PageOutcome =
  | Page
  /** The item is at another address (asked for under its old category): a permanent redirect. */
  | { redirect: string }
  /** No page at this address. */
  | null
