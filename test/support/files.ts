/**
 * Small real files for uploads: a PDF with one page, its cross-reference table and trailer, which pdf.js opens
 * (uploads are checked for that). `text` goes into a comment, so that each file differs.
 */
export function pdfBytes(text = 'Khaosan test'): Uint8Array {
  const content = 'BT /F1 12 Tf 72 720 Td (Khaosan) Tj ET'
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ]
  const encoder = new TextEncoder()
  let pdf = `%PDF-1.4\n% ${text}\n`
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(encoder.encode(pdf).length)
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = encoder.encode(pdf).length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return encoder.encode(pdf)
}

export const htmlPretendingToBePdf = (): Uint8Array => new TextEncoder().encode('<html><script>alert(1)</script>สล็อตเว็บตรง</html>')

export const oversizedPdf = (megabytes: number): Uint8Array => {
  const bytes = new Uint8Array(megabytes * 1024 * 1024)
  bytes.set(pdfBytes())
  return bytes
}

/** A 1×1 PNG, a real picture for the image checks. */
export const pngBytes = (): Uint8Array =>
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
