/**
 * The detector against the corpora kept in the repository (test/corpus): every line of spam.txt is
 * flagged, no line of ordinary.txt is. scripts/bench/spam.ts prints the same figures with what was missed.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { findSpam } from './gambling'

const root = path.resolve(import.meta.dirname, '../../..')

/** One text a line; blank lines and lines starting with # are left out. */
const corpus = (name: string): string[] =>
  fs
    .readFileSync(path.join(root, 'test/corpus', name), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))

const spam = corpus('spam.txt')
const ordinary = corpus('ordinary.txt')

describe('the spam corpus', () => {
  it('is large enough to mean something', () => {
    expect(spam.length).toBeGreaterThanOrEqual(150)
  })

  it.each(spam)('flags %s', (line) => {
    expect(findSpam(line)).not.toEqual([])
  })
})

describe('the ordinary corpus', () => {
  it('is large enough to mean something', () => {
    expect(ordinary.length).toBeGreaterThanOrEqual(150)
  })

  it.each(ordinary)('leaves alone %s', (line) => {
    expect(findSpam(line)).toEqual([])
  })
})
