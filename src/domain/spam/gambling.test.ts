import { describe, expect, it } from 'vitest'
import { GAMBLING_TERMS, findSpam } from './gambling'

const terms = (text: string) => findSpam(text).map((f) => f.term)

describe('findSpam', () => {
  it('finds each term where it starts in the text', () => {
    const text = 'ประกาศเทศบาล สล็อตเว็บตรง แตกง่าย ฝากถอนไม่มีขั้นต่ำ สมัคร UFABET วันนี้'
    expect(findSpam(text)).toEqual([
      { term: 'สล็อต', index: text.indexOf('สล็อต') },
      { term: 'เว็บตรง', index: text.indexOf('เว็บตรง') },
      { term: 'ฝาก ถอน ไม่มี ขั้นต่ำ', index: text.indexOf('ฝากถอน') },
      { term: 'ufabet', index: text.indexOf('UFABET') },
    ])
  })

  it.each(GAMBLING_TERMS)('finds "%s" as listed', (term) => {
    expect(terms(`โปรโมชั่น ${term} วันนี้`)).toEqual([term])
  })

  it.each([
    ['letters spaced out', 'ส ล็ อ ต', 'สล็อต'],
    ['letters dotted', 's.l.o.t', 'slot'],
    ['letters dashed, capitals', 'B-A-C-C-A-R-A-T', 'baccarat'],
    ['a zero-width space inside', 'บา\u200bคา\u200dร่า', 'บาคาร่า'],
    ['a soft hyphen inside', 'แทง\u00adบอล', 'แทงบอล'],
    ['mixed case', 'BetFlix', 'betflix'],
    ['words run together', 'PGSLOT', 'pg slot'],
    ['words dashed', 'joker-gaming', 'joker gaming'],
    ['words spaced differently', 'ฝาก - ถอน ไม่มีขั้นต่ำ', 'ฝาก ถอน ไม่มี ขั้นต่ำ'],
    ['Cyrillic look-alikes', 'ufаbеt', 'ufabet'],
    ['full-width letters', 'ｕｆａｂｅｔ', 'ufabet'],
    ['mathematical bold letters', '𝐬𝐥𝐨𝐭', 'slot'],
  ])('sees through %s', (_trick, text, term) => {
    expect(terms(text)).toEqual([term])
  })

  it('points into the original text past invisible characters', () => {
    const text = '\u200b\u200bข่าว บา\u200bคาร่า'
    expect(findSpam(text)).toEqual([{ term: 'บาคาร่า', index: 7 }])
  })

  it('reports the longest term once where terms overlap', () => {
    expect(terms('pg slot')).toEqual(['pg slot'])
    expect(terms('คาสิโนออนไลน์')).toEqual(['คาสิโน'])
  })

  it.each([
    ['the Government Lottery', 'ผลการออกสลากกินแบ่งรัฐบาล งวดวันที่ 1 ตุลาคม 2568 และการจำหน่ายลอตเตอรี่'],
    ['crackdown news', 'ตำรวจภูธรจังหวัดร่วมปราบปรามการพนันและหวยใต้ดิน'],
    ['a building entrance', 'ทางเข้าอาคารสำนักงานเทศบาลด้านทิศเหนือ'],
    ['ordinary words that meet across a space', 'ดูรายละเอียดที่หน้าเว็บ ตรงตามกำหนดการเดิม'],
    ['English words containing "slot"', 'Appointment slots are limited; the slotted frame'],
    ['Thai list markers', 'ก. ข. ค. ง. ตามลำดับ'],
    ['a procurement notice', 'ประกาศประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์'],
  ])('finds nothing in %s', (_what, text) => {
    expect(findSpam(text)).toEqual([])
  })
})
