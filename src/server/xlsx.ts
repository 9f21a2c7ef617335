/**
 * One-sheet XLSX workbooks from rows of text (the assessor's URL list): header bold and frozen, URLs as links.
 * ExcelJS is loaded with the first workbook (12 MB the site process need not hold until someone exports).
 */
export async function rowsToXlsx(sheetName: string, rows: readonly (readonly string[])[]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Khaosan'
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] })
  for (const row of rows) sheet.addRow([...row])
  sheet.getRow(1).font = { bold: true }
  sheet.columns.forEach((column) => {
    column.width = Math.min(60, Math.max(10, ...rows.map((row) => row[Number(column.number) - 1]?.length ?? 0)))
  })
  sheet.eachRow((row, index) => {
    if (index === 1) return
    row.eachCell((cell) => {
      const text = String(cell.value ?? '')
      if (/^https?:\/\//.test(text)) cell.value = { text, hyperlink: text }
    })
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
