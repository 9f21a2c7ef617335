/** Small helpers for reading binary formats: signatures, little-endian numbers, text. */

export const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0))

export const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  at >= 0 && bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte)

export const uint16 = (bytes: Uint8Array, at: number): number => bytes[at] | (bytes[at + 1] << 8)

export const uint32 = (bytes: Uint8Array, at: number): number =>
  (uint16(bytes, at) + uint16(bytes, at + 2) * 0x10000) >>> 0

/** Each byte as the character of the same number, so offsets in the text are offsets in the file. */
export function latin1(bytes: Uint8Array): string {
  let text = ''
  for (let at = 0; at < bytes.length; at += 0x8000) {
    text += Reflect.apply(String.fromCharCode, null, bytes.subarray(at, at + 0x8000))
  }
  return text
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/** The text when the bytes are valid UTF-8 (a leading byte-order mark is dropped), otherwise null. */
export function utf8OrNull(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes)
  } catch {
    return null
  }
}

export const lenientUtf8 = new TextDecoder()

/** The parts one after another, in one array (the part itself when there is only one). */
export function concatBytes(parts: readonly (Uint8Array | readonly number[])[]): Uint8Array {
  if (parts.length === 1 && parts[0] instanceof Uint8Array) return parts[0]
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}
