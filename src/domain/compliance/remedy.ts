/**
 * What to do about an indicator that is missing or stale (วิธีแก้): file a publish request in the category and with
 * the tag that count for it, or fill in the section of the agency's own page that stands for it. An indicator only
 * the site's generated parts (site map, statistics) or citizen channels can meet has no request to file.
 */
import { submissionRefusal } from '../categories'
import { PAGE_SECTIONS, type PageSection } from './pages'
import type { Indicator } from './types'

export type Remedy =
  | { kind: 'request'; category: string; tag?: string }
  | { kind: 'page'; section: PageSection }

/** Generated sections: nobody edits them; the site makes them. */
const GENERATED: readonly PageSection[] = ['site-map', 'statistics', 'satisfaction-survey', 'alerts', 'questions-board', 'hearings', 'hearing-outcomes', 'complaint-channel', 'corruption-channel', 'complaint-guideline', 'complaint-statistics', 'information-request', 'e-forms']

export function remedyOf(indicator: Pick<Indicator, 'categories' | 'tags' | 'pages'>): Remedy | null {
  const category = indicator.categories.find((code) => submissionRefusal(code) === null)
  if (category) return indicator.tags?.length ? { kind: 'request', category, tag: indicator.tags[0] } : { kind: 'request', category }
  const section = indicator.pages?.find((page) => !GENERATED.includes(page))
  return section ? { kind: 'page', section } : null
}

/** The page of the agency's own that a section is edited on: the CIO page or the agency profile. */
export const pageOfSection = (section: PageSection): 'cio-profile' | 'agency-profile' => (PAGE_SECTIONS[section].path.startsWith('/cio') ? 'cio-profile' : 'agency-profile')
