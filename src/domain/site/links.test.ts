import { describe, expect, it } from 'vitest'
import { hostOf, isVideoLink } from './links'

describe('web links', () => {
  it('recognises YouTube and Facebook video links', () => {
    expect(isVideoLink('https://www.youtube.com/watch?v=abc')).toBe(true)
    expect(isVideoLink('https://youtu.be/abc')).toBe(true)
    expect(isVideoLink('https://www.facebook.com/thaigov/videos/123')).toBe(true)
    expect(isVideoLink('https://www.facebook.com/thaigov')).toBe(false)
    expect(isVideoLink('https://www.dla.go.th/')).toBe(false)
  })
  it('names the host a link leads to', () => {
    expect(hostOf('https://www.dla.go.th/index.jsp')).toBe('www.dla.go.th')
    expect(hostOf('not a url')).toBe('')
  })
})
