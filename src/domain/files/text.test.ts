import { describe, expect, it } from 'vitest'
import { checkAttachment, type FilePolicy } from './attachments'
import { bytesOf, concat, zipOf } from './fixtures'
import { jsonProblem, MAX_JSON_BYTES, plainTextProblem, xmlProblem } from './text'

const MB = 1024 * 1024

describe('plainTextProblem', () => {
  it('accepts UTF-8 (with or without a byte-order mark) and single-byte Thai', () => {
    expect(plainTextProblem(bytesOf('ลำดับ,รายการ\r\n1,ค่าวัสดุ\r\n'), 'CSV')).toBeNull()
    expect(plainTextProblem(concat([0xef, 0xbb, 0xbf], bytesOf('ก,ข\n')), 'CSV')).toBeNull()
    expect(plainTextProblem(new Uint8Array([0xbb, 0xc3, 0xd0, 0xa1, 0xd2, 0xc8, 0x09, 0x93, 0x94, 0x0d, 0x0a]), 'CSV')).toBeNull() // TIS-620 / windows-874
  })

  it('reads the whole file: a NUL anywhere is refused', () => {
    const late = concat(bytesOf('ก'.repeat(5000)), [0], bytesOf('ข'))
    expect(plainTextProblem(late, 'TXT')).toMatchObject({ code: 'content-mismatch' })
    expect(plainTextProblem(bytesOf('a\u007fb'), 'TXT')).toMatchObject({ code: 'content-mismatch' })
    expect(plainTextProblem(bytesOf('a\u0085b'), 'TXT')).toMatchObject({ code: 'content-mismatch' }) // a C1 control in UTF-8
    expect(plainTextProblem(new Uint8Array([0x41, 0x81, 0x42]), 'TXT')).toMatchObject({ code: 'content-mismatch' }) // no character in any Thai or Western code page
  })

  it('says so when the text is UTF-16', () => {
    expect(plainTextProblem(new Uint8Array([0xff, 0xfe, 0x01, 0x0e]), 'CSV')?.reason).toContain('UTF-16')
  })
})

describe('jsonProblem', () => {
  it('wants JSON that parses, in UTF-8, of at most 50 MB', () => {
    expect(jsonProblem(bytesOf('{"ชื่อ":"เทศบาล","ปี":[2567,2568]}'))).toBeNull()
    expect(jsonProblem(bytesOf('{"a":1,}'))).toMatchObject({ code: 'broken' })
    expect(jsonProblem(new Uint8Array([0x22, 0xbb, 0x22]))).toMatchObject({ code: 'content-mismatch' })
    expect(jsonProblem(new Uint8Array(MAX_JSON_BYTES + 1))).toMatchObject({ code: 'too-large' })
  })
})

describe('xmlProblem', () => {
  it('accepts XML data, with Thai element names and no declaration too', () => {
    expect(xmlProblem(bytesOf('<?xml version="1.0"?>\n<!-- ส่งออก -->\n<รายการ><ก/></รายการ>'), 'XML')).toBeNull()
    expect(xmlProblem(bytesOf('<data a="1"/>'), 'XML')).toBeNull()
  })

  it.each([
    ['a DOCTYPE', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'],
    ['a lone ENTITY', '<x><!ENTITY a SYSTEM "file:///etc/passwd"></x>'],
    ['a script', '<x><script>alert(1)</script></x>'],
    ['a prefixed script', '<x><h:script xmlns:h="urn:x">alert(1)</h:script></x>'],
    ['an escaped script', '<x><d>&lt;script&gt;alert(1)&lt;/script&gt;</d></x>'],
    ['a javascript: link', '<x href="javascript:alert(1)"/>'],
    ['the XHTML namespace', '<x><a xmlns="http://www.w3.org/1999/xhtml" onclick="x()"/></x>'],
    ['an SVG root', '<svg:svg xmlns:svg="urn:x"/>'],
    ['an XSLT style sheet', '<?xml-stylesheet type="text/xsl" href="x.xsl"?><x/>'],
  ])('refuses %s', (_name, xml) => {
    expect(xmlProblem(bytesOf(xml), 'XML')).toMatchObject({ code: 'dangerous' })
  })

  it('wants <kml> at the root of a KML file', () => {
    expect(xmlProblem(bytesOf('<kml xmlns="http://www.opengis.net/kml/2.2"><Document/></kml>'), 'KML', 'kml')).toBeNull()
    expect(xmlProblem(bytesOf('<kml:kml xmlns:kml="http://www.opengis.net/kml/2.2"/>'), 'KML', 'kml')).toBeNull()
    expect(xmlProblem(bytesOf('<gpx/>'), 'KML', 'kml')).toMatchObject({ code: 'content-mismatch' })
    expect(xmlProblem(bytesOf('just text'), 'KML', 'kml')).toMatchObject({ code: 'content-mismatch' })
  })
})

describe('checkAttachment with the new types', () => {
  const all: FilePolicy = { allowedExtensions: ['tiff', 'txt', 'csv', 'json', 'xml', 'kml', 'kmz', 'shp', 'ods'], maxBytes: 4 * MB }
  const check = (filename: string, bytes: Uint8Array, policy = all) => checkAttachment({ filename, bytes }, policy)

  it('gives the MIME type and label of each', () => {
    expect(check('สแกน.tif', concat(bytesOf('II*\0'), new Uint8Array(8)))).toMatchObject({ ok: true, mimeType: 'image/tiff', kind: 'image' })
    expect(check('สแกน.TIFF', concat(bytesOf('MM\0*'), new Uint8Array(8)))).toMatchObject({ ok: true, extension: 'tiff' })
    expect(check('ข้อมูล.json', bytesOf('[1,2]'))).toMatchObject({ ok: true, mimeType: 'application/json' })
    expect(check('ข้อมูล.xml', bytesOf('<?xml version="1.0"?><a/>'))).toMatchObject({ ok: true, mimeType: 'application/xml' })
    expect(check('จุด.kml', bytesOf('<kml/>'))).toMatchObject({ ok: true, mimeType: 'application/vnd.google-earth.kml+xml' })
    expect(check('จุด.kmz', zipOf({ 'doc.kml': '<kml/>' }))).toMatchObject({ ok: true, mimeType: 'application/vnd.google-earth.kmz' })
    expect(check('ตาราง.ods', zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }))).toMatchObject({ ok: true, kind: 'office' })
  })

  it('refuses XML renamed .txt or .csv, as before', () => {
    expect(check('บันทึก.txt', bytesOf('<?xml version="1.0"?><a/>'))).toMatchObject({ code: 'content-mismatch' })
  })

  it('refuses a TXT whose NUL bytes come early as not text, not as unknown', () => {
    expect(check('บันทึก.txt', new Uint8Array([0x41, 0, 0x42]))).toMatchObject({ code: 'content-mismatch' })
  })

  it('wants a .kml entry in a KMZ', () => {
    expect(check('จุด.kmz', zipOf({ 'a.txt': 'x' }))).toMatchObject({ code: 'content-mismatch' })
    expect(check('จุด.kmz', zipOf({ 'doc.kml': '<kml><script>x</script></kml>' }))).toMatchObject({ code: 'dangerous' })
  })

  it('admits a shapefile as a .zip when the policy allows shp, and only a shapefile', () => {
    const layer = zipOf({ 'แปลง.shp': 'x', 'แปลง.shx': 'x', 'แปลง.dbf': 'x', 'แปลง.prj': 'x' })
    const shpOnly: FilePolicy = { allowedExtensions: ['shp'], maxBytes: MB }
    expect(check('แปลงที่ดิน.zip', layer, shpOnly)).toEqual({ ok: true, extension: 'zip', mimeType: 'application/zip', kind: 'other', filename: 'แปลงที่ดิน.zip' })
    expect(check('แปลงที่ดิน.zip', zipOf({ 'แปลง.shp': 'x', 'อื่น.shx': 'x', 'แปลง.dbf': 'x' }), shpOnly)).toMatchObject({
      code: 'content-mismatch',
      message: expect.stringContaining('Shapefile (ZIP)'),
    })
    expect(check('แปลง.shp', new Uint8Array([0, 0, 0x27, 0x0a]), shpOnly)).toMatchObject({ code: 'content-mismatch', message: expect.stringContaining('.zip') })
  })
})
