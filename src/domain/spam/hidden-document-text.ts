/**
 * Hidden text in Word documents (SPEC §6, spam-injection guard). Spam planted in an agency's DOCX files is
 * made invisible to the person who opens them and left readable to search engines, which index the text:
 * hidden runs (w:vanish), white text on no shading, text of 2 pt or less, and links whose visible text names
 * one site while the link goes to another ("www.dla.go.th" leading to a gambling site).
 *
 * Reads word/document.xml as written: formatting that comes from a style (w:rStyle, paragraph and table
 * styles) is not resolved, so hidden text defined in styles.xml is not seen, and white text in a table with
 * a style of its own (which may shade its cells) is not reported. w:webHidden (hidden in web layout only, as
 * the page numbers of a table of contents) is ordinary and not reported.
 */

export type HiddenWordTextReason = 'white' | 'tiny' | 'vanish' | 'link-mismatch'

export interface HiddenWordText {
  text: string // the hidden text (consecutive hidden runs of a paragraph joined), or a link's visible text
  why: HiddenWordTextReason
  target?: string // where the link goes, for a mismatched link or hidden text inside a link
}

const TINY = 4 // half-points: 2 pt and less cannot be read

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const decodeXml = (text: string): string =>
  text.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (entity, decimal, hex, name) => {
    if (name) return ENTITIES[name] ?? entity
    const codePoint = decimal ? Number(decimal) : parseInt(hex, 16)
    return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity
  })

/**
 * Processing instructions, comments, CDATA, tags and text, in document order. A tag ends at the next "<" at
 * the latest (XML puts none in attribute values), so that a malformed part is still read in linear time.
 */
const TOKENS =
  /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([\w.-]+(?::[\w.-]+)?)((?:[^<>"']|"[^"<]*"|'[^'<]*')*)>|([^<]+)/g
const ATTRIBUTES = /([\w.-]+(?::[\w.-]+)?)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>()
  for (const [, name, double, single] of source.matchAll(ATTRIBUTES)) attributes.set(name, decodeXml(double ?? single))
  return attributes
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1)

/** The relationships of a part (word/_rels/document.xml.rels): Id → Target. */
export function parseRelationships(xml: string): Record<string, string> {
  const relationships: Record<string, string> = {}
  for (const [, source] of xml.matchAll(/<(?:\w+:)?Relationship\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    const attributes = attributesOf(source)
    const id = attributes.get('Id')
    const target = attributes.get('Target')
    if (id && target !== undefined) relationships[id] = target
  }
  return relationships
}

// ---------------------------------------------------------------------------------------------------------
// Colours

/** White or so near it that it cannot be told from the page: FFFFFF, FEFEFE, #F8F8F8. */
export const isWhite = (hex: string | undefined): boolean => {
  const m = /^#?([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i.exec(hex ?? '')
  return !!m && m.slice(1).every((channel) => parseInt(channel, 16) >= 0xf0)
}

/** A w:shd that paints something other than white behind the text. */
function shades(attributes: Map<string, string>): boolean {
  const fill = attributes.get('w:fill')
  const pattern = attributes.get('w:val')
  const patternColour = attributes.get('w:color')
  const paints = (colour: string | undefined) => !!colour && colour !== 'auto' && !isWhite(colour)
  return paints(fill) || (!!pattern && !['clear', 'nil'].includes(pattern) && paints(patternColour))
}

// ---------------------------------------------------------------------------------------------------------
// Links

const FILE_EXTENSIONS = new Set('pdf doc docx xls xlsx ppt pptx odt ods odp rtf txt csv xml json htm html jpg jpeg png gif zip rar'.split(' '))
/** Top-level domains a visible address ends in: every two-letter country code (.th) and the common others. */
const GENERIC_TLDS = new Set(
  'com net org info biz edu gov int mil xyz top vip bet casino poker bingo club online site live win app io me tv cc asia pro shop store link click fun game games'.split(' '),
)
const ADDRESS = /\b(https?:\/\/)?((?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.)+([a-z]{2,}))(?![\w-])/gi

/** The host a link's visible text names, if it looks like an address ("www.dla.go.th", "https://x.bet/a"). */
function hostNamed(text: string): string | undefined {
  for (const [, scheme, host, tld] of text.matchAll(ADDRESS)) {
    const top = tld.toLowerCase()
    const named = scheme || /^www\./i.test(host) || ((top.length === 2 || GENERIC_TLDS.has(top)) && !FILE_EXTENSIONS.has(top))
    if (named) return host.toLowerCase()
  }
  return undefined
}

/** The host a link goes to: a URL's host, a mailto's domain; undefined for a relative target. */
function hostOf(target: string): string | undefined {
  const mail = /^mailto:[^@]*@([^?]+)/i.exec(target)
  if (mail) return mail[1].toLowerCase()
  try {
    return new URL(target).hostname.toLowerCase() || undefined
  } catch {
    return undefined
  }
}

const withoutWww = (host: string) => host.replace(/^www\./, '').replace(/\.$/, '')

/** The same site: the same host, or one inside the other ("dla.go.th" and "info.dla.go.th"). */
function sameSite(a: string, b: string): boolean {
  const [x, y] = [withoutWww(a), withoutWww(b)]
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`)
}

/** A link's visible text names a site ("www.dla.go.th") other than the one it goes to. */
export function namesAnotherSite(text: string, target: string): boolean {
  const named = hostNamed(text)
  if (!named) return false
  const goesTo = hostOf(target)
  return !goesTo || !sameSite(named, goesTo)
}

/** Where a HYPERLINK field code goes: HYPERLINK "https://x" \o "tip"; undefined for \l (a place in the document). */
function fieldTarget(instruction: string): string | undefined {
  const words = [...instruction.trim().matchAll(/"([^"]*)"|(\S+)/g)].map(([, quoted, bare]) => quoted ?? bare)
  if (words[0]?.toUpperCase() !== 'HYPERLINK') return undefined
  for (let k = 1; k < words.length; k++) {
    const word = words[k]
    if (/^\\[lotm]$/i.test(word)) {
      if (word.toLowerCase() === '\\l') return undefined
      k++ // the switch's argument
    } else if (!word.startsWith('\\')) return word
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------------------

interface Run {
  text: string
  vanish: boolean
  colour?: string // hex, or "white" for the theme's background colour
  size?: number // w:sz: Latin text, half-points
  complexSize?: number // w:szCs: Thai (a complex script) text
  complexScript: boolean // w:cs: all of the run is set as complex script
  shaded: boolean // w:shd or w:highlight behind the run
}

interface Link {
  target?: string
  text: string
}

interface Field extends Link {
  instruction: string
  showing: boolean // past fldChar separate: runs are the field's visible result
}

const THAI = /[\u0e00-\u0e7f]/
const LATIN_OR_DIGIT = /[^\s\u0e00-\u0e7f]/

const truthy = (attributes: Map<string, string>) => !['false', '0', 'off'].includes(attributes.get('w:val') ?? 'true')

/** Why a run cannot be seen, if it cannot: Thai text takes its size from w:szCs, Latin from w:sz. */
function whyHidden(run: Run, onShading: boolean): HiddenWordTextReason | undefined {
  if (run.vanish) return 'vanish'
  const sizes: (number | undefined)[] = []
  if (run.complexScript || THAI.test(run.text)) sizes.push(run.complexSize ?? run.size)
  if (!run.complexScript && LATIN_OR_DIGIT.test(run.text)) sizes.push(run.size)
  if (sizes.some((size) => size !== undefined && size <= TINY)) return 'tiny'
  if (run.colour && (run.colour === 'white' || isWhite(run.colour)) && !onShading && !run.shaded) return 'white'
  return undefined
}

/**
 * Reads word/document.xml; `relationships` are its hyperlinks' targets (parseRelationships of
 * word/_rels/document.xml.rels). Findings are in document order.
 */
export function findHiddenWordText(xml: string, relationships: Record<string, string> = {}): HiddenWordText[] {
  const findings: HiddenWordText[] = []
  const open: string[] = [] // local names of the open elements
  const paragraphs: { shaded: boolean }[] = [] // a text box's paragraphs sit inside a run of another
  const tables: { shaded: boolean }[] = []
  const cells: { shaded: boolean }[] = []
  const runs: Run[] = []
  const links: Link[] = [] // w:hyperlink and w:fldSimple
  const fields: Field[] = [] // fldChar begin … separate … end
  let darkPage = false
  let skipping = 0 // inside mc:Fallback, a second copy of what mc:Choice holds
  let joinTo: HiddenWordText | undefined // the finding the next hidden run of this paragraph continues

  const parent = (depth = 1) => open[open.length - 1 - depth]
  const onShading = () =>
    darkPage || paragraphs.some((p) => p.shaded) || cells.some((c) => c.shaded) || tables.some((t) => t.shaded)

  const checkLink = (link: Link) => {
    if (link.target !== undefined && namesAnotherSite(link.text, link.target)) findings.push({ text: link.text.trim(), why: 'link-mismatch', target: link.target })
  }

  const endRun = (run: Run) => {
    for (const link of links) link.text += run.text
    for (const field of fields) if (field.showing) field.text += run.text
    if (!run.text.trim()) return
    const why = whyHidden(run, onShading())
    if (!why) {
      joinTo = undefined
      return
    }
    const target = [...links, ...fields.filter((f) => f.showing)].findLast((link) => link.target)?.target
    if (joinTo && joinTo.why === why && joinTo.target === target) {
      joinTo.text += run.text
      return
    }
    joinTo = { text: run.text, why, ...(target ? { target } : {}) }
    findings.push(joinTo)
  }

  const start = (name: string, attributes: Map<string, string>) => {
    const run = runs.at(-1)
    const inRunProperties = parent(0) === 'rPr' && parent(1) === 'r' && run
    if (inRunProperties) {
      if (name === 'vanish') run.vanish = truthy(attributes)
      if (name === 'color') {
        const theme = attributes.get('w:themeColor')
        const plainTheme = !attributes.has('w:themeShade') && !attributes.has('w:themeTint')
        run.colour = theme && /^(background1|light1|bg1)$/.test(theme) && plainTheme ? 'white' : attributes.get('w:val')
      }
      if (name === 'sz') run.size = Number(attributes.get('w:val'))
      if (name === 'szCs') run.complexSize = Number(attributes.get('w:val'))
      if (name === 'cs') run.complexScript = truthy(attributes)
      if (name === 'shd') run.shaded = shades(attributes)
      if (name === 'highlight') run.shaded = (attributes.get('w:val') ?? 'none') !== 'none'
    }
    const paragraph = paragraphs.at(-1)
    const cell = cells.at(-1)
    const table = tables.at(-1)
    if (name === 'shd' && parent(0) === 'pPr' && paragraph) paragraph.shaded = shades(attributes)
    if (name === 'shd' && parent(0) === 'tcPr' && cell) cell.shaded = shades(attributes)
    if (name === 'shd' && parent(0) === 'tblPr' && table) table.shaded ||= shades(attributes)
    // A table style may shade the cells, and its colours are in styles.xml: white text there is not judged.
    if (name === 'tblStyle' && parent(0) === 'tblPr' && table && attributes.get('w:val') !== 'TableGrid') table.shaded = true
    if (name === 'background' && parent(0) === 'document') darkPage = shades(new Map([['w:fill', attributes.get('w:color') ?? 'auto']]))
    if (name === 'p') paragraphs.push({ shaded: false })
    if (name === 'tbl') tables.push({ shaded: false })
    if (name === 'tc') cells.push({ shaded: false })
    if (name === 'r') runs.push({ text: '', vanish: false, complexScript: false, shaded: false })
    if ((name === 'tab' || name === 'br' || name === 'cr') && parent(0) === 'r' && run) run.text += ' '
    if (name === 'hyperlink') {
      const id = [...attributes].find(([key]) => key.endsWith(':id') && key !== 'w:id')?.[1]
      links.push({ target: id === undefined ? undefined : relationships[id], text: '' })
    }
    if (name === 'fldSimple') links.push({ target: fieldTarget(attributes.get('w:instr') ?? ''), text: '' })
    if (name === 'fldChar') {
      const type = attributes.get('w:fldCharType')
      if (type === 'begin') fields.push({ instruction: '', showing: false, text: '' })
      if (type === 'separate' && fields.length) {
        const field = fields[fields.length - 1]
        field.showing = true
        field.target = fieldTarget(field.instruction)
      }
      if (type === 'end') {
        const field = fields.pop()
        if (field?.showing) checkLink(field)
      }
    }
  }

  const end = (name: string) => {
    if (name === 'r') {
      const run = runs.pop()
      if (run) endRun(run)
    }
    if (name === 'p') {
      paragraphs.pop()
      joinTo = undefined
    }
    if (name === 'tbl') tables.pop()
    if (name === 'tc') cells.pop()
    if (name === 'hyperlink' || name === 'fldSimple') {
      const link = links.pop()
      if (link) checkLink(link)
    }
  }

  for (const [, cdata, closing, rawName, attributeSource, text] of xml.matchAll(TOKENS)) {
    if (rawName) {
      const name = localName(rawName)
      const selfClosing = !closing && attributeSource.trimEnd().endsWith('/')
      if (rawName === 'mc:Fallback' && !selfClosing) skipping += closing ? -1 : 1
      if (skipping > 0 && !(closing && rawName === 'mc:Fallback')) continue
      if (closing) {
        const at = open.lastIndexOf(name)
        if (at < 0) continue
        // close what was left open inside it too
        while (open.length > at) end(open.pop()!)
        continue
      }
      start(name, attributesOf(attributeSource))
      if (selfClosing) end(name)
      else open.push(name)
      continue
    }
    if ((cdata ?? text) === undefined || skipping > 0) continue
    const content = cdata ?? decodeXml(text) // CDATA is taken as written
    const run = runs.at(-1)
    if (parent(0) === 't' && parent(1) === 'r' && run) run.text += content
    if (parent(0) === 'instrText' && fields.length) fields[fields.length - 1].instruction += content
  }
  return findings
}
