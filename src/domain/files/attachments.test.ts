import { describe, expect, it } from 'vitest'
import {
  DEFAULT_FILE_POLICY,
  checkAttachment,
  describeFileType,
  dropUnsupportedExtensions,
  fileExtension,
  formatFileSize,
  parseFilePolicy,
  type FilePolicy,
} from './attachments'
import * as f from './fixtures'

const MB = 1024 * 1024
const ALLOWED = '.pdf .xls .xlsx .doc .docx .jpg .png .zip'
const SUPPORTED = '.pdf .doc .docx .xls .xlsx .odt .ods .jpg .png .tiff .zip .kmz .kml .shp .txt .csv .json .xml'

describe('DEFAULT_FILE_POLICY', () => {
  it('is what seed 002 §2.7 names, less RAR (whose inside cannot be checked): eight types, 4 MB each', () => {
    expect(DEFAULT_FILE_POLICY).toEqual({
      allowedExtensions: ['pdf', 'xls', 'xlsx', 'doc', 'docx', 'jpg', 'png', 'zip'],
      maxBytes: 4_194_304,
    })
  })
})

describe('checkAttachment', () => {
  it.each([
    ['ประกาศ.pdf', f.PDF, 'pdf', 'application/pdf', 'pdf'],
    ['แผนที่.PNG', f.PNG, 'png', 'image/png', 'image'],
    ['กิจกรรม.jpg', f.JPEG, 'jpg', 'image/jpeg', 'image'],
    ['กิจกรรม.jpeg', f.JPEG, 'jpeg', 'image/jpeg', 'image'],
    ['คำสั่ง.doc', f.OLE2, 'doc', 'application/msword', 'office'],
    ['งบทดลอง.xls', f.OLE2, 'xls', 'application/vnd.ms-excel', 'office'],
    ['คำสั่ง.docx', f.DOCX, 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'office'],
    ['งบทดลอง.xlsx', f.XLSX, 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'office'],
    ['เอกสาร.zip', f.PLAIN_ZIP, 'zip', 'application/zip', 'other'],
    ['แบบฟอร์ม.zip', f.DOCX, 'zip', 'application/zip', 'other'], // a .zip may hold any ZIP
  ])('accepts %s', (filename, bytes, extension, mimeType, kind) => {
    expect(checkAttachment({ filename, bytes })).toEqual({ ok: true, extension, mimeType, kind, filename })
  })

  it('refuses a RAR file under any name, asking for a ZIP instead', () => {
    const message = 'ไฟล์ "ภาพถ่าย.rar" เป็นไฟล์ RAR ซึ่งระบบตรวจสอบไม่ได้ว่ามีอะไรอยู่ข้างใน กรุณาบีบอัดเป็นไฟล์ .zip แทนแล้วแนบใหม่'
    expect(checkAttachment({ filename: 'ภาพถ่าย.rar', bytes: f.RAR5 })).toEqual({ ok: false, code: 'unsupported', message })
    expect(checkAttachment({ filename: 'ภาพถ่าย.rar', bytes: f.RAR5 }, { allowedExtensions: ['rar'], maxBytes: MB })).toMatchObject({
      code: 'unsupported', // an old setting that still names rar
    })
    expect(checkAttachment({ filename: 'ภาพถ่าย.zip', bytes: f.RAR4 })).toMatchObject({ code: 'unsupported' })
  })

  it('checks and returns the name made safe, reading it as the computer does', () => {
    expect(checkAttachment({ filename: 'C:\\งาน\\ประกาศ ราคากลาง.pdf', bytes: f.PDF })).toMatchObject({ ok: true, filename: 'ประกาศ ราคากลาง.pdf' })
    expect(checkAttachment({ filename: 'CON.pdf', bytes: f.PDF })).toMatchObject({ ok: true, filename: '_CON.pdf' })
    // Shown as "รายงานexe.pdf", but it is an .exe.
    expect(checkAttachment({ filename: 'รายงาน\u202Efdp.exe', bytes: f.PDF })).toEqual({
      ok: false,
      code: 'extension-not-allowed',
      message: `ไฟล์ "รายงานfdp.exe" เป็นไฟล์ประเภท .exe ซึ่งไม่อนุญาต (อนุญาตเฉพาะ ${ALLOWED})`,
    })
    expect(checkAttachment({ filename: 'ประกาศ.pdf\u0000.exe', bytes: f.PDF })).toMatchObject({ code: 'extension-not-allowed' })
  })

  it('refuses an extension the policy does not allow, naming the allowed ones', () => {
    expect(checkAttachment({ filename: 'setup.exe', bytes: f.PDF })).toEqual({
      ok: false,
      code: 'extension-not-allowed',
      message: `ไฟล์ "setup.exe" เป็นไฟล์ประเภท .exe ซึ่งไม่อนุญาต (อนุญาตเฉพาะ ${ALLOWED})`,
    })
    expect(checkAttachment({ filename: 'ข้อมูล.csv', bytes: f.bytesOf('a,b\n') })).toMatchObject({
      code: 'extension-not-allowed',
    })
  })

  it('refuses a file without an extension', () => {
    expect(checkAttachment({ filename: 'README', bytes: f.PDF })).toMatchObject({
      code: 'extension-not-allowed',
      message: `ไฟล์ "README" ไม่มีนามสกุล (อนุญาตเฉพาะ ${ALLOWED})`,
    })
  })

  it('refuses an empty file', () => {
    expect(checkAttachment({ filename: 'ว่าง.pdf', bytes: new Uint8Array() })).toEqual({
      ok: false,
      code: 'empty',
      message: 'ไฟล์ "ว่าง.pdf" ไม่มีข้อมูล (ขนาด 0 ไบต์)',
    })
  })

  it('refuses a file over the limit, giving both sizes in MB', () => {
    const big = f.concat(f.PDF, new Uint8Array(Math.round(5.2 * MB) - f.PDF.length))
    expect(checkAttachment({ filename: 'x.pdf', bytes: big })).toEqual({
      ok: false,
      code: 'too-large',
      message: 'ไฟล์ "x.pdf" มีขนาด 5.2 MB เกินขนาดที่อนุญาต 4 MB',
    })
  })

  it('accepts exactly the limit and rounds a file one byte over up, so it never reads "4 MB เกิน 4 MB"', () => {
    const atLimit = f.concat(f.PDF, new Uint8Array(4 * MB - f.PDF.length))
    expect(checkAttachment({ filename: 'x.pdf', bytes: atLimit }).ok).toBe(true)
    const over = f.concat(atLimit, [0])
    expect(checkAttachment({ filename: 'x.pdf', bytes: over })).toMatchObject({
      message: 'ไฟล์ "x.pdf" มีขนาด 4.1 MB เกินขนาดที่อนุญาต 4 MB',
    })
  })

  it('applies a policy from the settings', () => {
    const policy: FilePolicy = { allowedExtensions: ['pdf', 'csv'], maxBytes: MB / 2 }
    expect(checkAttachment({ filename: 'ข้อมูล.csv', bytes: f.bytesOf('ปี,งบประมาณ\n2568,1000\n') }, policy)).toEqual({
      ok: true,
      extension: 'csv',
      mimeType: 'text/csv',
      kind: 'other',
      filename: 'ข้อมูล.csv',
    })
    expect(checkAttachment({ filename: 'คำสั่ง.docx', bytes: f.DOCX }, policy)).toMatchObject({
      message: 'ไฟล์ "คำสั่ง.docx" เป็นไฟล์ประเภท .docx ซึ่งไม่อนุญาต (อนุญาตเฉพาะ .pdf .csv)',
    })
    const big = f.concat(f.PDF, new Uint8Array(MB))
    expect(checkAttachment({ filename: 'x.pdf', bytes: big }, policy)).toMatchObject({
      message: 'ไฟล์ "x.pdf" มีขนาด 1.1 MB เกินขนาดที่อนุญาต 0.5 MB',
    })
  })

  it('refuses content that is not what the extension claims', () => {
    expect(checkAttachment({ filename: 'a.pdf', bytes: f.PNG })).toEqual({
      ok: false,
      code: 'content-mismatch',
      message:
        'ไฟล์ "a.pdf" ไม่ใช่ไฟล์ PDF จริง (เนื้อหาของไฟล์ไม่ตรงกับนามสกุล) กรุณาตรวจสอบว่าเลือกไฟล์ถูกต้อง หรือบันทึกเป็นไฟล์ PDF ใหม่แล้วแนบอีกครั้ง',
    })
    expect(checkAttachment({ filename: 'คำสั่ง.docx', bytes: f.PLAIN_ZIP })).toMatchObject({
      code: 'content-mismatch',
      message: expect.stringMatching(/^ไฟล์ "คำสั่ง.docx" ไม่ใช่ไฟล์ Word \(DOCX\) จริง \(เนื้อหาของไฟล์ไม่ตรงกับนามสกุล\) กรุณา/),
    })
    expect(checkAttachment({ filename: 'งบ.xlsx', bytes: f.DOCX })).toMatchObject({ code: 'content-mismatch' })
    expect(checkAttachment({ filename: 'รูป.png', bytes: f.JPEG })).toMatchObject({ code: 'content-mismatch' })
  })

  it('refuses a web page or script renamed .pdf or .jpg', () => {
    const expected = {
      ok: false,
      code: 'dangerous',
      message: 'ไฟล์ "ประกาศ.pdf" มีเนื้อหาเป็นหน้าเว็บหรือสคริปต์ (HTML, SVG, XML หรือ PHP) ซึ่งไม่อนุญาตให้แนบ กรุณาแนบเป็น PDF หรือรูปภาพแทน',
    }
    expect(checkAttachment({ filename: 'ประกาศ.pdf', bytes: f.HTML })).toEqual(expected)
    expect(checkAttachment({ filename: 'logo.jpg', bytes: f.bytesOf('<svg onload="alert(1)"/>') })).toMatchObject({
      code: 'dangerous',
    })
  })

  it('refuses a program under any name', () => {
    expect(checkAttachment({ filename: 'a.pdf', bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0x00]) })).toEqual({
      ok: false,
      code: 'dangerous',
      message:
        'ไฟล์ "a.pdf" เป็นโปรแกรม Windows (EXE, DLL หรือ SCR) ซึ่งสั่งงานเครื่องคอมพิวเตอร์ได้ จึงไม่อนุญาตให้แนบ กรุณาแนบเฉพาะเอกสาร รูปภาพ หรือข้อมูล',
    })
    expect(checkAttachment({ filename: 'a.zip', bytes: f.bytesOf('#!/bin/sh\nrm -rf /\n') })).toMatchObject({ code: 'dangerous' })
  })

  it('refuses content of no known type', () => {
    expect(checkAttachment({ filename: 'a.pdf', bytes: new Uint8Array([0x00, 0x01, 0x02, 0x03]) })).toEqual({
      ok: false,
      code: 'unknown-content',
      message:
        'ไฟล์ "a.pdf" ไม่ใช่ไฟล์ PDF จริง (ไม่รู้จักรูปแบบเนื้อหาของไฟล์) กรุณาตรวจสอบว่าเลือกไฟล์ถูกต้อง หรือบันทึกเป็นไฟล์ PDF ใหม่แล้วแนบอีกครั้ง',
    })
  })
})

describe('fileExtension', () => {
  it('takes the last extension, in lower case', () => {
    expect(fileExtension('ประกาศ ฉบับที่ 1.PDF')).toBe('pdf')
    expect(fileExtension('archive.tar.gz')).toBe('gz')
    expect(fileExtension(' รูป.jpeg ')).toBe('jpeg')
    expect(fileExtension('README')).toBe('')
    expect(fileExtension('folder.d/file')).toBe('')
  })
})

describe('describeFileType', () => {
  it('gives a short label for public pages', () => {
    expect(describeFileType('pdf')).toBe('PDF')
    expect(describeFileType('.DOCX')).toBe('Word (DOCX)')
    expect(describeFileType('xls')).toBe('Excel (XLS)')
    expect(describeFileType('jpeg')).toBe('รูปภาพ JPEG')
    expect(describeFileType('kmz')).toBe('แผนที่ KMZ (Google Earth)')
    expect(describeFileType('tif')).toBe('รูปภาพ TIFF')
    expect(describeFileType('shp')).toBe('Shapefile (ZIP)')
    expect(describeFileType('rar')).toBe('RAR') // attachments of old, when RAR was allowed
    expect(describeFileType('gpx')).toBe('GPX')
  })
})

describe('formatFileSize', () => {
  it.each([
    [0, '0 ไบต์'],
    [512, '512 ไบต์'],
    [350 * 1024, '350 KB'],
    [1023 * 1024, '1,023 KB'],
    [1_048_500, '1 MB'], // 1,023.9 KB rounds to a whole megabyte
    [Math.round(1.2 * MB), '1.2 MB'],
    [4 * MB, '4 MB'],
    [Math.round(5.25 * MB), '5.3 MB'],
  ])('%i bytes → %s', (bytes, expected) => {
    expect(formatFileSize(bytes)).toBe(expected)
  })
})

describe('parseFilePolicy', () => {
  it('keeps the defaults when nothing is given', () => {
    expect(parseFilePolicy({})).toEqual({ ok: true, policy: DEFAULT_FILE_POLICY })
  })

  it('reads extensions in any case, with or without dots, from a list or a string, without repeats', () => {
    expect(parseFilePolicy({ allowedExtensions: 'PDF, .docx jpeg  pdf', maxMegabytes: '10' })).toEqual({
      ok: true,
      policy: { allowedExtensions: ['pdf', 'docx', 'jpg'], maxBytes: 10 * MB },
    })
    expect(parseFilePolicy({ allowedExtensions: ['.ODS', 'csv'], maxMegabytes: 2.5 })).toEqual({
      ok: true,
      policy: { allowedExtensions: ['ods', 'csv'], maxBytes: 2.5 * MB },
    })
  })

  it('refuses extensions whose content cannot be checked, and an empty list', () => {
    const result = parseFilePolicy({ allowedExtensions: ['pdf', 'exe', 'html'] })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors).toEqual([
      `ไม่รองรับไฟล์ประเภท .exe (ระบบตรวจสอบเนื้อหาได้เฉพาะ ${SUPPORTED})`,
      `ไม่รองรับไฟล์ประเภท .html (ระบบตรวจสอบเนื้อหาได้เฉพาะ ${SUPPORTED})`,
    ])
    expect(parseFilePolicy({ allowedExtensions: [] })).toEqual({ ok: false, errors: ['ต้องอนุญาตไฟล์อย่างน้อยหนึ่งประเภท'] })
    expect(parseFilePolicy({ allowedExtensions: ' , ' })).toEqual({
      ok: false,
      errors: ['ต้องอนุญาตไฟล์อย่างน้อยหนึ่งประเภท'],
    })
  })

  it('refuses rar, saying why', () => {
    expect(parseFilePolicy({ allowedExtensions: 'pdf rar' })).toEqual({
      ok: false,
      errors: ['ไม่รองรับไฟล์ประเภท .rar เพราะระบบตรวจสอบไม่ได้ว่ามีอะไรอยู่ข้างในไฟล์ RAR (กรุณาใช้ .zip แทน)'],
    })
  })

  it('accepts the new types', () => {
    expect(parseFilePolicy({ allowedExtensions: 'tif kml kmz shp json xml' })).toMatchObject({
      ok: true,
      policy: { allowedExtensions: ['tiff', 'kml', 'kmz', 'shp', 'json', 'xml'] },
    })
  })

  it('refuses a list that is not strings', () => {
    expect(parseFilePolicy({ allowedExtensions: ['pdf', 7] })).toEqual({
      ok: false,
      errors: ['ประเภทไฟล์ที่อนุญาตต้องเป็นรายการนามสกุลไฟล์ เช่น pdf, docx'],
    })
    expect(parseFilePolicy({ allowedExtensions: { pdf: true } }).ok).toBe(false)
  })

  it.each([0, -1, 101, 'สี่', '', Number.NaN, Number.POSITIVE_INFINITY, true])(
    'refuses a size limit of %s',
    (maxMegabytes) => {
      expect(parseFilePolicy({ maxMegabytes })).toEqual({
        ok: false,
        errors: ['ขนาดไฟล์สูงสุดต้องเป็นตัวเลขมากกว่า 0 และไม่เกิน 100 MB'],
      })
    },
  )

  it('reports every problem at once', () => {
    const result = parseFilePolicy({ allowedExtensions: [], maxMegabytes: 0 })
    expect(!result.ok && result.errors).toHaveLength(2)
  })
})

describe('dropUnsupportedExtensions', () => {
  it('reads old settings without what is no longer checked, in canonical form, without repeats', () => {
    expect(dropUnsupportedExtensions(['pdf', 'RAR', '.jpeg', 'jpg', 'exe', 7, 'tif'])).toEqual(['pdf', 'jpg', 'tiff'])
    expect(dropUnsupportedExtensions(['rar'])).toEqual([])
    expect(dropUnsupportedExtensions(null)).toEqual([])
  })
})
