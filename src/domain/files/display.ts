/**
 * How a file is named and sized for people (on public pages, in the admin's file list): plain functions with no
 * checks behind them, so the admin's upload field can use them in the browser.
 */
import { MEGABYTE } from './findings'

/** The extension as the file name has it, lower case, without the dot; "" when there is none. */
export const fileExtension = (filename: string): string =>
  /\.([^./\\]+)$/.exec(filename.trim())?.[1].toLowerCase() ?? ''

/** Sizes as Thai write them: "1.2", "1,024". */
export const thaiNumber = new Intl.NumberFormat('th-TH', { maximumFractionDigits: 1 })

/** "350 KB", "1.2 MB", "4 MB", "512 ไบต์" (1 KB = 1,024 bytes, as the 4 MB limit is counted). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${thaiNumber.format(bytes)} ไบต์`
  const kilobytes = Math.round(bytes / 1024)
  if (kilobytes < 1024) return `${thaiNumber.format(kilobytes)} KB`
  return `${thaiNumber.format(bytes / MEGABYTE)} MB`
}


/** The name a file is shown under (ชื่อเอกสาร): the Thai name given at upload, or else its file name. */
export const displayNameOf = (file: { title?: string | null; filename?: string | null }): string => file.title?.trim() || file.filename || ''
