import { describe, expect, it } from 'vitest'
import { FORM_MESSAGE, formReplyOf, parseFormReply, sentChoice, sentText } from './form-reply'

describe('a refused form drawn again', () => {
  const reply = formReplyOf(
    '/complaints',
    { topic: 'ถนนชำรุด', topics: ['news', 'jobs'], website: 'http://robot.example', files: 'x.pdf', count: 3, nothing: null, long: 'ก'.repeat(30_000) },
    { details: 'กรุณาเล่ารายละเอียดของเรื่อง' },
    ['website', 'files'],
  )

  it('keeps what was typed as text, lists as lists, never the fields it is told to leave out, nor what is not text', () => {
    expect(reply.values).toEqual({ topic: 'ถนนชำรุด', topics: ['news', 'jobs'], long: 'ก'.repeat(20_000) })
    expect(reply.errors).toEqual({ details: 'กรุณาเล่ารายละเอียดของเรื่อง' })
  })

  it('reads back only a well-formed reply on a path of the site', () => {
    expect(parseFormReply(JSON.stringify(reply))).toEqual(reply)
    expect(parseFormReply(JSON.stringify({ ...reply, page: '//evil.example/x' }))).toBeNull()
    expect(parseFormReply(JSON.stringify({ ...reply, page: 'https://evil.example/' }))).toBeNull()
    expect(parseFormReply(JSON.stringify({ ...reply, values: { topic: 3 } }))).toBeNull()
    expect(parseFormReply(JSON.stringify({ ...reply, errors: { [FORM_MESSAGE]: ['x'] } }))).toBeNull()
    expect(parseFormReply('{"page":')).toBeNull()
    expect(parseFormReply('null')).toBeNull()
  })

  it('puts text back in its field and ticks only what was ticked; without a reply the page keeps its defaults', () => {
    expect(sentText(reply, 'topic')).toBe('ถนนชำรุด')
    expect(sentText(reply, 'topics')).toBe('news')
    expect(sentText(reply, 'place')).toBeUndefined()
    expect(sentChoice(reply, 'topics', 'jobs')).toBe(true)
    expect(sentChoice(reply, 'topics', 'procurement')).toBe(false)
    expect(sentChoice(reply, 'consent', 'yes')).toBe(false)
    expect(sentChoice(undefined, 'consent', 'yes')).toBeUndefined()
  })
})
