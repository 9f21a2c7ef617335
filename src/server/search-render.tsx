/**
 * Search pages for the page cache, rendered in the site process rather than by Next. Measured at 100,000
 * items: Next takes 8–14 ms to render any page of ours (its server-component pass, then HTML from that), about
 * as long as the search itself; a search nobody made before cannot come from the cache, so that was half its
 * time. Here the search page's content (src/site/search-page.tsx, the same component Next renders) is
 * rendered to HTML by React directly and put into the layout Next rendered for /search, kept per generation
 * of public content: the header, menus and footer stay Next's, one copy of each.
 */
import { renderToStaticMarkup } from 'react-dom/server'
import { searchParamsOf } from '@/domain/site/page-cache'
import { SearchContent, offeredSearchPageData } from '@/site/search-page'

/** Next's /search page, cut where its content goes. */
export interface SearchLayout {
  before: string
  after: string
}

/** The layout of a rendered search page: all but the inside of its one <main>; null if it has none. */
export function searchLayoutOf(html: string): SearchLayout | null {
  const open = html.indexOf('<main ')
  const contentStart = open < 0 ? -1 : html.indexOf('>', open) + 1
  const contentEnd = html.lastIndexOf('</main>')
  if (contentStart <= 0 || contentEnd < contentStart || html.indexOf('<main', contentStart) >= 0) return null
  return { before: html.slice(0, contentStart), after: html.slice(contentEnd) }
}

/**
 * The page for a search's cache key (src/domain/site/page-cache.ts), or null before Next has loaded the search
 * page's data loader (it is offered when Next first renders the search page, as it does for `layout`).
 */
export async function renderSearchPage(key: string, layout: SearchLayout): Promise<string | null> {
  const load = offeredSearchPageData()
  if (!load) return null
  const query = new URLSearchParams(key.includes('?') ? key.slice(key.indexOf('?') + 1) : '')
  const data = await load(searchParamsOf((name) => query.get(name) ?? undefined))
  return layout.before + renderToStaticMarkup(<SearchContent {...data} />) + layout.after
}
