/**
 * The public site's files that are not pages: Sarabun (WOFF2, Thai and Latin subsets, the two weights the pages
 * use), the favicon and the text-size switch. The front server (src/server/front.ts) reads them once at start and
 * answers them from memory, so they keep being served while the site process restarts; the page document
 * (src/site/document.tsx) writes the @font-face rules that point at them. No Payload or Next here.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import fontPackage from '@fontsource/sarabun/package.json' with { type: 'json' }
import unicodeRanges from '@fontsource/sarabun/unicode.json' with { type: 'json' }
import { projectRoot } from '@/server/environment'

const require = createRequire(import.meta.url)

/** A file of the public site's sources (src/site), read where the system runs from, compiled or not. */
export const siteFile = (name: string): string => path.join(projectRoot(), 'src/site', name)

export interface SiteAsset {
  path: string
  contentType: string
  body: Buffer
  cacheControl: string
}

const SUBSETS = ['thai', 'latin'] as const
const WEIGHTS = [400, 700] as const
/** The fonts' addresses carry the package's version: a browser keeps them for a year and fetches new ones after an upgrade. */
const FONT_DIR = `/fonts/sarabun-${fontPackage.version}`
const fontFile = (subset: string, weight: number) => `sarabun-${subset}-${weight}-normal.woff2`

/**
 * One rule per subset and weight; `unicode-range` lets a browser fetch only the subsets a page's text needs
 * (about 10 KB a file), `font-display: swap` shows the text at once in a fallback font.
 */
export const FONT_FACES_CSS = SUBSETS.flatMap((subset) =>
  WEIGHTS.map(
    (weight) =>
      `@font-face{font-family:Sarabun;font-style:normal;font-weight:${weight};font-display:swap;src:url(${FONT_DIR}/${fontFile(subset, weight)}) format('woff2');unicode-range:${unicodeRanges[subset]}}`,
  ),
).join('\n')

/** The same files on every page: revalidated daily (they change with a release, under the same address). */
const DAILY = 'public, max-age=86400'
const YEARLY = 'public, max-age=31536000, immutable'

export function siteAssets(): SiteAsset[] {
  return [
    ...SUBSETS.flatMap((subset) =>
      WEIGHTS.map((weight) => ({
        path: `${FONT_DIR}/${fontFile(subset, weight)}`,
        contentType: 'font/woff2',
        body: readFileSync(require.resolve(`@fontsource/sarabun/files/${fontFile(subset, weight)}`)),
        cacheControl: YEARLY,
      })),
    ),
    { path: '/icon.svg', contentType: 'image/svg+xml', body: readFileSync(siteFile('icon.svg')), cacheControl: DAILY },
    { path: '/text-size.js', contentType: 'text/javascript; charset=utf-8', body: readFileSync(siteFile('text-size.js')), cacheControl: DAILY },
  ]
}
