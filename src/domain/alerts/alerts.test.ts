import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  ALERT_SUMMARY_LIMIT,
  ALERT_TOPIC_NAMES,
  CONFIRM_HOURS,
  END_REASONS,
  END_REASON_LABELS,
  alertMail,
  alertTopicFor,
  confirmationMail,
  digestMail,
  isDigestDue,
  newSubscriptionToken,
  nextDigestAt,
  openConfirmation,
  readSubscribeRequest,
  signConfirmation,
  topicsOfItem,
  unsubscribeHeaders,
  type SubscribeRequest,
} from './alerts'

const at = (iso: string) => new Date(iso)
const HOUR_MS = 60 * 60 * 1000
const SECRET = 'a secret of the site'
const request: SubscribeRequest = { email: 'somchai@example.com', topics: ['news', 'jobs'], frequency: 'daily' }
const links = { manage: 'https://tambon.go.th/alerts/manage?token=abc', unsubscribe: 'https://tambon.go.th/api/alerts/unsubscribe?token=abc' }

describe('topics', () => {
  it('are named in one order and each ending of a subscription has a Thai label', () => {
    expect(ALERT_TOPIC_NAMES).toEqual(['news', 'procurement', 'jobs', 'questions'])
    for (const reason of END_REASONS) expect(END_REASON_LABELS[reason]).toMatch(/[ก-๙]/)
  })

  it('take an item by its category, and a job posting only with the tag', () => {
    expect(topicsOfItem({ category: 'C15', tags: [] })).toEqual(['news'])
    expect(topicsOfItem({ category: 'C15', tags: ['กิจกรรม', ' รับสมัครงาน '] })).toEqual(['news', 'jobs'])
    expect(topicsOfItem({ category: 'C10', tags: ['รับสมัครงาน'] })).toEqual(['procurement'])
    expect(topicsOfItem({ category: 'C17', tags: [] })).toEqual(['questions'])
    expect(topicsOfItem({ category: 'C2', tags: ['รับสมัครงาน'] })).toEqual([])
  })

  it('name one topic per alert for a subscriber, the most specific they take', () => {
    expect(alertTopicFor(['news', 'jobs'], ['news', 'jobs'])).toBe('jobs')
    expect(alertTopicFor(['news', 'jobs'], ['news'])).toBe('news')
    expect(alertTopicFor(['news'], ['jobs', 'procurement'])).toBeNull()
  })
})

describe('reading a subscribe request', () => {
  const valid = { email: '  SomChai@Example.COM ', topics: ['jobs', 'news', 'jobs'], consent: 'on' }

  it('trims and lowercases the e-mail, dedupes and orders the topics, and sends at once unless asked otherwise', () => {
    expect(readSubscribeRequest(valid)).toEqual({ request: { email: 'somchai@example.com', topics: ['news', 'jobs'], frequency: 'immediate' } })
    expect(readSubscribeRequest({ ...valid, topics: 'questions', frequency: 'daily', consent: true })).toEqual({ request: { email: 'somchai@example.com', topics: ['questions'], frequency: 'daily' } })
    for (const consent of [true, 'on', 'yes', '1']) expect(readSubscribeRequest({ ...valid, consent })).toHaveProperty('request')
  })

  it('refuses an unknown topic, naming it in Thai', () => {
    const read = readSubscribeRequest({ ...valid, topics: ['news', 'weather'] })
    expect(read).toEqual({ errors: { topics: expect.stringContaining('“weather”') } })
    expect(read).toEqual({ errors: { topics: expect.stringMatching(/^ไม่มีหัวข้อ .* ได้แก่ ข่าวประชาสัมพันธ์, ประกาศจัดซื้อจัดจ้าง, ประกาศรับสมัครงาน, คำตอบกระดานถาม-ตอบ$/) } })
  })

  it('gives every field its own Thai reason', () => {
    expect(readSubscribeRequest({})).toEqual({
      errors: {
        email: 'กรุณาระบุอีเมลที่ต้องการรับข่าวสาร',
        topics: 'กรุณาเลือกหัวข้อที่ต้องการรับข่าวสารอย่างน้อย 1 หัวข้อ',
        consent: 'กรุณาอ่านประกาศความเป็นส่วนตัวและให้ความยินยอมก่อนสมัครรับข่าวสาร',
      },
    })
    expect(readSubscribeRequest({ ...valid, email: 'somchai@example' })).toEqual({ errors: { email: 'อีเมลไม่ถูกต้อง ตัวอย่าง somchai@example.com' } })
    expect(readSubscribeRequest({ ...valid, email: `${'a'.repeat(243)}@example.com` })).toEqual({ errors: { email: 'อีเมลยาวเกิน 254 ตัวอักษร' } })
    expect(readSubscribeRequest({ ...valid, email: `${'a'.repeat(242)}@example.com` })).toHaveProperty('request')
    expect(readSubscribeRequest({ ...valid, topics: ['', ' '] })).toEqual({ errors: { topics: 'กรุณาเลือกหัวข้อที่ต้องการรับข่าวสารอย่างน้อย 1 หัวข้อ' } })
    expect(readSubscribeRequest({ ...valid, frequency: 'weekly' })).toEqual({ errors: { frequency: 'กรุณาเลือกความถี่: ทันทีที่เผยแพร่ หรือ สรุปรายวัน' } })
    expect(readSubscribeRequest({ ...valid, consent: 'no' })).toHaveProperty('errors.consent')
  })

  it('takes a filled honeypot for a robot, whatever else was sent', () => {
    expect(readSubscribeRequest({ ...valid, website: 'http://spam.example' })).toEqual({ robot: true })
    expect(readSubscribeRequest({ website: 'x' })).toEqual({ robot: true })
  })
})

describe('the confirmation link', () => {
  const now = at('2026-03-01T02:00:00Z')
  const token = signConfirmation(request, SECRET, now)

  it('is URL-safe and opens to the request and the time it was asked, within 48 hours', () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/)
    expect(openConfirmation(token, SECRET, new Date(now.getTime() + 47 * HOUR_MS))).toEqual({ request, consentAt: now })
    expect(openConfirmation(token, SECRET, now)).toEqual({ request, consentAt: now })
  })

  it('is refused once expired', () => {
    expect(CONFIRM_HOURS).toBe(48)
    expect(openConfirmation(token, SECRET, new Date(now.getTime() + 49 * HOUR_MS))).toEqual({ error: expect.stringMatching(/^ลิงก์ยืนยันหมดอายุแล้ว/) })
    expect(openConfirmation(token, SECRET, new Date(now.getTime() + 48 * HOUR_MS))).toHaveProperty('error')
  })

  it('is refused when its content was changed, signed with another secret, or cut short', () => {
    const [payload, signature] = token.split('.')
    const forged = Buffer.from(JSON.stringify({ email: 'other@example.com', topics: ['news'], frequency: 'daily', at: now.getTime() })).toString('base64url')
    const bad = { error: expect.stringMatching(/^ลิงก์ยืนยันไม่ถูกต้อง/) }
    expect(openConfirmation(`${forged}.${signature}`, SECRET, now)).toEqual(bad)
    expect(openConfirmation(`${payload.slice(0, -2)}.${signature}`, SECRET, now)).toEqual(bad)
    expect(openConfirmation(token, 'another secret', now)).toEqual(bad)
    expect(openConfirmation(`${payload}.${signature.slice(0, -1)}`, SECRET, now)).toEqual(bad)
    for (const malformed of ['', payload, `${payload}.`, `${token}.x`, 'a b.c']) expect(openConfirmation(malformed, SECRET, now)).toEqual(bad)
  })

  it('is refused when, though signed with the secret, it does not hold a request, and signed only for this purpose', () => {
    const signed = (content: string, purpose = 'khaosan-alerts-confirm.') => {
      const payload = Buffer.from(content).toString('base64url')
      return `${payload}.${createHmac('sha256', SECRET).update(purpose + payload).digest('base64url')}`
    }
    const fields = { ...request, at: now.getTime() }
    expect(openConfirmation(signed(JSON.stringify(fields)), SECRET, now)).toEqual({ request, consentAt: now })
    expect(openConfirmation(signed(JSON.stringify(fields), ''), SECRET, now)).toHaveProperty('error')
    for (const content of ['not json', '[1]', JSON.stringify({ ...fields, at: 'now' }), JSON.stringify({ ...fields, topics: ['weather'] }), JSON.stringify({ ...fields, email: 42 })]) {
      expect(openConfirmation(signed(content), SECRET, now)).toEqual({ error: expect.stringMatching(/^ลิงก์ยืนยันไม่ถูกต้อง/) })
    }
  })

  it('needs a secret', () => {
    expect(() => signConfirmation(request, '', now)).toThrow()
  })
})

describe('subscription tokens', () => {
  it('are 32 random bytes in hex, different every time', () => {
    const tokens = new Set(Array.from({ length: 100 }, newSubscriptionToken))
    expect(tokens.size).toBe(100)
    for (const token of tokens) expect(token).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('one-click unsubscribe headers', () => {
  it('are exactly what RFC 8058 asks for', () => {
    expect(unsubscribeHeaders('https://tambon.go.th/api/alerts/unsubscribe?token=abc')).toEqual({
      'List-Unsubscribe': '<https://tambon.go.th/api/alerts/unsubscribe?token=abc>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    })
    expect(unsubscribeHeaders('http://localhost:3000/api/alerts/unsubscribe?token=abc')['List-Unsubscribe']).toBe('<http://localhost:3000/api/alerts/unsubscribe?token=abc>')
  })

  it('take only a web link, and never one that could break the header', () => {
    expect(() => unsubscribeHeaders('mailto:unsubscribe@tambon.go.th')).toThrow()
    expect(() => unsubscribeHeaders('not a link')).toThrow()
    expect(unsubscribeHeaders('https://tambon.go.th/u?t=a>b c')['List-Unsubscribe']).toBe('<https://tambon.go.th/u?t=a%3Eb%20c>')
  })
})

describe('alert e-mails', () => {
  it('name the topic and the title, give an excerpt and the link, and end with why and the way out', () => {
    const mail = alertMail({ title: 'ประกาศรับสมัคร\nพนักงานจ้าง', summary: 'รับสมัครพนักงานจ้างทั่วไป 2 อัตรา', url: 'https://tambon.go.th/news/jobs-1', topic: 'jobs' }, links)
    expect(mail.subject).toBe('ประกาศรับสมัครงาน: ประกาศรับสมัคร พนักงานจ้าง')
    expect(mail.text).toBe(
      [
        'ประกาศรับสมัคร พนักงานจ้าง',
        'รับสมัครพนักงานจ้างทั่วไป 2 อัตรา',
        'อ่านต่อ: https://tambon.go.th/news/jobs-1',
        '--\nท่านได้รับอีเมลนี้เพราะได้สมัครรับข่าวสารหัวข้อ “ประกาศรับสมัครงาน” ทางอีเมล\nเปลี่ยนหัวข้อหรือความถี่: https://tambon.go.th/alerts/manage?token=abc\nยกเลิกการรับข่าวสาร: https://tambon.go.th/api/alerts/unsubscribe?token=abc',
      ].join('\n\n'),
    )
  })

  it('cut a long summary to 300 characters and leave out an empty one', () => {
    const long = alertMail({ title: 'ข่าว', summary: 'องค์การบริหารส่วนตำบล '.repeat(40), url: 'https://tambon.go.th/news/1', topic: 'news' }, links)
    const excerpt = long.text.split('\n\n')[1]
    expect(excerpt.length).toBeLessThanOrEqual(ALERT_SUMMARY_LIMIT)
    expect(excerpt.endsWith('…')).toBe(true)
    expect(alertMail({ title: 'ข่าว', summary: '  ', url: 'https://tambon.go.th/news/1', topic: 'news' }, links).text).toMatch(/^ข่าว\n\nอ่านต่อ: /)
  })
})

describe('the daily digest', () => {
  const day = at('2026-03-15T00:00:00Z')

  it('lists the items by topic in the topics’ order, with the Thai date, and the same ending', () => {
    const mail = digestMail(
      [
        { title: 'คำตอบเรื่องถนน', url: 'https://tambon.go.th/questions/1', topic: 'questions' },
        { title: 'ข่าวกิจกรรม', url: 'https://tambon.go.th/news/1', topic: 'news' },
        { title: 'ประกาศจ้างเหมา', url: 'https://tambon.go.th/procurement/1', topic: 'procurement' },
        { title: 'ข่าววันเด็ก', url: 'https://tambon.go.th/news/2', topic: 'news' },
      ],
      links,
      day,
    )
    expect(mail?.subject).toBe('สรุปข่าวสารประจำวันที่ 15 มีนาคม 2569')
    expect(mail?.text).toBe(
      [
        'ข่าวสารที่เผยแพร่ใหม่ 4 รายการ',
        'ข่าวประชาสัมพันธ์\n- ข่าวกิจกรรม\n  https://tambon.go.th/news/1\n- ข่าววันเด็ก\n  https://tambon.go.th/news/2',
        'ประกาศจัดซื้อจัดจ้าง\n- ประกาศจ้างเหมา\n  https://tambon.go.th/procurement/1',
        'คำตอบกระดานถาม-ตอบ\n- คำตอบเรื่องถนน\n  https://tambon.go.th/questions/1',
        '--\nท่านได้รับอีเมลนี้เพราะได้สมัครรับข่าวสารหัวข้อ “ข่าวประชาสัมพันธ์”, “ประกาศจัดซื้อจัดจ้าง”, “คำตอบกระดานถาม-ตอบ” ทางอีเมล\nเปลี่ยนหัวข้อหรือความถี่: https://tambon.go.th/alerts/manage?token=abc\nยกเลิกการรับข่าวสาร: https://tambon.go.th/api/alerts/unsubscribe?token=abc',
      ].join('\n\n'),
    )
  })

  it('is not sent when nothing was published', () => {
    expect(digestMail([], links, day)).toBeNull()
  })
})

describe('the confirmation e-mail', () => {
  it('gives the link, what was asked for, and that nothing is kept without a click within 48 hours', () => {
    const mail = confirmationMail(request, 'https://tambon.go.th/alerts/confirm?token=t')
    expect(mail.subject).toBe('ยืนยันการสมัครรับข่าวสารทางอีเมล')
    expect(mail.text).toContain('somchai@example.com')
    expect(mail.text).toContain('หัวข้อ: ข่าวประชาสัมพันธ์, ประกาศรับสมัครงาน\nความถี่: สรุปรายวัน ส่งทุกวันเวลา 07:00 น.')
    expect(mail.text).toContain('ภายใน 48 ชั่วโมงเพื่อยืนยัน:\nhttps://tambon.go.th/alerts/confirm?token=t')
    expect(mail.text).toContain('ระบบจะไม่เก็บอีเมลหรือข้อมูลใด ๆ ของท่านไว้')
    expect(confirmationMail({ ...request, frequency: 'immediate' }, 'https://x.test/c').text).toContain('ความถี่: ทันทีที่เผยแพร่\n')
  })
})

describe('when the digest is due', () => {
  // 07:00 in Bangkok is 00:00 UTC.
  it('is due from 07:00 Bangkok, once a day', () => {
    expect(isDigestDue(null, at('2026-03-14T23:59:59Z'))).toBe(false)
    expect(isDigestDue(null, at('2026-03-15T00:00:00Z'))).toBe(true)
    expect(isDigestDue(at('2026-03-14T00:00:05Z'), at('2026-03-14T23:59:59Z'))).toBe(false)
    expect(isDigestDue(at('2026-03-14T00:00:05Z'), at('2026-03-15T00:00:00Z'))).toBe(true)
    expect(isDigestDue(at('2026-03-15T00:00:05Z'), at('2026-03-15T16:59:59Z'))).toBe(false) // 23:59 Bangkok, same day
    expect(isDigestDue(at('2026-03-14T23:59:59Z'), at('2026-03-15T00:00:00Z'))).toBe(true) // sent at 06:59 Bangkok
    expect(isDigestDue(at('2026-03-15T00:00:00Z'), at('2026-03-15T00:00:00Z'))).toBe(false)
  })

  it('comes next at the first 07:00 Bangkok after the last one', () => {
    expect(nextDigestAt(at('2026-03-15T00:00:05Z'))).toEqual(at('2026-03-16T00:00:00Z'))
    expect(nextDigestAt(at('2026-03-15T16:59:59Z'))).toEqual(at('2026-03-16T00:00:00Z'))
    expect(nextDigestAt(at('2026-03-15T17:00:00Z'))).toEqual(at('2026-03-16T00:00:00Z')) // 00:00 Bangkok on the 16th
    expect(nextDigestAt(at('2026-03-15T00:00:00Z'))).toEqual(at('2026-03-16T00:00:00Z'))
  })
})
