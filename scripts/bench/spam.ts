/**
 * How well the gambling-spam detector (src/domain/spam/gambling.ts) tells spam from ordinary text: runs
 * findSpam on every line of test/corpus/spam.txt and test/corpus/ordinary.txt and on the demo content's
 * texts (src/site/demo-items.ts, what src/server/seed.ts publishes), and prints how many of each are flagged,
 * with every miss and false positive. It prints figures and asserts nothing: the exit code is always 0
 * (src/domain/spam/corpus.test.ts is what fails).
 *
 *   npx tsx scripts/bench/spam.ts
 */
import fs from 'node:fs'
import path from 'node:path'
import { findSpam } from '../../src/domain/spam/gambling'
import { documentPlainText } from '../../src/domain/reports/document-spec'
import { demoItems } from '../../src/site/demo-items'

const root = path.resolve(import.meta.dirname, '../..')

/** The lines of a corpus file: one text a line; blank lines and lines starting with # left out. */
const corpus = (name: string): string[] =>
  fs
    .readFileSync(path.join(root, 'test/corpus', name), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))

/** The demo items' texts (src/site/demo-items.ts, plain data): titles, summaries, tags, places, steps, pictures' alt text and documents. */
const demoTexts = (): string[] =>
  demoItems(new Date()).flatMap((item) =>
    [
      item.title,
      item.summary,
      ...(item.tags ?? []),
      item.location ?? '',
      item.image?.alt ?? '',
      ...(item.steps ?? []).flatMap((step) => [step.title, step.description ?? '']),
      ...(item.document ? documentPlainText({ heading: { agencyName: '', documentTitle: item.document.title }, blocks: item.document.blocks }).split('\n') : []),
    ].filter(Boolean),
  )

const percent = (n: number, of: number) => (of ? ((100 * n) / of).toFixed(1) : '–')
const show = (line: string) => JSON.stringify(line.length > 110 ? `${line.slice(0, 110)}…` : line)
const described = (line: string) =>
  findSpam(line)
    .map((f) => f.term)
    .join(', ')

function report(label: string, lines: string[], wantFlagged: boolean) {
  const flagged = lines.filter((line) => findSpam(line).length > 0)
  console.log(`${label}: flagged ${flagged.length}/${lines.length} (${percent(flagged.length, lines.length)} %)`)
  const wrong = wantFlagged ? lines.filter((line) => !flagged.includes(line)) : flagged
  for (const line of wrong) console.log(`  ${wantFlagged ? 'missed' : 'false positive'}: ${show(line)}${wantFlagged ? '' : ` → ${described(line)}`}`)
}

const spam = corpus('spam.txt')
const ordinary = corpus('ordinary.txt')
const demo = demoTexts()
console.log(`corpus sizes: spam ${spam.length} lines, ordinary ${ordinary.length} lines, demo ${demo.length} texts (src/site/demo-items.ts; the agency's pages are left out)`)
report('spam', spam, true)
report('ordinary', ordinary, false)
report('demo', demo, false)

const started = performance.now()
const all = [...spam, ...ordinary]
const rounds = 20
for (let round = 0; round < rounds; round++) for (const line of all) findSpam(line)
console.log(`speed: ${(((performance.now() - started) * 1000) / (rounds * all.length)).toFixed(0)} µs a line on average`)
