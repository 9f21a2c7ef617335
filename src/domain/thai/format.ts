/**
 * Thai official formatting: Thai numerals (เลขไทย) and Buddhist-era dates, as official documents
 * (หนังสือราชการ) write them, and the Arabic-numeral forms used on web pages.
 */
import { BANGKOK_TIME_ZONE } from './calendar'

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙'

/** Replace every Arabic digit with its Thai numeral: "2569" → "๒๕๖๙". */
export const toThaiDigits = (text: string | number): string =>
  String(text).replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)])

const formatter = (locale: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale, { timeZone: BANGKOK_TIME_ZONE, ...options })

const officialLong = formatter('th-TH-u-ca-buddhist-nu-thai', { dateStyle: 'long' })
const webLong = formatter('th-TH-u-ca-buddhist-nu-latn', { dateStyle: 'long' })
const webShort = formatter('th-TH-u-ca-buddhist-nu-latn', { day: 'numeric', month: 'short', year: 'numeric' })
const webTime = formatter('th-TH-u-ca-buddhist-nu-latn', { hour: '2-digit', minute: '2-digit', hour12: false })

/** "๑๕ มีนาคม ๒๕๖๘" — official documents. */
export const officialDate = (at: Date): string => officialLong.format(at)
/** "15 มีนาคม 2568" — web pages. */
export const thaiDate = (at: Date): string => webLong.format(at)
/** "15 มี.ค. 2568" — lists and tables. */
export const thaiShortDate = (at: Date): string => webShort.format(at)
/** "15 มีนาคม 2568 เวลา 09:30 น." */
export const thaiDateTime = (at: Date): string => `${webLong.format(at)} เวลา ${webTime.format(at)} น.`
