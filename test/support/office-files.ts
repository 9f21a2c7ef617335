/** Small real attachments with Thai text: a PDF printed by Chromium, a DOCX written by `docx`, an XLSX by ExcelJS. */
import { Document, Packer, Paragraph, TextRun } from 'docx'
import ExcelJS from 'exceljs'
import { renderPdf } from '@/documents/pdf'
import { escapeHtml } from '@/domain/search'

/** A PDF of the paragraphs, printed by Chromium in the system's sans-serif Thai font. */
export const thaiPdf = (paragraphs: string[]): Promise<Buffer> =>
  renderPdf(`<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"></head><body>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</body></html>`)

export const thaiDocx = (paragraphs: string[]): Promise<Buffer> =>
  Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph({ children: [new TextRun(text)] })) }] }))

/** A workbook with one sheet of the rows; strings as shared strings, and one inline string cell if given. */
export async function thaiXlsx(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('ข้อมูล')
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
