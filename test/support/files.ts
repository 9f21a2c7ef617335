/**
 * Small real files for uploads: a PDF with one page, its cross-reference table and trailer, which pdf.js opens
 * (uploads are checked for that). `text` goes into a comment, so that each file differs.
 */
export const pdfBytes = (text = 'Khaosan test'): Uint8Array => onePagePdf('BT /F1 12 Tf 72 720 Td (Khaosan) Tj ET', { comment: text })

/**
 * A PDF of one A4 page drawing `content` (Helvetica as /F1), with the page's `annotations` and more objects
 * (`extra`, numbered from 6) for them and the page's resources to refer to.
 */
export function onePagePdf(content: string, { comment = 'Khaosan test', resources = '', annotations = '', extra = [] as string[] } = {}): Uint8Array {
  return pdfOf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >>${resources && ` ${resources}`} >> /Contents 5 0 R${annotations && ` /Annots [${annotations}]`} >>`,
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      pdfStream('', content),
      ...extra,
    ],
    comment,
  )
}

/** A stream object's body: its dictionary with the length, and its data (ASCII, so that characters are bytes). */
export const pdfStream = (dictionary: string, data: string): string => `<< ${dictionary && `${dictionary} `}/Length ${data.length} >>\nstream\n${data}\nendstream`

/** A PDF of these objects (object n is objects[n - 1], the catalog first) with a correct cross-reference table. */
function pdfOf(objects: string[], comment: string): Uint8Array {
  const encoder = new TextEncoder()
  let pdf = `%PDF-1.4\n% ${comment}\n`
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
