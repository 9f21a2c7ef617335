/**
 * The hostile corpus (test/hostile, built by `npx tsx test/hostile/build.ts`) through the one entry point,
 * with every type allowed. Entries marked `needs` are refused by a parser in the upload adapter (pdf.js,
 * sharp), not by these byte-level checks, and are left to the integration test.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkAttachment, SUPPORTED_EXTENSIONS, type FilePolicy } from './attachments'

interface Entry {
  file: string
  claimedName: string
  expect: 'refused' | 'accepted'
  code: string | null
  needs?: string
  safeName?: string
  note: string
}

const HOSTILE = path.resolve(import.meta.dirname, '../../../test/hostile')
const manifest: Entry[] = JSON.parse(fs.readFileSync(path.join(HOSTILE, 'manifest.json'), 'utf8'))
const policy: FilePolicy = { allowedExtensions: SUPPORTED_EXTENSIONS, maxBytes: 4 * 1024 * 1024 }
const THAI = /[\u0e00-\u0e7f]/

describe('the hostile corpus', () => {
  it('has every file the manifest lists, each under 200 KB, and some of each verdict', () => {
    for (const entry of manifest) expect(fs.statSync(path.join(HOSTILE, 'files', entry.file)).size, entry.file).toBeLessThan(200 * 1024)
    expect(manifest.filter((e) => e.expect === 'accepted').length).toBeGreaterThan(10)
    expect(manifest.filter((e) => e.expect === 'refused').length).toBeGreaterThan(50)
  })

  it.each(manifest.filter((entry) => !entry.needs).map((entry) => [entry.file, entry] as const))('%s', (_file, entry) => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(HOSTILE, 'files', entry.file)))
    const verdict = checkAttachment({ filename: entry.claimedName, bytes }, policy)
    if (entry.expect === 'accepted') {
      expect(verdict, entry.note).toMatchObject({ ok: true })
      if (entry.safeName) expect(verdict.ok && verdict.filename).toBe(entry.safeName)
      return
    }
    expect(verdict, entry.note).toMatchObject({ ok: false, code: entry.code })
    if (verdict.ok) return
    expect(verdict.message).toMatch(THAI)
    expect(verdict.message).toMatch(/^ไฟล์ "[^"]+" /) // names the file
    expect(verdict.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/)
  })

  it('leaves to the adapter only what needs a parser, and passes it on with the kind to check', () => {
    const needing = manifest.filter((entry) => entry.needs)
    expect(needing.map((entry) => entry.needs).sort()).toEqual(['decode', 'decode', 'pdfjs'])
    for (const entry of needing) {
      const bytes = new Uint8Array(fs.readFileSync(path.join(HOSTILE, 'files', entry.file)))
      const verdict = checkAttachment({ filename: entry.claimedName, bytes }, policy)
      expect(verdict).toMatchObject({ ok: true, kind: entry.needs === 'pdfjs' ? 'pdf' : 'image' })
    }
  })
})
