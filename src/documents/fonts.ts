/**
 * The Sarabun TTFs (regular and bold) used by official documents, both PDF (embedded in HTML as
 * data URLs) and DOCX (embedded in word/fonts/). Full TTFs come from `@expo-google-fonts/sarabun`;
 * `@fontsource/sarabun` only has WOFF subsets, which DOCX cannot embed.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

export interface SarabunFonts {
  regular: Buffer
  bold: Buffer
}

const PACKAGE = '@expo-google-fonts/sarabun'
const FILES = {
  regular: path.join('400Regular', 'Sarabun_400Regular.ttf'),
  bold: path.join('700Bold', 'Sarabun_700Bold.ttf'),
} as const

/** Candidate folders of the font package: resolved from this module, then from the working directory. */
function packageDirs(): string[] {
  const dirs: string[] = []
  if (process.env.SARABUN_FONT_DIR) dirs.push(process.env.SARABUN_FONT_DIR)
  try {
    const require = createRequire(import.meta.url)
    dirs.push(path.dirname(require.resolve(`${PACKAGE}/package.json`)))
  } catch {
    // Bundled (Next.js) code may not resolve from import.meta.url; fall back to the working directory.
  }
  dirs.push(path.join(process.cwd(), 'node_modules', PACKAGE))
  return dirs
}

/** The folder that holds both TTFs. */
export function sarabunFontDir(): string {
  const candidates = packageDirs()
  const found = candidates.find(
    (dir) => existsSync(path.join(dir, FILES.regular)) && existsSync(path.join(dir, FILES.bold)),
  )
  if (!found) {
    throw new Error(
      `ไม่พบไฟล์ฟอนต์ Sarabun (${PACKAGE}) สำหรับสร้างเอกสารราชการ — ค้นหาใน: ${candidates.join(', ')}`,
    )
  }
  return found
}

let cached: SarabunFonts | null = null

/** The regular and bold Sarabun TTFs, read once and cached. */
export function sarabunFonts(): SarabunFonts {
  if (!cached) {
    const dir = sarabunFontDir()
    cached = {
      regular: readFileSync(path.join(dir, FILES.regular)),
      bold: readFileSync(path.join(dir, FILES.bold)),
    }
  }
  return cached
}

let cachedDataUrls: { regular: string; bold: string } | null = null

/** The TTFs as `data:font/ttf;base64,…` URLs for CSS @font-face (cached). */
export function sarabunDataUrls(): { regular: string; bold: string } {
  if (!cachedDataUrls) {
    const { regular, bold } = sarabunFonts()
    cachedDataUrls = {
      regular: `data:font/ttf;base64,${regular.toString('base64')}`,
      bold: `data:font/ttf;base64,${bold.toString('base64')}`,
    }
  }
  return cachedDataUrls
}
