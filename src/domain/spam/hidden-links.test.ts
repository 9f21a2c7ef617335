import { describe, expect, it } from 'vitest'
import { findHiddenLinks, isHiddenByStyle } from './hidden-links'

const hrefs = (html: string) => findHiddenLinks(html).map((link) => link.href)

describe('findHiddenLinks', () => {
  it('reports a gambling link in a hidden block with where its tag starts and both problems', () => {
    const html = '<p>ข่าวกิจกรรม</p><div style="display:none"><a href="https://ufabet.example">ufabet</a></div>'
    expect(findHiddenLinks(html)).toEqual([
      { href: 'https://ufabet.example', index: html.indexOf('<a'), problems: ['hidden', 'gambling-address'] },
    ])
  })

  it.each([
    ['display:none', '<div style="display: none !important">'],
    ['visibility:hidden', '<div style="VISIBILITY:HIDDEN">'],
    ['font-size:0', "<span style='font-size:0px;color:#fff'>"],
    ['opacity:0', '<div style="opacity:0">'],
    ['an absolute position far to the left', '<div style="position:absolute; left:-9999px; top:0">'],
    ['a fixed position far above', '<div style="position:fixed;top:-500em">'],
    ['a text indent off the page', '<p style="text-indent:-10000px">'],
    ['the hidden attribute', '<section hidden>'],
    ['an entity-encoded style', '<div style="display&#58;none">'],
    ['a CSS comment inside the style', '<div style="display:/**/none">'],
  ])('sees a link hidden by %s, however deep', (_how, opening) => {
    const html = `${opening}<ul><li><a href="/news/12">ข่าว</a></li></ul></div>`
    expect(findHiddenLinks(html)).toEqual([{ href: '/news/12', index: html.indexOf('<a'), problems: ['hidden'] }])
  })

  it('sees a link that hides itself', () => {
    expect(hrefs('<p>ข่าว <a style="font-size:0" href="/x">.</a></p>')).toEqual(['/x'])
  })

  it('reports a visible link whose address carries a gambling term, Thai ones percent-encoded too', () => {
    const html =
      '<a href="https://example.com/%E0%B8%AA%E0%B8%A5%E0%B9%87%E0%B8%AD%E0%B8%95">อ่านต่อ</a> ' +
      '<a href="https://pg-slot.example/">ลิงก์</a>'
    expect(findHiddenLinks(html)).toEqual([
      { href: 'https://example.com/สล็อต', index: 0, problems: ['gambling-address'] },
      { href: 'https://pg-slot.example/', index: html.lastIndexOf('<a'), problems: ['gambling-address'] },
    ])
  })

  it('leaves visible ordinary links alone, and links after a hidden block has closed', () => {
    const html =
      '<div style="display:none"><p>ร่าง</div>' + // the <p> left open is closed with its <div>
      '<p>ดาวน์โหลด <a href="/files/plan-2568.pdf">แผนปฏิบัติการ</a> <a href="https://www.dla.go.th">กรมส่งเสริมฯ</a></p>' +
      '<div style="position:absolute;left:10px;display:block"><a href="/map">แผนที่</a></div>' +
      '<img src="/logo.png" style="display:none"><a href="/contact">ติดต่อ</a>'
    expect(findHiddenLinks(html)).toEqual([])
  })

  it('ignores links in comments and scripts, which are not shown as links', () => {
    const html =
      '<!-- <a style="display:none" href="/old">เก่า</a> --><script>var s = \'<a hidden href="/x">\'</script><p>ข่าว</p>'
    expect(findHiddenLinks(html)).toEqual([])
  })

  it('reads a malformed percent escape as written', () => {
    expect(hrefs('<a hidden href="/%E0%B8">x</a>')).toEqual(['/%E0%B8'])
  })
})

describe('isHiddenByStyle', () => {
  it.each([
    'color:red',
    'display:block',
    'position:absolute;left:-20px',
    'left:-9999px',
    'opacity:0.5',
    'font-size:12px',
    '',
  ])('calls "%s" visible', (style) => {
    expect(isHiddenByStyle(style)).toBe(false)
  })
})
