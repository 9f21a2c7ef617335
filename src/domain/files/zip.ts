/**
 * A ZIP archive's central directory, read in full (names, sizes, methods, flags), and inflation that
 * counts the bytes it makes and stops at a limit. The sizes a directory claims are only claims: a bomb
 * can say 1 KB and inflate to gigabytes, so nothing here trusts them to bound the work.
 */
import { Inflate } from 'fflate'
import { ascii, concatBytes, latin1, startsWith, uint16, uint32, utf8OrNull } from './bytes'
import { findEndOfDirectory } from './sniff'

export interface ZipEntry {
  /** As the archive spells it: UTF-8 when flagged or valid, otherwise the Thai code page (TIS-620) */
  name: string
  rawName: Uint8Array
  /** General-purpose bit flags: bit 0 encrypted, bit 3 sizes in a data descriptor, bit 6 strong encryption, bit 11 UTF-8 */
  flags: number
  /** 0 stored, 8 deflated; anything else this system cannot inflate */
  method: number
  compressedSize: number
  uncompressedSize: number
  /** Where the compressed data starts (after the local header) */
  dataOffset: number
  /** A folder, not a file: the name ends with "/" */
  isFolder: boolean
}

export type ZipDirectory =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; problem: 'unreadable' | 'zip64' | 'overlapping' }

const LOCAL_FILE = ascii('PK\x03\x04')
const DIRECTORY_ENTRY = ascii('PK\x01\x02')
const ZIP64_LOCATOR = ascii('PK\x06\x07')
const MAX_32 = 0xffffffff

let thai: TextDecoder | null = null
function decodeName(raw: Uint8Array, flags: number): string {
  const utf8 = utf8OrNull(raw)
  if (utf8 !== null || flags & 0x800) return utf8 ?? new TextDecoder().decode(raw)
  try {
    thai ??= new TextDecoder('windows-874')
    return thai.decode(raw)
  } catch {
    return latin1(raw)
  }
}

/** The extra field's records: 0x0001 is the ZIP64 one. */
function hasZip64Extra(bytes: Uint8Array, start: number, length: number): boolean {
  for (let at = start; at + 4 <= start + length; at += 4 + uint16(bytes, at + 2)) {
    if (uint16(bytes, at) === 0x0001) return true
  }
  return false
}

/**
 * Every entry of the central directory, each checked against its local header (same name, data inside
 * the file, before the directory, not overlapping another entry's: overlapping entries are how the
 * smallest bombs multiply one compressed block). ZIP64 and multi-disk archives are refused as unreadable
 * here: a file the settings allow is far below 4 GB.
 */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const end = findEndOfDirectory(bytes)
  if (end < 0) return { ok: false, problem: 'unreadable' }
  if (startsWith(bytes, ZIP64_LOCATOR, end - 20)) return { ok: false, problem: 'zip64' }
  const disk = uint16(bytes, end + 4)
  const directoryDisk = uint16(bytes, end + 6)
  const onThisDisk = uint16(bytes, end + 8)
  const count = uint16(bytes, end + 10)
  const size = uint32(bytes, end + 12)
  const offset = uint32(bytes, end + 16)
  if (count === 0xffff || size === MAX_32 || offset === MAX_32) return { ok: false, problem: 'zip64' }
  if (disk !== 0 || directoryDisk !== 0 || onThisDisk !== count) return { ok: false, problem: 'unreadable' }
  if (offset + size > end) return { ok: false, problem: 'unreadable' }

  const entries: ZipEntry[] = []
  const spans: [number, number][] = []
  let at = offset
  for (let i = 0; i < count; i++) {
    if (!startsWith(bytes, DIRECTORY_ENTRY, at) || at + 46 > offset + size) return { ok: false, problem: 'unreadable' }
    const flags = uint16(bytes, at + 8)
    const method = uint16(bytes, at + 10)
    const compressedSize = uint32(bytes, at + 20)
    const uncompressedSize = uint32(bytes, at + 24)
    const nameLength = uint16(bytes, at + 28)
    const extraLength = uint16(bytes, at + 30)
    const commentLength = uint16(bytes, at + 32)
    const localOffset = uint32(bytes, at + 42)
    const next = at + 46 + nameLength + extraLength + commentLength
    if (next > offset + size) return { ok: false, problem: 'unreadable' }
    if (
      compressedSize === MAX_32 ||
      uncompressedSize === MAX_32 ||
      localOffset === MAX_32 ||
      hasZip64Extra(bytes, at + 46 + nameLength, extraLength)
    ) {
      return { ok: false, problem: 'zip64' }
    }
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength)
    if (!startsWith(bytes, LOCAL_FILE, localOffset) || localOffset + 30 > offset) return { ok: false, problem: 'unreadable' }
    const localNameLength = uint16(bytes, localOffset + 26)
    const localName = bytes.subarray(localOffset + 30, localOffset + 30 + localNameLength)
    if (localNameLength !== nameLength || !localName.every((byte, j) => byte === rawName[j])) {
      return { ok: false, problem: 'unreadable' } // one name for the directory, another for whoever reads the local headers
    }
    const dataOffset = localOffset + 30 + localNameLength + uint16(bytes, localOffset + 28)
    if (dataOffset + compressedSize > offset) return { ok: false, problem: 'unreadable' }
    const name = decodeName(rawName, flags)
    entries.push({
      name,
      rawName,
      flags,
      method,
      compressedSize,
      uncompressedSize,
      dataOffset,
      isFolder: name.endsWith('/') || name.endsWith('\\'),
    })
    spans.push([localOffset, dataOffset + compressedSize])
    at = next
  }
  spans.sort((a, b) => a[0] - b[0])
  for (let i = 1; i < spans.length; i++) if (spans[i][0] < spans[i - 1][1]) return { ok: false, problem: 'overlapping' }
  return { ok: true, entries }
}

export interface Inflated {
  /** How many bytes the data inflated to, counted as they came, up to the limit */
  size: number
  /** The first kilobyte, for telling the type */
  head: Uint8Array
  /** All of it, when `keep` asked for it */
  data: Uint8Array | null
  /** Inflation stopped because it passed `limit` */
  overLimit: boolean
  /** The compressed data is damaged or ends too soon */
  damaged: boolean
}

const HEAD = 1024
const CHUNK = 4096 // deflate cannot expand more than about 1,032 times, so each push makes at most ~4 MB

/**
 * Inflates raw DEFLATE data (method 8), or copies stored data (method 0), counting the output and
 * stopping as soon as it passes `limit`. `keep` decides from the first kilobyte whether the whole output
 * is kept (a ZIP, Office or PDF file inside needs inspecting) or only counted.
 */
export function inflateBounded(
  compressed: Uint8Array,
  method: 0 | 8,
  limit: number,
  keep: (head: Uint8Array) => boolean = () => true,
): Inflated {
  const chunks: Uint8Array[] = []
  let size = 0
  let head: Uint8Array | null = null
  let keeping = true
  let headParts: Uint8Array[] = []
  let overLimit = false
  const take = (chunk: Uint8Array) => {
    if (overLimit || chunk.length === 0) return
    size += chunk.length
    if (size > limit) {
      overLimit = true
      return
    }
    if (head === null) {
      headParts.push(chunk)
      const have = headParts.reduce((n, part) => n + part.length, 0)
      if (have >= HEAD) settleHead()
    }
    if (keeping) chunks.push(chunk)
  }
  const settleHead = () => {
    head = concatBytes(headParts).slice(0, HEAD)
    headParts = []
    keeping = keep(head)
    if (!keeping) chunks.length = 0
  }

  let damaged = false
  if (method === 0) {
    for (let at = 0; at < compressed.length && !overLimit; at += CHUNK) take(compressed.subarray(at, at + CHUNK))
  } else {
    const inflate = new Inflate((chunk) => take(chunk))
    try {
      for (let at = 0; !overLimit; at += CHUNK) {
        const final = at + CHUNK >= compressed.length
        inflate.push(compressed.subarray(at, at + CHUNK), final)
        if (final) break
      }
    } catch {
      damaged = true
    }
  }
  if (head === null) settleHead()
  return { size, head: head ?? new Uint8Array(), data: keeping && !overLimit ? concatBytes(chunks) : null, overLimit, damaged }
}

