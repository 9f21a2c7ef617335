import { Document, Packer, Paragraph } from 'docx'
import { describe, expect, it } from 'vitest'
import { sniffFileType, zipEntryNames } from './sniff'
import * as f from './fixtures'

describe('sniffFileType', () => {
  it.each([
    ['PDF', f.PDF, 'pdf'],
    ['PNG', f.PNG, 'png'],
    ['JPEG', f.JPEG, 'jpeg'],
    ['Office 97–2003 (OLE2)', f.OLE2, 'ole2'],
    ['RAR 4', f.RAR4, 'rar'],
    ['RAR 5', f.RAR5, 'rar'],
    ['DOCX', f.DOCX, 'docx'],
    ['XLSX', f.XLSX, 'xlsx'],
    ['ODT', f.ODT, 'odt'],
    ['ODS', f.ODS, 'ods'],
    ['a plain ZIP', f.PLAIN_ZIP, 'zip'],
    ['an empty ZIP (end record only)', f.concat([0x50, 0x4b, 0x05, 0x06], new Uint8Array(18)), 'zip'],
    ['TIFF (little-endian)', f.concat(f.bytesOf('II*\0'), [8, 0, 0, 0]), 'tiff'],
    ['TIFF (big-endian)', f.concat(f.bytesOf('MM\0*'), [0, 0, 0, 8]), 'tiff'],
    ['a KMZ', f.zipOf({ 'doc.kml': '<kml/>', 'files/pin.png': 'x' }), 'kmz'],
    ['a shapefile ZIP', f.zipOf({ 'แปลง/ที่ดิน.shp': 'x', 'แปลง/ที่ดิน.SHX': 'x', 'แปลง/ที่ดิน.dbf': 'x' }), 'shapefile'],
    ['XML', f.bytesOf('<?xml version="1.0" encoding="UTF-8"?>\n<รายการ/>'), 'xml'],
  ])('recognises %s', (_name, bytes, expected) => {
    expect(sniffFileType(bytes)).toBe(expected)
  })

  it('recognises a DOCX written by a real library (the docx package)', async () => {
    const document = new Document({ sections: [{ children: [new Paragraph('ประกาศเทศบาล')] }] })
    const bytes = new Uint8Array(await Packer.toBuffer(document))
    expect(zipEntryNames(bytes)).toContain('word/document.xml')
    expect(sniffFileType(bytes)).toBe('docx')
  })

  it('needs [Content_Types].xml as well as a word/ folder to call a ZIP a DOCX', () => {
    expect(sniffFileType(f.zipOf({ 'word/บันทึก.txt': 'x' }))).toBe('zip')
  })

  it('reads entry names (Thai too) from the central directory', () => {
    expect(zipEntryNames(f.PLAIN_ZIP)).toEqual(['รายงาน/ผลการดำเนินงาน.pdf', 'อ่านก่อน.txt'])
    expect(zipEntryNames(f.PLAIN_ZIP.subarray(0, 40))).toEqual([]) // truncated: no directory
  })

  it.each([
    ['an HTML page', '<!DOCTYPE html><html><body>ข่าว</body></html>'],
    ['HTML after blank lines', '\n\n   <HTML lang="th">'],
    ['an SVG image', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    ['an XML-prefixed SVG', '<?xml version="1.0"?>\n<svg/>'],
    ['a PHP script', '<?php system($_GET["c"]); ?>'],
    ['a bare script', 'var x = 1\n<script src="https://evil.example/x.js"></script>'],
  ])('calls %s markup', (_name, text) => {
    expect(sniffFileType(f.bytesOf(text))).toBe('markup')
  })

  it('calls Thai UTF-8 and TIS-620 text "text"', () => {
    expect(sniffFileType(f.bytesOf('ลำดับ,รายการ,จำนวนเงิน\r\n1,ค่าวัสดุ,"1,500.00"\r\n'))).toBe('text')
    expect(sniffFileType(new Uint8Array([0xbb, 0xc3, 0xd0, 0xa1, 0xd2, 0xc8, 0x0d, 0x0a]))).toBe('text') // "ประกาศ" in TIS-620
  })

  it('looks for markup only in the first kilobyte, as browsers do', () => {
    expect(sniffFileType(f.bytesOf(`${'ก'.repeat(400)}<html>`))).toBe('text') // 1,200 bytes of Thai first
  })

  it.each([
    ['a Windows program', [0x4d, 0x5a, 0x90, 0x00, 0x03]],
    ['a Linux program', [0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01]],
    ['a macOS program', [0xcf, 0xfa, 0xed, 0xfe, 0x07, 0x00]],
    ['a Java class', [0xca, 0xfe, 0xba, 0xbe, 0x00, 0x00, 0x00, 0x41]],
    ['a Windows shortcut', [0x4c, 0, 0, 0, 0x01, 0x14, 0x02, 0, 0, 0, 0, 0, 0xc0, 0, 0, 0, 0, 0, 0, 0x46]],
    ['a shell script', [...f.bytesOf('#!/bin/sh\n')]],
  ])('calls %s executable', (_name, bytes) => {
    expect(sniffFileType(new Uint8Array(bytes))).toBe('executable')
  })

  it('does not call text that begins with "MZ" a program', () => {
    expect(sniffFileType(f.bytesOf('MZ,รหัส,จำนวน\n1,2,3\n'))).toBe('text')
  })

  it('knows nothing about binary data, an empty file or a damaged signature', () => {
    expect(sniffFileType(new Uint8Array([0x00, 0x01, 0x02, 0x03]))).toBeNull()
    expect(sniffFileType(new Uint8Array())).toBeNull()
    expect(sniffFileType(f.bytesOf('Rar!\x1a\x07\x02\x00'))).toBeNull()
  })

  it('needs the whole signature: "%PDF" without its dash is only text', () => {
    expect(sniffFileType(f.bytesOf('%PDF 1.7'))).toBe('text')
  })
})
