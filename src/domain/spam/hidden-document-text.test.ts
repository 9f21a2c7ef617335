import { describe, expect, it } from 'vitest'
import { findHiddenWordText, parseRelationships } from './hidden-document-text'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const document = (body: string, before = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">${before}<w:body>${body}</w:body></w:document>`
const run = (text: string, properties = '') => `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`
const paragraph = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`

describe('findHiddenWordText', () => {
  it('reports hidden, tiny and white runs, joining a paragraph’s consecutive runs', () => {
    const xml = document(
      paragraph(run('รายงานผลการดำเนินงาน ประจำปี 2568 ')) +
        paragraph(run('ข่าว'), run('สล็อต', '<w:vanish/>'), run('เว็บตรง', '<w:vanish/>')) +
        paragraph(run('ufabet', '<w:sz w:val="2"/>')) +
        paragraph(run('บาคาร่า', '<w:color w:val="FFFFFF"/>'), run(' ตามระเบียบ')),
    )
    expect(findHiddenWordText(xml)).toEqual([
      { text: 'สล็อตเว็บตรง', why: 'vanish' },
      { text: 'ufabet', why: 'tiny' },
      { text: 'บาคาร่า', why: 'white' },
    ])
  })

  it('takes the size of Thai text from w:szCs and of Latin text from w:sz', () => {
    const xml = document(
      paragraph(run('แทงบอล', '<w:sz w:val="24"/><w:szCs w:val="1"/>')) +
        paragraph(run('ประกาศ', '<w:sz w:val="1"/><w:szCs w:val="32"/>')) + // a Latin size on Thai text: readable
        paragraph(run('pg slot', '<w:sz w:val="4"/><w:szCs w:val="32"/>')) +
        paragraph(run('หัวข้อ', '<w:sz w:val="5"/>')),
    )
    expect(findHiddenWordText(xml)).toEqual([
      { text: 'แทงบอล', why: 'tiny' },
      { text: 'pg slot', why: 'tiny' },
    ])
  })

  it.each([
    ['a shaded run', '<w:p><w:r><w:rPr><w:color w:val="FFFFFF"/><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/></w:rPr><w:t>หัวตาราง</w:t></w:r></w:p>'],
    ['a highlighted run', '<w:p><w:r><w:rPr><w:color w:val="FFFFFF"/><w:highlight w:val="darkBlue"/></w:rPr><w:t>หมายเหตุ</w:t></w:r></w:p>'],
    ['a shaded paragraph', '<w:p><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="000000"/></w:pPr><w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>ประกาศ</w:t></w:r></w:p>'],
    ['a shaded table cell', '<w:tbl><w:tr><w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="2E74B5"/></w:tcPr><w:p><w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>ลำดับ</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'],
    ['a table with a style of its own', '<w:tbl><w:tblPr><w:tblStyle w:val="GridTable4-Accent1"/></w:tblPr><w:tr><w:tc><w:p><w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>รายการ</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'],
    ['hidden only in web layout', '<w:p><w:r><w:rPr><w:webHidden/></w:rPr><w:t>12</w:t></w:r></w:p>'],
    ['w:vanish switched off', '<w:p><w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>ข่าว</w:t></w:r></w:p>'],
    ['a hidden paragraph mark (not its text)', '<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:t>ข่าว</w:t></w:r></w:p>'],
    ['automatic colour', '<w:p><w:r><w:rPr><w:color w:val="auto"/></w:rPr><w:t>ข่าว</w:t></w:r></w:p>'],
    ['white space only', '<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">   </w:t></w:r></w:p>'],
    ['tracked deleted text', '<w:p><w:del w:id="1" w:author="x"><w:r><w:rPr><w:vanish/></w:rPr><w:delText>เดิม</w:delText></w:r></w:del></w:p>'],
  ])('leaves white or visible text alone in %s', (_where, body) => {
    expect(findHiddenWordText(document(body))).toEqual([])
  })

  it('leaves white text alone on a dark page background', () => {
    const xml = document(paragraph(run('ข่าว', '<w:color w:val="FFFFFF"/>')), '<w:background w:color="000000"/>')
    expect(findHiddenWordText(xml)).toEqual([])
  })

  it('sees the theme’s white and near-white, but not a shade of it', () => {
    const xml = document(
      paragraph(run('สล็อต', '<w:color w:val="FFFFFF" w:themeColor="background1"/>')) +
        paragraph(run('ufa', '<w:color w:val="FEFEFE"/>')) +
        paragraph(run('หมายเหตุ', '<w:color w:val="BFBFBF" w:themeColor="background1" w:themeShade="BF"/>')),
    )
    expect(findHiddenWordText(xml).map((f) => f.text)).toEqual(['สล็อต', 'ufa'])
  })

  it('reads a text box once although its fallback copies it', () => {
    const box = (text: string) => `<w:txbxContent>${paragraph(run(text, '<w:vanish/>'))}</w:txbxContent>`
    const xml = document(
      `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>${box('เครดิตฟรี')}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>${box('เครดิตฟรี')}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
    )
    expect(findHiddenWordText(xml)).toEqual([{ text: 'เครดิตฟรี', why: 'vanish' }])
  })

  it('decodes entities and reads CDATA', () => {
    const xml = document(paragraph(run('ufa &amp; sbobet &#3626;', '<w:vanish/>'), run('<![CDATA[ <สล็อต>]]>', '<w:vanish/>')))
    expect(findHiddenWordText(xml)).toEqual([{ text: 'ufa & sbobet ส <สล็อต>', why: 'vanish' }])
  })

  describe('links', () => {
    const relationships = { rId5: 'https://ufa88.bet/register', rId6: 'https://www.dla.go.th/index.jsp', rId7: 'mailto:saraban@bansuan.go.th' }
    const hyperlink = (id: string, text: string, properties = '') => `<w:hyperlink r:id="${id}" w:history="1">${run(text, properties)}</w:hyperlink>`

    it('reports a link whose visible address is another site than it goes to', () => {
      const xml = document(paragraph(run('ดูรายละเอียดที่ '), hyperlink('rId5', 'www.dla.go.th')))
      expect(findHiddenWordText(xml, relationships)).toEqual([
        { text: 'www.dla.go.th', why: 'link-mismatch', target: 'https://ufa88.bet/register' },
      ])
    })

    it('leaves alone links that go where they say, or say no address', () => {
      const xml = document(
        paragraph(hyperlink('rId6', 'https://dla.go.th')) +
          paragraph(hyperlink('rId6', 'กรมส่งเสริมการปกครองท้องถิ่น')) +
          paragraph(hyperlink('rId6', 'แผนปฏิบัติการ.pdf')) +
          paragraph(hyperlink('rId5', 'plan-2568.pdf')) + // a file name, not an address
          paragraph(hyperlink('rId7', 'saraban@bansuan.go.th')) +
          paragraph(`<w:hyperlink w:anchor="_Toc1">${run('www.example.com')}</w:hyperlink>`), // a place in the document
      )
      expect(findHiddenWordText(xml, relationships)).toEqual([])
    })

    it('treats a subdomain as the same site and an address inside another as a different one', () => {
      const xml = document(
        paragraph(hyperlink('rIdA', 'dla.go.th')) + paragraph(hyperlink('rIdB', 'www.dla.go.th')),
      )
      expect(
        findHiddenWordText(xml, { rIdA: 'http://info.dla.go.th/x', rIdB: 'https://dla.go.th.ufa191.bet/' }),
      ).toEqual([{ text: 'www.dla.go.th', why: 'link-mismatch', target: 'https://dla.go.th.ufa191.bet/' }])
    })

    it('reports hidden text inside a link with where the link goes', () => {
      const xml = document(paragraph(run('ข่าว'), hyperlink('rId5', 'สล็อต', '<w:sz w:val="1"/><w:szCs w:val="1"/>')))
      expect(findHiddenWordText(xml, relationships)).toEqual([{ text: 'สล็อต', why: 'tiny', target: 'https://ufa88.bet/register' }])
    })

    it('reads HYPERLINK field codes, simple and complex', () => {
      const simple = `<w:p><w:fldSimple w:instr=" HYPERLINK &quot;https://pgslot.game/&quot; \\o &quot;เว็บไซต์&quot; ">${run('https://www.bansuan.go.th')}</w:fldSimple></w:p>`
      const complex =
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://sbobet.vip/" </w:instrText></w:r>' +
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
        run('www.oic.go.th') +
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
      const fine = '<w:p><w:fldSimple w:instr="HYPERLINK &quot;https://www.oic.go.th/&quot;">' + run('www.oic.go.th') + '</w:fldSimple></w:p>'
      const bookmark = '<w:p><w:fldSimple w:instr="HYPERLINK \\l &quot;_Toc2&quot;">' + run('www.oic.go.th') + '</w:fldSimple></w:p>'
      const page = '<w:p><w:fldSimple w:instr=" PAGE ">' + run('3') + '</w:fldSimple></w:p>'
      expect(findHiddenWordText(document(simple + complex + fine + bookmark + page))).toEqual([
        { text: 'https://www.bansuan.go.th', why: 'link-mismatch', target: 'https://pgslot.game/' },
        { text: 'www.oic.go.th', why: 'link-mismatch', target: 'https://sbobet.vip/' },
      ])
    })
  })
})

describe('parseRelationships', () => {
  it('maps each Id to its Target, entities decoded, whatever the attributes’ order', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
      '<Relationship TargetMode="External" Target="https://ufa88.bet/?a=1&amp;b=2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Id="rId5"/>' +
      "<Relationship Id='rId6' Type='x' Target='https://www.dla.go.th/'/></Relationships>"
    expect(parseRelationships(xml)).toEqual({
      rId1: 'styles.xml',
      rId5: 'https://ufa88.bet/?a=1&b=2',
      rId6: 'https://www.dla.go.th/',
    })
  })
})
