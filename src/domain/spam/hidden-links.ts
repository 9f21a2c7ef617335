/**
 * Hidden links: planted spam is made invisible to the site's staff and left visible to search engines.
 * Reports every <a> inside (or itself) an element hidden by its inline style or `hidden` attribute, and
 * every link whose address carries a gambling term. Rich-text content keeps its styling inline, so that
 * is what is read; rules in a stylesheet or behind a class name are not seen here.
 */
import { findSpam } from './gambling'

export type LinkProblem = 'hidden' | 'gambling-address'

export interface SuspiciousLink {
  href: string // decoded
  index: number // where the <a> tag starts in the HTML
  problems: LinkProblem[]
}

/**
 * Comments, raw-text elements (their content is not markup) and tags, in document order. A tag ends at the
 * next "<" at the latest, so that text full of unclosed tags is still read in linear time.
 */
const TOKENS =
  /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|title)\b[\s\S]*?(?:<\/\1\s*>|$)|<(\/?)([a-z][\w:-]*)((?:[^<>"']|"[^"<]*"|'[^'<]*')*)>/gi
const ATTRIBUTES = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g
const VOID_ELEMENTS = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '))

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  colon: ':',
  sol: '/',
  period: '.',
}
const decodeEntities = (text: string): string =>
  text.replace(/&(?:#(\d+)|#x([\da-f]+)|([a-z]+));?/gi, (entity, decimal, hex, name) => {
    if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? entity
    const codePoint = decimal ? Number(decimal) : parseInt(hex, 16)
    return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity
  })

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>()
  for (const [, name, double, single, bare] of source.matchAll(ATTRIBUTES)) {
    const key = name.toLowerCase()
    if (!attributes.has(key)) attributes.set(key, decodeEntities(double ?? single ?? bare ?? ''))
  }
  return attributes
}

const FAR_OFF_SCREEN = -100 // in any unit: -100px, -999em, -9999px are all off the page

/** display:none, visibility:hidden, opacity:0, font-size:0, or pushed far off the screen. */
export function isHiddenByStyle(style: string): boolean {
  const declarations = new Map<string, string>()
  const withoutComments = style.replace(/\/\*[\s\S]*?\*\//g, '')
  for (const declaration of withoutComments.toLowerCase().split(';')) {
    const colon = declaration.indexOf(':')
    if (colon > 0) {
      const value = declaration
        .slice(colon + 1)
        .replace('!important', '')
        .trim()
      declarations.set(declaration.slice(0, colon).trim(), value)
    }
  }
  const value = (property: string) => declarations.get(property) ?? ''
  const number = (property: string) => Number.parseFloat(value(property))
  const positioned = ['absolute', 'fixed'].includes(value('position'))
  return (
    value('display') === 'none' ||
    ['hidden', 'collapse'].includes(value('visibility')) ||
    number('opacity') === 0 ||
    number('font-size') === 0 ||
    number('text-indent') <= FAR_OFF_SCREEN ||
    (positioned && ['left', 'top', 'right', 'bottom'].some((side) => number(side) <= FAR_OFF_SCREEN))
  )
}

const isHidden = (attributes: Map<string, string>) =>
  attributes.has('hidden') || isHiddenByStyle(attributes.get('style') ?? '')

const decodeAddress = (href: string): string => {
  try {
    return decodeURIComponent(href)
  } catch {
    return href // a malformed escape: read it as written
  }
}

export function findHiddenLinks(html: string): SuspiciousLink[] {
  const open: { name: string; hidden: boolean }[] = []
  const links: SuspiciousLink[] = []
  for (const token of html.matchAll(TOKENS)) {
    const [, , closing, rawName, attributeSource] = token
    if (!rawName) continue // a comment or a raw-text element
    const name = rawName.toLowerCase()
    if (closing) {
      const at = open.findLastIndex((element) => element.name === name)
      if (at >= 0) open.length = at // closes what was left open inside it too
      continue
    }
    const attributes = parseAttributes(attributeSource)
    const hidden = (open.at(-1)?.hidden ?? false) || isHidden(attributes)
    if (name === 'a' && attributes.has('href')) {
      const href = decodeAddress(attributes.get('href')!)
      const problems: LinkProblem[] = []
      if (hidden) problems.push('hidden')
      if (findSpam(href).length) problems.push('gambling-address')
      if (problems.length) links.push({ href, index: token.index, problems })
    }
    if (!VOID_ELEMENTS.has(name) && !attributeSource.trimEnd().endsWith('/')) open.push({ name, hidden })
  }
  return links
}
