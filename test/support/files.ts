/** Small real files for uploads. */
export const pdfBytes = (text = 'Khaosan test'): Uint8Array =>
  new TextEncoder().encode(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`)

export const htmlPretendingToBePdf = (): Uint8Array => new TextEncoder().encode('<html><script>alert(1)</script>สล็อตเว็บตรง</html>')

export const oversizedPdf = (megabytes: number): Uint8Array => {
  const bytes = new Uint8Array(megabytes * 1024 * 1024)
  bytes.set(pdfBytes())
  return bytes
}

/** A 1×1 PNG, a real picture for the image checks. */
export const pngBytes = (): Uint8Array =>
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
