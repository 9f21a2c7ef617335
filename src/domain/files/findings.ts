/**
 * Why a file is refused, as the checks report it: a code the adapters can act on, and the reason and the
 * remedy in Thai. `checkAttachment` puts the file's name in front: `ไฟล์ "x.docx" <reason> <fix>`.
 */

export type AttachmentProblem =
  | 'empty'
  | 'too-large'
  | 'extension-not-allowed'
  | 'content-mismatch' // the content is not what the extension claims
  | 'unknown-content' // the content is of no type the system knows
  | 'broken' // the right type, but damaged, cut short or unreadable (a ZIP64 archive too)
  | 'active-content' // macros, ActiveX, JavaScript or launch actions in a PDF, scripts in an OpenDocument file
  | 'dangerous' // a program, a script, a web page or SVG, XML with a DOCTYPE: under any name
  | 'archive' // an archive, or compressed data, outside the limits: a bomb, too many files, a path outside the folder, a password, too deep
  | 'unsupported' // a kind of file whose inside the system cannot inspect (RAR, a password-protected Office file)

export interface Finding {
  code: AttachmentProblem
  /** What is wrong, starting with a verb: "มีมาโคร (โค้ดที่สั่งงานได้) ซึ่งไม่อนุญาตให้แนบ". */
  reason: string
  /** What to do instead: "กรุณาบันทึกเป็น .docx ที่ไม่มีมาโครแล้วแนบใหม่". */
  fix: string
}

export const finding = (code: AttachmentProblem, reason: string, fix: string): Finding => ({ code, reason, fix })

/** The full message for the person uploading. */
export const messageOf = (displayName: string, found: Finding): string =>
  `ไฟล์ "${displayName}" ${found.reason}${found.fix ? ` ${found.fix}` : ''}`

/** A problem found in a file inside an archive, told as a problem of the archive: the path says where. */
export const inside = (path: string, found: Finding, fix = 'กรุณานำไฟล์นั้นออกหรือแก้ไข แล้วบีบอัดเป็น ZIP ใหม่และแนบอีกครั้ง'): Finding => ({
  code: found.code,
  reason: `มีไฟล์ "${path}" อยู่ข้างใน และไฟล์นั้น${found.reason}`,
  fix,
})

export const MEGABYTE = 1024 * 1024
