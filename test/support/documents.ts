/**
 * Reading printed documents back as a reader gets them: each page's text (pdftotext), where each word lies on its
 * page (pdftotext -bbox), each page as a PNG (pdftoppm), and a DOCX printed to PDF by LibreOffice (Debian's
 * libreoffice-writer-nogui, installed by scripts/system-packages.sh).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/** Each page's text (pdftotext -layout), runs of spaces collapsed. */
export function pdfPages(file: string): string[] {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((page) => page.trim())
    .map((page) => page.replace(/[ \t\u00a0]+/g, ' '))
}

/**
 * Text reduced to its base letters: no spaces, no Thai marks above or below. pdftotext places a tone mark of
 * LibreOffice's PDFs beside its letter or on the next line ("ที่" read as "ทีข / ่ อ"); the letters keep their order.
 */
export const letters = (text: string): string => text.normalize('NFC').replace(/[\s\u00a0\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g, '')

/** Where each of `parts` is in `text` (compared by their letters), or -1. */
export const positionsIn = (text: string, parts: readonly string[]): number[] => {
  const haystack = letters(text)
  let from = 0
  return parts.map((part) => {
    const at = haystack.indexOf(letters(part), from)
    if (at >= 0) from = at + letters(part).length
    return at
  })
}

export interface PageWord {
  page: number // 1-based
  text: string
  yMin: number // points from the top of the page
  yMax: number
}

/** Every word of the PDF with its page and vertical place (pdftotext -bbox). */
export function pdfWords(file: string): PageWord[] {
  const words: PageWord[] = []
  let page = 0
  for (const line of execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).split('\n')) {
    if (line.includes('<page ')) page++
    const word = /yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line)
    if (word) words.push({ page, text: word[3], yMin: Number(word[1]), yMax: Number(word[2]) })
  }
  return words
}

/** Every page as `<prefix>-<n>.png` at `dpi`, to look at. */
export function pdfPngs(file: string, prefix: string, dpi = 70): void {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), file, prefix])
}

/**
 * DOCX files printed to PDF by LibreOffice, one run for all (about 4 s), with a profile of its own so that runs in
 * parallel do not meet. Returns the PDFs, written to `outDir` under each DOCX's name.
 */
export function libreOfficePdfs(docxFiles: readonly string[], outDir: string): string[] {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'khaosan-libreoffice-'))
  try {
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...docxFiles], { stdio: 'pipe', timeout: 180_000 })
  } catch (error) {
    throw new Error('LibreOffice could not print the DOCX files (install libreoffice-writer-nogui: scripts/system-packages.sh)', { cause: error })
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
  const pdfs = docxFiles.map((file) => path.join(outDir, `${path.basename(file, '.docx')}.pdf`))
  for (const pdf of pdfs) if (!existsSync(pdf)) throw new Error(`LibreOffice printed no ${pdf}`)
  return pdfs
}
